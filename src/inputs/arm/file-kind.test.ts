import { afterEach, describe, expect, test, vi } from 'vitest';
import { fixtureTexts } from '../../../test/support/json-fixtures.js';
import { planContext, planFileOf } from '../../../test/support/terraform-plan.js';
import { packageRoot } from '../../package-root.js';
import type { SourceFile } from '../input-format.js';
import { readInputs } from '../read-inputs.js';
import { armFileKind, armKindOf } from './parameter-files.js';
const template = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const parameters = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';
const sourceFile = (text: string, path = '/repo/file.json'): SourceFile => ({
  path,
  displayPath: 'file.json',
  text,
  explicit: false,
});

describe('the kind judged from the parsed value is the token scan’s', () => {
  const crafted: [string, string][] = [
    ['a template', JSON.stringify({ $schema: template, resources: [] })],
    ['a parameter file', JSON.stringify({ $schema: parameters, parameters: {} })],
    ['$schema in another case', JSON.stringify({ $SCHEMA: template })],
    [
      'resources that declare a type and an apiVersion',
      JSON.stringify({ resources: [{ TYPE: 'x', apiversion: '1' }] }),
    ],
    [
      'resources by symbolic name (languageVersion 2.0)',
      JSON.stringify({ resources: { a: { type: 'x', apiVersion: '1' } } }),
    ],
    ['resources without an apiVersion', JSON.stringify({ resources: [{ type: 'x' }] })],
    [
      'a parameters $schema after resources',
      JSON.stringify({ resources: [{ type: 'x', apiVersion: '1' }], $schema: parameters }),
    ],
    [
      'a $schema that names neither',
      JSON.stringify({ $schema: 'https://json-schema.org/draft-07/schema#', resources: [] }),
    ],
    ['a $schema that is not a string', JSON.stringify({ $schema: { template } })],
    [
      'resources nested below the root',
      JSON.stringify({ properties: { resources: [{ type: 'x', apiVersion: '1' }] } }),
    ],
    ['a root array', JSON.stringify([{ $schema: template }])],
    ['a Terraform plan', planFileOf([]).text],
    ['comments (not strict JSON: scanned)', `// deployed by CI\n{ "$schema": "${template}" }`],
    ['a trailing comma (scanned)', `{ "resources": [ { "type": "x", "apiVersion": "1", } ], }`],
  ];
  test.each(crafted)('%s', (_, text) => {
    expect(armKindOf(sourceFile(text))).toBe(armFileKind(text));
  });

  test('for every JSON fixture of the repository', () => {
    const texts = fixtureTexts(packageRoot()).filter((text) => text.length < 4_000_000);
    expect(texts.length).toBeGreaterThan(50);
    const kinds = texts.map((text) => [armKindOf(sourceFile(text)), armFileKind(text)]);
    expect(kinds.filter(([fromValue, fromTokens]) => fromValue !== fromTokens)).toEqual([]);
    expect(kinds.some(([kind]) => kind === 'template')).toBe(true);
    expect(kinds.some(([kind]) => kind === 'parameters')).toBe(true);
  });
});

describe('a Terraform plan is parsed once', () => {
  afterEach(() => vi.restoreAllMocks());

  const plan = () =>
    planFileOf([
      {
        type: 'azurerm_kubernetes_cluster',
        name: 'aks',
        values: { name: 'aks', local_account_disabled: true },
      },
    ]);

  test('ARM detection judges strict JSON by parsing it, not by scanning its tokens', () => {
    const file = plan();
    const parse = vi.spyOn(JSON, 'parse');
    expect(armKindOf(file)).toBeUndefined();
    expect(parse.mock.calls.filter(([text]) => text === file.text)).toHaveLength(1);
  });

  test('the plan reader takes the value detection parsed, and it is forgotten after the read', async () => {
    const file = plan();
    const parse = vi.spyOn(JSON, 'parse');
    const parsesOfPlan = () => parse.mock.calls.filter(([text]) => text === file.text).length;
    const result = await readInputs([file], planContext);
    expect(result.errors).toEqual([]);
    expect(result.model.clusters.map((cluster) => cluster.name)).toEqual(['aks']);
    expect(parsesOfPlan()).toBe(1);
    // Forgotten: asking again parses again (the value is not kept through the checks).
    armKindOf({ ...file });
    expect(parsesOfPlan()).toBe(2);
  });
});
