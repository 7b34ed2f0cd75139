import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { codeCacheKeyFile } from './code-cache.js';

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'code-cache-'));
  // The same CommonJS chunk in a bundle's directory and in a plain one, which Node's loader keeps.
  for (const name of ['bundle', 'plain']) {
    mkdirSync(join(directory, name));
    writeFileSync(join(directory, name, 'package.json'), '{"type":"commonjs"}');
    writeFileSync(
      join(directory, name, 'chunk.js'),
      // The throw on the first line, where the wrapper's columns are.
      'exports.fail = () => { throw new Error("here"); };\n' +
        'exports.where = [__filename, __dirname, typeof require("node:path").join];\n',
    );
  }
  writeFileSync(join(directory, 'bundle', codeCacheKeyFile), 'a-digest\n');
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

/**
 * A process that turns the cache on for `bundle` and then runs `body` (Node strips the types): its
 * lines of output.
 */
function withCache(body: string): string[] {
  const script = `
import { createRequire } from 'node:module';
import { cacheCompiledCode } from ${JSON.stringify(new URL('./code-cache.ts', import.meta.url).href)};
const [directory] = process.argv.slice(1);
cacheCompiledCode(directory + '/bundle', directory + '/cache');
${body}`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, directory], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim().split('\n');
}

/** Loads both chunks, with the cache on for `bundle`. */
function loadBoth(): string[] {
  return withCache(`
const require = createRequire(import.meta.url);
for (const name of ['bundle', 'plain']) {
  const chunk = require(directory + '/' + name + '/chunk.js');
  // Required again, relatively, from beside it: the same module, run once.
  const once = chunk === createRequire(directory + '/x.js')('./' + name + '/chunk.js') ? 'once' : 'twice';
  let frame;
  try { chunk.fail(); } catch (error) { frame = error.stack.split('\\n')[1].replace(directory + '/' + name, ''); }
  console.log(JSON.stringify([...chunk.where.map((path) => path.replace(directory + '/' + name, '')), frame, once]));
}`);
}

test("a bundle's chunk runs as Node's loader runs it, and its code cache is written at exit and then read", () => {
  const [bundle, plain] = loadBoth();
  // The same module, the same stack frame (the wrapper does not move a column).
  expect(bundle).toBe(plain);
  expect(JSON.parse(bundle as string)).toEqual([
    '/chunk.js',
    '',
    'function',
    '    at exports.fail (/chunk.js:1:30)',
    'once',
  ]);
  const [cacheDirectory, ...others] = readdirSync(join(directory, 'cache'));
  expect(others).toEqual([]);
  expect(cacheDirectory).toMatch(/^aks-cis-gate-a-digest-v\d+/);
  const caches = readdirSync(join(directory, 'cache', cacheDirectory as string));
  // The bundle's chunk only, named by its size and time.
  expect(caches).toEqual([expect.stringMatching(/^chunk\.js-\d+-[\d.]+\.cache$/)]);
  const written = statSync(join(directory, 'cache', cacheDirectory as string, caches[0] as string)).mtimeMs;
  // Accepted by the next run, which writes nothing.
  expect(loadBoth()).toEqual([bundle, plain]);
  expect(statSync(join(directory, 'cache', cacheDirectory as string, caches[0] as string)).mtimeMs).toBe(
    written,
  );
});

test('a directory without the digest of its scripts is left to Node', () => {
  rmSync(join(directory, 'bundle', codeCacheKeyFile));
  const [bundle, plain] = loadBoth();
  expect(bundle).toBe(plain);
  expect(readdirSync(directory)).not.toContain('cache');
});

/**
 * `requests` required in turn from a file in `bundle` (the cache on) and from one in `plain`, in one
 * process: what each gave (its file, from the directory) or threw (its code and message), and how
 * many times `throws.js` ran.
 */
function requireFromBoth(requests: string[]): string[] {
  for (const name of ['bundle', 'plain']) {
    writeFileSync(
      join(directory, name, 'throws.js'),
      'globalThis.runs = (globalThis.runs ?? 0) + 1;\nthrow new Error("while loading");\n',
    );
  }
  return withCache(`
for (const name of ['bundle', 'plain']) {
  const require = createRequire(directory + '/' + name + '/index.js');
  globalThis.runs = 0;
  const results = ${JSON.stringify(requests)}.map((request) => {
    try {
      return require(request).where[0].replace(directory, '');
    } catch (error) {
      return [error.code, error.message.replaceAll(directory + '/' + name, '')].join(' ');
    }
  });
  console.log(JSON.stringify([...results, globalThis.runs]));
}`);
}

test("a chunk that is missing or throws while loading fails as Node's loader fails it", () => {
  const [bundle, plain] = requireFromBoth(['./missing.js', './throws.js', './throws.js']);
  expect(bundle).toBe(plain);
  expect(JSON.parse(bundle as string)).toEqual([
    "MODULE_NOT_FOUND Cannot find module './missing.js'\nRequire stack:\n- /index.js",
    ' while loading',
    ' while loading',
    // Not kept half-loaded: the second require runs it again.
    2,
  ]);
});

test('a file outside the bundle is left to Node, and a chunk is one module however it is named', () => {
  const [bundle] = requireFromBoth([
    '../plain/chunk.js',
    './chunk.js',
    './chunk',
    `${directory}/bundle/chunk.js`,
  ]);
  expect(JSON.parse(bundle as string)).toEqual(['/plain/chunk.js', ...Array(3).fill('/bundle/chunk.js'), 0]);
  // Only the bundle's chunk has a cache, written by the run that loaded it.
  const [cacheDirectory] = readdirSync(join(directory, 'cache'));
  expect(readdirSync(join(directory, 'cache', cacheDirectory as string))).toEqual([
    expect.stringMatching(/^chunk\.js-/),
  ]);
});

test("loading a chunk normalizes no path: node:path's loops stay cold on a small scan", () => {
  writeFileSync(join(directory, 'bundle', 'other.js'), 'exports.where = [__filename];\n');
  const [calls, where] = withCache(`
const path = createRequire(import.meta.url)('node:path');
const require = createRequire(directory + '/bundle/index.js');
require('./chunk.js');
// Counted from the second chunk on: the first makes the one require that every chunk shares.
let calls = 0;
for (const name of ['join', 'normalize', 'resolve', 'relative']) {
  const original = path[name];
  path[name] = (...parts) => (calls++, original(...parts));
}
const { where } = require('./other.js');
console.log(calls);
console.log(where[0].replace(directory, ''));`);
  expect([calls, where]).toEqual(['0', '/bundle/other.js']);
});
