import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');

let loaded: Crypto | undefined;

/**
 * node:crypto, loaded on first use: loading it costs about 10 ms, which a run pays before its
 * first finding's fingerprint or its first step output rather than at start (issue 12). A
 * require, not an import, so that the bundler leaves it where it is called.
 */
export function crypto(): Crypto {
  loaded ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return loaded;
}
