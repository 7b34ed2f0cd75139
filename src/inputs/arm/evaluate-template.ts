import { quoteInput } from '../../model/quote.js';
import type { FieldPath } from '../../model/location.js';
import {
  type ArmObject,
  type ArmValue,
  Unresolved,
  describeType,
  findKey,
  getProperty,
  isArmObject,
  isUnresolved,
  textOf,
} from './arm-value.js';
import { type EvaluationScope, evaluateString } from './evaluate-expression.js';

/** One resource as it would be deployed, with the path of its declaration in the template document. */
export interface EvaluatedResource {
  type: string;
  name: ArmValue;
  /** Path of the resource object from the root of the template document. */
  path: FieldPath;
  /** The languageVersion 2.0 symbolic name, when the template has one. */
  symbolicName: string | undefined;
  /** True, or why it is not known whether the resource is deployed at all. */
  condition: true | Unresolved;
  existing: boolean;
  /** The resource with its expressions evaluated (a nested deployment's template left out). */
  body: ArmObject;
  /** The nested deployments that contain this resource, outermost first. */
  deployments: EvaluatedResource[];
}

export interface TemplateEvaluation {
  resources: EvaluatedResource[];
  /**
   * Where the source writes a property of an evaluated object or an item of an evaluated array,
   * or undefined when the container was computed by an expression (union(), createObject()).
   */
  pathOf(container: object, key: string | number): FieldPath | undefined;
  /** Parts of the template that were not followed (linked templates), with the reason. */
  notFollowed: { path: FieldPath; reason: string }[];
  /** Declarations that ARM would reject (a resource whose type is not a string), left out. */
  invalid: { path: FieldPath; message: string }[];
}

/** A parameter value given by a parameter file: `{ value }`, or a Key Vault `{ reference }`. */
export type ParameterValues = Map<string, ArmValue>;

/** ARM allows at most 800 copies; the bound also keeps hostile counts from exhausting memory. */
const maxCopies = 800;
const maxNestedDeployments = 20;
const maxEvaluationSteps = 5_000_000;

interface FrameScope extends EvaluationScope {
  withCopyIndex(loopName: string, index: number | Unresolved): FrameScope;
}

interface TemplateFrame {
  template: ArmObject;
  path: FieldPath;
  parameterValues: ParameterValues;
}

interface Declaration {
  raw: ArmObject;
  path: FieldPath;
  symbolicName: string | undefined;
  frame: TemplateFrame;
  deployments: EvaluatedResource[];
  /** The type and name of the resource whose `resources` array declares this one, if any. */
  parent?: ResourceIdentity | undefined;
}

interface ResourceIdentity {
  type: string;
  name: ArmValue;
}

interface NestedTemplate {
  propertiesKey: string;
  properties: ArmObject;
  templateKey: string;
  template: ArmObject;
}

/** A `Microsoft.Resources/deployments` resource with an inline template (Bicep modules compile to these). */
function nestedTemplateOf(raw: ArmObject): NestedTemplate | undefined {
  if (textOf(getProperty(raw, 'type')).toLowerCase() !== 'microsoft.resources/deployments') return undefined;
  const propertiesKey = findKey(raw, 'properties');
  const properties = propertiesKey === undefined ? undefined : raw[propertiesKey];
  if (propertiesKey === undefined || !isArmObject(properties)) return undefined;
  const templateKey = findKey(properties, 'template');
  const template = templateKey === undefined ? undefined : properties[templateKey];
  if (templateKey === undefined || !isArmObject(template)) return undefined;
  return { propertiesKey, properties, templateKey, template };
}

class TemplateEvaluator {
  readonly origins = new WeakMap<object, FieldPath>();
  /** Arrays made by `copy` loops: every item is written at the loop's `input`. */
  readonly loopInputs = new WeakMap<object, FieldPath>();
  /** Properties made by `copy` loops, which the source writes inside the `copy` block. */
  readonly loopProperties = new WeakMap<object, Map<string, FieldPath>>();

  readonly resources: EvaluatedResource[] = [];
  readonly notFollowed: TemplateEvaluation['notFollowed'] = [];
  readonly invalid: TemplateEvaluation['invalid'] = [];
  /** Values evaluated so far: nested loops in a hostile template could otherwise multiply without end. */
  private steps = 0;

  pathOf(container: object, key: string | number): FieldPath | undefined {
    const loopInput = this.loopInputs.get(container);
    if (loopInput) return loopInput;
    const loopProperty = typeof key === 'string' ? this.loopProperties.get(container)?.get(key) : undefined;
    if (loopProperty) return loopProperty;
    const origin = this.origins.get(container);
    return origin ? [...origin, key] : undefined;
  }

