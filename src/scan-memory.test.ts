import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, expect, test, vi } from 'vitest';
import { planFileOf } from '../test/support/terraform-plan.js';
import type { SourceFile } from './inputs/input-format.js';
import { scan } from './scan.js';

/** Weak references to every file discovery hands to the scan. */
const discovered: WeakRef<SourceFile>[] = [];
vi.mock('./inputs/discover.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./inputs/discover.js')>();
  return {
    ...original,
    discoverFiles: async (...args: Parameters<typeof original.discoverFiles>) => {
      const discovery = await original.discoverFiles(...args);
      discovered.push(...discovery.files.map((file) => new WeakRef(file)));
      return discovery;
    },
  };
});

const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-scan-memory-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// A scanned file's text can be a 50 MB plan: held to the end of the scan, it would sit beside the
// checks' findings and the report, which is most of a large scan's peak memory.
test('the scanned files are let go once read, before the checks run', async () => {
  writeFileSync(
    join(directory, 'plan.json'),
    planFileOf([{ type: 'azurerm_kubernetes_cluster', name: 'aks', values: { name: 'aks' } }]).text,
  );
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  let heldWhenSourcesRan: number | undefined;
  const report = await scan({
    paths: [directory],
    cwd: directory,
    // A source runs after the files are read and before the checks.
    sources: [
      async () => {
        await new Promise((resolve) => setImmediate(resolve));
        collectGarbage();
        heldWhenSourcesRan = discovered.filter((file) => file.deref() !== undefined).length;
        return { model: {}, errors: [], skipped: [] };
      },
    ],
  });
  expect(discovered).toHaveLength(1);
  expect(heldWhenSourcesRan).toBe(0);
  expect(report.benchmarks.length).toBeGreaterThan(0);
});
