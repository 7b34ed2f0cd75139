import { Buffer } from 'node:buffer';
import sha256 from 'fast-sha256';

/**
 * SHA-256 of the text's UTF-8, in hex, without node:crypto (benchmarks/fingerprint.ts). fast-sha256
 * writes each rotation out in its block function: where a rotation is a function of its own (as in
 * @noble/hashes, called 576 times a block through the bundle's export getter), V8 compiles it with
 * Maglev in every small scan, and noble's module builds SHA-512's tables as it loads (issue 12).
 */
export const javaScriptSha256Hex = (text: string): string => {
  const digest = sha256.hash(Buffer.from(text, 'utf8'));
  return Buffer.from(digest.buffer, digest.byteOffset, digest.length).toString('hex');
};
