export const id = 729;
export const ids = [729];
export const modules = {

/***/ 9729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseKubernetesManifests: () => (/* reexport */ parseKubernetesManifests),
  readManifests: () => (/* binding */ readManifests)
});

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/inputs/json-nesting.ts
var json_nesting = __webpack_require__(6092);
// EXTERNAL MODULE: ./node_modules/js-yaml-4/dist/js-yaml.mjs
var js_yaml = __webpack_require__(8018);
// EXTERNAL MODULE: ./src/model/cluster-scoped-kinds.ts
var cluster_scoped_kinds = __webpack_require__(3586);
// EXTERNAL MODULE: ./src/model/fields.ts
var fields = __webpack_require__(5140);
// EXTERNAL MODULE: ./src/model/pod-templates.ts
var pod_templates = __webpack_require__(348);
;// CONCATENATED MODULE: ./src/model/object-shapes.ts

const rule = (path, shape) => ({ path: path === '' ? [] : path.split('.'), shape });
const containerRules = (field) => [
    rule(field, 'list'),
    rule(`${field}.*`, 'mapping'),
    rule(`${field}.*.securityContext`, 'mapping'),
    rule(`${field}.*.securityContext.capabilities`, 'mapping'),
    rule(`${field}.*.securityContext.capabilities.add`, 'list'),
    rule(`${field}.*.securityContext.capabilities.drop`, 'list'),
    rule(`${field}.*.securityContext.seccompProfile`, 'mapping'),
    rule(`${field}.*.ports`, 'list'),
    rule(`${field}.*.ports.*`, 'mapping'),
    rule(`${field}.*.env`, 'list'),
    rule(`${field}.*.env.*`, 'mapping'),
    rule(`${field}.*.envFrom`, 'list'),
    rule(`${field}.*.envFrom.*`, 'mapping'),
];
/** What the pod-security, service-account and secrets checks read in a pod spec. */
const podSpecRules = [
    rule('', 'mapping'),
    rule('securityContext', 'mapping'),
    rule('securityContext.seccompProfile', 'mapping'),
    rule('volumes', 'list'),
    rule('volumes.*', 'mapping'),
    rule('volumes.*.hostPath', 'mapping'),
    ...containerRules('initContainers'),
    ...containerRules('containers'),
    ...containerRules('ephemeralContainers'),
];
const metadataRules = [
    rule('metadata', 'mapping'),
    rule('metadata.labels', 'mapping'),
    rule('metadata.annotations', 'mapping'),
];
/** Every step down to a pod template is a mapping, then the template's metadata and spec. */
function workloadRules(templatePath) {
    const steps = templatePath.map(String);
    const prefix = (path) => [...steps, ...(path === '' ? [] : path.split('.'))];
    return [
        ...steps.map((_, index) => ({ path: steps.slice(0, index + 1), shape: 'mapping' })),
        ...(steps.length === 0
            ? []
            : metadataRules.map((entry) => ({ ...entry, path: prefix(entry.path.join('.')) }))),
        ...podSpecRules.map((entry) => ({ ...entry, path: [...prefix('spec'), ...entry.path] })),
    ];
}
const roleRules = [
    rule('rules', 'list'),
    rule('rules.*', 'mapping'),
    ...['apiGroups', 'resources', 'verbs', 'resourceNames', 'nonResourceURLs'].map((field) => rule(`rules.*.${field}`, 'list')),
];
const bindingRules = [
    rule('subjects', 'list'),
    rule('subjects.*', 'mapping'),
    rule('roleRef', 'mapping'),
];
const rulesByKind = new Map([
    ...Object.entries(pod_templates/* podTemplatePaths */.qD).map(([kind, templatePath]) => [kind, [...metadataRules, ...workloadRules(templatePath)]]),
    ['Role', [...metadataRules, ...roleRules]],
    ['ClusterRole', [...metadataRules, ...roleRules]],
    ['RoleBinding', [...metadataRules, ...bindingRules]],
    ['ClusterRoleBinding', [...metadataRules, ...bindingRules]],
]);
/** Fields of `object` whose shape Kubernetes would reject, where a check reads them. */
function shapeProblemsOf(object) {
    const rules = rulesByKind.get(object.kind) ?? metadataRules;
    const problems = [];
    for (const { path, shape } of rules) {
        visit(object.body, path, 0, [], (value, at) => {
            if (shape === 'list' ? Array.isArray(value) : isMapping(value))
                return;
            const field = [...at];
            problems.push({
                path: field,
                message: `${object.kind} "${object.name}": ${pathText(field)} is ${describe(value)}, where Kubernetes takes a ${shape}; the checks cannot read it`,
            });
        });
    }
    return problems;
}
/**
 * Calls `check` on each present value at `path` (null and absent fields are unset, as in
 * Kubernetes). The walk stops where a step is not a mapping or a list, so a mismatch is
 * reported once, at the highest field, by the rule for that field.
 */
