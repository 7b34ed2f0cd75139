import fc from 'fast-check';
import { YAMLException, loadAll } from 'js-yaml-4';
import { describe, expect, it } from 'vitest';
import { kubernetesSchema, readsAsItself } from './kubernetes-schema.js';

const read = (text: string): unknown => loadAll(text, null, { schema: kubernetesSchema, json: true })[0];

/** `text` as a mapping's value, where it is one plain scalar (at a document's start, `---0` is not). */
const valueOf = (text: string): unknown => (read(`v: ${text}\n`) as { v: unknown }).v;

/**
 * What go-yaml's order gives, from the four forms' own tags: the value of the first of bool, null,
 * int and float whose explicit tag accepts the text, else the text.
 */
function byEachForm(text: string): unknown {
  for (const tag of ['bool', 'null', 'int', 'float']) {
    try {
      return valueOf(`!!${tag} ${text}`);
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
    }
  }
  return text;
}

const spellings = [
  ...['y', 'yes', 'true', 'on', 'n', 'no', 'false', 'off', 'null', '~'].flatMap((text) => [
    text,
    text.toUpperCase(),
    `${text.charAt(0).toUpperCase()}${text.slice(1)}`,
    `${text}s`,
    `x${text}`,
  ]),
  ...['yEs', 'nULL', 'oN', 'namespace', 'nginx', 'template', 'Nope', 'truex'],
  ...['0', '-0', '+0', '0644', '0o644', '0O17', '0x1F', '-0b11', '08', '1_000', '1e3', '1E-3', '.5'],
  ...['5.', '-.5e2', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', '190:20:30', '2024-01-02', '1_0.5'],
  ...['0x', '0b2', '_1', '1_', '.', '+', '-1-', '..5', '1e', '+-1', '0x_1', '12345678901234567890'],
  ...['50m', '128Mi', '1Gi', '1e3m', '0x1Fm', '.infinity', '1.5e', '12:30', '1_000m', '0x1F\u00e9'],
  ...['999999999999999', '9999999999999999', '000000000000000', '0000000000000000', '9007199254740993'],
  // The one-pass read's edges: signs, leading zeros, a bare point, base 60, dates, other digits, spaces.
  ...['+1', '-1', '00', '012', '1.', '0.', '+.5', '1.2.3', '1:20', '2001-12-14', '0b101', '0o17', '1e+3'],
  ...['12#x', '1 2', '1\t2', '\u0661\u0662', '\uff11', '-9223372036854775809', '18446744073709551616'],
];

describe('the schema resolves plain scalars as go-yaml does, in one type', () => {
  it.each(spellings)('reads %s as its first form that takes it', (text) => {
    expect(valueOf(text)).toStrictEqual(byEachForm(text));
    expect(readsAsItself(text)).toBe(byEachForm(text) === text);
  });

  it('agrees with the forms in order on generated scalars', () => {
    const character = fc.constantFrom(...'0123456789+-._eExXoObBnNyYtTfF~:aulmMiIKG'.split(''));
    fc.assert(
      fc.property(fc.array(character, { minLength: 1, maxLength: 7 }), (characters) => {
        const text = characters.join('');
        let plain: unknown;
        try {
          plain = valueOf(text);
        } catch {
          return; // not one plain scalar (`-`, `:`)
        }
        if (typeof plain === 'object' && plain !== null) return;
        expect(plain).toStrictEqual(byEachForm(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads an empty node and `!<?>` by the same type, and no tag names it', () => {
    expect(read('v:\n')).toEqual({ v: null });
    expect(read('!<?> yes\n')).toBe(true);
    expect(read('!<?> 0x1F\n')).toBe(31);
    expect(() => read('!<tag:yaml.org,2002:nonesuch> yes\n')).toThrow('unknown tag');
  });
});
