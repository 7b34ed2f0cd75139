import { describe, test } from 'vitest';
import { fuzzReader, fuzzTargets } from './fuzz-readers.js';

/**
 * The short budget CI runs on every `npm test`; `npm run fuzz` runs the long one with a fresh
 * seed each time (docs/security.md). CI's seed is fixed so that a landing never depends on the
 * draw; what the long runs find becomes a regression test. FUZZ_SEED replays any failure.
 */
const casesPerReader: Record<string, number> = {
  'kubernetes-yaml': 1000,
  arm: 600,
  'terraform-plan': 600,
  bicep: 2,
};
const seed = Number(process.env['FUZZ_SEED'] ?? 20261203);

describe('fuzzed input never crashes the scan, never reads a file silently wrong', () => {
  test.each(fuzzTargets)('$name', { timeout: 240_000 }, async (target) => {
    await fuzzReader(target, {
      numRuns: casesPerReader[target.name] ?? 100,
      seed,
      bounds: { maxCaseMilliseconds: target.filesPerCase > 1 ? 120_000 : 20_000, maxHeapBytes: 1024 ** 3 },
    });
  });
});