function visit(value, path, step, at, check) {
    if (value === null || value === undefined)
        return;
    // Every object is walked once per rule: `at` is one array, grown and shrunk along the way.
    const key = path[step];
    if (key === undefined) {
        check(value, at);
        return;
    }
    if (key === '*') {
        if (!Array.isArray(value))
            return;
        for (let index = 0; index < value.length; index += 1) {
            at.push(index);
            visit(value[index], path, step + 1, at, check);
            at.pop();
        }
        return;
    }
    if (!isMapping(value))
        return;
    at.push(key);
    visit(value[key], path, step + 1, at, check);
    at.pop();
}
const isMapping = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (isMapping(value))
        return 'a mapping';
    return typeof value === 'string' ? 'a string' : `the ${typeof value} ${String(value)}`;
}
/** `spec.template.spec.containers[0].securityContext`. */
function pathText(path) {
    return path
        .map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`))
        .join('');
}

;// CONCATENATED MODULE: ./src/inputs/kubernetes-yaml/kubernetes-schema.ts

/**
 * The YAML schema Kubernetes reads manifests with. kubectl and the API server convert YAML to
 * JSON through sigs.k8s.io/yaml, which decodes with its fork of go-yaml v2; these tags resolve
 * plain scalars exactly as its resolve.go does, so a value cannot slip past a check by being
 * spelled in a form Kubernetes accepts and a YAML 1.2 parser does not (`privileged: yes`).
 * Where go-yaml v2 differs from YAML 1.1 we follow go-yaml: `0o644` and `1e3` are numbers,
 * `190:20:30` (base 60) is a string, and timestamps stay strings.
 */
const booleans = new Map([
    ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((word) => [word, true]),
    ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((word) => [word, false]),
]);
const nullWords = new Set(['', '~', 'null', 'Null', 'NULL']);
const specialFloats = new Map([
    ...['.nan', '.NaN', '.NAN'].map((word) => [word, Number.NaN]),
    ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((word) => [word, Number.POSITIVE_INFINITY]),
    ...['-.inf', '-.Inf', '-.INF'].map((word) => [word, Number.NEGATIVE_INFINITY]),
]);
const digitsAndSigns = ['+', '-', ...'0123456789'];
/** Go's strconv.ParseInt with base 0 (prefixes 0x, 0o, 0b, and a bare leading 0 for octal). */
const goInteger = /^([+-]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]?([0-7]+)|0[bB]([01]+)|([1-9][0-9]*|0))$/;
/** go-yaml v2's yamlStyleFloat, tried after the integer forms fail. */
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
function parseGoInteger(text) {
    const match = goInteger.exec(text);
    if (match === null)
        return undefined;
    const [, sign, hex, octal, binary, decimal] = match;
    const magnitude = hex !== undefined
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
function resolveFloat(text) {
    const special = specialFloats.get(text);
    if (special !== undefined)
        return special;
    if (startsLikeTimestamp.test(text))
        return undefined;
    const plain = text.startsWith('.') ? text : text.replaceAll('_', '');
    return yamlStyleFloat.test(plain) ? Number(plain) : undefined;
}
/**
 * A scalar tag whose resolver also builds the value: js-yaml 4 calls `resolve` and then
 * `construct` on the same text, so the value is kept between the two calls rather than parsed
 * twice. Plain scalars that cannot start the tag's forms are turned away on their first
 * character, as most values are strings.
 */
function scalarTag(tag, firstCharacters, read) {
    const starts = new Set(firstCharacters);
    let resolved;
    return new js_yaml/* Type */.ZU(tag, {
        kind: 'scalar',
        resolve: (data) => {
            const text = data ?? '';
            if (typeof text !== 'string' || !starts.has(text.charAt(0)))
                return false;
            resolved = read(text);
            return resolved !== undefined;
        },
        construct: () => resolved,
    });
}
const boolTag = scalarTag('tag:yaml.org,2002:bool', [...'yYnNtTfFoO'], (text) => booleans.get(text));
const nullTag = scalarTag('tag:yaml.org,2002:null', ['', '~', 'n', 'N'], (text) => nullWords.has(text) ? null : undefined);
const intTag = scalarTag('tag:yaml.org,2002:int', digitsAndSigns, (text) => startsLikeTimestamp.test(text) ? undefined : parseGoInteger(text.replaceAll('_', '')));
const floatTag = scalarTag('tag:yaml.org,2002:float', [...digitsAndSigns, '.'], resolveFloat);
/** Resolution order follows go-yaml: the word table (bool, null, special floats), then int, then float. */
const kubernetesSchema = js_yaml/* FAILSAFE_SCHEMA */.uH.extend({
    implicit: [boolTag, nullTag, intTag, floatTag, js_yaml/* types */.gK.merge],
});

;// CONCATENATED MODULE: ./src/inputs/kubernetes-yaml/line-index.ts
/** Turns character offsets into 1-based lines and columns; built once per file, searched lazily. */
class LineIndex {
    /**
     * The offset where each line starts. A typed array, counted first: a 100k-object stream has 2.6
     * million lines, and a growing array of them cost 4% of the scan and twice the memory.
     */
    lineStarts;
    constructor(text) {
        let lines = 1;
        for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1))
            lines += 1;
        this.lineStarts = new Uint32Array(lines);
        let line = 1;
        for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
            this.lineStarts[line] = newline + 1;
            line += 1;
        }
    }
    lineOf(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >>> 1;
            if (this.lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return low + 1;
    }
    position(offset) {
        const line = this.lineOf(offset);
        return { line, column: offset - this.lineStarts[line - 1] + 1 };
    }
}

// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(3477);
;// CONCATENATED MODULE: ./src/inputs/kubernetes-yaml/yaml-source.ts
/**
 * Small scans of YAML source text around the offsets the parser reports. js-yaml 4's listener
 * gives the offset where the parser started looking for a node, which may still be before the
 * space, comments and properties (`!tag`, `&anchor`) that precede its content.
 */
const space = 0x20;
const tab = 0x09;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;
const hash = 0x23;
const exclamation = 0x21;
const ampersand = 0x26;
const asterisk = 0x2a;
const colon = 0x3a;
const question = 0x3f;
const dash = 0x2d;
const isBlank = (code) => code === space || code === tab || code === lineFeed || code === carriageReturn;
const isProperty = (code) => code === exclamation || code === ampersand;
const endsToken = (code) => Number.isNaN(code) ||
    isBlank(code) ||
    code === 0 ||
    code === 0x2c ||
    code === 0x5b ||
    code === 0x5d ||
    code === 0x7b ||
    code === 0x7d;
/** The offset after any spaces, line breaks and comments starting at `offset`. */
function skipSeparation(source, offset) {
    let position = offset;
    let afterBlank = position === 0 || isBlank(source.charCodeAt(position - 1));
    for (;;) {
        const code = source.charCodeAt(position);
        if (isBlank(code)) {
            position += 1;
            afterBlank = true;
        }
        else if (code === hash && afterBlank) {
            while (position < source.length && source.charCodeAt(position) !== lineFeed)
                position += 1;
        }
        else {
            return position;
        }
    }
}
function skipToken(source, offset) {
    let position = offset;
    while (!endsToken(source.charCodeAt(position)))
        position += 1;
    return position;
}
/** Where a node's content starts: past separation and its properties. */
function contentStart(source, offset) {
    let position = skipSeparation(source, offset);
    while (isProperty(source.charCodeAt(position))) {
        position = skipSeparation(source, skipToken(source, position));
    }
    return position;
}
/**
 * Where a scalar starts, as the earlier reader located it: its tag, else its anchor, else its
 * content (the opening quote of a quoted one).
 */
function scalarStart(source, offset) {
    let position = skipSeparation(source, offset);
    let tag = -1;
    let anchor = -1;
    for (let code = source.charCodeAt(position); isProperty(code); code = source.charCodeAt(position)) {
        if (code === exclamation && tag === -1)
            tag = position;
        if (code === ampersand && anchor === -1)
            anchor = position;
        position = skipSeparation(source, skipToken(source, position));
    }
    return tag !== -1 ? tag : anchor !== -1 ? anchor : position;
}
/** Whether the node whose content starts at or after `offset` is an alias (`*name`). */
const isAliasAt = (source, offset) => source.charCodeAt(contentStart(source, offset)) === asterisk;
/** A node followed by `:` is a mapping key (implicit on its line, or explicit after `?`). */
const isFollowedByColon = (source, end) => source.charCodeAt(skipSeparation(source, end)) === colon;
/**
 * Whether the node that opens at `open` follows a `?` indicator: an explicit key, which may
 * stand without a `:` after it (its value is then null).
 */
function isExplicitKeyAt(source, open) {
    let position = open - 1;
    while (source.charCodeAt(position) === space || source.charCodeAt(position) === tab)
        position -= 1;
    return (source.charCodeAt(position) === question && (position === 0 || isBlank(source.charCodeAt(position - 1))));
}
/**
 * The offsets of the `-` indicators of the block sequence that starts at `start` and ends
 * before `end`: its first one, then each line whose content starts with `- ` in its column.
 * js-yaml 4 reads an empty entry (`-` alone on its line) without reporting a node; these
 * indicators number the entries that it did report.
 */
function sequenceEntryStarts(source, start, end) {
    const column = start - (source.lastIndexOf('\n', start - 1) + 1);
    const starts = [start];
    for (let lineStart = source.indexOf('\n', start) + 1; lineStart > 0 && lineStart < end;) {
        const entry = lineStart + column;
        let indented = true;
        for (let position = lineStart; position < entry; position += 1) {
            if (source.charCodeAt(position) !== space)
                indented = false;
        }
        const following = source.charCodeAt(entry + 1);
        const isIndicator = source.charCodeAt(entry) === dash && (isBlank(following) || Number.isNaN(following));
        if (indented && entry < end && isIndicator) {
            starts.push(entry);
        }
        lineStart = source.indexOf('\n', lineStart) + 1;
    }
    return starts;
}

;// CONCATENATED MODULE: ./src/inputs/kubernetes-yaml/positions.ts



/**
 * Source offsets of a parsed document, kept beside the plain values that checks read. Values
 * come from js-yaml 4's loader; this side table is recorded by its `listener` in the same pass,
 * so both agree on every key. Offsets are absolute within the file.
 *
 * The table mirrors the value's shape at about the value's own memory cost: a mapping is one
 * object holding each key's offset (or, for a collection value, that value's table), and its
 * own offset under a symbol; a sequence is an array of its items' entries. Objects of the
 * same kind share V8 hidden classes with each other, as the values do.
 */
const ownOffset = Symbol('offset');
/** An alias site: its own offset, and the table of the anchored node it repeats. */
class AliasPosition {
    offset;
    target;
    constructor(offset, target) {
        this.offset = offset;
        this.target = target;
    }
}
/**
 * The offset of the field at `path` below `root`, or of its nearest present ancestor.
 * Indexes into sequences and keys into mappings; anything else stops the walk.
 */
function offsetOf(root, rootOffset, path) {
    let offset = rootOffset;
    let node = root;
    for (const step of path) {
        const position = node === undefined ? undefined : entryOf(node, step);
        if (position === undefined)
            break;
        offset = offsetOfPosition(position);
        node = tableOf(position);
    }
    return offset;
}
/** The table of the collection at `path` below `root`, if there is one. */
function tableAt(root, path) {
    let node = root;
    for (const step of path) {
        const position = node === undefined ? undefined : entryOf(node, step);
        node = position === undefined ? undefined : tableOf(position);
    }
    return node;
}
function entryOf(node, step) {
    if (Array.isArray(node))
        return typeof step === 'number' ? node[step] : undefined;
    return typeof step === 'string' && Object.hasOwn(node, step) ? node[step] : undefined;
}
function tableOf(position) {
    if (typeof position === 'number')
        return undefined;
    return position instanceof AliasPosition ? position.target : position;
}
function offsetOfPosition(position) {
    if (typeof position === 'number')
        return position;
    return position instanceof AliasPosition ? position.offset : position[ownOffset];
}
/** Stands for an empty sequence entry until the sequence's own offset is known. */
const emptyEntry = -1;
const mergeTag = 'tag:yaml.org,2002:merge';
/**
 * One node the parser is reading, from its `open` event to its `close`. Whether it is a
 * mapping, a sequence or a scalar is known only at `close`, so it gathers both kinds of child:
 * keys (a node followed by `:`) with their values, and items. Frames are reused by depth.
 */
class Frame {
    open = 0;
    mapping = undefined;
    keyPending = false;
    keyName = '';
    keyOffset = 0;
    keyIsMerge = false;
    merges = undefined;
    /** Items: the first one apart, so a scalar's single child costs no array. */
    itemCount = 0;
    firstItem = 0;
    firstItemOpen = 0;
    items = undefined;
    itemOpens = undefined;
    /** The children's extent: node count, and the deepest child's depth. */
    nodes = 0;
    depth = 0;
    /** The tag this node's properties gave before its content was read (see the listener). */
    pendingTag = undefined;
    reset(open) {
        this.open = open;
        this.pendingTag = undefined;
        this.mapping = undefined;
        this.keyPending = false;
        this.merges = undefined;
        this.itemCount = 0;
        this.items = undefined;
        this.itemOpens = undefined;
        this.nodes = 0;
        this.depth = 0;
    }
}
/**
 * Builds the position table of every document while js-yaml 4 reads them: pass `listener` to
 * the loader, and read `documents` after it returns. Also enforces what the loader does not:
 * `maxAliases`, and aliases that refer to a node containing them.
 */
class PositionRecorder {
    documents = [];
    maxAliases;
    base = 0;
    frames = [];
    top = 0;
    anchors = new Map();
    aliases = 0;
    mergeConflicts = [];
    recursiveAlias;
    /** The last `<<` read: js-yaml 4 notices `maxTotalMergeKeys` only after the merge's value. */
    lastMergeKey;
    constructor(maxAliases) {
        this.maxAliases = maxAliases;
    }
    /** Starts on a slice of the file that begins at `base`. */
    startSlice(base) {
        this.base = base;
        this.documents = [];
        this.top = 0;
        this.lastMergeKey = undefined;
        this.startDocument();
    }
    listener = (event, state) => {
        if (event === 'open') {
            // A child opening while the tag is set and no kind is: the parent has read its tag and not
            // yet its content. (A tag with no kind is never a sibling's: a finished node has a kind.)
            if (this.top > 0 && typeof state.tag === 'string' && state.kind === null)
                this.frames[this.top - 1].pendingTag = state.tag;
            const frame = (this.frames[this.top] ??= new Frame());
            frame.reset(state.position);
            this.top += 1;
        }
        else {
            this.top -= 1;
            this.close(this.frames[this.top], state);
        }
    };
    startDocument() {
        if (this.anchors.size > 0)
            this.anchors = new Map();
        this.aliases = 0;
        // Shared while empty: a document with a conflict gets its own array.
        if (this.mergeConflicts.length > 0)
            this.mergeConflicts = [];
        this.recursiveAlias = undefined;
    }
    close(frame, state) {
        const source = state.input;
        // js-yaml 4 loses the tag of an empty node that ends at `---` (a probing child resets it),
        // and the document would read as empty; go-yaml reads a value there, never an object.
        if (frame.pendingTag !== undefined && state.tag === null && state.kind === null) {
            throw new js_yaml/* YAMLException */.tB(`the tag !<${(0,quote/* quoteInput */.Zs)(frame.pendingTag, 100)}> has no value`, {
                position: frame.open,
            });
        }
        const parent = this.top === 0 ? undefined : this.frames[this.top - 1];
        const isAlias = state.kind === null && isAliasAt(source, frame.open);
        if (isAlias)
            this.countAlias(source, frame.open);
        if (parent !== undefined &&
            !parent.keyPending &&
            (isFollowedByColon(source, state.position) || isExplicitKeyAt(source, frame.open))) {
            this.openKey(parent, frame, state);
            return;
        }
        // Inside a mapping, a value is located at its key.
        const site = parent?.keyPending === true ? parent.keyOffset : undefined;
        let position;
        let nodes = 1;
        let depth = 0;
        if (isProbe(frame, source)) {
            // The collection was read by the single child: take its table, located here.
            const table = frame.firstItem;
            if (site !== undefined)
                table[ownOffset] = site;
            nodes = frame.nodes;
            depth = frame.depth;
            if (state.anchor !== null)
                this.anchors.set(state.result, { table, nodes, depth });
            position = table;
        }
        else if (state.kind === 'mapping' || state.kind === 'sequence') {
            const offset = site ?? this.base + contentStart(source, frame.open);
            const table = state.kind === 'mapping'
                ? this.finishMapping(frame, offset)
                : finishSequence(frame, offset, state.result, source, state.position);
            nodes = frame.nodes + 1;
            depth = frame.depth + 1;
            if (state.anchor !== null)
                this.anchors.set(state.result, { table, nodes, depth });
            position = table;
        }
        else if (isAlias) {
            const offset = site ?? this.base + contentStart(source, frame.open);
            const anchored = this.anchors.get(state.result);
            if (anchored !== undefined) {
                position = new AliasPosition(offset, anchored.table);
                nodes = anchored.nodes;
                depth = anchored.depth;
            }
            else {
                // An alias to a collection whose anchor has not closed yet: the value contains itself.
                if (typeof state.result === 'object' && state.result !== null)
                    this.recursiveAlias ??= offset;
                position = offset;
            }
        }
        else if (state.kind === null) {
            position = site ?? emptyEntry;
        }
        else {
            position = site ?? this.base + scalarStart(source, frame.open);
        }
        if (parent === undefined)
            this.finishDocument(position, nodes, depth);
        else
            addChild(parent, position, nodes, depth, frame.open);
    }
    countAlias(source, open) {
        this.aliases += 1;
        if (this.aliases > this.maxAliases) {
            throw new js_yaml/* YAMLException */.tB(`aliases exceeded maxAliases (${this.maxAliases})`, {
                position: contentStart(source, open),
            });
        }
    }
    openKey(parent, frame, state) {
        const offset = scalarStart(state.input, frame.open);
        const key = state.result;
        // Kubernetes converts YAML to JSON, whose object keys are strings: a collection as a key is an error.
        if (typeof key === 'object' && key !== null) {
            throw new js_yaml/* YAMLException */.tB('a mapping key is a collection; Kubernetes accepts only scalar keys', {
                position: offset,
            });
        }
        parent.mapping ??= { [ownOffset]: 0 };
        parent.keyPending = true;
        parent.keyName = String(key);
        parent.keyOffset = this.base + offset;
        parent.keyIsMerge = state.tag === mergeTag;
        if (parent.keyIsMerge)
            this.lastMergeKey = parent.keyOffset;
    }
    finishMapping(frame, offset) {
        const mapping = frame.mapping ?? {};
        mapping[ownOffset] = offset;
        // A key without a value (`? key` alone): the value is null, located at the key.
        if (frame.keyPending)
            storeValue(frame, mapping, frame.keyOffset);
        if (frame.merges !== undefined)
            this.applyMerges(mapping, frame.merges);
        return mapping;
    }
    finishDocument(position, nodes, depth) {
        const start = position === emptyEntry ? this.base : offsetOfPosition(position);
        this.documents.push({
            root: tableOf(position),
            start,
            expanded: { nodes, depth },
            mergeConflicts: this.mergeConflicts,
            ...(this.recursiveAlias === undefined ? {} : { recursiveAlias: this.recursiveAlias }),
        });
        this.startDocument();
    }
    /**
     * Merged keys point at their definitions; keys written in the mapping win, and so do earlier
     * merges (YAML spec, js-yaml). go-yaml v2 instead applies each `<<` in turn over what is
     * already there: where that gives another value, record a conflict.
     */
    applyMerges(node, merges) {
        const mergedBefore = new Set();
        for (const merge of merges) {
            const mergedHere = new Set();
            for (const source of merge.sources) {
                for (const key of Object.keys(source)) {
                    if (merge.earlierKeys.includes(key) || mergedBefore.has(key)) {
                        this.mergeConflicts.push({ offset: merge.offset, key });
                    }
                    mergedHere.add(key);
                    if (!Object.hasOwn(node, key))
                        node[key] = source[key];
                }
            }
            for (const key of mergedHere)
                mergedBefore.add(key);
        }
    }
}
/**
 * js-yaml 4 tries a block mapping first wherever one may start: it reads the first node as a
 * would-be key and, with no `:` after it, keeps that node as the result. The outer node then
 * closes as the collection its single child is, at the same place.
 */
function isProbe(frame, source) {
    return (frame.itemCount === 1 &&
        frame.mapping === undefined &&
        typeof frame.firstItem === 'object' &&
        contentStart(source, frame.firstItemOpen) === contentStart(source, frame.open));
}
/** Adds a value (to the key waiting for it) or an item to `parent`. */
function addChild(parent, position, nodes, depth, open) {
    parent.nodes += nodes;
    if (depth > parent.depth)
        parent.depth = depth;
    if (parent.keyPending) {
        storeValue(parent, parent.mapping, position);
    }
    else if (parent.itemCount === 0) {
        parent.firstItem = position;
        parent.firstItemOpen = open;
        parent.itemCount = 1;
    }
    else {
        parent.items ??= [parent.firstItem];
        parent.itemOpens ??= [parent.firstItemOpen];
        parent.items.push(position);
        parent.itemOpens.push(open);
        parent.itemCount += 1;
    }
}
function storeValue(frame, mapping, position) {
    frame.keyPending = false;
    if (frame.keyName === '__proto__')
        return;
    if (frame.keyIsMerge) {
        (frame.merges ??= []).push({
            offset: frame.keyOffset,
            sources: mergeSources(position),
            earlierKeys: Object.keys(mapping),
        });
        return;
    }
    mapping[frame.keyName] = position;
}
/**
 * The items' table. js-yaml 4 reads an empty block entry (`-` alone) without a node, so when
 * the counts differ the recorded items are placed by the `-` that starts each; flow pairs
 * (`[a: b]`), which it builds without a node of their own, leave the items unlocated.
 */
function finishSequence(frame, offset, value, source, end) {
    const recorded = frame.items ?? (frame.itemCount === 0 ? [] : [frame.firstItem]);
    const length = Array.isArray(value) ? value.length : 0;
    let items = [];
    if (frame.mapping === undefined && recorded.length === length)
        items = recorded;
    else if (frame.mapping === undefined)
        items = placeByIndicator(frame, recorded, length, source, end);
    for (let index = 0; index < items.length; index += 1)
        if (items[index] === emptyEntry)
            items[index] = offset;
    const table = items;
    table[ownOffset] = offset;
    return table;
}
function placeByIndicator(frame, recorded, length, source, end) {
    const starts = sequenceEntryStarts(source, contentStart(source, frame.open), end);
    if (starts.length !== length)
        return [];
    const opens = frame.itemOpens ?? [frame.firstItemOpen];
    const items = Array.from({ length }, () => emptyEntry);
    recorded.forEach((item, index) => {
        const open = opens[index];
        const entry = starts.findLastIndex((start) => start < open);
        if (entry !== -1)
            items[entry] = item;
    });
    return items;
}
function positions_isMapping(node) {
    return node !== undefined && !Array.isArray(node);
}
/** `<<: *base` merges one mapping; `<<: [*a, *b]` merges several, earlier ones first. */
function mergeSources(position) {
    const node = tableOf(position);
    if (node === undefined)
        return [];
    if (!Array.isArray(node))
        return [node];
    return node.flatMap((item) => {
        const target = tableOf(item);
        return positions_isMapping(target) ? [target] : [];
    });
}

;// CONCATENATED MODULE: ./src/inputs/kubernetes-yaml/split-documents.ts
// Not `^` with the `m` flag: JavaScript also starts a line after U+2028 and U+2029, which the
// parser reads as text, so a marker found there would skip the text before it unparsed.
const documentMarker = /(?<![^\r\n])---(?=[ \t\r\n]|$)/g;
const yamlBlanks = /^[ \t\r]+|[ \t\r]+$/g;
const helmSourceComment = /^#\s*Source:\s*(.+?)\s*$/;
/** The slices of `text`, at most `maxSlices` of them (the last one then runs to the end). */
function splitDocuments(text, maxSlices = Number.POSITIVE_INFINITY) {
    const starts = [0];
    for (const marker of text.matchAll(documentMarker)) {
        if (starts.length >= maxSlices)
            break;
        const start = withDirectives(text, marker.index);
        if (start > starts[starts.length - 1])
            starts.push(start);
    }
    return starts.map((start, index) => {
        const end = starts[index + 1] ?? text.length;
        const { template, hasContent } = headingOf(text, start, end);
        return template === undefined ? { start, end, hasContent } : { start, end, template, hasContent };
    });
}
/**
 * Directives (`%YAML 1.1`, `%TAG`) belong to the document whose `---` follows them, so a
 * slice starts at the first directive line right above its marker.
 */
function withDirectives(text, markerStart) {
    let start = markerStart;
    let lineStart = markerStart;
    while (lineStart > 0) {
        // lastIndexOf clamps a negative start to 0, where it would find the line break that ends the
        // first line itself (text "\n---"): the first line starts at 0, and the walk must end there.
        const previousStart = lineStart < 2 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
        const line = trimBlanks(text.slice(previousStart, lineStart));
        if (line.startsWith('%'))
            start = previousStart;
        else if (line !== '' && !line.startsWith('#'))
            break;
        lineStart = previousStart;
    }
    return start;
}
/** Reads the comment lines before the document's first content line, if it has one. */
function headingOf(text, start, end) {
    let template;
    let lineStart = start;
    while (lineStart < end) {
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 || newline > end ? end : newline;
        let line = trimBlanks(text.slice(lineStart, lineEnd));
        if (lineStart === start && line.startsWith('---'))
            line = trimBlanks(line.slice(3));
        if (line !== '' && !line.startsWith('#'))
            return template === undefined ? { hasContent: true } : { template, hasContent: true };
        template ??= helmSourceComment.exec(line)?.[1];
        lineStart = lineEnd + 1;
    }
    return template === undefined ? { hasContent: false } : { template, hasContent: false };
}
/** Trims what YAML counts as blank; `String.trim` also drops U+2028, U+FEFF and others, which YAML reads as text. */
function trimBlanks(line) {
    return line.replace(yamlBlanks, '');
}

;// CONCATENATED MODULE: ./src/inputs/kubernetes-yaml/parse-manifests.ts








/**
 * Reads a YAML or JSON stream into Kubernetes objects the way kubectl would: YAML 1.1 scalars
 * as go-yaml v2 resolves them, merge keys and aliases expanded, `List` objects unpacked. Every
 * field keeps its line and column. Errors come back as values with file and line; one bad
 * document does not stop the others.
 */
function parseKubernetesManifests(text, displayPath, options) {
    return new ManifestReader(text, displayPath, options).read();
}
const bom = '\uFEFF';
class ManifestReader {
    text;
    file;
    options;
    lines;
    result = {
        objects: [],
        errors: [],
        documentsWithoutKind: 0,
        toolConfigurations: [],
    };
    /** Offsets of documents with neither apiVersion nor kind, reported only if the file holds objects. */
    kindlessOffsets = [];
    positions;
    constructor(text, file, options) {
        this.file = file;
        this.options = options;
        this.text = text.startsWith(bom) ? text.slice(1) : text;
        this.lines = new LineIndex(this.text);
        this.positions = new PositionRecorder(options.limits.maxAliases);
    }
    read() {
        const { maxFileBytes, maxDocuments } = this.options.limits;
        if (exceedsBytes(this.text, maxFileBytes)) {
            this.error(0, `file is larger than the limit of ${maxFileBytes} bytes (maxFileBytes)`);
            return this.result;
        }
        const slices = splitDocuments(this.text, maxDocuments + 1);
        if (slices.length > maxDocuments) {
            this.error(slices[maxDocuments].start, `file has more than ${maxDocuments} documents (maxDocuments)`);
            return this.result;
        }
        // A slice of comments and blank lines is an empty document: nothing to parse (the parser's
        // cost per document made 100,000 of them take seconds).
        for (const run of contentRuns(slices)) {
            if (!this.readRun(run))
                for (const slice of run)
                    this.readSlice(slice);
        }
        this.result.documentsWithoutKind = this.kindlessOffsets.length;
        if (this.result.objects.length > 0) {
            for (const offset of this.kindlessOffsets)
                this.error(offset, 'document has neither apiVersion nor kind');
        }
        return this.result;
    }
    /**
     * Consecutive documents in one call, when they hold no error: each call to the parser costs
     * a setup, and Helm output is thousands of small documents. False when one of them is over
     * `maxDocumentBytes` or does not parse; then each is read on its own, so that one bad
     * document loses only itself.
     */
    readRun(run) {
        const first = run[0];
        const last = run[run.length - 1];
        const { maxDocumentBytes } = this.options.limits;
        if (run.length === 1 || run.some((slice) => exceedsBytes(this.sourceOf(slice), maxDocumentBytes)))
            return false;
        const values = this.load(this.text.slice(first.start, last.end), first.start);
        if (values instanceof js_yaml/* YAMLException */.tB)
            return false;
        let slice = 0;
        this.positions.documents.forEach((positions, index) => {
            // Documents come in order: the one that starts in a slice takes its `# Source:` template.
            while ((run[slice + 1]?.start ?? Number.POSITIVE_INFINITY) <= positions.start)
                slice += 1;
            this.readDocument(values[index], positions, run[slice]?.template);
        });
        return true;
    }
    sourceOf(slice) {
        return this.text.slice(slice.start, slice.end);
    }
    readSlice(slice) {
        const { limits } = this.options;
        const source = this.sourceOf(slice);
        if (exceedsBytes(source, limits.maxDocumentBytes)) {
            this.error(slice.start, `document is larger than the limit of ${limits.maxDocumentBytes} bytes (maxDocumentBytes)`);
            return;
        }
        const values = this.load(source, slice.start);
        if (values instanceof js_yaml/* YAMLException */.tB) {
            const offset = values.reason.includes('maxTotalMergeKeys') ? this.positions.lastMergeKey : undefined;
            this.error(offset ?? slice.start + errorOffset(source, values), describeYamlError(values, limits));
            return;
        }
        this.positions.documents.forEach((positions, index) => this.readDocument(values[index], positions, slice.template));
    }
    /** One pass: js-yaml 4 builds the values while the recorder notes where each node is. */
    load(source, base) {
        const { limits } = this.options;
        this.positions.startSlice(base);
        try {
            return (0,js_yaml/* loadAll */.gh)(source, null, {
                schema: kubernetesSchema,
                // Kubernetes decodes duplicate keys with the last one winning (and a warning).
                json: true,
                maxDepth: limits.maxDepth,
                maxTotalMergeKeys: limits.maxMergeKeys,
                listener: this.positions.listener,
            });
        }
        catch (error) {
            if (error instanceof js_yaml/* YAMLException */.tB)
                return error;
            throw error;
        }
    }
    readDocument(value, positions, template) {
        if (value === null || value === undefined)
            return;
        const { limits } = this.options;
        if (positions.recursiveAlias !== undefined) {
            this.error(positions.recursiveAlias, 'alias refers to a node that contains it (a cycle)');
            return;
        }
        // An alias-free document cannot hold more nodes than it has bytes, nor nest deeper than the
        // parser allows; aliases may not do more.
        if (positions.expanded.nodes > limits.maxDocumentBytes) {
            this.error(positions.start, `aliases expand the document to more than ${limits.maxDocumentBytes} nodes (limit maxDocumentBytes)`);
            return;
        }
        if (positions.expanded.depth > limits.maxDepth) {
            this.error(positions.start, `aliases nest the document deeper than the limit of ${limits.maxDepth} (maxDepth)`);
            return;
        }
        for (const conflict of positions.mergeConflicts) {
            this.error(conflict.offset, `merge key overrides "${conflict.key}" written before it: Kubernetes keeps the merged value, the YAML spec the earlier one; write the key after the merge`);
        }
        this.readObject(value, positions.root, positions.start, template, true);
    }
    /** Adds one object, or the items of a List; `topLevel` is false for List items. */
    readObject(value, node, start, template, topLevel) {
        const body = (0,fields/* asFields */.qI)(value);
        const apiVersion = body?.apiVersion;
        const kind = body?.kind;
        if (body === undefined || (apiVersion === undefined && kind === undefined)) {
            if (topLevel)
                this.kindlessOffsets.push(start);
            else
                this.error(start, 'List item has neither apiVersion nor kind');
            return;
        }
        if (typeof apiVersion !== 'string' || apiVersion === '') {
            this.error(offsetOf(node, start, ['kind']), `object of kind ${String(kind)} has no apiVersion`);
            return;
        }
        if (typeof kind !== 'string' || kind === '') {
            this.error(offsetOf(node, start, ['apiVersion']), `object with apiVersion ${apiVersion} has no kind`);
            return;
        }
        const toolConfiguration = describeToolConfiguration(apiVersion, kind);
        if (toolConfiguration !== undefined) {
            this.result.toolConfigurations.push({ line: this.lines.lineOf(start), description: toolConfiguration });
            return;
        }
        if (isList(kind, body)) {
            body.items.forEach((item, index) => {
                const path = ['items', index];
                this.readObject(item, tableAt(node, path), offsetOf(node, start, path), template, false);
            });
            return;
        }
        const object = this.kubeObject(apiVersion, kind, body, node, start, template);
        this.result.objects.push(object);
        for (const problem of shapeProblemsOf(object))
            this.error(offsetOf(node, start, problem.path), problem.message);
    }
    kubeObject(apiVersion, kind, body, node, start, template) {
        const metadata = (0,fields/* asFields */.qI)(body.metadata);
        const declaredNamespace = (0,fields/* asText */.e1)(metadata?.namespace);
        const locationAt = (offset) => {
            const { line, column } = this.lines.position(offset);
            return template === undefined
                ? { file: this.file, line, column }
                : { file: this.file, line, column, template };
        };
        return {
            apiVersion,
            kind,
            name: (0,fields/* asText */.e1)(metadata?.name) ?? (0,fields/* asText */.e1)(metadata?.generateName) ?? '',
            namespace: (0,cluster_scoped_kinds/* isClusterScoped */.Z)(apiVersion, kind)
                ? undefined
                : declaredNamespace !== undefined && declaredNamespace !== ''
                    ? declaredNamespace
                    : this.options.defaultNamespace,
            body,
            location: locationAt(start),
            locate: (path) => locationAt(offsetOf(node, start, path)),
            origin: 'manifest',
        };
    }
    error(offset, message) {
        const { line, column } = this.lines.position(offset);
        this.result.errors.push({ file: this.file, line, column, message });
    }
}
/** API groups of configuration files that tools read; the API server never stores them. */
const toolConfigurationGroups = new Set([
    'kustomize.config.k8s.io',
    'config.kubernetes.io',
    'kind.x-k8s.io',
    'kubeadm.k8s.io',
    'kubelet.config.k8s.io',
    'kubeproxy.config.k8s.io',
    'apiserver.config.k8s.io',
    'audit.k8s.io',
    'client.authentication.k8s.io',
    'k3d.io',
]);
function describeToolConfiguration(apiVersion, kind) {
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    if (group === 'kustomize.config.k8s.io')
        return 'kustomize configuration: build it first (`kustomize build`)';
    const isKubeconfig = apiVersion === 'v1' && kind === 'Config';
    if (!isKubeconfig && !toolConfigurationGroups.has(group) && !apiVersion.startsWith('skaffold/'))
        return undefined;
    return `${kind} (${apiVersion}) configures a Kubernetes tool; it is not a cluster object`;
}
/** The slices with content, in runs of consecutive ones. */
function contentRuns(slices) {
    const runs = [];
    let run = [];
    for (const slice of slices) {
        if (slice.hasContent)
            run.push(slice);
        else if (run.length > 0) {
            runs.push(run);
            run = [];
        }
    }
    if (run.length > 0)
        runs.push(run);
    return runs;
}
/** `v1/List` and typed lists such as `PodList`, as kubectl accepts them. */
function isList(kind, body) {
    return kind.endsWith('List') && Array.isArray(body.items);
}
/** Cheap test first: UTF-16 length never exceeds the UTF-8 byte count. */
function exceedsBytes(text, limit) {
    return text.length > limit || (text.length * 3 > limit && Buffer.byteLength(text, 'utf8') > limit);
}
/**
 * Where the parser noticed the problem. At the end of the document (an unclosed bracket) that
 * would be the next document's `---` line, so point at the document's last content instead.
 */
