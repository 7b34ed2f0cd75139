import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { format, resolveConfig } from 'prettier';
import { packageRoot } from '../package-root.js';

/** Where the compiled validator is committed; load-catalogs.ts imports it. */
export const catalogValidatorPath = join(
  packageRoot(),
  'src',
  'benchmarks',
  'catalog-file-validator.generated.js',
);

/**
 * rules/schema.json compiled by ajv into a plain ES module. Compiling ahead of time keeps ajv's
 * compiler (about 60 ms to import and compile) off the command line's start.
 */
export async function catalogValidatorSource(): Promise<string> {
  const schema = JSON.parse(readFileSync(join(packageRoot(), 'rules', 'schema.json'), 'utf8')) as object;
  const ajv = new Ajv({
    strict: true,
    strictRequired: false,
    inlineRefs: false,
    code: { source: true, esm: true },
  });
  // A CommonJS module: its function is at `.default` under NodeNext typing and at run time alike.
  const code = standalone.default(ajv, ajv.compile(schema));
  // ajv's ES module output still require()s its runtime helpers (minLength, uniqueItems of
  // untyped items), which would fail at load time.
  if (/\brequire\(/.test(code)) {
    throw new Error('rules/schema.json needs an ajv runtime helper; use keywords that compile to plain code');
  }
  const header =
    '// Generated from rules/schema.json by scripts/generate-docs.ts. Do not edit.\n/* eslint-disable */\n';
  return format(header + code, { ...(await resolveConfig(catalogValidatorPath)), parser: 'babel' });
}
