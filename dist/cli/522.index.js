export const id = 522;
export const ids = [522];
export const modules = {

/***/ 9522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderJson: () => (/* binding */ renderJson)
});

;// CONCATENATED MODULE: ./src/report/indented-json.ts
/** What JSON.stringify leaves out of an object, and writes as null in an array. */
const isOmitted = (value) => value === undefined || typeof value === 'function' || typeof value === 'symbol';
/** Objects and arrays written here; anything else (a Date, a class with toJSON) is JSON.stringify's. */
const isPlainContainer = (value) => Array.isArray(value) ||
    (typeof value === 'object' &&
        value !== null &&
        Object.getPrototypeOf(value) === Object.prototype &&
        !('toJSON' in value));
/**
 * `JSON.stringify(value, null, 2)` as written `depth` levels deep: stringified inside `depth`
 * arrays, whose brackets and indentation are then sliced off (a slice shares the characters).
 */
function stringifiedAtDepth(value, depth) {
    let wrapped = value;
    for (let level = 0; level < depth; level += 1)
        wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    // Each wrapper opens with "[\n" and its inner indentation, and closes with "\n", its own, "]".
    const opening = depth * 2 + depth * (depth + 1);
    const closing = depth * 2 + depth * (depth - 1);
    return text.slice(opening, text.length - closing);
}
function writeIndented(value, depth, levels, out) {
    if (levels === 0 || !isPlainContainer(value)) {
        out.push(stringifiedAtDepth(value, depth));
        return;
    }
    const isArray = Array.isArray(value);
    const entries = isArray
        ? value.map((item) => [undefined, isOmitted(item) ? null : item])
        : Object.entries(value).filter(([, item]) => !isOmitted(item));
    if (entries.length === 0) {
        out.push(isArray ? '[]' : '{}');
        return;
    }
    const inner = `\n${'  '.repeat(depth + 1)}`;
    out.push(isArray ? '[' : '{');
    entries.forEach(([key, item], index) => {
        out.push(index === 0 ? inner : `,${inner}`);
        if (key !== undefined)
            out.push(`${JSON.stringify(key)}: `);
        writeIndented(item, depth + 1, levels - 1, out);
    });
    out.push(`\n${'  '.repeat(depth)}`, isArray ? ']' : '}');
}
/**
 * Exactly `JSON.stringify(value, null, 2)`, written in pieces: the containers of the first
 * `levels` levels here, each value below them by JSON.stringify. V8 indents a 20 MB document as
 * one string two to five times slower than the same document in pieces (a merge's 36,820
 * findings, a 50 MB plan's 20,410).
 */
function stringifyInPieces(value, levels) {
    const out = [];
    writeIndented(value, 0, levels, out);
    return out.join('');
}

;// CONCATENATED MODULE: ./src/report/json.ts

/** Copies `source`'s defined fields into `target` in the order `keys` lists them: the JSON key order is part of the format. */
function copyDefined(target, source, keys) {
    for (const key of keys) {
        if (source[key] !== undefined)
            target[key] = source[key];
    }
    return target;
}
const ordered = (source, keys) => copyDefined({}, source, keys);
const findingKeys = [
    'file',
    'line',
    'column',
    'resource',
    'container',
    'template',
    'terraformAddress',
    'cluster',
    'message',
    'fingerprint',
    'suppressed',
    'platform',
    'check',
    'suppressedBy',
    'address',
    'clusterSource',
    'legacyFingerprint',
];
const fileLocationKeys = [
    'file',
    'line',
    'column',
    'template',
    'terraformAddress',
    'address',
];
const liveLocationKeys = [
    'api',
    'cluster',
    'apiAddress',
    'uid',
    'fieldPath',
];
/** The flat keys a file finding takes from its location; none of them is a field of the finding itself. */
const flatLocationKeys = new Set(fileLocationKeys);
/**
 * `location` says where, by kind. A file finding also keeps version 2's flat `file`, `line`,
 * `column`, `template`, `terraformAddress` and `address`, so readers of version 2 still find them.
 * Built key by key, without intermediate copies: a merge renders tens of thousands of findings.
 */
function findingJson(finding) {
    const { location } = finding;
    const json = {};
    for (const key of findingKeys) {
        const value = flatLocationKeys.has(key)
            ? location.kind === 'live'
                ? undefined
                : location[key]
            : finding[key];
        if (value !== undefined)
            json[key] = value;
    }
    json.location =
        location.kind === 'live'
            ? copyDefined({ kind: location.kind }, location, liveLocationKeys)
            : copyDefined({ kind: location.kind }, location, fileLocationKeys);
    return json;
}
const ruleKeys = [
    'id',
    'title',
    'assessment',
    'level',
    'status',
    'reason',
    'decidedBy',
    'section',
    'aksStatus',
    'remediation',
    'source',
    'fix',
];
const benchmarkKeys = [
    'id',
    'family',
    'title',
    'version',
    'selectedBecause',
    'sections',
];
/** The document's levels down to one finding: benchmarks, a benchmark, rules, a rule, findings. */
const levelsWrittenInPieces = 6;
/**
 * The JSON format (README "JSON format", report.schema.json): the documented keys first in
 * their documented order, then the fields added since.
 */
function renderJson(report) {
    const document = {
        schemaVersion: report.schemaVersion,
        ...(report.verdict === undefined ? {} : { verdict: report.verdict }),
        benchmarks: report.benchmarks.map((benchmark) => ({
            ...ordered(benchmark, benchmarkKeys),
            rules: benchmark.rules.map((rule) => ({
                ...ordered(rule, ruleKeys),
                findings: rule.findings.map(findingJson),
            })),
        })),
        skipped: report.skipped.map((skipped) => ({ file: skipped.file, reason: skipped.reason })),
        errors: report.errors.map((error) => ordered(error, ['file', 'line', 'column', 'message'])),
        notChecked: report.notChecked.map((entry) => ordered(entry, ['file', 'line', 'reason', 'fix'])),
        ...(report.notices === undefined ? {} : { notices: report.notices }),
        ...(report.drift === undefined
            ? {}
            : { drift: report.drift.map((entry) => ordered(entry, ['benchmark', 'id', 'title', 'code', 'live'])) }),
        ...(report.skippedRules === undefined
            ? {}
            : { skippedRules: report.skippedRules.map((entry) => ordered(entry, ['rule', 'reason', 'source'])) }),
        ...(report.excluded === undefined
            ? {}
            : { excluded: report.excluded.map((entry) => ordered(entry, ['path', 'pattern'])) }),
    };
    return `${stringifyInPieces(document, levelsWrittenInPieces)}\n`;
}


/***/ })

};
