import { join } from 'node:path';
import { standaloneValidatorSource } from '../benchmarks/catalog-validator-source.js';
import { packageRoot } from '../package-root.js';

/** Where the compiled shard report validator is committed; merge.ts imports it. */
export const shardReportValidatorPath = join(
  packageRoot(),
  'src',
  'shard',
  'shard-report-validator.generated.js',
);

/**
 * shard-report.schema.json compiled ahead of time, every problem reported (allErrors): compiling
 * it with ajv cost each merge about 0.2–0.5 s, a third of the one-second budget.
 */
export const shardReportValidatorSource = (): Promise<string> =>
  standaloneValidatorSource(
    join(packageRoot(), 'src', 'shard', 'shard-report.schema.json'),
    shardReportValidatorPath,
    {
      allErrors: true,
    },
  );
