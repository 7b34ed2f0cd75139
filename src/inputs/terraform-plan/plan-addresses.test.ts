import fc from 'fast-check';
import { expect, test } from 'vitest';
import { lineLocator } from './plan-json.js';
import { firstAddressOffsets } from './terraform-sources.js';

/** The regular expression the plan's addresses were found with before: the reference. */
function addressOffsetsByRegExp(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const match of text.matchAll(/"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
    const raw = match[1] ?? '';
    const address = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    if (!offsets.has(address)) offsets.set(address, match.index);
  }
  return offsets;
}

// Addresses as Terraform writes them (quoted for_each keys, escapes), and strings that only look like them.
const address = fc.oneof(
  fc.constantFrom('azurerm_kubernetes_cluster.this', 'kubernetes_deployment_v1.app["a"]', 'x\\"y', 'a\\\\'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const planLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 1 }),
    address,
    fc.record({ address: tie('value'), values: tie('value') }),
    fc.record({ address, type: fc.string() }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constant('address'), address), tie('value'), { maxKeys: 3 }),
  ),
}));

test('each address is found at its first "address" key, as the regular expression found it, on one line or indented', () => {
  fc.assert(
    fc.property(planLike.value, fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
      const text = JSON.stringify({ planned_values: value }, null, indent);
      const expected = addressOffsetsByRegExp(text);
      expect(firstAddressOffsets(text, new Set(expected.keys()))).toEqual(expected);
    }),
    { numRuns: 3000 },
  );
});

test('only the addresses asked for are kept', () => {
  const text = JSON.stringify({
    planned_values: [
      { address: 'a.b' },
      { address: 'c.d["k"]' },
      { address: 'e.f' },
      { address: 'c.d["k"]' },
    ],
  });
  expect(firstAddressOffsets(text, new Set(['c.d["k"]', 'missing']))).toEqual(
    new Map([['c.d["k"]', text.indexOf('"address":"c.d')]]),
  );
});

test("lines found up to an offset place every offset before it as the whole text's lines do", () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'é') }), fc.nat(), (text, at) => {
      const end = at % (text.length + 1);
      const whole = lineLocator(text);
      const upToEnd = lineLocator(text, end + 1);
      for (let offset = 0; offset <= end; offset += 1) expect(upToEnd(offset)).toEqual(whole(offset));
    }),
    { numRuns: 2000 },
  );
});
