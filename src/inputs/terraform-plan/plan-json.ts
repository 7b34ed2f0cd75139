import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { InputError, InputLimits, SourceFile } from '../input-format.js';
import { parsedJsonOf } from '../parsed-json.js';
import { forgetParsedJson } from '../parsed-json-store.js';
import { jsonNestingBeyond } from '../json-nesting.js';

/** The parts of `terraform show -json` output that this input reads. */
export interface PlanJson {
  format_version?: string;
  planned_values?: { root_module?: PlannedModule };
  resource_changes?: ResourceChange[];
  configuration?: { provider_config?: Record<string, ConfigProvider>; root_module?: ConfigModule };
}

interface PlannedModule {
  address?: string;
  resources?: PlannedResource[];
  child_modules?: PlannedModule[];
}

interface PlannedResource {
  address: string;
  mode?: string;
  type: string;
  name: string;
  values?: Record<string, unknown>;
}

interface ResourceChange {
  address: string;
  mode?: string;
  type: string;
  name: string;
  change?: { actions?: string[]; after?: Record<string, unknown> | null; after_unknown?: unknown };
}

export interface ConfigExpression {
  references?: string[];
}

export interface ConfigResource {
  address: string;
  type?: string;
  name?: string;
  provider_config_key?: string;
  expressions?: Record<string, unknown>;
}

export interface ConfigModule {
  resources?: ConfigResource[];
  module_calls?: Record<string, ModuleCall>;
  outputs?: Record<string, { expression?: ConfigExpression }>;
}

export interface ModuleCall {
  source?: string;
  expressions?: Record<string, unknown>;
  module?: ConfigModule;
}

export interface ConfigProvider {
  name?: string;
  expressions?: Record<string, unknown>;
}

/** One managed resource instance as the plan will leave it. */
export interface PlanResource {
  /** Full instance address, e.g. `module.aks.azurerm_kubernetes_cluster.this[0]`. */
  address: string;
  type: string;
  /** Module instance path, e.g. `['aks']` for `module.aks[0]`; empty for the root module. */
  modulePath: string[];
  /** Address inside its module without instance keys, as the `configuration` section names it. */
  configAddress: string;
  values: Record<string, unknown>;
  /** `after_unknown`: the same shape as `values`, `true` where a value is known only after apply. */
  unknown: unknown;
  /** Why the value at a path is unknown, when the input knows better than "known only after apply". */
  unknownReason?: (path: readonly (string | number)[]) => string | undefined;
}

export type ParsedPlan = { plan: PlanJson } | { error: InputError };

/**
 * JSON.parse is the fastest parser Node has (a 50 MB plan parses well under the 3 s budget), and
 * the value ARM detection parsed is taken rather than parsed again; jsonc-parser runs only after a
 * failure, to name the line and column of the first error.
 */
export function parsePlanJson(file: SourceFile, limits: InputLimits): ParsedPlan {
  const { text, displayPath } = file;
  if (text.length > limits.maxFileBytes) {
    return {
      error: { file: displayPath, message: `plan is larger than the ${limits.maxFileBytes}-byte limit` },
    };
  }
  const parsed = parsedJsonOf(file);
  forgetParsedJson(file);
  if (!parsed.ok) return { error: { file: displayPath, ...locateJsonError(text, 'plan', limits.maxDepth) } };
  const plan = parsed.value;
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
    return { error: { file: displayPath, line: 1, message: 'a Terraform plan must be a JSON object' } };
  }
  return { plan: plan };
}

/**
 * Where strict JSON that JSON.parse refused goes wrong, and why, as "<what> is not valid JSON: …".
 * JSON.parse names no line, so jsonc-parser reads the text again, once its nesting is known to be bounded.
 */
export function locateJsonError(
  text: string,
  what: string,
  maxDepth: number,
): { line: number; column: number; message: string } {
  const tooDeep = jsonNestingBeyond(text, maxDepth);
  if (tooDeep !== undefined) {
    return {
      ...lineLocator(text)(tooDeep),
      message: `${what} is not valid JSON; it nests deeper than ${maxDepth} levels here (maxDepth), so its first error is not located`,
    };
  }
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  const reason = first === undefined ? 'invalid JSON' : printParseErrorCode(first.error);
  return {
    ...lineLocator(text)(first?.offset ?? text.length),
    message: `${what} is not valid JSON: ${reason}`,
  };
}

export type LineLocator = (offset: number) => { line: number; column: number };

/**
 * Line and column of text offsets up to `end`; the line starts are found once, then
 * binary-searched. A plan's resources are located near its start: the rest of its text (a 50 MB
 * plan's role assignments) need not be searched for lines.
 */
export function lineLocator(text: string, end = text.length): LineLocator {
  // A slice shares the text's characters: indexOf then stops at `end`, even on a one-line plan.
  const searched = end < text.length ? text.slice(0, end) : text;
  const lineStarts = [0];
  for (let index = searched.indexOf('\n'); index !== -1; index = searched.indexOf('\n', index + 1))
    lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}