  /** A scope in which a template's own parameters and variables are visible. */
  scopeOf(frame: TemplateFrame): FrameScope {
    const variableCache = new Map<string, ArmValue>();
    const inProgress = new Set<string>();
    const parameterCache = new Map<string, ArmValue>();
    const makeScope = (copyIndexes: Map<string, number | Unresolved>): FrameScope => {
      const scope: FrameScope = {
        parameter: (name) => {
          const key = name.toLowerCase();
          if (!parameterCache.has(key)) parameterCache.set(key, this.parameterValue(frame, name, scope));
          return parameterCache.get(key) as ArmValue;
        },
        variable: (name) => {
          const key = name.toLowerCase();
          if (variableCache.has(key)) return variableCache.get(key) as ArmValue;
          if (inProgress.has(key)) return new Unresolved(`variable '${quoteInput(name)}' refers to itself`);
          inProgress.add(key);
          const value = this.variableValue(frame, name, scope);
          inProgress.delete(key);
          variableCache.set(key, value);
          return value;
        },
        copyIndex: (loopName) =>
          copyIndexes.get(loopName?.toLowerCase() ?? '') ??
          new Unresolved(`copyIndex(${quoteInput(loopName ?? '')}) is used outside its loop`),
        withCopyIndex: (loopName, index) =>
          makeScope(new Map([...copyIndexes, [loopName.toLowerCase(), index], ['', index]])),
      };
      return scope;
    };
    return makeScope(new Map());
  }

  private parameterValue(frame: TemplateFrame, name: string, scope: FrameScope): ArmValue {
    const declarations = getProperty(frame.template, 'parameters');
    const declaredName = isArmObject(declarations) ? findKey(declarations, name) : undefined;
    const declaration = declaredName === undefined ? undefined : (declarations as ArmObject)[declaredName];
    if (declaredName === undefined || !isArmObject(declaration)) {
      return new Unresolved(`parameter '${quoteInput(name)}' is not declared`);
    }
    const type = textOf(getProperty(declaration, 'type')).toLowerCase();
    if (type === 'securestring' || type === 'secureobject') {
      return new Unresolved(`parameter '${quoteInput(declaredName)}' is secure: its value is not read`);
    }
    const given = [...frame.parameterValues].find(([key]) => key.toLowerCase() === name.toLowerCase());
    if (given) {
      // The parameter file's reader reports the mismatch at the value's line; here it is only not guessed.
      const mismatch = parameterTypeMismatch(declaredName, type, given[1]);
      return mismatch === undefined ? given[1] : new Unresolved(mismatch);
    }
    const defaultPath = [...frame.path, 'parameters', declaredName, 'defaultValue'];
    const defaultValue = getProperty(declaration, 'defaultValue');
    if (defaultValue === undefined) {
      // ARM gives a nullable parameter (Bicep's `param x string?`) null when no value is passed.
      if (getProperty(declaration, 'nullable') === true) return null;
      return new Unresolved(`parameter '${quoteInput(declaredName)}' has no value`);
    }
    const value = this.evaluate(defaultValue, defaultPath, scope);
    const mismatch = parameterTypeMismatch(declaredName, type, value);
    if (mismatch === undefined) return value;
    this.invalid.push({ path: defaultPath, message: mismatch });
    return new Unresolved(mismatch);
  }

  private variableValue(frame: TemplateFrame, name: string, scope: FrameScope): ArmValue {
    const variables = getProperty(frame.template, 'variables');
    if (!isArmObject(variables)) return new Unresolved(`variable '${quoteInput(name)}' is not declared`);
    const declaredName = findKey(variables, name);
    if (declaredName !== undefined) {
      return this.evaluate(
        variables[declaredName] as ArmValue,
        [...frame.path, 'variables', declaredName],
        scope,
      );
    }
    // Variable loops: "copy": [{ "name": "x", "count": n, "input": ... }] defines variable x.
    const loops = this.evaluateCopyBlock(variables, [...frame.path, 'variables'], scope)?.values;
    return (
      loops?.[findKey(loops, name) ?? ''] ?? new Unresolved(`variable '${quoteInput(name)}' is not declared`)
    );
  }

