import { callFunction } from './functions.js';
import { expressionTree, type ExpressionTree } from './hcl.js';
import { EvaluationError, firstUnknown, isRecord, isUnknown, quote, Unknown, type Value } from './values.js';

/** One step of a traversal: `.name` or `[key]`. */
export type Step = string | number;

/** What names in an expression refer to, in the module being evaluated. */
export interface Scope {
  /** `var.<name>`, `local.<name>`, `module.<name>.<output>`, `<type>.<name>`: undefined when there is no such thing. */
  lookup(root: string, name: string, rest: Step[], expression: string): Promise<Value>;
  /** `each`, `count`, a dynamic block's iterator, a `for` variable. */
  readonly bindings: ReadonlyMap<string, Value>;
}

export const withBindings = (scope: Scope, bindings: Record<string, Value>): Scope => ({
  lookup: (root, name, rest, expression) => scope.lookup(root, name, rest, expression),
  bindings: new Map([...scope.bindings, ...Object.entries(bindings)]),
});

/** An attribute as the parser left it: a literal, or a `${…}` string holding an expression or template. */
export interface Evaluated {
  value: Value;
  /** Every name the expression refers to (`var.x`, `azurerm_kubernetes_cluster.aks.id`), as a plan's `references`. */
  references: string[];
}

/** `$${` and `%%{` are the template escapes of a literal `${` and `%{`. */
const unescapeLiteral = (text: string): string => text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

export async function evaluateRaw(raw: unknown, scope: Scope): Promise<Evaluated> {
  const references: string[] = [];
  const value = await evaluateRawValue(raw, scope, references, 0);
  return { value, references };
}

async function evaluateRawValue(
  raw: unknown,
  scope: Scope,
  references: string[],
  depth: number,
): Promise<Value> {
  if (depth > 32) return new Unknown('the value nests too deeply to read');
  if (typeof raw === 'string') {
    if (!/(^|[^$])\$\{/.test(raw)) return unescapeLiteral(raw);
    const tree = await treeOf(raw);
    if (tree === undefined) return new Unknown(`${quote(raw)} could not be read as an expression`);
    collectReferences(tree, references);
    return new Evaluator(scope, raw).evaluate(tree, scope);
  }
  if (Array.isArray(raw)) {
    const items: Value[] = [];
    for (const item of raw) items.push(await evaluateRawValue(item, scope, references, depth + 1));
    return items;
  }
  if (typeof raw === 'object' && raw !== null) {
    const result: Record<string, Value> = {};
    for (const [key, item] of Object.entries(raw))
      result[key] = await evaluateRawValue(item, scope, references, depth + 1);
    return result;
  }
  return typeof raw === 'number' || typeof raw === 'boolean' ? raw : null;
}

/**
 * The parser keeps a whole-attribute expression as `${expr}` and a template as its text. The
 * expression is parsed bare first; a template is parsed as the quoted string it was.
 */
async function treeOf(raw: string): Promise<ExpressionTree | undefined> {
  const whole = /^\$\{([\s\S]*)\}$/.exec(raw);
  if (whole?.[1] !== undefined) {
    const tree = await expressionTree(whole[1]);
    if (tree !== undefined) return tree;
  }
  return expressionTree(raw.includes('\n') ? `<<EOT\n${raw}\nEOT\n` : JSON.stringify(raw));
}

function collectReferences(tree: ExpressionTree, references: string[]): void {
  if (tree.type === 'scopeTraversal' && !references.includes(tree.meta.fullAccessor)) {
    references.push(tree.meta.fullAccessor);
  }
  for (const child of tree.children ?? []) if (child.type) collectReferences(child, references);
}

/** `0` → 0, `"a"` → 'a': an index step as HCL writes it. */
function indexStep(segment: string): Step {
  if (/^\[?\s*-?\d+\s*\]?$/.test(segment)) return Number(segment.replace(/[[\]\s]/g, ''));
  const quoted = /^\[?\s*"((?:[^"\\]|\\.)*)"\s*\]?$/.exec(segment);
  return quoted?.[1] ?? segment;
}

/** One step into a value; a missing attribute or index is unknown, named. */
export function stepInto(value: Value, step: Step, expression: string): Value {
  if (isUnknown(value)) return value;
  if (Array.isArray(value) && typeof step === 'number')
    return value[step] ?? new EvaluationError(`${quote(expression)}: index ${step} is out of range`);
  if (isRecord(value) && Object.hasOwn(value, String(step))) return value[String(step)] ?? null;
  // A block read as `x.block[0].arg` where the list holds one item, or `x.block.arg` on a single block.
  if (Array.isArray(value) && value.length === 1 && typeof step === 'string')
    return stepInto(value[0] ?? null, step, expression);
  return new Unknown(
    `${quote(expression)} names ${JSON.stringify(step)}, which the configuration does not set`,
  );
}