const instanceKey = /\[[^\]]*\]/g;

/** `module.aks[0].module.net["a"].azurerm_x.y[1]` → module path `['aks', 'net']`, config address `azurerm_x.y`. */
export function splitAddress(address: string): { modulePath: string[]; configAddress: string } {
  const modulePath: string[] = [];
  let rest = address;
  for (
    let match = /^module\.([^.[]+)(\[[^\]]*\])?\./.exec(rest);
    match;
    match = /^module\.([^.[]+)(\[[^\]]*\])?\./.exec(rest)
  ) {
    modulePath.push(match[1] ?? '');
    rest = rest.slice(match[0].length);
  }
  return { modulePath, configAddress: rest.replace(instanceKey, '') };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object items of a list read from the plan: scanned content may have any shape. */
export function objectsIn<T>(value: unknown): T[] {
  return Array.isArray(value) ? value.filter((item): item is T => isObject(item)) : [];
}

export function stringsIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The managed resources of the types read, among the items of a list from the plan. Most entries
 * of a large plan are of other types: each is passed over on its type, and the list is not copied first.
 */
function readResourcesIn<T extends { address: string; type: string }>(
  list: unknown,
  isRead: (type: string) => boolean,
): T[] {
  const found: T[] = [];
  if (!Array.isArray(list)) return found;
  for (const item of list as unknown[]) {
    if (!isObject(item) || typeof item.type !== 'string' || !isRead(item.type)) continue;
    if (typeof item.address === 'string' && item.mode !== 'data') found.push(item as T);
  }
  return found;
}

/**
 * Every managed resource of the types read that the plan creates or keeps, from `planned_values` (all modules,
 * recursively) joined with `resource_changes` for the values known only after apply.
 * Resources being destroyed are not in `planned_values`, so they are not read.
 */
export function planResources(
  plan: PlanJson,
  maxDepth: number,
  isRead: (type: string) => boolean,
): PlanResource[] {
  const changes = new Map<string, ResourceChange>();
  for (const change of readResourcesIn<ResourceChange>(plan.resource_changes, isRead)) {
    changes.set(change.address, change);
  }
  const resources: PlanResource[] = [];
  const seen = new Set<string>();
  const visit = (module: PlannedModule | undefined, depth: number): void => {
    if (!isObject(module) || depth > maxDepth) return;
    for (const resource of readResourcesIn<PlannedResource>(module.resources, isRead)) {
      seen.add(resource.address);
      const change = changes.get(resource.address)?.change;
      const values = isObject(resource.values) ? resource.values : change?.after;
      resources.push(toPlanResource(resource, values, change?.after_unknown));
    }
    for (const child of objectsIn<PlannedModule>(module.child_modules)) visit(child, depth + 1);
  };
  visit(plan.planned_values?.root_module, 0);
  // A plan written without planned_values still lists what each resource becomes.
  for (const change of changes.values()) {
    const after = change.change?.after;
    if (!seen.has(change.address) && isObject(after)) {
      resources.push(toPlanResource(change, after, change.change?.after_unknown));
    }
  }
  return resources;
}

function toPlanResource(
  resource: { address: string; type: string },
  values: unknown,
  unknown: unknown,
): PlanResource {
  return {
    address: resource.address,
    type: resource.type,
    ...splitAddress(resource.address),
    values: isObject(values) ? values : {},
    unknown,
  };
}

/** The configuration module at a module path (module calls by name), if the plan carries it. */
export function configModuleAt(plan: PlanJson, modulePath: readonly string[]): ConfigModule | undefined {
  let module = plan.configuration?.root_module;
  for (const name of modulePath) module = module?.module_calls?.[name]?.module;
  return isObject(module) ? module : undefined;
}

const configResourcesByModule = new WeakMap<ConfigModule, Map<unknown, ConfigResource>>();

/** A resource's block in the plan's `configuration` section (indexed once per module). */
export function configResourceOf(plan: PlanJson, resource: PlanResource): ConfigResource | undefined {
  const module = configModuleAt(plan, resource.modulePath);
  if (module === undefined) return undefined;
  let byAddress = configResourcesByModule.get(module);
  if (byAddress === undefined) {
    byAddress = new Map(
      objectsIn<ConfigResource>(module.resources).map((config) => [config.address, config]),
    );
    configResourcesByModule.set(module, byAddress);
  }
  return byAddress.get(resource.configAddress);
}

/** The `references` of one argument of a resource in the configuration section. */
export function referencesOf(plan: PlanJson, resource: PlanResource, argument: string): string[] {
  const expression = configResourceOf(plan, resource)?.expressions?.[argument] as
    ConfigExpression | undefined;
  return stringsIn(expression?.references);
}
