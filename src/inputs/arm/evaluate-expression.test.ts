import { describe, expect, test } from 'vitest';
import { type ArmValue, Unresolved } from './arm-value.js';
import { type EvaluationScope, evaluateString } from './evaluate-expression.js';

const scope: EvaluationScope = {
  parameter: (name) =>
    ({ env: 'Prod', count: 3, tags: { team: 'a' }, secret: new Unresolved("parameter 'secret' is secure") })[
      name
    ] ?? new Unresolved(`parameter '${name}' has no value`),
  variable: (name) => (name === 'list' ? ['a', 'b'] : new Unresolved(`variable '${name}' is not declared`)),
  copyIndex: () => 2,
};

const evaluate = (text: string): ArmValue => evaluateString(text, scope);
const reasonOf = (value: ArmValue): string | undefined =>
  value instanceof Unresolved ? value.reason : undefined;

describe('ARM template expressions', () => {
  test.each([
    ["[concat('a', 'b', string(1))]", 'ab1'],
    ['[concat(createArray(1), createArray(2))]', [1, 2]],
    ["[if(equals(toLower(parameters('env')), 'prod'), 'p', 'np')]", 'p'],
    ['[and(true(), not(false()), or(false(), true()))]', true],
    ["[empty('')]", true],
    ["[contains(variables('list'), 'b')]", true],
    ["[contains(parameters('tags'), 'TEAM')]", true],
    ["[coalesce(null(), 'x')]", 'x'],
    [
      "[union(createObject('a', createObject('b', 1)), createObject('a', createObject('c', 2)))]",
      { a: { b: 1, c: 2 } },
    ],
    ["[format('{0}-{1}', 'aks', copyIndex(1))]", 'aks-3'],
    ["[toUpper('x')]", 'X'],
    ["[bool('True')]", true],
    ["[int('42')]", 42],
    ["[length(variables('list'))]", 2],
    ["[parameters('tags').team]", 'a'],
    ["[variables('list')[1]]", 'b'],
    [
      "[resourceId('Microsoft.ContainerService/managedClusters', 'aks')]",
      '/providers/Microsoft.ContainerService/managedClusters/aks',
    ],
    [
      "[subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg')]",
      '/providers/Microsoft.Resources/resourceGroups/rg',
    ],
    ["[split('a/b', '/')[1]]", 'b'],
    // Several separators are literal text; where two match at one place the first listed wins.
    ["[split('a.b|c*d', createArray('|', '.', '*'))]", ['a', 'b', 'c', 'd']],
    ["[split('a(b)c', createArray('(b)'))]", ['a', 'c']],
    ["[split('x--y-z', createArray('-', '--'))]", ['x', '', 'y', 'z']],
    ["[split('x--y-z', createArray('--', '-'))]", ['x', 'y', 'z']],
    ['[[not an expression]', '[not an expression]'],
    ['plain text', 'plain text'],
    ["[PARAMETERS('count')]", 3],
  ])('%s', (text, expected) => {
    expect(evaluate(text)).toEqual(expected);
  });

  test.each([
    ["[reference('kv').properties.enabled]", 'resolves at deploy time: reference(...)'],
    ["[listKeys('sa', '2023-01-01').keys[0].value]", 'resolves at deploy time: listKeys(...)'],
    ['[utcNow()]', 'resolves at deploy time: utcNow(...)'],
    ['[newGuid()]', 'resolves at deploy time: newGuid(...)'],
    ["[uniqueString('x')]", 'resolves at deploy time: uniqueString(...)'],
    ['[resourceGroup().location]', 'resolves at deploy time: resourceGroup().location'],
    ["[parameters('missing')]", "parameter 'missing' has no value"],
    ["[concat('a', parameters('secret'))]", "parameter 'secret' is secure"],
    ['[greater(1, 0)]', 'template function greater() is not evaluated'],
    ['[__bicep.isPositive(1)]', 'template function __bicep.isPositive() is not evaluated'],
    ["[concat('a']", "cannot read the expression [concat('a']: expected ','"],
  ])('%s is unresolved', (text, reason) => {
    expect(reasonOf(evaluate(text))).toBe(reason);
  });

  test('a known argument decides if/and/or even when the other one is unresolved', () => {
    expect(evaluate("[if(true(), 'yes', reference('x'))]")).toBe('yes');
    expect(evaluate("[and(false(), reference('x'))]")).toBe(false);
    expect(evaluate("[or(true(), reference('x'))]")).toBe(true);
    expect(reasonOf(evaluate("[and(true(), reference('x'))]"))).toBe(
      'resolves at deploy time: reference(...)',
    );
  });

  test('split() never builds a regular expression from template text: a backtracking pattern is only text', () => {
    // Built into a RegExp, this pattern backtracks for minutes over this text: the test would time out.
    const text = `${'a'.repeat(50_000)}!`;
    expect(evaluate(`[split('${text}', createArray('(a|a)*$'))]`)).toEqual([text]);
    expect(evaluate(`[split('${text}', createArray('a!', '(a|a)*$'))]`)).toEqual(['a'.repeat(49_999), '']);
  });

  test('deep nesting is refused rather than recursing without bound', () => {
    const deep = `[${'not('.repeat(500)}true()${')'.repeat(500)}]`;
    expect(reasonOf(evaluate(deep))).toMatch(/nested too deeply/);
  });
});