export function stepsInto(value: Value, steps: Step[], expression: string): Value {
  return steps.reduce<Value>((current, step) => stepInto(current, step, expression), value);
}

const equal = (left: Value, right: Value): boolean => JSON.stringify(left) === JSON.stringify(right);

class Evaluator {
  private readonly root: Scope;
  private readonly source: string;
  private budget = 10_000;

  constructor(root: Scope, source: string) {
    this.root = root;
    this.source = source;
  }

  async evaluate(tree: ExpressionTree, scope: Scope): Promise<Value> {
    if ((this.budget -= 1) < 0) return new Unknown(`${quote(this.source)} is too large to evaluate`);
    const children = (tree.children ?? []).filter((child) => child.type);
    const expression = tree.meta?.value ?? this.source;
    switch (tree.type) {
      case 'literalValue':
        return literal(tree.meta.type, tree.meta.value);
      case 'template': {
        const parts = await this.all(children, scope);
        const unknown = parts.find(isUnknown);
        if (unknown !== undefined) return unknown;
        if (parts.length === 1 && tree.children.length === 1 && children[0]?.type !== 'literalValue')
          return parts[0] ?? null;
        return parts
          .map((part) =>
            part === null ? '' : typeof part === 'object' ? JSON.stringify(part) : String(part),
          )
          .join('');
      }
      case 'templateWrap':
        return children[0] === undefined ? null : this.evaluate(children[0], scope);
      case 'tuple':
        return this.all(children, scope);
      case 'object':
        return this.object(tree.meta.items, scope);
      case 'scopeTraversal':
        return this.traverse(tree.meta.traversal, scope, expression);
      case 'relativeTraversal': {
        const source = children[0] === undefined ? null : await this.evaluate(children[0], scope);
        return stepsInto(source, tree.meta.traversal.map(stepOf), expression);
      }
      case 'index': {
        const [collection, key] = await this.all(children, scope);
        if (isUnknown(key)) return key;
        if (typeof key !== 'number' && typeof key !== 'string')
          return new Unknown(`${quote(expression)}: the index is not a number or string`);
        return stepInto(collection ?? null, key, expression);
      }
      case 'function':
        if (tree.meta.expandedFinalArgument)
          return new Unknown(`${quote(expression)}: expanded arguments are not evaluated`);
        if (tree.meta.name === 'try' || tree.meta.name === 'can')
          return this.tryOrCan(tree.meta.name, children, scope, expression);
        return callFunction(tree.meta.name, await this.all(children, scope), quote(expression));
      case 'splat':
        return this.splat(children, scope, expression);
      case 'conditional': {
        const [condition, whenTrue, whenFalse] = children;
        const test = condition === undefined ? null : await this.evaluate(condition, scope);
        if (isUnknown(test)) return test;
        if (typeof test !== 'boolean')
          return new Unknown(`${quote(expression)}: the condition is not a boolean`);
        const chosen = test ? whenTrue : whenFalse;
        return chosen === undefined ? null : this.evaluate(chosen, scope);
      }
      case 'unaryOp': {
        const operand = children[0] === undefined ? null : await this.evaluate(children[0], scope);
        if (isUnknown(operand)) return operand;
        if (tree.meta.operator === 'logicalNot' && typeof operand === 'boolean') return !operand;
        if (tree.meta.operator === 'negate' && typeof operand === 'number') return -operand;
        return new Unknown(`${quote(expression)} is not evaluated`);
      }
      case 'binaryOp':
        return this.binary(tree.meta.operator, await this.all(children, scope), expression);
      case 'for':
        return this.forExpression(tree, scope, expression);
      default:
        return new Unknown(`${quote(expression)} is not evaluated without Terraform`);
    }
  }

  /**
   * `try(a, b)`: the first argument Terraform evaluates without an error. An argument this reader
   * does not know (a data source, a computed attribute) stops it: Terraform might well know it,
   * so taking the fallback would be a guess. `can(a)` likewise.
   */
  private async tryOrCan(
    name: 'try' | 'can',
    trees: ExpressionTree[],
    scope: Scope,
    expression: string,
  ): Promise<Value> {
    for (const tree of trees) {
      const value = await this.evaluate(tree, scope);
      const unknown = firstUnknown(value);
      if (name === 'can') return unknown instanceof EvaluationError ? false : (unknown ?? true);
      if (unknown === undefined) return value;
      if (!(unknown instanceof EvaluationError)) return unknown;
    }
    return new EvaluationError(`${quote(expression)}: every argument of ${name}() fails`);
  }

  /** `list[*].attribute`: the attribute of each item; null gives an empty list, one object a list of one. */
  private async splat(children: ExpressionTree[], scope: Scope, expression: string): Promise<Value> {
    const [sourceTree, eachTree] = children;
    if (sourceTree === undefined || eachTree?.type !== 'relativeTraversal')
      return new Unknown(`${quote(expression)} is not evaluated without Terraform`);
    const source = await this.evaluate(sourceTree, scope);
    if (isUnknown(source)) return source;
    const items = source === null ? [] : Array.isArray(source) ? source : [source];
    const steps = eachTree.meta.traversal.map(stepOf);
    return items.map((item) => stepsInto(item, steps, expression));
  }