function errorOffset(source, error) {
    const position = error.mark?.position ?? 0;
    if (position < source.trimEnd().length)
        return position;
    return Math.max(0, source.trimEnd().length - 1);
}
/** The parser's reason without its source snippet: scanned content may hold secrets. */
function describeYamlError(error, limits) {
    const reason = error.reason;
    if (reason.includes('maxDepth'))
        return `nesting is deeper than the limit of ${limits.maxDepth} (maxDepth)`;
    if (reason.includes('maxAliases'))
        return `more than ${limits.maxAliases} aliases in one document (maxAliases)`;
    if (reason.includes('maxTotalMergeKeys'))
        return `merge keys copy more than ${limits.maxMergeKeys} keys (maxMergeKeys)`;
    return `YAML syntax error: ${reason}`;
}

;// CONCATENATED MODULE: ./src/inputs/kubernetes-yaml/index.ts




/** The reader of kubernetes-yaml/format.ts: each file's objects, or why it holds none. */
function readManifests(files, context) {
    const kubeObjects = [];
    const errors = [];
    const skipped = [];
    for (const file of files) {
        const parsed = parseKubernetesManifests(file.text, file.displayPath, {
            defaultNamespace: context.defaultNamespace,
            limits: context.limits,
        });
        for (const object of parsed.objects)
            kubeObjects.push(object);
        const reason = parsed.objects.length === 0 ? notManifestReason(file, parsed, context.limits) : undefined;
        if (reason === undefined) {
            errors.push(...parsed.errors);
            for (const tool of parsed.toolConfigurations) {
                skipped.push({ file: file.displayPath, reason: `line ${tool.line}: ${tool.description}` });
            }
        }
        else if (file.explicit) {
            errors.push(...parsed.errors, { file: file.displayPath, message: reason });
        }
        else {
            skipped.push({ file: file.displayPath, reason });
        }
    }
    return { model: { kubeObjects }, errors, skipped };
}
/** JSON with comments or trailing commas (tsconfig.json, .vscode/settings.json): not JSON, but no error either. */
function isJsonc(file, limits) {
    if (!/\.json$/i.test(file.path) || (0,json_nesting/* jsonNestingBeyond */.S)(file.text, limits.maxDepth) !== undefined)
        return false;
    const problems = [];
    (0,main.parse)(file.text, problems, { allowTrailingComma: true });
    return problems.length === 0;
}
/**
 * Why a file without Kubernetes objects is no manifest at all, or undefined when it is an
 * error: a .yaml/.yml/.json file that does not parse could hold anything, so it is never
 * skipped quietly, wherever it was found (chart sources are not read at all).
 */
