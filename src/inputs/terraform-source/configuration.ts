import { resolve } from 'node:path';
import { quoteInput } from '../../model/quote.js';
import type { InputContext, InputError, NotCheckedInput } from '../input-format.js';
import type { PlanJson } from '../terraform-plan/plan-json.js';
import { evaluateRaw, stepsInto, type Scope, type Step } from './evaluate.js';
import { isInsideRoots } from '../terraform-plan/terraform-sources.js';
import { loadModule, type LoadedModule } from './load-module.js';
import { evaluateBody, instancesOf, type EvaluatedBody, type Instance } from './module-evaluator.js';
import { isUnknown, quote, Unknown, type Value } from './values.js';

/** Terraform's own limit on nesting is none; ours keeps a module cycle from hanging the scan. */
const maxModuleDepth = 16;

interface PlannedModule {
  address?: string;
  resources: Record<string, unknown>[];
  child_modules: PlannedModule[];
}

interface ConfigModule {
  resources: Record<string, unknown>[];
  module_calls: Record<string, unknown>;
  outputs: Record<string, unknown>;
}

/** The configuration evaluated into the shape of `terraform show -json`, so the plan's mappers read it. */
export interface SourcePlan {
  plan: PlanJson;
  /** Why each unknown value is unknown, by resource address and path. */
  reasons: Map<string, Map<string, string>>;
  notChecked: NotCheckedInput[];
  errors: InputError[];
}

export interface SourceOptions {
  context: InputContext;
  /** Variable values from terraform.tfvars, *.auto.tfvars and --var-file, for the root module. */
  rootVariables: Map<string, Value>;
  displayPathOf(path: string): string;
  isReadType(type: string): boolean;
}

/**
 * Evaluates one module instance: its variables (from the caller or tfvars), locals, resources and
 * the outputs of the modules it calls. Every value is computed once, on demand; a reference cycle
 * is unknown rather than endless.
 */
class ModuleInstance implements Scope {
  readonly bindings = new Map<string, Value>();
  private readonly cache = new Map<string, Promise<Value>>();
  private readonly children = new Map<string, Promise<ModuleInstance[] | Unknown>>();
  private readonly active = new Set<string>();

  constructor(
    readonly loaded: LoadedModule,
    readonly modulePath: string[],
    readonly addressPrefix: string,
    private readonly inputs: Map<string, Value>,
    private readonly builder: SourcePlanBuilder,
  ) {}

  private memo(key: string, compute: () => Promise<Value>): Promise<Value> {
    if (this.active.has(key)) return Promise.resolve(new Unknown(`${key} refers to itself`));
    let value = this.cache.get(key);
    if (value === undefined) {
      this.active.add(key);
      value = compute().finally(() => this.active.delete(key));
      this.cache.set(key, value);
    }
    return value;
  }

  async lookup(root: string, name: string, rest: Step[], expression: string): Promise<Value> {
    const config = this.loaded.config;
    if (root === 'var') {
      return stepsInto(await this.memo(`var.${name}`, () => this.variable(name)), rest, expression);
    }
    if (root === 'local') {
      const raw = config.locals.get(name);
      if (raw === undefined) return new Unknown(`${quote(expression)}: no local value "${quoteInput(name)}"`);
      return stepsInto(
        await this.memo(`local.${name}`, async () => (await evaluateRaw(raw, this)).value),
        rest,
        expression,
      );
    }
    if (root === 'module') return this.moduleOutput(name, rest, expression);
    if (root === 'data')
      return new Unknown(`${quote(expression)} is read from a data source, known only to Terraform`);
    const resource = config.resources.get(`${root}.${name}`);
    if (resource === undefined) return new Unknown(`${quote(expression)} is not evaluated without Terraform`);
    const instances = await this.builder.instances(this, `${root}.${name}`);
    if (isUnknown(instances)) return instances;
    const [first] = rest;
    // `type.name` of a resource with count or for_each is all its instances (`type.name[*].attr`).
    if (first === undefined && instances.some((instance) => instance.key !== undefined))
      return this.allInstances(`${root}.${name}`, instances, expression);
    const keyed = instances.find((instance) => instance.key !== undefined && instance.key === first);
    const instance =
      keyed ?? (instances.length === 1 && instances[0]?.key === undefined ? instances[0] : undefined);
    if (instance === undefined)
      return new Unknown(`${quote(expression)} names an instance that is not known`);
    const body = await this.builder.evaluateResource(this, `${root}.${name}`, instance);
    const path = keyed === undefined ? rest : rest.slice(1);
    const [attribute] = path;
    if (attribute === undefined) return body.values;
    // What the configuration does not write (ids, computed attributes) the provider decides at apply.
    if (typeof attribute !== 'string' || !(attribute in body.values) || body.unknown[attribute] === true) {
      return new Unknown(`${quote(expression)} is known only after apply`);
    }
    return stepsInto(body.values, path, expression);
  }

