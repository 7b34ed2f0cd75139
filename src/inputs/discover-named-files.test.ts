import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { discoverFiles } from './discover.js';
import { defaultLimits } from './input-format.js';

// Every asynchronous call of fs-async.ts runs on libuv's thread pool, which a process starts on the
// first such call (four threads): a scan of named files must not start it (issue 12).
vi.mock('../fs-async.js', () => {
  const refused = () => Promise.reject(new Error('an asynchronous fs call'));
  return { readFile: refused, readdir: refused, realpath: refused, stat: refused };
});

const directory = mkdtempSync(join(tmpdir(), 'discover-named-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

test('named files are found without an asynchronous fs call', async () => {
  const pod = join(directory, 'pod.yaml');
  writeFileSync(pod, 'apiVersion: v1\nkind: Pod\n');
  const discovery = await discoverFiles([pod, join(directory, 'missing.yaml')], {
    cwd: directory,
    limits: defaultLimits,
    exclude: [],
  });
  expect(discovery.errors).toEqual([]);
  expect(discovery.files.map((file) => file.path)).toEqual([pod]);
  expect(discovery.unmatched).toEqual([join(directory, 'missing.yaml')]);
});
