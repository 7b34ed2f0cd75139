export const id = 580;
export const ids = [580];
export const modules = {

/***/ 6828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M1: () => (/* binding */ evaluateTemplate),
  SO: () => (/* binding */ parameterTypeMismatch),
  dR: () => (/* binding */ parameterValuesOf)
});

// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(3477);
// EXTERNAL MODULE: ./src/inputs/arm/arm-value.ts
var arm_value = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/inputs/arm/expression-parser.ts

/** Hostile templates could nest calls without end; ARM itself rejects far less. */
const maxNesting = 200;
/** True when a JSON string is an ARM expression: `[...]`, but not the `[[` escape. */
const isExpressionString = (text) => text.startsWith('[') && !text.startsWith('[[') && text.trimEnd().endsWith(']');
/** `[[literal]` is ARM's escape for a string that starts with a bracket. */
const unescapeLiteral = (text) => (text.startsWith('[[') ? text.slice(1) : text);
function tokenize(source) {
    const tokens = [];
    let index = 0;
    while (index < source.length) {
        const char = source[index];
        if (/\s/.test(char)) {
            index += 1;
        }
        else if (char === "'") {
            let text = '';
            index += 1;
            for (;;) {
                if (index >= source.length)
                    return 'unterminated string literal';
                if (source[index] === "'") {
                    if (source[index + 1] === "'") {
                        text += "'";
                        index += 2;
                        continue;
                    }
                    index += 1;
                    break;
                }
                text += source[index];
                index += 1;
            }
            tokens.push({ kind: 'string', text });
        }
        else if (/[0-9]/.test(char) || (char === '-' && /[0-9]/.test(source[index + 1] ?? ''))) {
            const match = /^-?[0-9]+(\.[0-9]+)?/.exec(source.slice(index));
            tokens.push({ kind: 'number', value: Number(match[0]) });
            index += match[0].length;
        }
        else if (/[A-Za-z_$]/.test(char)) {
            const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(source.slice(index));
            tokens.push({ kind: 'identifier', text: match[0] });
            index += match[0].length;
        }
        else if ('()[],.'.includes(char)) {
            tokens.push({ kind: 'punctuation', text: char });
            index += 1;
        }
        else {
            return `unexpected character '${char}'`;
        }
    }
    return tokens;
}
class Parser {
    tokens;
    position = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    parseAll() {
        const expression = this.parseExpression(0);
        if (this.position < this.tokens.length)
            throw new SyntaxError('unexpected text after the expression');
        return expression;
    }
    peekPunctuation(text) {
        const token = this.tokens[this.position];
        return token?.kind === 'punctuation' && token.text === text;
    }
    expectPunctuation(text) {
        if (!this.peekPunctuation(text))
            throw new SyntaxError(`expected '${text}'`);
        this.position += 1;
    }
    /** An identifier followed by `(` at `index`. */
    isCallAt(index) {
        const name = this.tokens[index];
        const next = this.tokens[index + 1];
        return name?.kind === 'identifier' && next?.kind === 'punctuation' && next.text === '(';
    }
    parseExpression(depth) {
        if (depth > maxNesting)
            throw new SyntaxError('expression nested too deeply');
        let expression = this.parsePrimary(depth);
        for (;;) {
            if (this.peekPunctuation('.')) {
                this.position += 1;
                const token = this.tokens[this.position];
                if (token?.kind !== 'identifier')
                    throw new SyntaxError("expected a property name after '.'");
                this.position += 1;
                expression = { kind: 'property', target: expression, name: token.text };
            }
            else if (this.peekPunctuation('[')) {
                this.position += 1;
                const index = this.parseExpression(depth + 1);
                this.expectPunctuation(']');
                expression = { kind: 'index', target: expression, index };
            }
            else {
                return expression;
            }
        }
    }
    parsePrimary(depth) {
        const token = this.tokens[this.position];
        if (token === undefined)
            throw new SyntaxError('unexpected end of expression');
        this.position += 1;
        if (token.kind === 'string')
            return { kind: 'string', value: token.text };
        if (token.kind === 'number')
            return { kind: 'number', value: token.value };
        if (token.kind !== 'identifier')
            throw new SyntaxError(`unexpected '${(0,quote/* quoteInput */.Zs)(token.text)}'`);
        let name = token.text;
        // User-defined functions are namespaced: `namespace.function(...)`.
        while (this.peekPunctuation('.') && this.isCallAt(this.position + 1)) {
            name = `${name}.${this.tokens[this.position + 1].text}`;
            this.position += 2;
        }
        if (!this.peekPunctuation('('))
            return { kind: 'call', name, args: [] };
        this.position += 1;
        const args = [];
        while (!this.peekPunctuation(')')) {
            if (args.length > 0)
                this.expectPunctuation(',');
            args.push(this.parseExpression(depth + 1));
        }
        this.position += 1;
        return { kind: 'call', name, args };
    }
}
/** Parses the inside of `[...]`. */
function parseExpression(text) {
    const inner = text.trim().slice(1, -1);
    const tokens = tokenize(inner);
    if (typeof tokens === 'string')
        return { ok: false, message: tokens };
    try {
        return { ok: true, expression: new Parser(tokens).parseAll() };
    }
    catch (error) {
        if (error instanceof SyntaxError)
            return { ok: false, message: error.message };
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/inputs/arm/evaluate-expression.ts



/** Bounds on one evaluated value: far above any real template, far below what exhausts memory. */
const maxTextLength = 1_000_000;
const maxItems = 100_000;
const isOversized = (value) => (typeof value === 'string' && value.length > maxTextLength) ||
    (Array.isArray(value) && value.length > maxItems);
const deployTime = (what) => new arm_value/* Unresolved */.UG(`resolves at deploy time: ${what}`);
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
function anyUnresolved(args) {
    return args.find(arm_value/* isUnresolved */.U4);
}
const strict = (fn) => (args) => anyUnresolved(args) ?? fn(args);
function equalValues(left, right) {
    const unresolved = (0,arm_value/* firstUnresolved */.oE)(left) ?? (0,arm_value/* firstUnresolved */.oE)(right);
    if (unresolved)
        return unresolved;
    if (typeof left === 'string' && typeof right === 'string')
        return left === right;
    return JSON.stringify(left) === JSON.stringify(right);
}
function asBoolean(value, name) {
    if ((0,arm_value/* isUnresolved */.U4)(value) || typeof value === 'boolean')
        return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value))
        return value.toLowerCase() === 'true';
    return new arm_value/* Unresolved */.UG(`${name}() expects a boolean, got ${(0,arm_value/* describeType */.MF)(value)}`);
}
function toText(value) {
    const unresolved = (0,arm_value/* firstUnresolved */.oE)(value);
    if (unresolved)
        return unresolved;
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function concat(args) {
    if (args.length > 0 && args.every(Array.isArray))
        return args.flat();
    const texts = args.map(toText);
    // No text is unresolved past this point.
    return texts.find(arm_value/* isUnresolved */.U4) ?? texts.join('');
}
function union(args) {
    const unresolved = anyUnresolved(args);
    if (unresolved)
        return unresolved;
    if (args.every(Array.isArray)) {
        const seen = new Map();
        for (const item of args.flat())
            seen.set(JSON.stringify(item), item);
        return [...seen.values()];
    }
    if (!args.every(arm_value/* isArmObject */.YY))
        return new arm_value/* Unresolved */.UG('union() of mixed types is not evaluated');
    return args.reduce((merged, next) => mergeObjects(merged, next), {});
}
/** ARM's union() merges nested objects recursively; later values win. */
function mergeObjects(base, overlay) {
    const merged = { ...base };
    for (const [key, value] of Object.entries(overlay)) {
        const existing = merged[key];
        merged[key] = (0,arm_value/* isArmObject */.YY)(existing) && (0,arm_value/* isArmObject */.YY)(value) ? mergeObjects(existing, value) : value;
    }
    return merged;
}
function contains(args) {
    const [container, item] = args;
    const unresolved = (0,arm_value/* isUnresolved */.U4)(container) ? container : (0,arm_value/* firstUnresolved */.oE)(item);
    if (unresolved)
        return unresolved;
    if (typeof container === 'string' && typeof item === 'string')
        return container.toLowerCase().includes(item.toLowerCase());
    if (Array.isArray(container)) {
        const results = container.map((entry) => equalValues(entry, item));
        if (results.includes(true))
            return true;
        return results.find(arm_value/* isUnresolved */.U4) ?? false;
    }
    if ((0,arm_value/* isArmObject */.YY)(container) && typeof item === 'string')
        return (0,arm_value/* getProperty */.UU)(container, item) !== undefined;
    return new arm_value/* Unresolved */.UG('contains() with these argument types is not evaluated');
}
function evaluate_expression_length(args) {
    const [value] = args;
    if (typeof value === 'string' || Array.isArray(value))
        return value.length;
    if ((0,arm_value/* isArmObject */.YY)(value))
        return Object.keys(value).length;
    return (0,arm_value/* isUnresolved */.U4)(value) ? value : new arm_value/* Unresolved */.UG(`length() of ${(0,arm_value/* describeType */.MF)(value)}`);
}
function empty(args) {
    const [value] = args;
    if ((0,arm_value/* isUnresolved */.U4)(value))
        return value;
    if (value === null)
        return true;
    if (typeof value === 'string' || Array.isArray(value))
        return value.length === 0;
    if ((0,arm_value/* isArmObject */.YY)(value))
        return Object.keys(value).length === 0;
    return new arm_value/* Unresolved */.UG(`empty() of ${(0,arm_value/* describeType */.MF)(value)}`);
}
function format(args) {
    const [template, ...values] = args;
    const texts = values.map(toText);
    if ((0,arm_value/* isUnresolved */.U4)(template))
        return template;
    if (typeof template !== 'string')
        return new arm_value/* Unresolved */.UG('format() needs a format string');
    const unresolved = texts.find(arm_value/* isUnresolved */.U4);
    const formatted = template.replace(/\{(\d+)(:[^}]*)?\}/g, (whole, index) => {
        const text = texts[Number(index)];
        if ((0,arm_value/* isUnresolved */.U4)(text))
            return unknownPart;
        return typeof text === 'string' ? text : whole;
    });
    // Bicep writes a deploy-time scope as format('Microsoft.X/type/{0}', name): the type is known.
    return unresolved ? new arm_value/* Unresolved */.UG(unresolved.reason, resourceTypeOfId(formatted)) : formatted;
}
/** Stands for an unknown part of a text while its known parts are read. */
const unknownPart = '\u0000';
/**
 * The resource type that an id names even when some of its parts are unknown:
 * `Microsoft.ContainerService/managedClusters/<unknown>` or `/subscriptions/<unknown>/providers/
 * Microsoft.Insights/dataCollectionRules/dcr` (after the namespace, segments alternate type and
 * name). Undefined when an unknown part could change the type.
 */
