import { quoteInput } from '../../model/quote.js';
import { EvaluationError, isRecord, isUnknown, Unknown, type Value } from './values.js';

/**
 * The Terraform functions evaluated without providers: those users put in the arguments the checks
 * read (names, switches, enum strings). Any other function leaves its result unknown, named.
 */
type TerraformFunction = (args: Value[]) => Value;

const text = (value: Value): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;

const list = (value: Value): Value[] | undefined =>
  Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : undefined;

const wrongArguments = (name: string) => new Unknown(`${name}() was given arguments it does not accept`);

function stringFunction(name: string, apply: (value: string) => Value): TerraformFunction {
  return ([value]) => {
    const input = value === undefined ? undefined : text(value);
    return input === undefined ? wrongArguments(name) : apply(input);
  };
}

/** Terraform's `format` verbs that plain values use: %s %d %v %q and %%. */
function format(args: Value[]): Value {
  const [spec, ...rest] = args;
  if (typeof spec !== 'string') return wrongArguments('format');
  let index = 0;
  let failed = false;
  const result = spec.replace(
    /%([-+# 0]*)(\d*)(?:\.\d+)?([sdvqtf%])/g,
    (match, flags: string, width: string, verb: string) => {
      if (verb === '%') return '%';
      const value = rest[index++];
      const rendered = value === undefined ? undefined : text(value);
      if (rendered === undefined) {
        failed = true;
        return match;
      }
      const quoted = verb === 'q' ? JSON.stringify(rendered) : rendered;
      const size = Number(width || 0);
      if (flags.includes('-')) return quoted.padEnd(size);
      return quoted.padStart(size, flags.includes('0') && verb === 'd' ? '0' : ' ');
    },
  );
  return failed ? wrongArguments('format') : result;
}

const functions: Record<string, TerraformFunction> = {
  lower: stringFunction('lower', (value) => value.toLowerCase()),
  upper: stringFunction('upper', (value) => value.toUpperCase()),
  trimspace: stringFunction('trimspace', (value) => value.trim()),
  title: stringFunction('title', (value) => value.replace(/\b\w/g, (letter) => letter.toUpperCase())),
  tostring: ([value]) => (value === null ? null : (text(value ?? null) ?? wrongArguments('tostring'))),
  tobool: ([value]) =>
    typeof value === 'boolean' || value === null
      ? value
      : value === 'true' || value === 'false'
        ? value === 'true'
        : wrongArguments('tobool'),
  tonumber: ([value]) =>
    typeof value === 'number' || value === null
      ? value
      : typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))
        ? Number(value)
        : wrongArguments('tonumber'),
  format,
  join: ([separator, ...lists]) => {
    const parts = lists.flatMap((value) => list(value) ?? [new Unknown('')]).map(text);
    return typeof separator === 'string' && parts.every((part) => part !== undefined)
      ? parts.join(separator)
      : wrongArguments('join');
  },
  split: ([separator, value]) =>
    typeof separator === 'string' && typeof value === 'string'
      ? value.split(separator)
      : wrongArguments('split'),
  replace: ([value, search, replacement]) =>
    typeof value === 'string' && typeof search === 'string' && typeof replacement === 'string'
      ? value.split(search).join(replacement)
      : wrongArguments('replace'),
  substr: ([value, offset, length]) =>
    typeof value === 'string' && typeof offset === 'number' && typeof length === 'number'
      ? [...value].slice(offset, length < 0 ? undefined : offset + length).join('')
      : wrongArguments('substr'),
  coalesce: (args) => args.find((value) => value !== null && value !== '') ?? wrongArguments('coalesce'),
  concat: (args) => (args.every(Array.isArray) ? (args as Value[][]).flat() : wrongArguments('concat')),
  tolist: ([value]) => list(value ?? null) ?? wrongArguments('tolist'),
  toset: ([value]) => {
    const items = list(value ?? null);
    return items === undefined ? wrongArguments('toset') : [...new Set(items)];
  },
  tomap: ([value]) => (isRecord(value) ? value : wrongArguments('tomap')),
  length: ([value]) =>
    typeof value === 'string' ? [...value].length : (list(value ?? null)?.length ?? wrongArguments('length')),
  contains: ([collection, value]) => {
    const items = list(collection ?? null);
    return items === undefined ? wrongArguments('contains') : items.some((item) => item === value);
  },
  keys: ([value]) => (isRecord(value) ? Object.keys(value).sort() : wrongArguments('keys')),
  values: ([value]) =>
    isRecord(value)
      ? Object.keys(value)
          .sort()
          .map((key) => value[key] ?? null)
      : wrongArguments('values'),
  merge: (args) =>
    args.every((value) => value === null || isRecord(value))
      ? (Object.assign({}, ...args.filter((value) => value !== null)) as Record<string, Value>)
      : wrongArguments('merge'),
  lookup: ([map, key, fallback]) =>
    isRecord(map) && typeof key === 'string'
      ? (map[key] ?? fallback ?? new EvaluationError(`lookup() found no key "${key}" and has no default`))
      : wrongArguments('lookup'),
  element: ([collection, index]) => {
    const items = list(collection ?? null);
    return items !== undefined && items.length > 0 && typeof index === 'number'
      ? (items[index % items.length] ?? null)
      : wrongArguments('element');
  },
  flatten: ([value]) => (Array.isArray(value) ? value.flat(Infinity as 1) : wrongArguments('flatten')),
  distinct: ([value]) => (Array.isArray(value) ? [...new Set(value)] : wrongArguments('distinct')),
};

/** Calls `name` on known arguments; a function this reader does not evaluate is unknown, named. */
export function callFunction(name: string, args: Value[], expression: string): Value {
  const implementation = Object.hasOwn(functions, name) ? functions[name] : undefined;
  if (implementation === undefined) {
    // `expression` comes quoted already.
    return new Unknown(
      `${expression}: the function ${quoteInput(name)}() is not evaluated without Terraform`,
    );
  }
  const unknown = args.find(isUnknown);
  return unknown ?? implementation(args);
}
