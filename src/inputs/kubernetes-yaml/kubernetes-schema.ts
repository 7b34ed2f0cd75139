import { NOT_RESOLVED, Schema, defineScalarTag, mapTag, mergeTag, seqTag, strTag } from 'js-yaml';

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

const boolTag = defineScalarTag('tag:yaml.org,2002:bool', {
  implicit: true,
  implicitFirstChars: [...'yYnNtTfFoO'],
  resolve: (source) => booleans.get(source) ?? NOT_RESOLVED,
  identify: (value) => typeof value === 'boolean',
});

const nullTag = defineScalarTag('tag:yaml.org,2002:null', {
  implicit: true,
  implicitFirstChars: ['', '~', 'n', 'N'],
  resolve: (source) => (nullWords.has(source) ? null : NOT_RESOLVED),
  identify: (value) => value === null,
});

const intTag = defineScalarTag('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: digitsAndSigns,
  resolve: (source) => {
    if (startsLikeTimestamp.test(source)) return NOT_RESOLVED;
    return parseGoInteger(source.replaceAll('_', '')) ?? NOT_RESOLVED;
  },
  identify: (value) => Number.isInteger(value),
});

const floatTag = defineScalarTag('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: [...digitsAndSigns, '.'],
  resolve: (source) => {
    const special = specialFloats.get(source);
    if (special !== undefined) return special;
    if (startsLikeTimestamp.test(source)) return NOT_RESOLVED;
    const plain = source.startsWith('.') ? source : source.replaceAll('_', '');
    return yamlStyleFloat.test(plain) ? Number(plain) : NOT_RESOLVED;
  },
  identify: (value) => typeof value === 'number',
});

/** Resolution order follows go-yaml: the word table (bool, null, special floats), then int, then float. */
export const kubernetesSchema = new Schema([
  strTag,
  seqTag,
  mapTag,
  mergeTag,
  boolTag,
  nullTag,
  intTag,
  floatTag,
]);
