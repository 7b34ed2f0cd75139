import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../../bench/terraform.js';
import { fixtureTexts } from '../../../test/support/json-fixtures.js';
import { packageRoot } from '../../package-root.js';
import { largeJsonCharacters, parsedJsonOf } from '../parsed-json.js';
import { parsePlanText } from './plan-text.js';
import { isReadType } from './read-types.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the plan reader reads of a parsed plan, written apart from plan-text.ts: the value, with
 * the items the reader passes over (objects of a type not read) taken out of `resource_changes`
 * and of the `resources` of `planned_values`' modules.
 */
function readerView(value: unknown): string {
  const passedOver = (item: unknown) =>
    isObject(item) && typeof item.type === 'string' && !isReadType(item.type);
  const filter = (owner: Record<string, unknown>, key: string) => {
    const list = owner[key];
    if (Array.isArray(list)) owner[key] = list.filter((item) => !passedOver(item));
  };
  if (isObject(value)) {
    filter(value, 'resource_changes');
    const modules = [isObject(value.planned_values) ? value.planned_values.root_module : undefined];
    const seen = new Set<unknown>();
    for (let module = modules.pop(); module !== undefined || modules.length > 0; module = modules.pop()) {
      if (!isObject(module) || seen.has(module)) continue;
      seen.add(module);
      filter(module, 'resources');
      if (Array.isArray(module.child_modules)) modules.push(...(module.child_modules as unknown[]));
    }
  }
  return JSON.stringify(value);
}

/** parsePlanText's value or error, against JSON.parse's, as the reader sees them. */
function expectAsJsonParse(text: string): void {
  let expected: { view: string } | { error: string };
  try {
    expected = { view: readerView(JSON.parse(text)) };
  } catch (error) {
    expected = { error: (error as Error).message };
  }
  let actual: { view: string } | { error: string };
  try {
    actual = { view: readerView(parsePlanText(text, isReadType)) };
  } catch (error) {
    actual = { error: (error as Error).message };
  }
  expect(actual).toEqual(expected);
}

// Strings that look like the guesses plan-text.ts makes, inside values where they are not.
const tricky = fc.constantFrom(
  ',{"address":',
  '}]',
  '},{"address":"x"}]',
  '"resources":[{"address":',
  '"resource_changes":[{"address":"a"}]',
  '\\',
  '\\"',
  '"',
  ']}',
  '{',
);
const text = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.array(tricky, { maxLength: 3 }).map((parts) => parts.join('')),
);
const type = fc.oneof(
  fc.constantFrom(
    'azurerm_kubernetes_cluster',
    'kubernetes_deployment_v1',
    'azurerm_role_assignment',
    'null_resource',
  ),
  fc.integer(),
);
const key = fc.oneof(fc.constantFrom('address', 'resources', 'resource_changes', 'type', 'values'), text);

const { plan } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
    // An object inside values that begins as a resource does: a wrong guess of an item's end.
    fc.array(tie('resource'), { maxLength: 2 }),
  ),
  resource: fc.record(
    {
      address: text,
      mode: fc.constantFrom('managed', 'data'),
      type,
      values: tie('value'),
      after: tie('value'),
    },
    { requiredKeys: ['address'] },
  ),
  resources: fc.oneof(fc.array(tie('resource'), { maxLength: 4 }), tie('value')),
  module: fc.record(
    {
      resources: tie('resources'),
      address: text,
      child_modules: fc.oneof(fc.array(tie('module'), { maxLength: 2 }), tie('value')),
    },
    { requiredKeys: [] },
  ),
  plan: fc.record(
    {
      format_version: fc.constant('1.2'),
      planned_values: fc.oneof(fc.record({ root_module: tie('module') }), tie('value')),
      resource_changes: tie('resources'),
      prior_state: fc.record({ values: fc.record({ root_module: tie('module') }) }),
      configuration: fc.record({ root_module: fc.record({ resources: tie('resources') }) }),
    },
    { requiredKeys: [] },
  ),
}));

describe('parsePlanText', () => {
  test('gives what JSON.parse gives, but for the resources the reader passes over', () => {
    fc.assert(
      fc.property(plan, (value) => expectAsJsonParse(JSON.stringify(value))),
      { numRuns: 2000 },
    );
  });

  test('keeps JSON.parse’s last value of a duplicate key, wherever a list is cut', () => {
    const members = (value: unknown) => JSON.stringify(value).slice(1, -1);
    fc.assert(
      fc.property(plan, plan, (first, second) => {
        const joined = [members(first), members(second)].filter((part) => part !== '').join(',');
        expectAsJsonParse(`{${joined}}`);
      }),
      { numRuns: 500 },
    );
  });

  test('fails where JSON.parse fails, and reads what it reads, whatever character is changed', () => {
    const characters = fc.constantFrom(...'{}[],:"\\ a1');
    fc.assert(
      fc.property(plan, fc.nat(), characters, fc.boolean(), (value, at, character, insert) => {
        const valid = JSON.stringify(value);
        const offset = at % (valid.length + 1);
        expectAsJsonParse(valid.slice(0, offset) + character + valid.slice(insert ? offset : offset + 1));
      }),
      { numRuns: 2000 },
    );
  });

  test('reads a key whose quote is escaped as the text it is, not as a list', () => {
    const escaped = '{"a\\"resources":[{"address":"x","type":"null_resource"}]}';
    expect(parsePlanText(escaped, isReadType)).toEqual(JSON.parse(escaped));
  });

  test('leaves out the passed-over resources of a generated plan, and nothing else', () => {
    const generated = generatePlan(1);
    expectAsJsonParse(generated);
    const value = parsePlanText(generated, isReadType) as { resource_changes: unknown[] };
    expect(value.resource_changes).toHaveLength(2_020);
  });

  test('gives what JSON.parse gives for every JSON fixture of the repository, as written and on one line', () => {
    const texts = fixtureTexts(packageRoot()).filter((text) => text.length < 4_000_000);
    expect(texts.length).toBeGreaterThan(50);
    for (const written of texts.map((text) => text.replace(/^\uFEFF/, ''))) {
      expectAsJsonParse(written);
      let compact: string | undefined;
      try {
        compact = JSON.stringify(JSON.parse(written));
      } catch {
        // JSON with comments: the line above saw JSON.parse refuse it.
      }
      if (compact !== undefined) expectAsJsonParse(compact);
    }
  });
});

test('a large JSON file is parsed as a plan, its passed-over resources left out', () => {
  const padding = {
    type: 'azurerm_role_assignment',
    values: { description: 'x'.repeat(largeJsonCharacters) },
  };
  const cluster = { type: 'azurerm_kubernetes_cluster', values: { name: 'aks' } };
  const resources = [cluster, padding].map((resource, index) => ({ address: `r${index}`, ...resource }));
  const text = JSON.stringify({ format_version: '1.2', planned_values: { root_module: { resources } } });
  const parsed = parsedJsonOf({ path: 'plan.json', displayPath: 'plan.json', text, explicit: true });
  expect(parsed).toEqual({
    ok: true,
    value: { format_version: '1.2', planned_values: { root_module: { resources: [resources[0]] } } },
  });
});