function resourceTypeOfId(id) {
    const providers = id.toLowerCase().lastIndexOf('providers/');
    const [namespace, ...rest] = id.slice(providers < 0 ? 0 : providers + 'providers/'.length).split('/');
    const types = rest.filter((_, index) => index % 2 === 0);
    const known = [namespace ?? '', ...types].every((part) => part !== '' && !part.includes(unknownPart));
    if (!known || !namespace?.includes('.') || rest.length % 2 !== 0)
        return undefined;
    return [namespace, ...types].join('/');
}
/**
 * A resource id relative to its deployment scope. Subscription and resource group are left
 * out: they are unknown before deployment, and ids are only compared within one input. When a
 * name is unknown, the type still says what kind of resource the id names.
 */
function resourceId(args) {
    const typeIndex = args.findIndex((arg) => typeof arg === 'string' && /^[A-Za-z0-9]+\.[A-Za-z0-9.]+\//.test(arg));
    const type = typeIndex < 0 ? undefined : args[typeIndex].replace(/\/+$/, '');
    const unresolved = anyUnresolved(args);
    if (unresolved)
        return new arm_value/* Unresolved */.UG(unresolved.reason, type);
    if (type === undefined)
        return new arm_value/* Unresolved */.UG('resourceId() without a resource type');
    const names = args.slice(typeIndex + 1).map(arm_value/* textOf */.b6);
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
function splitOnAny(text, separators) {
    const literal = [...new Set(separators.filter((separator) => separator !== ''))];
    if (literal.length > maxSeparators) {
        return new arm_value/* Unresolved */.UG(`split() with more than ${maxSeparators} separators is not evaluated`);
    }
    const nextMatch = literal.map(() => -1);
    const parts = [];
    let start = 0;
    for (;;) {
        let cut = -1;
        let cutLength = 0;
        literal.forEach((separator, index) => {
            if (nextMatch[index] < start) {
                const found = text.indexOf(separator, start);
                nextMatch[index] = found < 0 ? Number.POSITIVE_INFINITY : found;
            }
            const at = nextMatch[index];
            if (at !== Number.POSITIVE_INFINITY && (cut < 0 || at < cut)) {
                cut = at;
                cutLength = separator.length;
            }
        });
        if (cut < 0)
            break;
        parts.push(text.slice(start, cut));
        start = cut + cutLength;
    }
    parts.push(text.slice(start));
    return parts;
}
function lookup(target, key) {
    if ((0,arm_value/* isUnresolved */.U4)(target))
        return target;
    if ((0,arm_value/* isUnresolved */.U4)(key))
        return key;
    if (Array.isArray(target) && typeof key === 'number') {
        return target[key] ?? new arm_value/* Unresolved */.UG(`index ${key} is out of range`);
    }
    if ((0,arm_value/* isArmObject */.YY)(target) && typeof key === 'string') {
        return (0,arm_value/* getProperty */.UU)(target, key) ?? new arm_value/* Unresolved */.UG(`the object has no property '${(0,quote/* quoteInput */.Zs)(key)}'`);
    }
    return new arm_value/* Unresolved */.UG(`cannot read '${(0,quote/* quoteInput */.Zs)((0,arm_value/* textOf */.b6)(key))}' of ${(0,arm_value/* describeType */.MF)(target)}`);
}
const functions = {
    parameters: (args, scope) => typeof args[0] === 'string' ? scope.parameter(args[0]) : new arm_value/* Unresolved */.UG('parameters() needs a name'),
    variables: (args, scope) => typeof args[0] === 'string' ? scope.variable(args[0]) : new arm_value/* Unresolved */.UG('variables() needs a name'),
    copyindex: (args, scope) => {
        const loopName = args.find((arg) => typeof arg === 'string');
        const offset = args.find((arg) => typeof arg === 'number');
        const index = scope.copyIndex(loopName);
        return (0,arm_value/* isUnresolved */.U4)(index) ? index : index + (offset ?? 0);
    },
    true: () => true,
    false: () => false,
    null: () => null,
    concat: strict(concat),
    equals: (args) => equalValues(args[0] ?? null, args[1] ?? null),
    not: (args) => {
        const value = asBoolean(args[0] ?? null, 'not');
        return (0,arm_value/* isUnresolved */.U4)(value) ? value : !value;
    },
    createobject: strict((args) => {
        const object = {};
        for (let index = 0; index + 1 < args.length; index += 2)
            object[(0,arm_value/* textOf */.b6)(args[index])] = args[index + 1];
        return object;
    }),
    createarray: (args) => [...args],
    array: (args) => (Array.isArray(args[0]) ? args[0] : [args[0] ?? null]),
    tolower: strict((args) => (0,arm_value/* textOf */.b6)(args[0]).toLowerCase()),
    toupper: strict((args) => (0,arm_value/* textOf */.b6)(args[0]).toUpperCase()),
    trim: strict((args) => (0,arm_value/* textOf */.b6)(args[0]).trim()),
    format: format,
    string: (args) => toText(args[0] ?? null),
    bool: strict((args) => asBoolean(args[0] ?? null, 'bool')),
    int: strict((args) => {
        const value = Number(args[0]);
        return Number.isInteger(value) ? value : new arm_value/* Unresolved */.UG(`int() of '${(0,quote/* quoteInput */.Zs)((0,arm_value/* textOf */.b6)(args[0]))}'`);
    }),
    json: strict((args) => {
        try {
            return JSON.parse((0,arm_value/* textOf */.b6)(args[0]));
        }
        catch {
            return new arm_value/* Unresolved */.UG('json() of text that is not JSON');
        }
    }),
    length: evaluate_expression_length,
    empty: empty,
    contains: contains,
    union: union,
    coalesce: (args) => {
        for (const arg of args) {
            if ((0,arm_value/* isUnresolved */.U4)(arg))
                return arg;
            if (arg !== null)
                return arg;
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
        if (typeof text !== 'string')
            return new arm_value/* Unresolved */.UG('split() of a value that is not a string');
        return splitOnAny(text, Array.isArray(separator) ? separator.map(arm_value/* textOf */.b6) : [(0,arm_value/* textOf */.b6)(separator)]);
    }),
    startswith: strict((args) => (0,arm_value/* textOf */.b6)(args[0]).toLowerCase().startsWith((0,arm_value/* textOf */.b6)(args[1]).toLowerCase())),
    endswith: strict((args) => (0,arm_value/* textOf */.b6)(args[0]).toLowerCase().endsWith((0,arm_value/* textOf */.b6)(args[1]).toLowerCase())),
    base64: strict((args) => Buffer.from((0,arm_value/* textOf */.b6)(args[0]), 'utf8').toString('base64')),
    resourceid: resourceId,
    subscriptionresourceid: resourceId,
    resourcegroup: () => ({
        name: deployTime('resourceGroup().name'),
        location: deployTime('resourceGroup().location'),
        id: deployTime('resourceGroup().id'),
    }),
};
/** Functions that look at their arguments one at a time, so a known argument can decide. */
function evaluateLazyCall(expression, scope) {
    const name = expression.name.toLowerCase();
    const argument = (index) => {
        const arg = expression.args[index];
        return arg === undefined ? null : evaluateExpression(arg, scope);
    };
    if (name === 'if') {
        const condition = asBoolean(argument(0), 'if');
        return (0,arm_value/* isUnresolved */.U4)(condition) ? condition : argument(condition ? 1 : 2);
    }
    if (name === 'and' || name === 'or') {
        // and(false, x) is false and or(true, x) is true whatever x is.
        const decisive = name === 'or';
        let unresolved;
        for (let index = 0; index < expression.args.length; index += 1) {
            const value = asBoolean(argument(index), name);
            if (value === decisive)
                return decisive;
            if ((0,arm_value/* isUnresolved */.U4)(value))
                unresolved ??= value;
        }
        return unresolved ?? !decisive;
    }
    return undefined;
}
function evaluateExpression(expression, scope) {
    switch (expression.kind) {
        case 'string':
            return expression.value;
        case 'number':
            return expression.value;
        case 'property':
            return lookup(evaluateExpression(expression.target, scope), expression.name);
        case 'index':
            return lookup(evaluateExpression(expression.target, scope), evaluateExpression(expression.index, scope));
        case 'call': {
            const lazy = evaluateLazyCall(expression, scope);
            if (lazy !== undefined)
                return lazy;
            const name = expression.name.toLowerCase();
            if (deployTimeFunctions.includes(name) || name.startsWith('list'))
                return deployTime(`${(0,quote/* quoteInput */.Zs)(expression.name)}(...)`);
            const fn = functions[name];
            if (fn === undefined)
                return new arm_value/* Unresolved */.UG(`template function ${(0,quote/* quoteInput */.Zs)(expression.name)}() is not evaluated`);
            const args = expression.args.map((arg) => evaluateExpression(arg, scope));
            // Doubling a value in each of 40 variables would need terabytes: hostile templates stop here.
            if (args.some(isOversized))
                return new arm_value/* Unresolved */.UG(`${(0,quote/* quoteInput */.Zs)(expression.name)}() of a value larger than this tool evaluates`);
            const result = fn(args, scope);
            return isOversized(result)
                ? new arm_value/* Unresolved */.UG(`${(0,quote/* quoteInput */.Zs)(expression.name)}() gives a value larger than this tool evaluates`)
                : result;
        }
    }
}
/** Evaluates a JSON string as ARM does: `[expr]` is an expression, `[[text` a literal. */
function evaluateString(text, scope) {
    if (!isExpressionString(text))
        return unescapeLiteral(text);
    const parsed = parseExpression(text);
    if (!parsed.ok)
        return new arm_value/* Unresolved */.UG(`cannot read the expression ${(0,quote/* quoteInput */.Zs)(text, 80)}: ${parsed.message}`);
    return evaluateExpression(parsed.expression, scope);
}

;// CONCATENATED MODULE: ./src/inputs/arm/evaluate-template.ts



/** ARM allows at most 800 copies; the bound also keeps hostile counts from exhausting memory. */
const maxCopies = 800;
const maxNestedDeployments = 20;
const maxEvaluationSteps = 5_000_000;
/** A `Microsoft.Resources/deployments` resource with an inline template (Bicep modules compile to these). */
function nestedTemplateOf(raw) {
    if ((0,arm_value/* textOf */.b6)((0,arm_value/* getProperty */.UU)(raw, 'type')).toLowerCase() !== 'microsoft.resources/deployments')
        return undefined;
    const propertiesKey = (0,arm_value/* findKey */.Tj)(raw, 'properties');
    const properties = propertiesKey === undefined ? undefined : raw[propertiesKey];
    if (propertiesKey === undefined || !(0,arm_value/* isArmObject */.YY)(properties))
        return undefined;
    const templateKey = (0,arm_value/* findKey */.Tj)(properties, 'template');
    const template = templateKey === undefined ? undefined : properties[templateKey];
    if (templateKey === undefined || !(0,arm_value/* isArmObject */.YY)(template))
        return undefined;
    return { propertiesKey, properties, templateKey, template };
}
class TemplateEvaluator {
    origins = new WeakMap();
    /** Arrays made by `copy` loops: every item is written at the loop's `input`. */
    loopInputs = new WeakMap();
    /** Properties made by `copy` loops, which the source writes inside the `copy` block. */
    loopProperties = new WeakMap();
    resources = [];
    notFollowed = [];
    invalid = [];
    /** Values evaluated so far: nested loops in a hostile template could otherwise multiply without end. */
    steps = 0;
    pathOf(container, key) {
        const loopInput = this.loopInputs.get(container);
        if (loopInput)
            return loopInput;
        const loopProperty = typeof key === 'string' ? this.loopProperties.get(container)?.get(key) : undefined;
        if (loopProperty)
            return loopProperty;
        const origin = this.origins.get(container);
        return origin ? [...origin, key] : undefined;
    }
    /** A scope in which a template's own parameters and variables are visible. */
    scopeOf(frame) {
        const variableCache = new Map();
        const inProgress = new Set();
        const parameterCache = new Map();
        const makeScope = (copyIndexes) => {
            const scope = {
                parameter: (name) => {
                    const key = name.toLowerCase();
                    if (!parameterCache.has(key))
                        parameterCache.set(key, this.parameterValue(frame, name, scope));
                    return parameterCache.get(key);
                },
                variable: (name) => {
                    const key = name.toLowerCase();
                    if (variableCache.has(key))
                        return variableCache.get(key);
                    if (inProgress.has(key))
                        return new arm_value/* Unresolved */.UG(`variable '${(0,quote/* quoteInput */.Zs)(name)}' refers to itself`);
                    inProgress.add(key);
                    const value = this.variableValue(frame, name, scope);
                    inProgress.delete(key);
                    variableCache.set(key, value);
                    return value;
                },
                copyIndex: (loopName) => copyIndexes.get(loopName?.toLowerCase() ?? '') ??
                    new arm_value/* Unresolved */.UG(`copyIndex(${(0,quote/* quoteInput */.Zs)(loopName ?? '')}) is used outside its loop`),
                withCopyIndex: (loopName, index) => makeScope(new Map([...copyIndexes, [loopName.toLowerCase(), index], ['', index]])),
            };
            return scope;
        };
        return makeScope(new Map());
    }
    parameterValue(frame, name, scope) {
        const declarations = (0,arm_value/* getProperty */.UU)(frame.template, 'parameters');
        const declaredName = (0,arm_value/* isArmObject */.YY)(declarations) ? (0,arm_value/* findKey */.Tj)(declarations, name) : undefined;
        const declaration = declaredName === undefined ? undefined : declarations[declaredName];
        if (declaredName === undefined || !(0,arm_value/* isArmObject */.YY)(declaration)) {
            return new arm_value/* Unresolved */.UG(`parameter '${(0,quote/* quoteInput */.Zs)(name)}' is not declared`);
        }
        const type = (0,arm_value/* textOf */.b6)((0,arm_value/* getProperty */.UU)(declaration, 'type')).toLowerCase();
        if (type === 'securestring' || type === 'secureobject') {
            return new arm_value/* Unresolved */.UG(`parameter '${(0,quote/* quoteInput */.Zs)(declaredName)}' is secure: its value is not read`);
        }
        const given = [...frame.parameterValues].find(([key]) => key.toLowerCase() === name.toLowerCase());
        if (given) {
            // The parameter file's reader reports the mismatch at the value's line; here it is only not guessed.
            const mismatch = parameterTypeMismatch(declaredName, type, given[1]);
            return mismatch === undefined ? given[1] : new arm_value/* Unresolved */.UG(mismatch);
        }
        const defaultPath = [...frame.path, 'parameters', declaredName, 'defaultValue'];
        const defaultValue = (0,arm_value/* getProperty */.UU)(declaration, 'defaultValue');
        if (defaultValue === undefined) {
            // ARM gives a nullable parameter (Bicep's `param x string?`) null when no value is passed.
            if ((0,arm_value/* getProperty */.UU)(declaration, 'nullable') === true)
                return null;
            return new arm_value/* Unresolved */.UG(`parameter '${(0,quote/* quoteInput */.Zs)(declaredName)}' has no value`);
        }
        const value = this.evaluate(defaultValue, defaultPath, scope);
        const mismatch = parameterTypeMismatch(declaredName, type, value);
        if (mismatch === undefined)
            return value;
        this.invalid.push({ path: defaultPath, message: mismatch });
        return new arm_value/* Unresolved */.UG(mismatch);
    }
    variableValue(frame, name, scope) {
        const variables = (0,arm_value/* getProperty */.UU)(frame.template, 'variables');
        if (!(0,arm_value/* isArmObject */.YY)(variables))
            return new arm_value/* Unresolved */.UG(`variable '${(0,quote/* quoteInput */.Zs)(name)}' is not declared`);
        const declaredName = (0,arm_value/* findKey */.Tj)(variables, name);
        if (declaredName !== undefined) {
            return this.evaluate(variables[declaredName], [...frame.path, 'variables', declaredName], scope);
        }
        // Variable loops: "copy": [{ "name": "x", "count": n, "input": ... }] defines variable x.
        const loops = this.evaluateCopyBlock(variables, [...frame.path, 'variables'], scope)?.values;
        return (loops?.[(0,arm_value/* findKey */.Tj)(loops, name) ?? ''] ?? new arm_value/* Unresolved */.UG(`variable '${(0,quote/* quoteInput */.Zs)(name)}' is not declared`));
    }
    /** Evaluates raw template JSON: strings as expressions, `copy` blocks expanded. */
    evaluate(raw, path, scope) {
        this.steps += 1;
        if (this.steps > maxEvaluationSteps)
            return new arm_value/* Unresolved */.UG('the template is too large to evaluate');
        if (typeof raw === 'string')
            return evaluateString(raw, scope);
        if (Array.isArray(raw)) {
            const array = raw.map((item, index) => this.evaluate(item, [...path, index], scope));
            this.origins.set(array, path);
            return array;
        }
        if (!(0,arm_value/* isArmObject */.YY)(raw))
            return raw;
        const object = {};
        for (const [key, value] of Object.entries(raw)) {
            if (key.toLowerCase() === 'copy' && Array.isArray(value))
                continue;
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
    evaluateCopyBlock(raw, path, scope) {
        const copyKey = (0,arm_value/* findKey */.Tj)(raw, 'copy');
        const loops = copyKey === undefined ? undefined : raw[copyKey];
        if (!Array.isArray(loops))
            return undefined;
        const values = {};
        const paths = new Map();
        loops.forEach((loop, loopIndex) => {
            if (!(0,arm_value/* isArmObject */.YY)(loop))
                return;
            const name = (0,arm_value/* getProperty */.UU)(loop, 'name');
            if (typeof name !== 'string')
                return;
            const loopPath = [...path, copyKey, loopIndex];
            const count = this.evaluate((0,arm_value/* getProperty */.UU)(loop, 'count') ?? 0, [...loopPath, 'count'], scope);
            const items = this.expandLoop(count, name, scope, (loopScope) => this.evaluate((0,arm_value/* getProperty */.UU)(loop, 'input') ?? null, [...loopPath, 'input'], loopScope));
            if (Array.isArray(items))
                this.loopInputs.set(items, [...loopPath, 'input']);
            values[name] = items;
            paths.set(name, loopPath);
        });
        return { values, paths };
    }
    expandLoop(count, loopName, scope, body) {
        if ((0,arm_value/* isUnresolved */.U4)(count))
            return new arm_value/* Unresolved */.UG(`the number of '${(0,quote/* quoteInput */.Zs)(loopName)}' items is not known: ${count.reason}`);
        if (typeof count !== 'number' || count < 0 || count > maxCopies) {
            return new arm_value/* Unresolved */.UG(`the copy count of '${(0,quote/* quoteInput */.Zs)(loopName)}' is not a number from 0 to ${maxCopies}`);
        }
        return Array.from({ length: count }, (_, index) => body(scope.withCopyIndex(loopName, index)));
    }
    /** Evaluates the resources of a template (or of an outer-scope nested template) in `scope`. */
    evaluateResources(template, path, scope, frame, deployments, inheritedCondition) {
        if (deployments.length > maxNestedDeployments) {
            this.notFollowed.push({
                path,
                reason: `nested deployments deeper than ${maxNestedDeployments} are not followed`,
            });
            return;
        }
        const resourcesKey = (0,arm_value/* findKey */.Tj)(template, 'resources') ?? 'resources';
        const resources = template[resourcesKey];
        // languageVersion 2.0 keys resources by symbolic name; older templates list them.
        const entries = Array.isArray(resources)
            ? resources.map((resource, index) => [index, resource])
            : (0,arm_value/* isArmObject */.YY)(resources)
                ? Object.entries(resources)
                : [];
        for (const [key, raw] of entries) {
            const declaration = this.declarationOf(raw, [...path, resourcesKey, key], frame, deployments);
            if (declaration === undefined)
                continue;
            // languageVersion 2.0 keys resources by their symbolic name.
            if (typeof key === 'string')
                declaration.symbolicName = key;
            this.evaluateResourceCopies(declaration, scope, inheritedCondition);
        }
    }
    /** A resource declaration, or undefined (and an error) when ARM would reject its shape. */
    declarationOf(raw, path, frame, deployments, parent) {
        if (!(0,arm_value/* isArmObject */.YY)(raw)) {
            this.invalid.push({ path, message: `a resource must be an object, found ${(0,arm_value/* describeType */.MF)(raw)}` });
            return undefined;
        }
        const typeKey = (0,arm_value/* findKey */.Tj)(raw, 'type');
        const type = typeKey === undefined ? undefined : raw[typeKey];
        if (typeof type !== 'string') {
            this.invalid.push({
                path: typeKey === undefined ? path : [...path, typeKey],
                message: `a resource's type must be a string, found ${(0,arm_value/* describeType */.MF)(type)}: ARM would reject the template`,
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
    evaluateChildResources(parent, identity, scope, inheritedCondition) {
        const childrenKey = (0,arm_value/* findKey */.Tj)(parent.raw, 'resources');
        const children = childrenKey === undefined ? undefined : parent.raw[childrenKey];
        if (childrenKey === undefined || children === undefined)
            return;
        if (!Array.isArray(children)) {
            this.invalid.push({
                path: [...parent.path, childrenKey],
                message: `a resource's child 'resources' must be an array, found ${(0,arm_value/* describeType */.MF)(children)}: ARM would reject the template`,
            });
            return;
        }
        children.forEach((raw, index) => {
            const path = [...parent.path, childrenKey, index];
            const declaration = this.declarationOf(raw, path, parent.frame, parent.deployments, identity);
            if (declaration)
                this.evaluateResourceCopies(declaration, scope, inheritedCondition);
        });
    }
    evaluateResourceCopies(declaration, scope, inheritedCondition) {
        const copy = (0,arm_value/* getProperty */.UU)(declaration.raw, 'copy');
        if (!(0,arm_value/* isArmObject */.YY)(copy)) {
            this.evaluateResource(declaration, scope, inheritedCondition);
            return;
        }
        const loopName = (0,arm_value/* textOf */.b6)((0,arm_value/* getProperty */.UU)(copy, 'name'));
        const count = this.evaluate((0,arm_value/* getProperty */.UU)(copy, 'count') ?? 0, [...declaration.path, 'copy', 'count'], scope);
        const instances = this.expandLoop(count, loopName, scope, (loopScope) => {
            this.evaluateResource(declaration, loopScope, inheritedCondition);
            return null;
        });
        if ((0,arm_value/* isUnresolved */.U4)(instances)) {
            // One representative instance, whose very existence is unknown.
            this.evaluateResource(declaration, scope.withCopyIndex(loopName, instances), instances);
        }
    }
    evaluateResource(declaration, scope, inheritedCondition) {
        const { raw, path } = declaration;
        let condition = inheritedCondition;
        const conditionKey = (0,arm_value/* findKey */.Tj)(raw, 'condition');
        if (conditionKey !== undefined) {
            const value = this.evaluate(raw[conditionKey], [...path, conditionKey], scope);
            if (value === false || (typeof value === 'string' && value.toLowerCase() === 'false')) {
                // Not deployed, but its children are: ARM's conditions do not cascade.
                const name = this.evaluate((0,arm_value/* getProperty */.UU)(raw, 'name') ?? null, [...path, 'name'], scope);
                const identity = qualifiedIdentity(declaration.parent, (0,arm_value/* textOf */.b6)((0,arm_value/* getProperty */.UU)(raw, 'type')), name);
                this.evaluateChildResources(declaration, identity, scope, inheritedCondition);
                return;
            }
            if ((0,arm_value/* isUnresolved */.U4)(value)) {
                condition = new arm_value/* Unresolved */.UG(`whether the resource is deployed at all is not known (its condition: ${value.reason})`);
            }
        }
        const nested = nestedTemplateOf(raw);
        const body = {};
        for (const [key, value] of Object.entries(raw)) {
            if (['condition', 'copy', 'resources'].includes(key.toLowerCase()))
                continue;
            const rawValue = nested && key === nested.propertiesKey ? withoutKey(nested.properties, nested.templateKey) : value;
            body[key] = this.evaluate(rawValue, [...path, key], scope);
        }
        this.origins.set(body, path);
        const resource = {
            ...qualifiedIdentity(declaration.parent, (0,arm_value/* textOf */.b6)((0,arm_value/* getProperty */.UU)(raw, 'type')), (0,arm_value/* getProperty */.UU)(body, 'name') ?? null),
            path,
            symbolicName: declaration.symbolicName,
            condition,
            existing: (0,arm_value/* getProperty */.UU)(raw, 'existing') === true,
            body,
            deployments: declaration.deployments,
        };
        this.resources.push(resource);
        this.evaluateChildResources(declaration, resource, scope, inheritedCondition);
        if (nested)
            this.evaluateNestedDeployment(declaration.frame, resource, nested, scope);
        else if (resource.type.toLowerCase() === 'microsoft.resources/deployments')
            this.noteLinkedTemplate(resource);
    }
    evaluateNestedDeployment(outer, deployment, nested, outerScope) {
        const properties = (0,arm_value/* getProperty */.UU)(deployment.body, 'properties');
        const options = (0,arm_value/* isArmObject */.YY)(properties)
            ? (0,arm_value/* getProperty */.UU)(properties, 'expressionEvaluationOptions')
            : undefined;
        const innerScope = (0,arm_value/* isArmObject */.YY)(options) && (0,arm_value/* textOf */.b6)((0,arm_value/* getProperty */.UU)(options, 'scope')).toLowerCase() === 'inner';
        const path = [...deployment.path, nested.propertiesKey, nested.templateKey];
        const deployments = [...deployment.deployments, deployment];
        if (!innerScope) {
            // Outer scope (ARM's default): the nested template's expressions see the parent's parameters and variables.
            this.evaluateResources(nested.template, path, outerScope, outer, deployments, deployment.condition);
            return;
        }
        const given = (0,arm_value/* isArmObject */.YY)(properties) ? (0,arm_value/* getProperty */.UU)(properties, 'parameters') : undefined;
        const frame = {
            template: nested.template,
            path,
            parameterValues: parameterValuesOf(given),
        };
        this.evaluateResources(nested.template, path, this.scopeOf(frame), frame, deployments, deployment.condition);
    }
    noteLinkedTemplate(deployment) {
        const properties = (0,arm_value/* getProperty */.UU)(deployment.body, 'properties');
        if ((0,arm_value/* isArmObject */.YY)(properties) && (0,arm_value/* getProperty */.UU)(properties, 'templateLink') !== undefined) {
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
function qualifiedIdentity(parent, type, name) {
    if (parent === undefined)
        return { type, name };
    const qualifiedType = `${parent.type}/${type}`;
    if ((0,arm_value/* isUnresolved */.U4)(parent.name))
        return { type: qualifiedType, name: parent.name };
    if ((0,arm_value/* isUnresolved */.U4)(name))
        return { type: qualifiedType, name };
    if (typeof parent.name !== 'string' || typeof name !== 'string')
        return { type: qualifiedType, name: null };
    return { type: qualifiedType, name: `${parent.name}/${name}` };
}
function withoutKey(object, key) {
    const copy = { ...object };
    delete copy[key];
    return copy;
}
const parameterTypes = {
    string: { name: 'a string', accepts: (value) => typeof value === 'string' },
    int: { name: 'an integer', accepts: (value) => typeof value === 'number' && Number.isInteger(value) },
    bool: { name: 'a boolean', accepts: (value) => typeof value === 'boolean' },
    array: { name: 'an array', accepts: Array.isArray },
    object: { name: 'an object', accepts: arm_value/* isArmObject */.YY },
};
/**
 * Why ARM would refuse `value` for a parameter declared with `type` (it does not convert "true"
 * to a boolean), or undefined. Null (a nullable parameter) and values known only at deployment pass.
 */
function parameterTypeMismatch(name, type, value) {
    const expected = parameterTypes[type.toLowerCase()];
    if (expected === undefined || value === null || (0,arm_value/* isUnresolved */.U4)(value) || expected.accepts(value))
        return undefined;
    return `parameter '${(0,quote/* quoteInput */.Zs)(name)}' is declared ${type} but its value is ${(0,arm_value/* describeType */.MF)(value)}: ARM would reject the deployment`;
}
/** Reads `{ "name": { "value": x } }` or a Key Vault `{ "reference": ... }` into parameter values. */
function parameterValuesOf(parameters) {
    const values = new Map();
    if (!(0,arm_value/* isArmObject */.YY)(parameters))
        return values;
    for (const [name, entry] of Object.entries(parameters)) {
        if (!(0,arm_value/* isArmObject */.YY)(entry))
            continue;
        const valueKey = (0,arm_value/* findKey */.Tj)(entry, 'value');
        if (valueKey !== undefined)
            values.set(name, entry[valueKey]);
        else if ((0,arm_value/* getProperty */.UU)(entry, 'reference') !== undefined) {
            values.set(name, new arm_value/* Unresolved */.UG(`parameter '${(0,quote/* quoteInput */.Zs)(name)}' is a Key Vault secret reference, read at deploy time`));
        }
    }
    return values;
}
function evaluateTemplate(template, parameterValues) {
    const evaluator = new TemplateEvaluator();
    const frame = { template, path: [], parameterValues };
    evaluator.evaluateResources(template, [], evaluator.scopeOf(frame), frame, [], true);
    return {
        resources: evaluator.resources,
        notFollowed: evaluator.notFollowed,
        invalid: evaluator.invalid,
        pathOf: (container, key) => evaluator.pathOf(container, key),
    };
}


/***/ }),

/***/ 7580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clustersOfRun: () => (/* binding */ clustersOfRun),
/* harmony export */   parameterFileErrors: () => (/* binding */ parameterFileErrors),
/* harmony export */   parameterFileValues: () => (/* binding */ parameterFileValues),
/* harmony export */   readArmFiles: () => (/* binding */ readArmFiles)
/* harmony export */ });
/* harmony import */ var _model_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3477);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _arm_value_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4942);
/* harmony import */ var _build_clusters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(870);
/* harmony import */ var _evaluate_template_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6828);
/* harmony import */ var _json_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3456);
/* harmony import */ var _parameter_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7013);







/** Evaluates one template run into clusters, and notes the parts that were not followed or are invalid. */
function clustersOfRun(run) {
    const evaluation = (0,_evaluate_template_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateTemplate */ .M1)(run.template, run.parameterValues);
    const built = (0,_build_clusters_js__WEBPACK_IMPORTED_MODULE_1__/* .buildClusters */ .A)(evaluation, run.positions, {
        origin: run.origin,
        parameterFile: run.parameterFile,
        source: run.parameterFile ?? run.file,
    });
    const skipped = evaluation.notFollowed.map(({ path, reason }) => ({
        file: run.file,
        reason: `line ${run.positions.locate(path).line}: ${reason}`,
    }));
    const invalid = evaluation.invalid.map(({ path, message }) => ({ ...run.positions.locate(path), message }));
    return { clusters: built.clusters, skipped, errors: [...invalid, ...built.errors] };
}
/**
 * What ARM would reject in a parameter file paired with its template, each at its line in the
 * parameter file: a parameter the template does not declare, a value of another type than declared.
 */
function parameterFileErrors(template, parameterFile) {
    const declared = (0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .getProperty */ .UU)(template, 'parameters');
    const declarations = (0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .isArmObject */ .YY)(declared) ? declared : {};
    const entries = (0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .getProperty */ .UU)(parameterFile.document.value, 'parameters');
    const values = (0,_evaluate_template_js__WEBPACK_IMPORTED_MODULE_2__/* .parameterValuesOf */ .dR)(entries);
    const errorAt = (name, path, message) => ({
        ...parameterFile.document.locate(['parameters', name, ...path]),
        file: parameterFile.displayPath,
        message,
    });
    return Object.keys((0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .isArmObject */ .YY)(entries) ? entries : {}).flatMap((name) => {
        const declaredName = (0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .findKey */ .Tj)(declarations, name);
        if (declaredName === undefined) {
            return [
                errorAt(name, [], `parameter '${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoteInput */ .Zs)(name)}' is not declared by the template it is paired with`),
            ];
        }
        const declaration = declarations[declaredName];
        const type = (0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .isArmObject */ .YY)(declaration) ? (0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .textOf */ .b6)((0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .getProperty */ .UU)(declaration, 'type')) : '';
        const mismatch = (0,_evaluate_template_js__WEBPACK_IMPORTED_MODULE_2__/* .parameterTypeMismatch */ .SO)(declaredName, type, values.get(name) ?? null);
        return mismatch === undefined ? [] : [errorAt(name, ['value'], mismatch)];
    });
}
function parameterFileValues(parameterFile) {
    return (0,_evaluate_template_js__WEBPACK_IMPORTED_MODULE_2__/* .parameterValuesOf */ .dR)((0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .getProperty */ .UU)(parameterFile.document.value, 'parameters'));
}
/** A JSON file compiled from a Bicep file beside it: the Bicep file is what gets checked. */
function compiledFromBicepBeside(file, template) {
    const metadata = (0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .getProperty */ .UU)(template, 'metadata');
    const generator = (0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .isArmObject */ .YY)(metadata) ? (0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .getProperty */ .UU)(metadata, '_generator') : undefined;
    const isBicepOutput = (0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .isArmObject */ .YY)(generator) && (0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .getProperty */ .UU)(generator, 'name') === 'bicep';
    return isBicepOutput && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(`${(0,_parameter_files_js__WEBPACK_IMPORTED_MODULE_4__/* .templateStem */ .ux)(file.path)}.bicep`);
}
/**
 * Reads each file on its own: should a hostile file still drive the evaluator into an exception,
 * that file alone becomes an error and every other file is read.
 */
function isolated(file, read, fallback, errors) {
    try {
        return read();
    }
    catch (error) {
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        errors.push({ file, line: 1, message: `the ARM reader could not read this file: ${reason}` });
        return fallback;
    }
}
/** The reader of arm/format.ts. */
async function readArmFiles(files, context) {
    const errors = [];
    const skipped = [];
    const clusters = [];
    const templates = [];
    const parameterFiles = [];
    for (const file of files) {
        if ((0,_parameter_files_js__WEBPACK_IMPORTED_MODULE_4__/* .armKindOf */ .KL)(file) === 'parameters') {
            const parsed = (0,_parameter_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parseParameterFile */ .d2)(file, context);
            if ('errors' in parsed)
                errors.push(...parsed.errors);
            else
                parameterFiles.push(parsed);
            continue;
        }
        const parsed = (0,_json_document_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonDocument */ .d)(file.text, file.displayPath, context.limits);
        if (!parsed.ok)
            errors.push(...parsed.errors);
        else if (!(0,_arm_value_js__WEBPACK_IMPORTED_MODULE_5__/* .isArmObject */ .YY)(parsed.document.value)) {
            errors.push({ file: file.displayPath, line: 1, message: 'an ARM template must be a JSON object' });
        }
        else if (compiledFromBicepBeside(file, parsed.document.value)) {
            skipped.push({
                file: file.displayPath,
                reason: 'compiled from the .bicep file beside it, which is checked instead',
            });
        }
        else
            templates.push({ file, document: parsed.document });
    }
    const explicit = (0,_parameter_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readExplicitParameterFiles */ .Dw)(context);
    errors.push(...explicit.errors);
    const used = new Set();
    for (const { file, document } of templates) {
        const template = document.value;
        const paired = (0,_parameter_files_js__WEBPACK_IMPORTED_MODULE_4__/* .parameterFilesFor */ .eN)(file.path, parameterFiles, explicit.files);
        paired.forEach((parameterFile) => used.add(parameterFile));
        const read = isolated(file.displayPath, () => readTemplate(template, document, file, paired), { clusters: [], skipped: [], errors: [] }, errors);
        clusters.push(...read.clusters);
        skipped.push(...read.skipped);
        errors.push(...read.errors);
    }
    for (const parameterFile of parameterFiles.filter((file) => !used.has(file))) {
        const stem = (0,_parameter_files_js__WEBPACK_IMPORTED_MODULE_4__/* .templateStemOfParameterFile */ .mi)(parameterFile.path);
        skipped.push({
            file: parameterFile.displayPath,
            reason: stem === undefined
                ? 'no template pairs with this parameter file: name it X.parameters.json beside X.json, or pass it with --parameters'
                : `its template (${stem}.json, ${stem}.template.json or ${stem}.bicep) is not part of the scan`,
        });
    }
    return { model: { clusters }, errors, skipped };
}
/** One template, once per parameter file it is deployed with (or once with its defaults). */
function readTemplate(template, document, file, paired) {
    const base = {
        template,
        positions: { locate: (path) => document.locate(path) },
        origin: 'arm',
        file: file.displayPath,
    };
    const result = { clusters: [], skipped: [], errors: [] };
    const runs = paired.length === 0
        ? [{ ...base, parameterValues: new Map() }]
        : paired.map((parameterFile) => {
            result.errors.push(...parameterFileErrors(template, parameterFile));
            return {
                ...base,
                parameterValues: parameterFileValues(parameterFile),
                parameterFile: parameterFile.displayPath,
            };
        });
    for (const run of runs) {
        const { clusters, skipped, errors } = clustersOfRun(run);
        result.clusters.push(...clusters);
        result.skipped.push(...skipped);
        result.errors.push(...errors);
    }
    return result;
}


/***/ })

};
