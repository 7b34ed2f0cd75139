import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv, type Options } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { format, resolveConfig } from 'prettier';
import { packageRoot } from '../package-root.js';

/** Where the compiled validator is committed; resolve-catalogs.ts imports it. */
export const catalogValidatorPath = join(
  packageRoot(),
  'src',
  'benchmarks',
  'catalog-file-validator.generated.js',
);

/**
 * A JSON schema compiled by ajv into a plain ES module, written to `generatedPath`. Compiling
 * ahead of time keeps ajv (about 60 ms to import and compile) off the start of every run.
 */
export async function standaloneValidatorSource(
  schemaPath: string,
  generatedPath: string,
  options: Options = {},
): Promise<string> {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  const ajv = new Ajv({
    strict: true,
    strictRequired: false,
    inlineRefs: false,
    ...options,
    code: { source: true, esm: true },
  });
  // A CommonJS module: its function is at `.default` under NodeNext typing and at run time alike.
  const code = standalone.default(ajv, ajv.compile(schema));
  const name = relative(packageRoot(), schemaPath);
  // ajv's ES module output still require()s its runtime helpers (minLength, uniqueItems of
  // untyped items), which would fail at load time.
  if (/\brequire\(/.test(code)) {
    throw new Error(`${name} needs an ajv runtime helper; use keywords that compile to plain code`);
  }
  const header = `// Generated from ${name} by scripts/generate-docs.ts. Do not edit.\n/* eslint-disable */\n`;
  return format(header + code, { ...(await resolveConfig(generatedPath)), parser: 'babel' });
}

/** rules/schema.json, compiled (see standaloneValidatorSource). */
export const catalogValidatorSource = (): Promise<string> =>
  standaloneValidatorSource(join(packageRoot(), 'rules', 'schema.json'), catalogValidatorPath);