  /** Evaluates raw template JSON: strings as expressions, `copy` blocks expanded. */
  evaluate(raw: ArmValue, path: FieldPath, scope: FrameScope): ArmValue {
    this.steps += 1;
    if (this.steps > maxEvaluationSteps) return new Unresolved('the template is too large to evaluate');
    if (typeof raw === 'string') return evaluateString(raw, scope);
    if (Array.isArray(raw)) {
      const array = raw.map((item, index) => this.evaluate(item, [...path, index], scope));
      this.origins.set(array, path);
      return array;
    }
    if (!isArmObject(raw)) return raw;
    const object: ArmObject = {};
    for (const [key, value] of Object.entries(raw)) {
      if (key.toLowerCase() === 'copy' && Array.isArray(value)) continue;
      object[key] = this.evaluate(value, [...path, key], scope);
    }
    const loops = this.evaluateCopyBlock(raw, path, scope);
    if (loops) {
      Object.assign(object, loops.values);
      this.loopProperties.set(object, loops.paths);
    }
    this.origins.set(object, path);
    return object;
  }

  /** Property and variable loops: each `copy` entry becomes an array named by the entry. */
  private evaluateCopyBlock(
    raw: ArmObject,
    path: FieldPath,
    scope: FrameScope,
  ): { values: ArmObject; paths: Map<string, FieldPath> } | undefined {
    const copyKey = findKey(raw, 'copy');
    const loops = copyKey === undefined ? undefined : raw[copyKey];
    if (!Array.isArray(loops)) return undefined;
    const values: ArmObject = {};
    const paths = new Map<string, FieldPath>();
    loops.forEach((loop, loopIndex) => {
      if (!isArmObject(loop)) return;
      const name = getProperty(loop, 'name');
      if (typeof name !== 'string') return;
      const loopPath = [...path, copyKey as string, loopIndex];
      const count = this.evaluate(getProperty(loop, 'count') ?? 0, [...loopPath, 'count'], scope);
      const items = this.expandLoop(count, name, scope, (loopScope) =>
        this.evaluate(getProperty(loop, 'input') ?? null, [...loopPath, 'input'], loopScope),
      );
      if (Array.isArray(items)) this.loopInputs.set(items, [...loopPath, 'input']);
      values[name] = items;
      paths.set(name, loopPath);
    });
    return { values, paths };
  }

  private expandLoop(
    count: ArmValue,
    loopName: string,
    scope: FrameScope,
    body: (scope: FrameScope) => ArmValue,
  ): ArmValue {
    if (isUnresolved(count))
      return new Unresolved(`the number of '${quoteInput(loopName)}' items is not known: ${count.reason}`);
    if (typeof count !== 'number' || count < 0 || count > maxCopies) {
      return new Unresolved(
        `the copy count of '${quoteInput(loopName)}' is not a number from 0 to ${maxCopies}`,
      );
    }
    return Array.from({ length: count }, (_, index) => body(scope.withCopyIndex(loopName, index)));
  }

  /** Evaluates the resources of a template (or of an outer-scope nested template) in `scope`. */
  evaluateResources(
    template: ArmObject,
    path: FieldPath,
    scope: FrameScope,
    frame: TemplateFrame,
    deployments: EvaluatedResource[],
    inheritedCondition: true | Unresolved,
  ): void {
    if (deployments.length > maxNestedDeployments) {
      this.notFollowed.push({
        path,
        reason: `nested deployments deeper than ${maxNestedDeployments} are not followed`,
      });
      return;
    }
    const resourcesKey = findKey(template, 'resources') ?? 'resources';
    const resources = template[resourcesKey];
    // languageVersion 2.0 keys resources by symbolic name; older templates list them.
    const entries: [string | number, ArmValue][] = Array.isArray(resources)
      ? resources.map((resource, index) => [index, resource])
      : isArmObject(resources)
        ? Object.entries(resources)
        : [];
    for (const [key, raw] of entries) {
      const declaration = this.declarationOf(raw, [...path, resourcesKey, key], frame, deployments);
      if (declaration === undefined) continue;
      // languageVersion 2.0 keys resources by their symbolic name.
      if (typeof key === 'string') declaration.symbolicName = key;
      this.evaluateResourceCopies(declaration, scope, inheritedCondition);
    }
  }

  /** A resource declaration, or undefined (and an error) when ARM would reject its shape. */
  private declarationOf(
    raw: ArmValue,
    path: FieldPath,
    frame: TemplateFrame,
    deployments: EvaluatedResource[],
    parent?: ResourceIdentity,
  ): Declaration | undefined {
    if (!isArmObject(raw)) {
      this.invalid.push({ path, message: `a resource must be an object, found ${describeType(raw)}` });
      return undefined;
    }
    const typeKey = findKey(raw, 'type');
    const type = typeKey === undefined ? undefined : raw[typeKey];
    if (typeof type !== 'string') {
      this.invalid.push({
        path: typeKey === undefined ? path : [...path, typeKey],
        message: `a resource's type must be a string, found ${describeType(type)}: ARM would reject the template`,
      });
      return undefined;
    }
    return { raw, path, symbolicName: undefined, frame, deployments, parent };
  }