  private async all(trees: ExpressionTree[], scope: Scope): Promise<Value[]> {
    const values: Value[] = [];
    for (const tree of trees) values.push(await this.evaluate(tree, scope));
    return values;
  }

  private async parseAndEvaluate(text: string, scope: Scope): Promise<Value> {
    const tree = await expressionTree(text);
    return tree === undefined
      ? new Unknown(`${quote(text)} could not be read as an expression`)
      : this.evaluate(tree, scope);
  }

  private async object(items: Record<string, string>, scope: Scope): Promise<Value> {
    const result: Record<string, Value> = {};
    for (const [keyText, valueText] of Object.entries(items)) {
      const key = /^"(.*)"$/.exec(keyText)?.[1] ?? keyText;
      result[key] = await this.parseAndEvaluate(valueText, scope);
    }
    return result;
  }

  private async traverse(
    traversal: { type: string; segment: string }[],
    scope: Scope,
    expression: string,
  ): Promise<Value> {
    const steps = traversal.map(stepOf);
    const [root, name, ...rest] = steps;
    if (typeof root !== 'string') return new Unknown(`${quote(expression)} is not evaluated`);
    if (scope.bindings.has(root))
      return stepsInto(scope.bindings.get(root) ?? null, steps.slice(1), expression);
    if (typeof name !== 'string')
      return new Unknown(`${quote(expression)} is not evaluated without Terraform`);
    return this.root.lookup(root, name, rest, expression);
  }

  private binary(operator: string, [left = null, right = null]: Value[], expression: string): Value {
    if (operator === 'logicalAnd' && (left === false || right === false)) return false;
    if (operator === 'logicalOr' && (left === true || right === true)) return true;
    const unknown = [left, right].find(isUnknown);
    if (unknown !== undefined) return unknown;
    switch (operator) {
      case 'equal':
        return equal(left, right);
      case 'notEqual':
        return !equal(left, right);
      case 'logicalAnd':
        return left === true && right === true;
      case 'logicalOr':
        return left === true || right === true;
    }
    if (typeof left !== 'number' || typeof right !== 'number')
      return new Unknown(`${quote(expression)} is not evaluated`);
    const arithmetic: Record<string, number | boolean> = {
      add: left + right,
      subtract: left - right,
      multiply: left * right,
      divide: left / right,
      modulo: left % right,
      greaterThan: left > right,
      greaterThanOrEqual: left >= right,
      lessThan: left < right,
      lessThanOrEqual: left <= right,
    };
    return arithmetic[operator] ?? new Unknown(`${quote(expression)} is not evaluated`);
  }

  private async forExpression(
    tree: Extract<ExpressionTree, { type: 'for' }>,
    scope: Scope,
    expression: string,
  ): Promise<Value> {
    const meta = tree.meta;
    const collection = await this.parseAndEvaluate(meta.collectionExpression, scope);
    if (isUnknown(collection)) return collection;
    const entries: [Value, Value][] = Array.isArray(collection)
      ? collection.map((item, index) => [index, item])
      : isRecord(collection)
        ? Object.entries(collection)
        : [];
    const isObject = meta.keyExpression !== undefined && meta.keyExpression !== '';
    const list: Value[] = [];
    const object: Record<string, Value> = {};
    for (const [key, item] of entries) {
      const bindings: Record<string, Value> = meta.keyVar
        ? { [meta.keyVar]: key, [meta.valVar]: item }
        : { [meta.valVar]: item };
      const inner: Scope = {
        lookup: (...args) => scope.lookup(...args),
        bindings: new Map([...scope.bindings, ...Object.entries(bindings)]),
      };
      if (meta.conditionalExpression) {
        const keep = await this.parseAndEvaluate(meta.conditionalExpression, inner);
        if (isUnknown(keep)) return keep;
        if (keep !== true) continue;
      }
      const value = await this.parseAndEvaluate(meta.valueExpression, inner);
      if (isObject) {
        const objectKey = await this.parseAndEvaluate(meta.keyExpression, inner);
        if (typeof objectKey !== 'string') return new Unknown(`${quote(expression)}: a key is not known`);
        object[objectKey] = value;
      } else list.push(value);
    }
    return isObject ? object : list;
  }
}

const stepOf = (part: { type: string; segment: string }): Step =>
  part.type === 'indexTraversal' ? indexStep(part.segment) : part.segment.replace(/^\./, '');

function literal(type: string, text: string): Value {
  if (type === 'number') return Number(text);
  if (type === 'bool') return text === 'true';
  if (type === 'string') return text;
  return null;
}