  /** A list (count) or map (for_each) of the instances' written values; the rest is known after apply. */
  private async allInstances(key: string, instances: Instance[], expression: string): Promise<Value> {
    const entries: [string | number, Value][] = [];
    for (const instance of instances) {
      const body = await this.builder.evaluateResource(this, key, instance);
      const values: Record<string, Value> = {};
      for (const [attribute, value] of Object.entries(body.values)) {
        values[attribute] =
          body.unknown[attribute] === true
            ? new Unknown(`${quote(expression)}: ${attribute} is known only after apply`)
            : value;
      }
      entries.push([instance.key ?? 0, values]);
    }
    return entries.every(([instanceKey]) => typeof instanceKey === 'number')
      ? entries.map(([, values]) => values)
      : Object.fromEntries(entries);
  }

  private async variable(name: string): Promise<Value> {
    if (this.inputs.has(name)) return this.inputs.get(name) ?? null;
    const declaration = this.loaded.config.variables.get(name);
    if (declaration === undefined) return new Unknown(`variable "${quoteInput(name)}" is not declared`);
    if ('default' in declaration) return (await evaluateRaw(declaration.default, this)).value;
    return new Unknown(
      this.modulePath.length === 0
        ? `variable "${quoteInput(name)}" has no default and no value in terraform.tfvars, *.auto.tfvars or --var-file`
        : `variable "${quoteInput(name)}" of module ${this.modulePath.join('.')} is not given a value`,
    );
  }

  /** The instances of the module called `name` here, evaluated once. */
  lookupChildren(name: string): Promise<ModuleInstance[] | Unknown> {
    let children = this.children.get(name);
    if (children === undefined) {
      children = this.builder.childModules(this, name);
      this.children.set(name, children);
    }
    return children;
  }

  private async moduleOutput(name: string, rest: Step[], expression: string): Promise<Value> {
    const instances = await this.lookupChildren(name);
    if (isUnknown(instances)) return instances;
    const [first, ...others] = rest;
    const keyed =
      typeof first === 'number' ||
      (typeof first === 'string' &&
        instances.some((child) => child.addressPrefix.includes(`[${JSON.stringify(first)}]`)));
    const child = keyed
      ? instances.find((candidate) =>
          candidate.addressPrefix.endsWith(`[${typeof first === 'number' ? first : JSON.stringify(first)}].`),
        )
      : instances[0];
    const path = keyed ? others : rest;
    const [output, ...inside] = path;
    const declaration = typeof output === 'string' ? child?.loaded.config.outputs.get(output) : undefined;
    if (child === undefined || declaration === undefined)
      return new Unknown(`${quote(expression)} is not an output of a module this reader evaluates`);
    const value = await child.memo(
      `output.${output}`,
      async () => (await evaluateRaw(declaration.value, child)).value,
    );
    return stepsInto(value, inside, expression);
  }
}

/** Builds the plan-shaped configuration from the root module down through its local modules. */
class SourcePlanBuilder {
  readonly errors: InputError[] = [];
  readonly notChecked: NotCheckedInput[] = [];
  readonly reasons = new Map<string, Map<string, string>>();
  private readonly resourceInstances = new Map<string, Promise<Instance[] | Unknown>>();
  private readonly evaluated = new Map<string, Promise<EvaluatedBody>>();

  constructor(private readonly options: SourceOptions) {}

  instances(module: ModuleInstance, key: string): Promise<Instance[] | Unknown> {
    const cacheKey = `${module.addressPrefix}${key}`;
    let instances = this.resourceInstances.get(cacheKey);
    if (instances === undefined) {
      const body = module.loaded.config.resources.get(key)?.body ?? {};
      instances = instancesOf(body, module);
      this.resourceInstances.set(cacheKey, instances);
    }
    return instances;
  }

