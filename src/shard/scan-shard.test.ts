import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { planFileOf } from '../../test/support/terraform-plan.js';
import type { ReadSize } from '../inputs/release-read-memory.js';
import { readShard } from './scan-shard.js';

/** What each shard's read asked to free: a shard of a 50 MB plan frees it as a whole scan does. */
const releases = vi.hoisted(() => [] as ReadSize[]);
vi.mock('../inputs/release-read-memory.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../inputs/release-read-memory.js')>()),
  releaseReadMemory: async (read: ReadSize) => {
    releases.push(read);
    return false;
  },
}));

const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-scan-shard-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

test("a shard's read is followed by the release of its memory, sized by what it read and keeps", async () => {
  const plan = planFileOf([{ type: 'azurerm_kubernetes_cluster', name: 'aks', values: { name: 'aks' } }]);
  writeFileSync(join(directory, 'plan.json'), plan.text);
  const side = await readShard({ paths: [directory], cwd: directory }, { index: 1, count: 1 });
  expect(side.read).toEqual(['plan.json']);
  expect(releases).toEqual([{ characters: plan.text.length, objectsKept: 1 }]);
});
