import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { planFileOf } from '../test/support/terraform-plan.js';
import type { ReadCollection, ReadSize } from './inputs/release-read-memory.js';
import { scan, type ScanSource } from './scan.js';

/** How each scan's read asked to be freed; the release itself runs as it would. */
const collections = vi.hoisted(() => [] as ReadCollection[]);
vi.mock('./inputs/release-read-memory.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./inputs/release-read-memory.js')>();
  return {
    ...original,
    releaseReadMemory: async (read: ReadSize, collection: ReadCollection) => {
      collections.push(collection);
      return original.releaseReadMemory(read, collection);
    },
  };
});

const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-scan-memory-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const megabyte = 1024 * 1024;

beforeAll(() => {
  const padding = {
    type: 'azurerm_role_assignment',
    name: 'padding',
    values: { description: 'x'.repeat(40 * megabyte) },
  };
  const cluster = { type: 'azurerm_kubernetes_cluster', name: 'aks', values: { name: 'aks' } };
  writeFileSync(join(directory, 'plan.json'), planFileOf([cluster, padding]).text);
});

const collectGarbage = () => {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
};

/** The plan's scan; `measure` runs after the files are read and before the checks, as a source does. */
async function scanPlan(measure: () => void): Promise<void> {
  const source: ScanSource = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    measure();
    return { model: {}, errors: [], skipped: [] };
  };
  const report = await scan({ paths: [directory], cwd: directory, sources: [source] });
  expect(report.benchmarks.length).toBeGreaterThan(0);
}

// A scanned file's text can be a 50 MB plan: held to the end of the scan, it would sit beside the
// checks' findings and the report, which is most of a large scan's peak memory.
test("a scanned file's text is let go once read, before the checks run", async () => {
  const heapUsed = () => {
    collectGarbage();
    return process.memoryUsage().heapUsed;
  };
  const before = heapUsed();
  let grown = Number.NaN;
  await scanPlan(() => (grown = heapUsed() - before));
  // The text alone is 40 MB; the cluster's model is small.
  expect(grown / megabyte).toBeLessThan(20);
});

// Let go is not freed: V8 frees the text (outside the heap) and the parsed plan at its next full
// collection, which may come only after the checks and the report have grown the heap beside them.
test("a large read's text and parsed plan are freed before the checks run", async () => {
  const used = () => {
    const { heapUsed, external } = process.memoryUsage();
    return heapUsed + external;
  };
  collectGarbage();
  const before = used();
  let grown = Number.NaN;
  await scanPlan(() => (grown = used() - before));
  expect(grown / megabyte).toBeLessThan(20);
});

// Regular: the findings and report of a scan fit under its read's peak, and one regular collection
// costs less CPU than the memory-reducing ones (the 50 MB plan 0.92×, the same peak).
test("a scan's large read is freed by a regular collection", async () => {
  collections.length = 0;
  await scanPlan(() => undefined);
  expect(collections).toEqual(['regular']);
});