  evaluateResource(module: ModuleInstance, key: string, instance: Instance): Promise<EvaluatedBody> {
    const cacheKey = `${module.addressPrefix}${key}${instanceSuffix(instance)}`;
    let body = this.evaluated.get(cacheKey);
    if (body === undefined) {
      const scope: ModuleInstance | Scope =
        Object.keys(instance.bindings).length === 0
          ? module
          : {
              lookup: (...args) => module.lookup(...args),
              bindings: new Map(Object.entries(instance.bindings)),
            };
      body = evaluateBody(module.loaded.config.resources.get(key)?.body ?? {}, scope);
      this.evaluated.set(cacheKey, body);
    }
    return body;
  }

  async childModules(parent: ModuleInstance, name: string): Promise<ModuleInstance[] | Unknown> {
    const call = parent.loaded.config.moduleCalls.get(name);
    const position = parent.loaded.moduleCalls.get(name);
    const source = typeof call?.source === 'string' ? call.source : undefined;
    if (call === undefined || source === undefined)
      return new Unknown(`module "${quoteInput(name)}" has no source`);
    if (!/^\.\.?[/\\]/.test(source)) {
      this.notChecked.push({
        file: position?.file ?? this.options.displayPathOf(parent.loaded.config.directory),
        ...(position === undefined ? {} : { line: position.line }),
        reason: `module "${quoteInput(name)}" comes from ${quote(source)}, a registry or remote source whose files are not in the repository: its resources are not checked`,
        fix: "scan the plan (`terraform show -json`), which holds the module's resources, or vendor the module into the repository",
      });
      return new Unknown(
        `module "${quoteInput(name)}" comes from ${quote(source)}, which is not read without a plan`,
      );
    }
    const directory = resolve(parent.loaded.config.directory, source);
    if (
      parent.modulePath.length >= maxModuleDepth ||
      !isInsideRoots(directory, this.options.context.allowedRoots)
    ) {
      this.errors.push({
        file: position?.file ?? this.options.displayPathOf(parent.loaded.config.directory),
        ...(position === undefined ? {} : { line: position.line }),
        message: `module "${quoteInput(name)}" source ${quote(source)} points outside the scanned directories (or nests too deep); its files are not read`,
      });
      return new Unknown(`module "${quoteInput(name)}" is not read`);
    }
    const loaded = await loadModule(
      directory,
      this.options.context,
      (path) => this.options.displayPathOf(path),
      this.errors,
    );
    const instances = await instancesOf(call, parent);
    if (isUnknown(instances)) {
      this.notChecked.push({
        file: position?.file ?? this.options.displayPathOf(directory),
        ...(position === undefined ? {} : { line: position.line }),
        reason: `module "${quoteInput(name)}": ${instances.reason}, so its instances are not known`,
        fix: 'scan the plan (`terraform show -json`) of this configuration',
      });
      return instances;
    }
    const children: ModuleInstance[] = [];
    for (const instance of instances) {
      const scope: Scope = {
        lookup: (...args) => parent.lookup(...args),
        bindings: new Map(Object.entries(instance.bindings)),
      };
      const inputs = new Map<string, Value>();
      for (const [argument, raw] of Object.entries(call)) {
        if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(argument))
          continue;
        inputs.set(argument, (await evaluateRaw(raw, scope)).value);
      }
      const prefix = `${parent.addressPrefix}module.${name}${instanceSuffix(instance)}.`;
      children.push(new ModuleInstance(loaded, [...parent.modulePath, name], prefix, inputs, this));
    }
    return children;
  }

  /** The planned resources, changes and configuration of one module instance and the modules below it. */
  async build(
    module: ModuleInstance,
    planned: PlannedModule,
    changes: Record<string, unknown>[],
    config: ConfigModule,
  ): Promise<void> {
    for (const [key, resource] of module.loaded.config.resources) {
      if (!this.options.isReadType(resource.type)) continue;
      const instances = await this.instances(module, key);
      const position = module.loaded.resourcePositions.get(key);
      if (isUnknown(instances)) {
        this.notChecked.push({
          file: position?.file ?? this.options.displayPathOf(module.loaded.config.directory),
          ...(position === undefined ? {} : { line: position.line }),
          reason: `${module.addressPrefix}${key}: ${instances.reason}, so its instances are not known`,
          fix: 'scan the plan (`terraform show -json`) of this configuration',
        });
        continue;
      }
      let expressions: Record<string, unknown> = {};
      for (const instance of instances) {
        const body = await this.evaluateResource(module, key, instance);
        const address = `${module.addressPrefix}${key}${instanceSuffix(instance)}`;
        expressions = body.expressions;
        planned.resources.push({
          address,
          mode: 'managed',
          type: resource.type,
          name: resource.name,
          values: body.values,
        });
        changes.push({
          address,
          mode: 'managed',
          type: resource.type,
          name: resource.name,
          change: { actions: ['create'], after: body.values, after_unknown: body.unknown },
        });
        this.reasons.set(address, body.reasons);
      }
      const providerKey = providerKeyOf(resource.body.provider, resource.type);
      config.resources.push({
        address: key,
        mode: 'managed',
        type: resource.type,
        name: resource.name,
        provider_config_key: providerKey,
        expressions,
      });
    }
    for (const [name, call] of module.loaded.config.moduleCalls) {
      const children = await module.lookupChildren(name);
      const childConfig: ConfigModule = { resources: [], module_calls: {}, outputs: {} };
      const callExpressions: Record<string, unknown> = {};
      for (const [argument, raw] of Object.entries(call)) {
        if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(argument))
          continue;
        callExpressions[argument] = { references: (await evaluateRaw(raw, module)).references };
      }
      config.module_calls[name] = { source: call.source, expressions: callExpressions, module: childConfig };
      if (isUnknown(children)) continue;
      for (const [index, child] of children.entries()) {
        for (const [output, declaration] of child.loaded.config.outputs) {
          childConfig.outputs[output] = {
            expression: { references: (await evaluateRaw(declaration.value, child)).references },
          };
        }
        const childPlanned: PlannedModule = {
          address: child.addressPrefix.slice(0, -1),
          resources: [],
          child_modules: [],
        };
        planned.child_modules.push(childPlanned);
        // Every instance shares one configuration block: it is built from the first.
        await this.build(
          child,
          childPlanned,
          changes,
          index === 0 ? childConfig : { resources: [], module_calls: {}, outputs: {} },
        );
      }
    }
  }
}

