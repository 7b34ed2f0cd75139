import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, sep } from 'node:path';
import type { Script } from 'node:vm';

/**
 * Beside the CLI's scripts (scripts/bundle-build.ts): the sha256 of them all, which keys their
 * code cache. A directory without it (the sources, a bundle from an older build) keeps Node's.
 */
export const codeCacheKeyFile = 'scripts.sha256';

const wrapperStart = '(function (exports, require, module, __filename, __dirname) { ';

/** Node's CommonJS loader, as far as this file uses it. */
interface Loader {
  _load: (this: unknown, request: string, parent: nodeModule | undefined, isMain: boolean) => unknown;
  _cache: Record<string, nodeModule | undefined>;
  new (id: string, parent?: nodeModule): nodeModule;
}

/**
 * The file a `require(request)` from `parent` names when it is a script of the bundle: a `.js`
 * file directly in `bundleDirectory` (the chunks, which the bundle's runtime requires from the
 * entry as `./N.index.js`), named by its absolute path or as `./name.js` from a file beside it.
 * Anything else (a built-in, a package, a path with more steps) is left to Node.
 *
 * The path is put together, not resolved: `path.resolve` and `path.join` normalize their result
 * character by character, and about 500 characters in all make V8 compile node:path's
 * `normalizeString` with Maglev (issue 12: the loader's six chunks fed it 1,500 of a small scan's
 * 2,140).
 */
function bundleScript(
  bundleDirectory: string,
  request: string,
  parent: nodeModule | undefined,
): string | undefined {
  if (!request.endsWith('.js')) return undefined;
  if (isAbsolute(request)) return dirname(request) === bundleDirectory ? request : undefined;
  const name = request.startsWith('./') ? request.slice(2) : undefined;
  if (name === undefined || name.includes('/') || name.includes(sep) || parent?.filename == null)
    return undefined;
  return dirname(parent.filename) === bundleDirectory ? `${bundleDirectory}${sep}${name}` : undefined;
}

/**
 * Compiles the bundle's chunks through V8's code cache as it is after a run, not as it is after
 * compiling. Node's compile cache is made as each module is compiled, so it holds the functions
 * compiled then and none of those compiled lazily on their first call: most of a small scan's
 * start-up (issue 12). Here each chunk's cache is made at exit, by the first run that loads the
 * chunk, and later runs start with every function that run compiled. Caches live in Node's compile
 * cache directory (so NODE_COMPILE_CACHE moves them and NODE_DISABLE_COMPILE_CACHE turns them
 * off), under the scripts' digest and each file's size and time: a chunk changed after the build
 * never meets another's cache, which V8 checks only by the source's length.
 *
 * A chunk is loaded here from its path, not through Node's resolution: the bundle's runtime names
 * each one beside the entry, so the stats, the real path's walk up the directories and the package
 * scope that Node's loader would look up for each of the small scan's six chunks are work for
 * nothing (issue 12: about 1 % of that scan's CPU).
 *
 * V8 stamps a cache with its flags and refuses one made under others; a run may change them
 * (compiler-tiers.ts), so caches are read and made inside `withDefaultFlags`.
 */
export function cacheCompiledCode(
  bundleDirectory: string,
  cacheRoot: string,
  withDefaultFlags: <T>(work: () => T) => T = (work) => work(),
): void {
  let key: string;
  try {
    key = readFileSync(`${bundleDirectory}${sep}${codeCacheKeyFile}`, 'utf8').trim();
  } catch {
    return;
  }
  // Taken here, not imported: `--version` never loads node:vm. Node before 22.3 has no
  // getBuiltinModule; createRequire resolves a path, getBuiltinModule does not.
  const vm = process.getBuiltinModule?.('node:vm') ?? createRequire(import.meta.url)('node:vm');
  // Joined by hand, as every path here: the parts are normal already, and none has a separator.
  const directory = `${cacheRoot}${sep}aks-cis-gate-${key.slice(0, 32)}-${process.version}-${process.arch}`;
  const unsaved: { script: Script; file: string }[] = [];
  // One require for every chunk: they are all in one directory, so each would resolve as any other.
  let chunkRequire: NodeJS.Require | undefined;

  /** Runs the chunk at `filename` as Node's loader would run a CommonJS module, into `module`. */
  const compile = (module: nodeModule, content: string, filename: string) => {
    const { size, mtimeMs } = statSync(filename);
    const file = `${directory}${sep}${basename(filename)}-${size}-${mtimeMs}.cache`;
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    // Node's own wrapper of a CommonJS module, its length taken off the first line's columns so
    // that a stack trace points where Node's loader would.
    const script = withDefaultFlags(
      () =>
        new vm.Script(`${wrapperStart}${content}\n})`, {
          filename,
          columnOffset: -wrapperStart.length,
          ...(cachedData === undefined ? {} : { cachedData }),
        }),
    );
    if (cachedData === undefined || script.cachedDataRejected === true) unsaved.push({ script, file });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    chunkRequire ??= createRequire(filename);
    wrapper.call(module.exports, module.exports, chunkRequire, module, filename, bundleDirectory);
  };

  const loader = nodeModule as unknown as Loader;
  const load = loader._load;
  loader._load = function (this: unknown, ...args: Parameters<Loader['_load']>) {
    const [request, parent, isMain] = args;
    const filename = isMain ? undefined : bundleScript(bundleDirectory, request, parent);
    if (filename === undefined) return load.apply(this, args);
    const cached = loader._cache[filename];
    if (cached !== undefined) return cached.exports;
    let content: string;
    try {
      content = readFileSync(filename, 'utf8');
    } catch {
      // A chunk that is not there: Node's loader says so as it would have.
      return load.apply(this, args);
    }
    const module = new loader(filename, parent);
    module.filename = filename;
    // In Node's cache before it runs, as Node's loader puts it, so that a second require finds it.
    loader._cache[filename] = module;
    try {
      compile(module, content, filename);
    } catch (error) {
      delete loader._cache[filename];
      throw error;
    }
    module.loaded = true;
    return module.exports;
  };
  process.once('exit', () => withDefaultFlags(() => saveCaches(directory, unsaved)));
}

/** Writes each script's code cache into `directory`, as the whole run compiled it. */
function saveCaches(directory: string, unsaved: readonly { script: Script; file: string }[]): void {
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
}
