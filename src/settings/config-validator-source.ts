import { join } from 'node:path';
import { standaloneValidatorSource } from '../benchmarks/catalog-validator-source.js';
import { packageRoot } from '../package-root.js';

/** Where the compiled config validator is committed; config-file.ts imports it. */
export const configValidatorPath = join(packageRoot(), 'src', 'settings', 'config-validator.generated.js');

/**
 * config.schema.json compiled ahead of time, every problem reported (allErrors). String lengths
 * count UTF-16 units (unicode: false), which keeps ajv's runtime helper out of the module; the
 * schema's only length bound is minLength 1, which both counts decide alike.
 */
export const configValidatorSource = (): Promise<string> =>
  standaloneValidatorSource(
    join(packageRoot(), 'src', 'settings', 'config.schema.json'),
    configValidatorPath,
    {
      allErrors: true,
      unicode: false,
    },
  );