const instanceSuffix = (instance: Instance): string =>
  instance.key === undefined
    ? ''
    : typeof instance.key === 'number'
      ? `[${instance.key}]`
      : `[${JSON.stringify(instance.key)}]`;

/** `provider = kubernetes.aks` → `kubernetes.aks`; without it, the provider named by the type's prefix. */
function providerKeyOf(raw: unknown, type: string): string {
  const written = typeof raw === 'string' ? (/^\$\{(.*)\}$/.exec(raw)?.[1] ?? raw) : undefined;
  return written ?? type.split('_')[0] ?? type;
}

export async function buildSourcePlan(root: LoadedModule, options: SourceOptions): Promise<SourcePlan> {
  const builder = new SourcePlanBuilder(options);
  const module = new ModuleInstance(root, [], '', options.rootVariables, builder);
  const planned: PlannedModule = { resources: [], child_modules: [] };
  const changes: Record<string, unknown>[] = [];
  const config: ConfigModule = { resources: [], module_calls: {}, outputs: {} };
  await builder.build(module, planned, changes, config);
  const providerConfig: Record<string, unknown> = {};
  for (const provider of root.config.providers) {
    const alias = typeof provider.body.alias === 'string' ? provider.body.alias : undefined;
    const expressions: Record<string, unknown> = {};
    for (const [argument, raw] of Object.entries(provider.body)) {
      if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
        expressions[argument] = { references: (await evaluateRaw(raw, module)).references };
      }
    }
    providerConfig[alias === undefined ? provider.name : `${provider.name}.${alias}`] = {
      name: provider.name,
      expressions,
    };
  }
  return {
    plan: {
      format_version: '1.2',
      planned_values: { root_module: planned },
      resource_changes: changes,
      configuration: { provider_config: providerConfig, root_module: config },
      // The same JSON shape as `terraform show -json`, built here rather than parsed.
    } as unknown as PlanJson,
    reasons: builder.reasons,
    notChecked: builder.notChecked,
    errors: builder.errors,
  };
}