function notManifestReason(file, parsed, limits) {
    const tool = parsed.toolConfigurations[0];
    if (parsed.errors.length === 0) {
        return tool?.description ?? 'no Kubernetes object (a document with apiVersion and kind)';
    }
    return isJsonc(file, limits) ? 'JSON with comments (JSONC), no Kubernetes object' : undefined;
}


/***/ }),

/***/ 3586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ isClusterScoped)
/* harmony export */ });
/**
 * Kinds that live in no namespace. Kubernetes ignores `metadata.namespace` on them, so they are
 * never "in the default namespace" (CIS 5.6.4) and never make a namespace need a NetworkPolicy
 * (CIS 5.3.2). Keyed by kind alone: the API groups below never reuse these kind names for a
 * namespaced resource.
 */
const clusterScopedKinds = new Set([
    // core/v1
    'Namespace',
    'Node',
    'PersistentVolume',
    'ComponentStatus',
    // rbac.authorization.k8s.io
    'ClusterRole',
    'ClusterRoleBinding',
    // storage.k8s.io
    'StorageClass',
    'CSIDriver',
    'CSINode',
    'VolumeAttachment',
    'VolumeAttributesClass',
    // snapshot.storage.k8s.io
    'VolumeSnapshotClass',
    'VolumeSnapshotContent',
    // apiextensions / apiregistration
    'CustomResourceDefinition',
    'APIService',
    // admissionregistration.k8s.io
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
    // scheduling, node, networking, certificates, flowcontrol, policy
    'PriorityClass',
    'RuntimeClass',
    'IngressClass',
    'IPAddress',
    'ServiceCIDR',
    'CertificateSigningRequest',
    'ClusterTrustBundle',
    'FlowSchema',
    'PriorityLevelConfiguration',
    'PodSecurityPolicy',
    // resource.k8s.io (dynamic resource allocation)
    'DeviceClass',
    'ResourceSlice',
    // Gatekeeper and Kyverno policy kinds; Gatekeeper constraints are matched by group below
    'ConstraintTemplate',
    'ClusterPolicy',
    'ClusterCleanupPolicy',
    'ClusterPolicyReport',
    'ClusterEphemeralReport',
    // cert-manager, Calico, Secrets Store CSI driver and other common cluster-wide add-ons
    'ClusterIssuer',
    'GlobalNetworkPolicy',
    'GlobalNetworkSet',
    'HostEndpoint',
    'IPPool',
    'FelixConfiguration',
    'BGPConfiguration',
    'BGPPeer',
    'ClusterInformation',
    'KubeControllersConfiguration',
    'IPAMBlock',
    'BlockAffinity',
    'IPAMHandle',
    'IPAMConfig',
    // Cilium (cilium.io): its CRDs with `scope: Cluster`; CiliumNetworkPolicy, CiliumEndpoint,
    // CiliumEnvoyConfig, CiliumLocalRedirectPolicy and CiliumNodeConfig are namespaced
    'CiliumClusterwideNetworkPolicy',
    'CiliumClusterwideEnvoyConfig',
    'CiliumNode',
    'CiliumIdentity',
    'CiliumExternalWorkload',
    'CiliumEgressGatewayPolicy',
    'CiliumEndpointSlice',
    'CiliumLoadBalancerIPPool',
    'CiliumCIDRGroup',
    'CiliumL2AnnouncementPolicy',
    'CiliumPodIPPool',
    'CiliumBGPPeeringPolicy',
    'CiliumBGPClusterConfig',
    'CiliumBGPPeerConfig',
    'CiliumBGPAdvertisement',
    'CiliumBGPNodeConfig',
    'CiliumBGPNodeConfigOverride',
]);
/** Gatekeeper constraints: every kind in this group is cluster-scoped, one kind per template. */
const clusterScopedGroups = new Set(['constraints.gatekeeper.sh']);
function isClusterScoped(apiVersion, kind) {
    if (clusterScopedKinds.has(kind))
        return true;
    const slash = apiVersion.indexOf('/');
    return slash > 0 && clusterScopedGroups.has(apiVersion.slice(0, slash));
}


/***/ })

};
