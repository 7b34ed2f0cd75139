import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, expect, test } from 'vitest';
import { planFileOf } from '../test/support/terraform-plan.js';
import { scan } from './scan.js';

const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-scan-memory-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const megabyte = 1024 * 1024;

// A scanned file's text can be a 50 MB plan: held to the end of the scan, it would sit beside the
// checks' findings and the report, which is most of a large scan's peak memory.
test("a scanned file's text is let go once read, before the checks run", async () => {
  const padding = {
    type: 'azurerm_role_assignment',
    name: 'padding',
    values: { description: 'x'.repeat(40 * megabyte) },
  };
  const cluster = { type: 'azurerm_kubernetes_cluster', name: 'aks', values: { name: 'aks' } };
  writeFileSync(join(directory, 'plan.json'), planFileOf([cluster, padding]).text);
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  const heapUsed = () => {
    collectGarbage();
    return process.memoryUsage().heapUsed;
  };
  const before = heapUsed();
  let grownWhenSourcesRan = Number.NaN;
  const report = await scan({
    paths: [directory],
    cwd: directory,
    // A source runs after the files are read and before the checks.
    sources: [
      async () => {
        await new Promise((resolve) => setImmediate(resolve));
        grownWhenSourcesRan = heapUsed() - before;
        return { model: {}, errors: [], skipped: [] };
      },
    ],
  });
  expect(report.benchmarks.length).toBeGreaterThan(0);
  // The text alone is 40 MB; the cluster's model is small.
  expect(grownWhenSourcesRan / megabyte).toBeLessThan(20);
});
