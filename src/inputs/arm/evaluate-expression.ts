import { quoteInput } from '../../model/quote.js';
import {
  type ArmObject,
  type ArmValue,
  Unresolved,
  describeType,
  firstUnresolved,
  getProperty,
  isArmObject,
  isUnresolved,
  textOf,
} from './arm-value.js';
import {
  type Expression,
  isExpressionString,
  parseExpression,
  unescapeLiteral,
} from './expression-parser.js';

/** What an expression can see: the template's parameters and variables, and the copy loop it is in. */
export interface EvaluationScope {
  parameter(name: string): ArmValue;
  variable(name: string): ArmValue;
  copyIndex(loopName: string | undefined): number | Unresolved;
}

type TemplateFunction = (args: ArmValue[], scope: EvaluationScope) => ArmValue;

/** Bounds on one evaluated value: far above any real template, far below what exhausts memory. */
const maxTextLength = 1_000_000;
const maxItems = 100_000;
const isOversized = (value: ArmValue): boolean =>
  (typeof value === 'string' && value.length > maxTextLength) ||
  (Array.isArray(value) && value.length > maxItems);

const deployTime = (what: string): Unresolved => new Unresolved(`resolves at deploy time: ${what}`);

/** Functions whose result only exists in Azure at deployment; never guessed. */
const deployTimeFunctions = [
  'reference',
  'list',
  'listkeys',
  'listsecrets',
  'listaccountsas',
  'listservicesas',
  'listcallbackurl',
  'listcredentials',
  'newguid',
  'utcnow',
  'uniquestring',
  'guid',
  'deployment',
  'environment',
  'managementgroup',
  'tenant',
  'subscription',
  'pickzones',
  'providers',
  'extensionresourceid',
  'tenantresourceid',
  'managementgroupresourceid',
];

function anyUnresolved(args: ArmValue[]): Unresolved | undefined {
  return args.find(isUnresolved);
}

const strict =
  (fn: (args: ArmValue[]) => ArmValue): TemplateFunction =>
  (args) =>
    anyUnresolved(args) ?? fn(args);

function equalValues(left: ArmValue, right: ArmValue): boolean | Unresolved {
  const unresolved = firstUnresolved(left) ?? firstUnresolved(right);
  if (unresolved) return unresolved;
  if (typeof left === 'string' && typeof right === 'string') return left === right;
  return JSON.stringify(left) === JSON.stringify(right);
}