  /**
   * Child resources declared in their parent's `resources` array (agentPools, maintenance
   * configurations, `providers/diagnosticSettings`): ARM writes their type and name relative to
   * the parent. Conditions do not cascade to children in ARM; each child has its own.
   */
  private evaluateChildResources(
    parent: Declaration,
    identity: ResourceIdentity,
    scope: FrameScope,
    inheritedCondition: true | Unresolved,
  ): void {
    const childrenKey = findKey(parent.raw, 'resources');
    const children = childrenKey === undefined ? undefined : parent.raw[childrenKey];
    if (childrenKey === undefined || children === undefined) return;
    if (!Array.isArray(children)) {
      this.invalid.push({
        path: [...parent.path, childrenKey],
        message: `a resource's child 'resources' must be an array, found ${describeType(children)}: ARM would reject the template`,
      });
      return;
    }
    children.forEach((raw, index) => {
      const path = [...parent.path, childrenKey, index];
      const declaration = this.declarationOf(raw, path, parent.frame, parent.deployments, identity);
      if (declaration) this.evaluateResourceCopies(declaration, scope, inheritedCondition);
    });
  }

  private evaluateResourceCopies(
    declaration: Declaration,
    scope: FrameScope,
    inheritedCondition: true | Unresolved,
  ): void {
    const copy = getProperty(declaration.raw, 'copy');
    if (!isArmObject(copy)) {
      this.evaluateResource(declaration, scope, inheritedCondition);
      return;
    }
    const loopName = textOf(getProperty(copy, 'name'));
    const count = this.evaluate(
      getProperty(copy, 'count') ?? 0,
      [...declaration.path, 'copy', 'count'],
      scope,
    );
    const instances = this.expandLoop(count, loopName, scope, (loopScope) => {
      this.evaluateResource(declaration, loopScope, inheritedCondition);
      return null;
    });
    if (isUnresolved(instances)) {
      // One representative instance, whose very existence is unknown.
      this.evaluateResource(declaration, scope.withCopyIndex(loopName, instances), instances);
    }
  }

  private evaluateResource(
    declaration: Declaration,
    scope: FrameScope,
    inheritedCondition: true | Unresolved,
  ): void {
    const { raw, path } = declaration;
    let condition: true | Unresolved = inheritedCondition;
    const conditionKey = findKey(raw, 'condition');
    if (conditionKey !== undefined) {
      const value = this.evaluate(raw[conditionKey] as ArmValue, [...path, conditionKey], scope);
      if (value === false || (typeof value === 'string' && value.toLowerCase() === 'false')) {
        // Not deployed, but its children are: ARM's conditions do not cascade.
        const name = this.evaluate(getProperty(raw, 'name') ?? null, [...path, 'name'], scope);
        const identity = qualifiedIdentity(declaration.parent, textOf(getProperty(raw, 'type')), name);
        this.evaluateChildResources(declaration, identity, scope, inheritedCondition);
        return;
      }
      if (isUnresolved(value)) {
        condition = new Unresolved(
          `whether the resource is deployed at all is not known (its condition: ${value.reason})`,
        );
      }
    }
    const nested = nestedTemplateOf(raw);
    const body: ArmObject = {};
    for (const [key, value] of Object.entries(raw)) {
      if (['condition', 'copy', 'resources'].includes(key.toLowerCase())) continue;
      const rawValue =
        nested && key === nested.propertiesKey ? withoutKey(nested.properties, nested.templateKey) : value;
      body[key] = this.evaluate(rawValue, [...path, key], scope);
    }
    this.origins.set(body, path);
    const resource: EvaluatedResource = {
      ...qualifiedIdentity(
        declaration.parent,
        textOf(getProperty(raw, 'type')),
        getProperty(body, 'name') ?? null,
      ),
      path,
      symbolicName: declaration.symbolicName,
      condition,
      existing: getProperty(raw, 'existing') === true,
      body,
      deployments: declaration.deployments,
    };
    this.resources.push(resource);
    this.evaluateChildResources(declaration, resource, scope, inheritedCondition);
    if (nested) this.evaluateNestedDeployment(declaration.frame, resource, nested, scope);
    else if (resource.type.toLowerCase() === 'microsoft.resources/deployments')
      this.noteLinkedTemplate(resource);
  }

