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

function parseGoInteger(text: string): number | undefined {
  const match = goInteger.exec(text);
  if (match === null) return undefined;
  const [, sign, hex, octal, binary, decimal] = match;
  const magnitude =
    hex !== undefined
      ? Number.parseInt(hex, 16)
      : octal !== undefined
        ? Number.parseInt(octal, 8)
        : binary !== undefined
          ? Number.parseInt(binary, 2)
          : Number(decimal);
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
  return yamlStyleFloat.test(plain) ? Number(plain) : undefined;
}

/**
 * A scalar tag whose resolver also builds the value: js-yaml 4 calls `resolve` and then
 * `construct` on the same text, so the value is kept between the two calls rather than parsed
 * twice. Plain scalars that cannot start the tag's forms are turned away on their first
 * character, as most values are strings.
 */
interface ScalarForm {
  tag: string;
  starts: Set<string>;
  read: (text: string) => unknown;
}

function scalarForm(tag: string, firstCharacters: string[], read: (text: string) => unknown): ScalarForm {
  return { tag, starts: new Set(firstCharacters), read };
}

function scalarTag({ tag, starts, read }: ScalarForm): Type {
  let resolved: unknown;
  return new Type(tag, {
    kind: 'scalar',
    resolve: (data) => {
      const text = data ?? '';
      if (typeof text !== 'string' || !starts.has(text.charAt(0))) return false;
      resolved = read(text);
      return resolved !== undefined;
    },
    construct: () => resolved,
  });
}

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

export const kubernetesSchema = FAILSAFE_SCHEMA.extend({
  implicit: [...scalarForms.map(scalarTag), types.merge],
});

/**
 * Whether the plain scalar `text` reads as that same text (no bool, null or number form takes it),
 * by the schema's own resolvers. (`<<`, the merge key, never reaches here: see `plain-locator.ts`.)
 */
export const readsAsItself = (text: string): boolean =>
  scalarForms.every(({ starts, read }) => !starts.has(text.charAt(0)) || read(text) === undefined);