function asBoolean(value: ArmValue, name: string): boolean | Unresolved {
  if (isUnresolved(value) || typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return new Unresolved(`${name}() expects a boolean, got ${describeType(value)}`);
}

function toText(value: ArmValue): string | Unresolved {
  const unresolved = firstUnresolved(value);
  if (unresolved) return unresolved;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function concat(args: ArmValue[]): ArmValue {
  if (args.length > 0 && args.every(Array.isArray)) return (args as ArmValue[][]).flat();
  const texts = args.map(toText);
  // No text is unresolved past this point.
  return texts.find(isUnresolved) ?? (texts as string[]).join('');
}

function union(args: ArmValue[]): ArmValue {
  const unresolved = anyUnresolved(args);
  if (unresolved) return unresolved;
  if (args.every(Array.isArray)) {
    const seen = new Map<string, ArmValue>();
    for (const item of (args as ArmValue[][]).flat()) seen.set(JSON.stringify(item), item);
    return [...seen.values()];
  }
  if (!args.every(isArmObject)) return new Unresolved('union() of mixed types is not evaluated');
  return args.reduce<ArmObject>((merged, next) => mergeObjects(merged, next), {});
}

/** ARM's union() merges nested objects recursively; later values win. */
function mergeObjects(base: ArmObject, overlay: ArmObject): ArmObject {
  const merged: ArmObject = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const existing = merged[key];
    merged[key] = isArmObject(existing) && isArmObject(value) ? mergeObjects(existing, value) : value;
  }
  return merged;
}

function contains(args: ArmValue[]): ArmValue {
  const [container, item] = args;
  const unresolved = isUnresolved(container) ? container : firstUnresolved(item);
  if (unresolved) return unresolved;
  if (typeof container === 'string' && typeof item === 'string')
    return container.toLowerCase().includes(item.toLowerCase());
  if (Array.isArray(container)) {
    const results = container.map((entry) => equalValues(entry, item as ArmValue));
    if (results.includes(true)) return true;
    return results.find(isUnresolved) ?? false;
  }
  if (isArmObject(container) && typeof item === 'string') return getProperty(container, item) !== undefined;
  return new Unresolved('contains() with these argument types is not evaluated');
}

function length(args: ArmValue[]): ArmValue {
  const [value] = args;
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (isArmObject(value)) return Object.keys(value).length;
  return isUnresolved(value) ? value : new Unresolved(`length() of ${describeType(value)}`);
}

function empty(args: ArmValue[]): ArmValue {
  const [value] = args;
  if (isUnresolved(value)) return value;
  if (value === null) return true;
  if (typeof value === 'string' || Array.isArray(value)) return value.length === 0;
  if (isArmObject(value)) return Object.keys(value).length === 0;
  return new Unresolved(`empty() of ${describeType(value)}`);
}

function format(args: ArmValue[]): ArmValue {
  const [template, ...values] = args;
  const texts = values.map(toText);
  if (isUnresolved(template)) return template;
  if (typeof template !== 'string') return new Unresolved('format() needs a format string');
  const unresolved = texts.find(isUnresolved);
  const formatted = template.replace(/\{(\d+)(:[^}]*)?\}/g, (whole, index: string) => {
    const text = texts[Number(index)];
    if (isUnresolved(text)) return unknownPart;
    return typeof text === 'string' ? text : whole;
  });
  // Bicep writes a deploy-time scope as format('Microsoft.X/type/{0}', name): the type is known.
  return unresolved ? new Unresolved(unresolved.reason, resourceTypeOfId(formatted)) : formatted;
}

/** Stands for an unknown part of a text while its known parts are read. */
const unknownPart = '\u0000';

/**
 * The resource type that an id names even when some of its parts are unknown:
 * `Microsoft.ContainerService/managedClusters/<unknown>` or `/subscriptions/<unknown>/providers/
 * Microsoft.Insights/dataCollectionRules/dcr` (after the namespace, segments alternate type and
 * name). Undefined when an unknown part could change the type.
 */
function resourceTypeOfId(id: string): string | undefined {
  const providers = id.toLowerCase().lastIndexOf('providers/');
  const [namespace, ...rest] = id.slice(providers < 0 ? 0 : providers + 'providers/'.length).split('/');
  const types = rest.filter((_, index) => index % 2 === 0);
  const known = [namespace ?? '', ...types].every((part) => part !== '' && !part.includes(unknownPart));
  if (!known || !namespace?.includes('.') || rest.length % 2 !== 0) return undefined;
  return [namespace, ...types].join('/');
}

/**
 * A resource id relative to its deployment scope. Subscription and resource group are left
 * out: they are unknown before deployment, and ids are only compared within one input. When a
 * name is unknown, the type still says what kind of resource the id names.
 */
function resourceId(args: ArmValue[]): ArmValue {
  const typeIndex = args.findIndex(
    (arg) => typeof arg === 'string' && /^[A-Za-z0-9]+\.[A-Za-z0-9.]+\//.test(arg),
  );
  const type = typeIndex < 0 ? undefined : (args[typeIndex] as string).replace(/\/+$/, '');
  const unresolved = anyUnresolved(args);
  if (unresolved) return new Unresolved(unresolved.reason, type);
  if (type === undefined) return new Unresolved('resourceId() without a resource type');
  const names = args.slice(typeIndex + 1).map(textOf);
  const [namespace, ...types] = type.split('/');
  const segments = types.flatMap((segment, index) => [segment, names[index] ?? '']);
  return `/providers/${namespace}/${segments.join('/')}`;
}

/** More separators than any real template uses; each one costs a pass over the text. */
const maxSeparators = 64;

