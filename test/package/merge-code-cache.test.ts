import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

// A merge keeps V8's young generation at its size (src/young-generation.ts) by changing a
// flag, and V8 refuses a code cache made under other flags: a chunk first loaded inside the hold
// would be compiled without its cache, and its cache made again, on every merge.
const pod = (index: number) => `---
apiVersion: v1
kind: Pod
metadata: {name: web-${index}, namespace: shop}
spec:
  containers:
    - name: web
      image: ghcr.io/contoso/web:1.${index}
      securityContext: {privileged: true}
`;

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'merge-code-cache-'));
  // The shard reports go beside the tree, not into it, where the next shard would read them.
  mkdirSync(join(directory, 'tree'));
  for (let index = 0; index < 4; index += 1)
    writeFileSync(join(directory, 'tree', `pod-${index}.yaml`), pod(index));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function cli(args: string[], cacheRoot: string, statuses: number[]) {
  const result = spawnSync(process.execPath, [join(inject('cliBundleDirectory'), 'index.js'), ...args], {
    cwd: directory,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', NODE_COMPILE_CACHE: cacheRoot },
  });
  expect(statuses).toContain(result.status);
  return result;
}

test.each(['json', 'sarif', 'markdown', 'table'])(
  'the code caches a merge leaves are the ones the next merges take (%s)',
  (format) => {
    const cacheRoot = join(directory, `compile-cache-${format}`);
    const shards = ['1/2', '2/2'].map((shard, index) => {
      const file = `shard-${index + 1}.json`;
      cli(['scan', 'tree', '--shard', shard, '--output', file], cacheRoot, [0]);
      return file;
    });
    const merge = () =>
      cli(['merge', ...shards, '--format', format, '--output', `merged.${format}`], cacheRoot, [1]);
    /** Each cache file and the inode it has: a cache made again is a new file renamed over the old. */
    const caches = () =>
      readdirSync(cacheRoot, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.cache'))
        .map((name) => `${name} ${statSync(join(cacheRoot, name)).ino}`)
        .sort();
    merge();
    const made = caches();
    merge();
    merge();
    expect(caches()).toEqual(made);
  },
);
