import { quoteInput } from '../../model/quote.js';
import { evaluateRaw, withBindings, type Evaluated, type Scope, type Step } from './evaluate.js';
import type { HclBody } from './hcl.js';
import { firstUnknown, isRecord, isUnknown, Unknown, type Value } from './values.js';

/** The blocks of one module directory, merged across its .tf files. */
export interface ModuleConfig {
  directory: string;
  resources: Map<string, ResourceConfig>;
  variables: Map<string, HclBody>;
  locals: Map<string, unknown>;
  outputs: Map<string, HclBody>;
  moduleCalls: Map<string, HclBody>;
  providers: { name: string; body: HclBody }[];
}

export interface ResourceConfig {
  type: string;
  name: string;
  body: HclBody;
}

/** The arguments that configure Terraform itself, not the resource. */
const metaArguments = new Set([
  'count',
  'for_each',
  'depends_on',
  'lifecycle',
  'provider',
  'provisioner',
  'connection',
]);

/** One instance of a resource: `count.index`/`each` bindings and the key in its address. */
export interface Instance {
  key?: number | string;
  bindings: Record<string, Value>;
}

/** The instances that count/for_each make, or Unknown when they depend on something not known. */
export async function instancesOf(body: HclBody, scope: Scope): Promise<Instance[] | Unknown> {
  if (body.count !== undefined) {
    const count = (await evaluateRaw(body.count, scope)).value;
    if (isUnknown(count)) return new Unknown(`count: ${count.reason}`);
    if (typeof count !== 'number' || count < 0 || count > 1000)
      return new Unknown('count is not a number from 0 to 1000');
    return Array.from({ length: count }, (_, index) => ({ key: index, bindings: { count: { index } } }));
  }
  if (body.for_each !== undefined) {
    const collection = (await evaluateRaw(body.for_each, scope)).value;
    const unknown = firstUnknown(collection);
    if (unknown !== undefined) return new Unknown(`for_each: ${unknown.reason}`);
    const entries: [string, Value][] = Array.isArray(collection)
      ? collection.map((item) => [
          typeof item === 'string' || typeof item === 'number' ? String(item) : JSON.stringify(item),
          item,
        ])
      : isRecord(collection)
        ? Object.entries(collection)
        : [];
    return entries.slice(0, 1000).map(([key, value]) => ({ key, bindings: { each: { key, value } } }));
  }
  return [{ bindings: {} }];
}

/** A block body evaluated the way a plan shows it: values, `after_unknown`, and what the configuration writes. */
export interface EvaluatedBody {
  values: Record<string, Value>;
  unknown: Record<string, unknown>;
  expressions: Record<string, unknown>;
  /** Why each unknown path is unknown, keyed by the path joined with dots. */
  reasons: Map<string, string>;
}

const emptyBody = (): EvaluatedBody => ({ values: {}, unknown: {}, expressions: {}, reasons: new Map() });

function addReasons(into: Map<string, string>, prefix: Step[], from: Map<string, string>): void {
  for (const [path, reason] of from)
    into.set([...prefix, path].filter((step) => step !== '').join('.'), reason);
}

export async function evaluateBody(body: HclBody, scope: Scope, depth = 0): Promise<EvaluatedBody> {
  const result = emptyBody();
  if (depth > 32) return result;
  for (const [name, raw] of Object.entries(body)) {
    if (metaArguments.has(name)) continue;
    if (name === 'dynamic' && typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      await addDynamicBlocks(result, raw as Record<string, unknown>, scope, depth);
      continue;
    }
    if (isBlockList(raw)) {
      const blocks: Record<string, Value>[] = [];
      const unknowns: unknown[] = [];
      const expressions: unknown[] = [];
      for (const [index, block] of raw.entries()) {
        const evaluated = await evaluateBody(block, scope, depth + 1);
        blocks.push(evaluated.values);
        unknowns.push(evaluated.unknown);
        expressions.push(evaluated.expressions);
        addReasons(result.reasons, [name, index], evaluated.reasons);
      }
      result.values[name] = [...((result.values[name] as Value[] | undefined) ?? []), ...blocks] as Value[];
      result.unknown[name] = unknowns;
      result.expressions[name] = expressions;
      continue;
    }
    setArgument(result, name, await evaluateRaw(raw, scope));
  }
  return result;
}

function setArgument(result: EvaluatedBody, name: string, evaluated: Evaluated): void {
  const unknown = firstUnknown(evaluated.value);
  result.expressions[name] =
    evaluated.references.length === 0 && unknown === undefined
      ? { constant_value: evaluated.value }
      : { references: evaluated.references };
  if (unknown === undefined) {
    result.values[name] = evaluated.value;
  } else {
    result.values[name] = null;
    result.unknown[name] = true;
    result.reasons.set(name, unknown.reason);
  }
}

const isBlockList = (raw: unknown): raw is HclBody[] =>
  Array.isArray(raw) &&
  raw.length > 0 &&
  raw.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));

/** `dynamic "x" { for_each = …; content { … } }`: one `x` block per element, or a whole unknown block. */
async function addDynamicBlocks(
  result: EvaluatedBody,
  dynamic: Record<string, unknown>,
  scope: Scope,
  depth: number,
): Promise<void> {
  for (const [label, declarations] of Object.entries(dynamic)) {
    if (!Array.isArray(declarations)) continue;
    for (const declaration of declarations as HclBody[]) {
      const iterator = typeof declaration.iterator === 'string' ? declaration.iterator : label;
      const collection = (await evaluateRaw(declaration.for_each, scope)).value;
      const unknown = firstUnknown(collection);
      // A dynamic block is written, so an unknown one is known only after apply, not a default.
      result.expressions[label] = [{}];
      if (unknown !== undefined) {
        result.values[label] = null;
        result.unknown[label] = true;
        result.reasons.set(label, `dynamic "${quoteInput(label)}" for_each: ${unknown.reason}`);
        continue;
      }
      const entries: [Value, Value][] = Array.isArray(collection)
        ? collection.map((item, index) => [index, item])
        : isRecord(collection)
          ? Object.entries(collection)
          : [];
      const content = Array.isArray(declaration.content)
        ? (declaration.content[0] as HclBody | undefined)
        : undefined;
      const blocks = (result.values[label] as Record<string, Value>[] | undefined) ?? [];
      const unknowns = (result.unknown[label] as unknown[] | undefined) ?? [];
      for (const [key, value] of entries) {
        const evaluated = await evaluateBody(
          content ?? {},
          withBindings(scope, { [iterator]: { key, value } }),
          depth + 1,
        );
        addReasons(result.reasons, [label, blocks.length], evaluated.reasons);
        blocks.push(evaluated.values);
        unknowns.push(evaluated.unknown);
      }
      result.values[label] = blocks;
      result.unknown[label] = unknowns;
    }
  }
}