/**
 * ARM's split() with several separators, matched as literal text: a separator comes from the
 * template, so it never becomes a regular expression (a PR could make one backtrack for minutes).
 * Where two separators match at one place, the first listed wins, as in .NET's String.Split.
 * Each separator's next match is searched with indexOf from where the text was last cut, so the
 * work stays linear in the text for each separator.
 */
function splitOnAny(text: string, separators: string[]): ArmValue {
  const literal = [...new Set(separators.filter((separator) => separator !== ''))];
  if (literal.length > maxSeparators) {
    return new Unresolved(`split() with more than ${maxSeparators} separators is not evaluated`);
  }
  const nextMatch = literal.map(() => -1);
  const parts: string[] = [];
  let start = 0;
  for (;;) {
    let cut = -1;
    let cutLength = 0;
    literal.forEach((separator, index) => {
      if ((nextMatch[index] as number) < start) {
        const found = text.indexOf(separator, start);
        nextMatch[index] = found < 0 ? Number.POSITIVE_INFINITY : found;
      }
      const at = nextMatch[index] as number;
      if (at !== Number.POSITIVE_INFINITY && (cut < 0 || at < cut)) {
        cut = at;
        cutLength = separator.length;
      }
    });
    if (cut < 0) break;
    parts.push(text.slice(start, cut));
    start = cut + cutLength;
  }
  parts.push(text.slice(start));
  return parts;
}

function lookup(target: ArmValue, key: ArmValue): ArmValue {
  if (isUnresolved(target)) return target;
  if (isUnresolved(key)) return key;
  if (Array.isArray(target) && typeof key === 'number') {
    return target[key] ?? new Unresolved(`index ${key} is out of range`);
  }
  if (isArmObject(target) && typeof key === 'string') {
    return getProperty(target, key) ?? new Unresolved(`the object has no property '${quoteInput(key)}'`);
  }
  return new Unresolved(`cannot read '${quoteInput(textOf(key))}' of ${describeType(target)}`);
}

const functions: Record<string, TemplateFunction> = {
  parameters: (args, scope) =>
    typeof args[0] === 'string' ? scope.parameter(args[0]) : new Unresolved('parameters() needs a name'),
  variables: (args, scope) =>
    typeof args[0] === 'string' ? scope.variable(args[0]) : new Unresolved('variables() needs a name'),
  copyindex: (args, scope) => {
    const loopName = args.find((arg): arg is string => typeof arg === 'string');
    const offset = args.find((arg): arg is number => typeof arg === 'number');
    const index = scope.copyIndex(loopName);
    return isUnresolved(index) ? index : index + (offset ?? 0);
  },
  true: () => true,
  false: () => false,
  null: () => null,
  concat: strict(concat),
  equals: (args) => equalValues(args[0] ?? null, args[1] ?? null),
  not: (args) => {
    const value = asBoolean(args[0] ?? null, 'not');
    return isUnresolved(value) ? value : !value;
  },
  createobject: strict((args) => {
    const object: ArmObject = {};
    for (let index = 0; index + 1 < args.length; index += 2)
      object[textOf(args[index])] = args[index + 1] as ArmValue;
    return object;
  }),
  createarray: (args) => [...args],
  array: (args) => (Array.isArray(args[0]) ? args[0] : [args[0] ?? null]),
  tolower: strict((args) => textOf(args[0]).toLowerCase()),
  toupper: strict((args) => textOf(args[0]).toUpperCase()),
  trim: strict((args) => textOf(args[0]).trim()),
  format: format,
  string: (args) => toText(args[0] ?? null),
  bool: strict((args) => asBoolean(args[0] ?? null, 'bool')),
  int: strict((args) => {
    const value = Number(args[0]);
    return Number.isInteger(value) ? value : new Unresolved(`int() of '${quoteInput(textOf(args[0]))}'`);
  }),
  json: strict((args) => {
    try {
      return JSON.parse(textOf(args[0])) as ArmValue;
    } catch {
      return new Unresolved('json() of text that is not JSON');
    }
  }),
  length: length,
  empty: empty,
  contains: contains,
  union: union,
  coalesce: (args) => {
    for (const arg of args) {
      if (isUnresolved(arg)) return arg;
      if (arg !== null) return arg;
    }
    return null;
  },
  first: strict((args) => {
    const [value] = args;
    return typeof value === 'string' || Array.isArray(value) ? (value[0] ?? null) : null;
  }),
  last: strict((args) => {
    const [value] = args;
    return typeof value === 'string' || Array.isArray(value) ? (value.at(-1) ?? null) : null;
  }),
  split: strict((args) => {
    const [text, separator] = args;
    if (typeof text !== 'string') return new Unresolved('split() of a value that is not a string');
    return splitOnAny(text, Array.isArray(separator) ? separator.map(textOf) : [textOf(separator)]);
  }),
  startswith: strict((args) => textOf(args[0]).toLowerCase().startsWith(textOf(args[1]).toLowerCase())),
  endswith: strict((args) => textOf(args[0]).toLowerCase().endsWith(textOf(args[1]).toLowerCase())),
  base64: strict((args) => Buffer.from(textOf(args[0]), 'utf8').toString('base64')),
  resourceid: resourceId,
  subscriptionresourceid: resourceId,
  resourcegroup: () => ({
    name: deployTime('resourceGroup().name'),
    location: deployTime('resourceGroup().location'),
    id: deployTime('resourceGroup().id'),
  }),
};

