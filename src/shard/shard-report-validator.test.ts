import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CannotRunError } from '../benchmarks/assess.js';
import { parseShardReport } from './merge.js';
import { shardReportValidatorPath, shardReportValidatorSource } from './shard-report-validator-source.js';

test('the compiled shard report validator matches shard-report.schema.json', async () => {
  expect(
    readFileSync(shardReportValidatorPath, 'utf8'),
    'the validator is stale: run `npx vite-node scripts/generate-docs.ts`',
  ).toBe(await shardReportValidatorSource());
});

test('the compiled validator refuses a shard report without its head, and names the file', () => {
  const report = {
    kind: 'aks-cis-gate-shard',
    formatVersion: 1,
    shard: { index: 1, count: 1 },
    toolVersion: '0.1.0',
    commit: null,
    configHash: 'x',
  };
  expect(() => parseShardReport('shard-1.json', JSON.stringify(report))).toThrow(CannotRunError);
  expect(() => parseShardReport('shard-1.json', JSON.stringify(report))).toThrow(
    /^shard-1\.json: not a valid shard report .*must have required property 'config'/,
  );
});