  private evaluateNestedDeployment(
    outer: TemplateFrame,
    deployment: EvaluatedResource,
    nested: NestedTemplate,
    outerScope: FrameScope,
  ): void {
    const properties = getProperty(deployment.body, 'properties');
    const options = isArmObject(properties)
      ? getProperty(properties, 'expressionEvaluationOptions')
      : undefined;
    const innerScope =
      isArmObject(options) && textOf(getProperty(options, 'scope')).toLowerCase() === 'inner';
    const path = [...deployment.path, nested.propertiesKey, nested.templateKey];
    const deployments = [...deployment.deployments, deployment];
    if (!innerScope) {
      // Outer scope (ARM's default): the nested template's expressions see the parent's parameters and variables.
      this.evaluateResources(nested.template, path, outerScope, outer, deployments, deployment.condition);
      return;
    }
    const given = isArmObject(properties) ? getProperty(properties, 'parameters') : undefined;
    const frame: TemplateFrame = {
      template: nested.template,
      path,
      parameterValues: parameterValuesOf(given),
    };
    this.evaluateResources(
      nested.template,
      path,
      this.scopeOf(frame),
      frame,
      deployments,
      deployment.condition,
    );
  }

  private noteLinkedTemplate(deployment: EvaluatedResource): void {
    const properties = getProperty(deployment.body, 'properties');
    if (isArmObject(properties) && getProperty(properties, 'templateLink') !== undefined) {
      this.notFollowed.push({
        path: deployment.path,
        reason: 'a linked template (templateLink) is fetched at deploy time and is not checked',
      });
    }
  }
}

/**
 * The full type and name of a resource: a child declared inside its parent writes both relative
 * to the parent (`agentPools` / `pool1` under cluster `aks` is
 * `Microsoft.ContainerService/managedClusters/agentPools` / `aks/pool1`).
 */
function qualifiedIdentity(
  parent: ResourceIdentity | undefined,
  type: string,
  name: ArmValue,
): ResourceIdentity {
  if (parent === undefined) return { type, name };
  const qualifiedType = `${parent.type}/${type}`;
  if (isUnresolved(parent.name)) return { type: qualifiedType, name: parent.name };
  if (isUnresolved(name)) return { type: qualifiedType, name };
  if (typeof parent.name !== 'string' || typeof name !== 'string') return { type: qualifiedType, name: null };
  return { type: qualifiedType, name: `${parent.name}/${name}` };
}

function withoutKey(object: ArmObject, key: string): ArmObject {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

const parameterTypes: Record<string, { name: string; accepts: (value: ArmValue) => boolean }> = {
  string: { name: 'a string', accepts: (value) => typeof value === 'string' },
  int: { name: 'an integer', accepts: (value) => typeof value === 'number' && Number.isInteger(value) },
  bool: { name: 'a boolean', accepts: (value) => typeof value === 'boolean' },
  array: { name: 'an array', accepts: Array.isArray },
  object: { name: 'an object', accepts: isArmObject },
};

/**
 * Why ARM would refuse `value` for a parameter declared with `type` (it does not convert "true"
 * to a boolean), or undefined. Null (a nullable parameter) and values known only at deployment pass.
 */
export function parameterTypeMismatch(name: string, type: string, value: ArmValue): string | undefined {
  const expected = parameterTypes[type.toLowerCase()];
  if (expected === undefined || value === null || isUnresolved(value) || expected.accepts(value))
    return undefined;
  return `parameter '${quoteInput(name)}' is declared ${type} but its value is ${describeType(value)}: ARM would reject the deployment`;
}

/** Reads `{ "name": { "value": x } }` or a Key Vault `{ "reference": ... }` into parameter values. */
export function parameterValuesOf(parameters: ArmValue | undefined): ParameterValues {
  const values: ParameterValues = new Map();
  if (!isArmObject(parameters)) return values;
  for (const [name, entry] of Object.entries(parameters)) {
    if (!isArmObject(entry)) continue;
    const valueKey = findKey(entry, 'value');
    if (valueKey !== undefined) values.set(name, entry[valueKey] as ArmValue);
    else if (getProperty(entry, 'reference') !== undefined) {
      values.set(
        name,
        new Unresolved(
          `parameter '${quoteInput(name)}' is a Key Vault secret reference, read at deploy time`,
        ),
      );
    }
  }
  return values;
}

export function evaluateTemplate(template: ArmObject, parameterValues: ParameterValues): TemplateEvaluation {
  const evaluator = new TemplateEvaluator();
  const frame: TemplateFrame = { template, path: [], parameterValues };
  evaluator.evaluateResources(template, [], evaluator.scopeOf(frame), frame, [], true);
  return {
    resources: evaluator.resources,
    notFollowed: evaluator.notFollowed,
    invalid: evaluator.invalid,
    pathOf: (container, key) => evaluator.pathOf(container, key),
  };
}