/** Functions that look at their arguments one at a time, so a known argument can decide. */
function evaluateLazyCall(
  expression: Extract<Expression, { kind: 'call' }>,
  scope: EvaluationScope,
): ArmValue | undefined {
  const name = expression.name.toLowerCase();
  const argument = (index: number): ArmValue => {
    const arg = expression.args[index];
    return arg === undefined ? null : evaluateExpression(arg, scope);
  };
  if (name === 'if') {
    const condition = asBoolean(argument(0), 'if');
    return isUnresolved(condition) ? condition : argument(condition ? 1 : 2);
  }
  if (name === 'and' || name === 'or') {
    // and(false, x) is false and or(true, x) is true whatever x is.
    const decisive = name === 'or';
    let unresolved: Unresolved | undefined;
    for (let index = 0; index < expression.args.length; index += 1) {
      const value = asBoolean(argument(index), name);
      if (value === decisive) return decisive;
      if (isUnresolved(value)) unresolved ??= value;
    }
    return unresolved ?? !decisive;
  }
  return undefined;
}

export function evaluateExpression(expression: Expression, scope: EvaluationScope): ArmValue {
  switch (expression.kind) {
    case 'string':
      return expression.value;
    case 'number':
      return expression.value;
    case 'property':
      return lookup(evaluateExpression(expression.target, scope), expression.name);
    case 'index':
      return lookup(
        evaluateExpression(expression.target, scope),
        evaluateExpression(expression.index, scope),
      );
    case 'call': {
      const lazy = evaluateLazyCall(expression, scope);
      if (lazy !== undefined) return lazy;
      const name = expression.name.toLowerCase();
      if (deployTimeFunctions.includes(name) || name.startsWith('list'))
        return deployTime(`${quoteInput(expression.name)}(...)`);
      const fn = functions[name];
      if (fn === undefined)
        return new Unresolved(`template function ${quoteInput(expression.name)}() is not evaluated`);
      const args = expression.args.map((arg) => evaluateExpression(arg, scope));
      // Doubling a value in each of 40 variables would need terabytes: hostile templates stop here.
      if (args.some(isOversized))
        return new Unresolved(`${quoteInput(expression.name)}() of a value larger than this tool evaluates`);
      const result = fn(args, scope);
      return isOversized(result)
        ? new Unresolved(`${quoteInput(expression.name)}() gives a value larger than this tool evaluates`)
        : result;
    }
  }
}

/** Evaluates a JSON string as ARM does: `[expr]` is an expression, `[[text` a literal. */
export function evaluateString(text: string, scope: EvaluationScope): ArmValue {
  if (!isExpressionString(text)) return unescapeLiteral(text);
  const parsed = parseExpression(text);
  if (!parsed.ok)
    return new Unresolved(`cannot read the expression ${quoteInput(text, 80)}: ${parsed.message}`);
  return evaluateExpression(parsed.expression, scope);
}
