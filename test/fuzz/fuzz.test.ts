import { describe, test } from 'vitest';
import { fuzzReader, fuzzTargets } from './fuzz-readers.js';

/**
 * The short budget CI runs on every `npm test`; `npm run fuzz` runs the long one
 * (docs/security.md). FUZZ_SEED replays a failure that either reported.
 */
const casesPerReader: Record<string, number> = {
  'kubernetes-yaml': 1000,
  arm: 600,
  'terraform-plan': 600,
  bicep: 2,
};
const seed = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);

describe('fuzzed input never crashes the scan, never reads a file silently wrong', () => {
  test.each(fuzzTargets)('$name', { timeout: 240_000 }, async (target) => {
    await fuzzReader(target, {
      numRuns: casesPerReader[target.name] ?? 100,
      ...(seed === undefined ? {} : { seed }),
      bounds: { maxCaseMilliseconds: target.filesPerCase > 1 ? 120_000 : 20_000, maxHeapBytes: 1024 ** 3 },
    });
  });
});
