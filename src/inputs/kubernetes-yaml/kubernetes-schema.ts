import { FAILSAFE_SCHEMA, Type, types } from 'js-yaml-4';

/**
 * The YAML schema Kubernetes reads manifests with. kubectl and the API server convert YAML to
 * JSON through sigs.k8s.io/yaml, which decodes with its fork of go-yaml v2; these tags resolve
 * plain scalars exactly as its resolve.go does, so a value cannot slip past a check by being
 * spelled in a form Kubernetes accepts and a YAML 1.2 parser does not (`privileged: yes`).
 * Where go-yaml v2 differs from YAML 1.1 we follow go-yaml: `0o644` and `1e3` are numbers,
 * `190:20:30` (base 60) is a string, and timestamps stay strings.
 */

const booleans = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map(
    (word) => [word, true] as const,
  ),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map(
    (word) => [word, false] as const,
  ),
]);

const nullWords = new Set(['', '~', 'null', 'Null', 'NULL']);

const specialFloats = new Map<string, number>([
  ...['.nan', '.NaN', '.NAN'].map((word) => [word, Number.NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map(
    (word) => [word, Number.POSITIVE_INFINITY] as const,
  ),
  ...['-.inf', '-.Inf', '-.INF'].map((word) => [word, Number.NEGATIVE_INFINITY] as const),
]);

const digitsAndSigns = ['+', '-', ...'0123456789'];

/** Go's strconv.ParseInt with base 0 (prefixes 0x, 0o, 0b, and a bare leading 0 for octal). */
const goInteger = /^([+-]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]?([0-7]+)|0[bB]([01]+)|([1-9][0-9]*|0))$/;

/** go-yaml v2's yamlStyleFloat, tried after the integer forms fail. */
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** go-yaml tries ParseInt (down to -2^63), then ParseUint (up to 2^64 - 1): 64 bits either way. */
const goIntegerBound = { negative: 2n ** 63n, positive: 2n ** 64n - 1n };

/**
 * Whether Go's 64-bit parsers take a magnitude of `digits` (after `prefix`: 0x, 0o, 0b or none).
 * Past them go-yaml reads the text as a float if it is one (`99999999999999999999`, `0777…`) and
 * as a string if not (`0x10000000000000000`); a double cannot tell, so the digits are read exactly.
 */
function fitsGoInteger(sign: string, prefix: string, digits: string, magnitude: number): boolean {
  if (magnitude <= Number.MAX_SAFE_INTEGER) return true;
  return BigInt(`${prefix}${digits}`) <= (sign === '-' ? goIntegerBound.negative : goIntegerBound.positive);
}

function parseGoInteger(text: string): number | undefined {
  const match = goInteger.exec(text);
  if (match === null) return undefined;
  const [, sign = '', hex, octal, binary, decimal = ''] = match;
  const [prefix, digits, magnitude] =
    hex !== undefined
      ? ['0x', hex, Number.parseInt(hex, 16)]
      : octal !== undefined
        ? ['0o', octal, Number.parseInt(octal, 8)]
        : binary !== undefined
          ? ['0b', binary, Number.parseInt(binary, 2)]
          : ['', decimal, Number(decimal)];
  if (!fitsGoInteger(sign, prefix, digits, magnitude)) return undefined;
  // Negative zero would print as 0 but compare differently in some checks; Go has no -0 int.
  return sign === '-' && magnitude !== 0 ? -magnitude : magnitude;
}

/** A timestamp (YYYY-…) stays text: go-yaml's time.Time reaches JSON as a string too. */
const startsLikeTimestamp = /^[0-9]{4}-/;

function resolveFloat(text: string): number | undefined {
  const special = specialFloats.get(text);
  if (special !== undefined) return special;
  if (startsLikeTimestamp.test(text)) return undefined;
  const plain = text.startsWith('.') ? text : text.replaceAll('_', '');
  if (!yamlStyleFloat.test(plain)) return undefined;
  // Go's ParseFloat fails past the largest double (`1e400`), and go-yaml then keeps the text.
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** One of go-yaml's scalar forms: its tag, the characters it may start with, and its reader. */
interface ScalarForm {
  tag: string;
  starts: Set<string>;
  read: (text: string) => unknown;
}

function scalarForm(tag: string, firstCharacters: string[], read: (text: string) => unknown): ScalarForm {
  return { tag, starts: new Set(firstCharacters), read };
}

/**
 * A js-yaml 4 scalar type whose `resolve` reads its text with `read` (undefined: not its form) and
 * keeps the value for `construct`, which js-yaml calls next on the same text: parsed once, not twice.
 */
function scalarType(tag: string, read: (text: string) => unknown): Type {
  let resolved: unknown;
  return new Type(tag, {
    kind: 'scalar',
    resolve: (data) => {
      const text = data ?? '';
      if (typeof text !== 'string') return false;
      resolved = read(text);
      return resolved !== undefined;
    },
    construct: () => resolved,
  });
}

/** A form's reader that turns away, on their first character, texts that cannot start the form. */
const readForm =
  ({ starts, read }: ScalarForm) =>
  (text: string): unknown =>
    starts.has(text.charAt(0)) ? read(text) : undefined;

/** Resolution order follows go-yaml: the word table (bool, null, special floats), then int, then float. */
const scalarForms = [
  scalarForm('tag:yaml.org,2002:bool', [...'yYnNtTfFoO'], (text) => booleans.get(text)),
  scalarForm('tag:yaml.org,2002:null', ['', '~', 'n', 'N'], (text) =>
    nullWords.has(text) ? null : undefined,
  ),
  scalarForm('tag:yaml.org,2002:int', digitsAndSigns, (text) =>
    startsLikeTimestamp.test(text) ? undefined : parseGoInteger(text.replaceAll('_', '')),
  ),
  scalarForm('tag:yaml.org,2002:float', [...digitsAndSigns, '.'], resolveFloat),
];

/** The words of the bool and null forms, with their values, and the longest one's length. */
const words = new Map<string, boolean | null>([
  ...booleans,
  ...[...nullWords].map((word) => [word, null] as const),
]);
const longestWord = Math.max(...[...words.keys()].map((word) => word.length));
const [, , intForm, floatForm] = scalarForms as [ScalarForm, ScalarForm, ScalarForm, ScalarForm];

/** What a plain scalar may be by its first character (ASCII): a word of the table, a number, or text. */
const word = 1;
const numeric = 2;
const formsByFirstCharacter = new Uint8Array(128);
for (const text of words.keys()) if (text !== '') formsByFirstCharacter[text.charCodeAt(0)] = word;
for (const first of [...intForm.starts, ...floatForm.starts])
  formsByFirstCharacter[first.charCodeAt(0)] = numeric;

/**
 * What each ASCII character may be in a text that starts as a number does: a digit, another
 * character of some number form (a sign, `_`, `.`, the prefixes, hexadecimal digits, exponents, the
 * letters of `.inf` and `.nan`), or neither (0), which makes the text no number of any form.
 */
const digit = 1;
const ofNumbers = 2;
const zero = 0x30;
const numberCharacters = new Uint8Array(128);
for (const character of '+-_.xXoObBaAcCdDeEfFiInN') numberCharacters[character.charCodeAt(0)] = ofNumbers;
for (const character of '0123456789') numberCharacters[character.charCodeAt(0)] = digit;

/**
 * A text that starts as a number does, read in one pass over its characters before the forms'
 * regular expressions: a decimal of 1 to 15 digits with no leading zero (ports, replicas, user ids:
 * most integers in manifests) is its own value, below 2^53 and with no sign, prefix, `_` or
 * timestamp; a character that no number form holds (the `m` of `50m`, the `Mi` of `128Mi`) makes it
 * text; anything else is read by the int form, then the float form.
 */
function readNumber(text: string): unknown {
  const { length } = text;
  let digits = true;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    const kind = code < 128 ? numberCharacters[code] : 0;
    if (kind === 0) return undefined;
    if (kind !== digit) digits = false;
  }
  if (digits && length <= 15 && (length === 1 || text.charCodeAt(0) !== zero)) return Number(text);
  return intForm.read(text) ?? floatForm.read(text);
}

/**
 * The value of a plain scalar as go-yaml resolves it, or undefined when it is text: the four forms
 * in their order, read by one dispatch on the first character (the word forms and the numbers
 * start with different characters, and no word is longer than five). Asking each form in turn,
 * as js-yaml does with one type per form, cost a tenth of `loadAll`'s time.
 */
function readScalar(text: string): unknown {
  if (text.length === 0) return null;
  const code = text.charCodeAt(0);
  const kind = code < 128 ? formsByFirstCharacter[code] : 0;
  if (kind === word) return text.length <= longestWord ? words.get(text) : undefined;
  if (kind === numeric) return readNumber(text);
  return undefined;
}

/**
 * Plain scalars are resolved by one type (`readScalar`), tagged `?`: the tag that js-yaml gives
 * every plain scalar before resolving it, and keeps on those that stay text. js-yaml handles a
 * node tagged `?` (or `!<?>`) by asking the implicit types, before it looks a tag up, so no
 * document can name this type; the four tags a document may write (`!!bool yes`) are the four
 * forms' own types, explicit ones, as they were.
 */
export const kubernetesSchema = FAILSAFE_SCHEMA.extend({
  implicit: [scalarType('?', readScalar), types.merge],
  explicit: scalarForms.map((form) => scalarType(form.tag, readForm(form))),
});

/**
 * Whether the plain scalar `text` reads as that same text (no bool, null or number form takes it),
 * by the schema's own resolver. (`<<`, the merge key, never reaches here: see `plain-locator.ts`.)
 */
export const readsAsItself = (text: string): boolean => readScalar(text) === undefined;
