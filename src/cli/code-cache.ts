import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { Script } from 'node:vm';

/**
 * Beside the CLI's scripts (scripts/bundle-build.ts): the sha256 of them all, which keys their
 * code cache. A directory without it (the sources, a bundle from an older build) keeps Node's.
 */
export const codeCacheKeyFile = 'scripts.sha256';

const wrapperStart = '(function (exports, require, module, __filename, __dirname) { ';

type Compile = (this: nodeModule, content: string, filename: string, format?: string) => unknown;

/**
 * Compiles the bundle's chunks through V8's code cache as it is after a run, not as it is after
 * compiling. Node's compile cache is made as each module is compiled, so it holds the functions
 * compiled then and none of those compiled lazily on their first call: most of a small scan's
 * start-up (issue 12). Here each chunk's cache is made at exit, by the first run that loads the
 * chunk, and later runs start with every function that run compiled. Caches live in Node's compile
 * cache directory (so NODE_COMPILE_CACHE moves them and NODE_DISABLE_COMPILE_CACHE turns them
 * off), under the scripts' digest and each file's size and time: a chunk changed after the build
 * never meets another's cache, which V8 checks only by the source's length.
 */
export function cacheCompiledCode(bundleDirectory: string, cacheRoot: string): void {
  let key: string;
  try {
    key = readFileSync(join(bundleDirectory, codeCacheKeyFile), 'utf8').trim();
  } catch {
    return;
  }
  // Required here, not imported: `--version` never loads node:vm.
  const vm = createRequire(import.meta.url)('node:vm') as typeof import('node:vm');
  const directory = join(cacheRoot, `aks-cis-gate-${key.slice(0, 32)}-${process.version}-${process.arch}`);
  const unsaved: { script: Script; file: string }[] = [];
  const prototype = nodeModule.prototype as unknown as { _compile: Compile };
  const compile = prototype._compile;
  prototype._compile = function (content, filename, format) {
    if (dirname(filename) !== bundleDirectory || (format !== undefined && format !== 'commonjs')) {
      return compile.call(this, content, filename, format);
    }
    const { size, mtimeMs } = statSync(filename);
    const file = join(directory, `${basename(filename)}-${size}-${mtimeMs}.cache`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    // Node's own wrapper of a CommonJS module, its length taken off the first line's columns so
    // that a stack trace points where Node's loader would.
    const script = new vm.Script(`${wrapperStart}${content}\n})`, {
      filename,
      columnOffset: -wrapperStart.length,
      ...(cachedData === undefined ? {} : { cachedData }),
    });
    if (cachedData === undefined || script.cachedDataRejected === true) unsaved.push({ script, file });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, bundleDirectory);
  };
  process.once('exit', () => {
    for (const { script, file } of unsaved) {
      // Written aside and renamed, so that another run never reads half a cache; a cache that
      // cannot be written (a read-only temporary directory) costs the next run its compiling only.
      try {
        mkdirSync(directory, { recursive: true });
        const partial = `${file}.${process.pid}`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, file);
      } catch {
        // The next run compiles as this one did.
      }
    }
  });
}
