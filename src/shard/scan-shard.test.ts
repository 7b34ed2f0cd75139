import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { planFileOf } from '../../test/support/terraform-plan.js';
import type { ReadCollection, ReadSize } from '../inputs/release-read-memory.js';
import { readShard } from './scan-shard.js';

/** What each shard's read asked to free, and how: a shard of a 50 MB plan frees it as a whole scan does. */
const releases = vi.hoisted(() => [] as [ReadSize, ReadCollection][]);
vi.mock('../inputs/release-read-memory.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../inputs/release-read-memory.js')>()),
  releaseReadMemory: async (read: ReadSize, collection: ReadCollection) => {
    releases.push([read, collection]);
    return false;
  },
}));

const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-scan-shard-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// Memory-reducing: the shard's outcome is kept to the end, and after a regular collection V8's
// looser heap limits let a shard of the 50 MB plan peak at 260 MiB against 200.
test("a shard's read is followed by a memory-reducing release, sized by what it read and keeps", async () => {
  const plan = planFileOf([{ type: 'azurerm_kubernetes_cluster', name: 'aks', values: { name: 'aks' } }]);
  writeFileSync(join(directory, 'plan.json'), plan.text);
  const side = await readShard({ paths: [directory], cwd: directory }, { index: 1, count: 1 });
  expect(side.read).toEqual(['plan.json']);
  const read = { characters: plan.text.length, objectsKept: 1, longestText: plan.text.length };
  expect(releases).toEqual([[read, 'memory-reducing']]);
});
