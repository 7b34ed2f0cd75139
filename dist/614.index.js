export const id = 614;
export const ids = [614];
export const modules = {

/***/ 2614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeShards: () => (/* binding */ mergeShards),
  parseShardReport: () => (/* binding */ parseShardReport)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./src/benchmarks/assess.ts + 4 modules
var assess = __webpack_require__(2724);
// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(3477);
// EXTERNAL MODULE: ./src/inputs/outcome-order.ts
var outcome_order = __webpack_require__(7460);
// EXTERNAL MODULE: ./src/results/results.ts
var results = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/scan.ts + 27 modules
var scan = __webpack_require__(6250);
// EXTERNAL MODULE: ./src/shard/shard-report.ts
var shard_report = __webpack_require__(1291);
;// CONCATENATED MODULE: ./src/shard/shard-report.schema.json
const shard_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/aks-cis-gate/aks-cis-gate/shard-report.schema.json","title":"aks-cis-gate shard report, formatVersion 1","description":"What `aks-cis-gate scan --shard I/N` (and the action with shard-index) writes and `merge` reads: the model fragments, input problems and inputs of one shard. A shard report passes through an artifact store between jobs, so the merge checks every file against this schema before it uses one.","type":"object","required":["kind","formatVersion","shard","toolVersion","commit","configHash","config","head"],"properties":{"kind":{"const":"aks-cis-gate-shard"},"formatVersion":{"const":1},"shard":{"type":"object","required":["index","count"],"properties":{"index":{"type":"integer","minimum":1},"count":{"type":"integer","minimum":1}}},"toolVersion":{"type":"string"},"commit":{"type":["string","null"]},"configHash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"config":{"type":"object","required":["paths","benchmarks","namespace","ignores"],"properties":{"paths":{"$ref":"#/definitions/strings"},"benchmarks":{"$ref":"#/definitions/strings"},"namespace":{"type":"string"},"ignores":{"type":"array","items":{"type":"object"}}}},"head":{"$ref":"#/definitions/side"},"base":{"oneOf":[{"type":"object","required":["kind","description","side"],"properties":{"kind":{"const":"read"},"description":{"type":"string"},"side":{"$ref":"#/definitions/side"}}},{"type":"object","required":["kind","reason"],"properties":{"kind":{"const":"unavailable"},"reason":{"type":"string"}}}]}},"definitions":{"strings":{"type":"array","items":{"type":"string"}},"position":{"type":"integer","minimum":1},"side":{"type":"object","required":["inputs","read","outcome"],"properties":{"inputs":{"$ref":"#/definitions/strings"},"read":{"$ref":"#/definitions/strings"},"outcome":{"type":"object","required":["model","errors","skipped","notChecked"],"properties":{"model":{"type":"object","required":["kubeObjects","clusters"],"properties":{"kubeObjects":{"type":"array","items":{"$ref":"#/definitions/kubeObject"}},"clusters":{"type":"array","items":{"$ref":"#/definitions/cluster"}},"unreadable":{"type":"array","items":{"type":"object","required":["kind","reason"],"properties":{"kind":{"type":"string"},"reason":{"type":"string"}}}}}},"errors":{"type":"array","items":{"type":"object","required":["file","message"],"properties":{"file":{"type":"string"},"line":{"$ref":"#/definitions/position"},"column":{"$ref":"#/definitions/position"},"message":{"type":"string"}}}},"skipped":{"type":"array","items":{"type":"object","required":["file","reason"],"properties":{"file":{"type":"string"},"reason":{"type":"string"}}}},"notChecked":{"type":"array","items":{"type":"object","required":["file","reason","fix"],"properties":{"file":{"type":"string"},"line":{"$ref":"#/definitions/position"},"reason":{"type":"string"},"fix":{"type":"string"}}}}}}}},"location":{"oneOf":[{"type":"object","required":["file","line","column"],"properties":{"kind":{"const":"file"},"file":{"type":"string"},"line":{"$ref":"#/definitions/position"},"column":{"$ref":"#/definitions/position"},"template":{"type":"string"},"address":{"type":"string"},"terraformAddress":{"type":"string"}}},{"type":"object","required":["kind","api","cluster","apiAddress"],"properties":{"kind":{"const":"live"},"api":{"enum":["kubernetes","azure-resource-manager"]},"cluster":{"type":"string"},"apiAddress":{"type":"string"},"uid":{"type":"string"},"fieldPath":{"type":"string"}}}]},"setting":{"type":"object","required":["state","location"],"properties":{"state":{"enum":["set","unset","unknown"]},"location":{"$ref":"#/definitions/location"}},"if":{"properties":{"state":{"const":"unknown"}}},"then":{"required":["reason"],"properties":{"reason":{"type":"string"}}}},"settings":{"description":"Every field of a cluster or node pool that is an object with a state is a Setting.","type":"object","additionalProperties":{"if":{"type":"object","required":["state"]},"then":{"$ref":"#/definitions/setting"}}},"kubeObject":{"type":"object","required":["apiVersion","kind","name","body","location","origin","fieldLocations"],"properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"body":{"type":"object"},"location":{"$ref":"#/definitions/location"},"origin":{"enum":["manifest","terraform","live"]},"cluster":{"type":"string"},"platform":{"type":"boolean"},"fieldLocations":{"type":"object","additionalProperties":{"oneOf":[{"type":"array","items":[{"$ref":"#/definitions/position"},{"$ref":"#/definitions/position"}],"minItems":2,"maxItems":2,"additionalItems":false},{"$ref":"#/definitions/location"}]}}}},"cluster":{"type":"object","required":["name","id","location","origin","nodePools","diagnosticSettings"],"allOf":[{"$ref":"#/definitions/settings"}],"properties":{"name":{"type":"string"},"id":{"type":"string"},"location":{"$ref":"#/definitions/location"},"origin":{"enum":["bicep","arm","terraform","live"]},"nodePools":{"type":"array","items":{"type":"object","required":["name","location"],"allOf":[{"$ref":"#/definitions/settings"}],"properties":{"name":{"type":"string"},"location":{"$ref":"#/definitions/location"}}}},"diagnosticSettings":{"type":"array","items":{"type":"object"}}}}}}');
;// CONCATENATED MODULE: ./src/shard/merge.ts








/** Compiled on first use, so that loading this module (as every scan does) costs no compile. */
let compiledShardValidator;
const shardValidator = () => (compiledShardValidator ??= new ajv.Ajv({ allErrors: true }).compile(shard_report_schema_namespaceObject));
/** At most this many schema problems are named: enough to find the damage, bounded for a log line. */
const maxProblemsNamed = 5;
/**
 * Parses one shard file and checks it against shard-report.schema.json: a shard report travels
 * through an artifact store between jobs, so a truncated or tampered one is an error naming the
 * file, never a smaller merge.
 */
function parseShardReport(name, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new assess/* CannotRunError */.F(`${name}: not JSON (${error.message})`);
    }
    const validateShardReport = shardValidator();
    if (!validateShardReport(value)) {
        const problems = (validateShardReport.errors ?? [])
            .slice(0, maxProblemsNamed)
            .map((problem) => `${problem.instancePath || '(top level)'} ${problem.message ?? 'is invalid'}`);
        throw new assess/* CannotRunError */.F(`${name}: not a valid shard report (written by \`aks-cis-gate scan --shard I/N\`): ${(0,quote/* quoteInput */.Zs)(problems.join('; '), quote/* maxMessageCharacters */.wH)}`);
    }
    return { name, report: value };
}
const differing = (shards, field, what) => {
    const values = new Set(shards.map((shard) => JSON.stringify(field(shard.report))));
    if (values.size <= 1)
        return [];
    const listed = shards.map((shard) => `${shard.name}: ${String(field(shard.report))}`).join(', ');
    return [`the shards come from different ${what} (${listed})`];
};
/** Every shard of 1..N exactly once. */
function coverageProblems(shards) {
    const count = shards[0]?.report.shard.count ?? 0;
    const problems = [];
    for (let index = 1; index <= count; index += 1) {
        const holders = shards.filter((shard) => shard.report.shard.index === index);
        if (holders.length === 0)
            problems.push(`shard ${index}/${count} is missing`);
        if (holders.length > 1)
            problems.push(`shard ${index}/${count} is given more than once (${holders.map((shard) => shard.name).join(', ')})`);
    }
    for (const shard of shards.filter(({ report }) => report.shard.index < 1 || report.shard.index > count))
        problems.push(`${shard.name}: shard ${shard.report.shard.index} is not between 1 and ${count}`);
    return problems;
}
/** The shards saw the same inputs, and together read each of them exactly once. */
function readingProblems(sides, tree) {
    const inputs = new Set(sides.map((side) => JSON.stringify(side.inputs)));
    if (inputs.size > 1)
        return [`the shards found different inputs in the ${tree}`];
    const readBy = new Map();
    for (const path of sides.flatMap((side) => side.read))
        readBy.set(path, (readBy.get(path) ?? 0) + 1);
    const expected = sides[0]?.inputs ?? [];
    const unread = expected.filter((path) => !readBy.has(path));
    const twice = [...readBy].filter(([, times]) => times > 1).map(([path]) => path);
    const unknown = [...readBy.keys()].filter((path) => !expected.includes(path));
    return [
        ...(unread.length === 0 ? [] : [`no shard read ${unread.join(', ')} in the ${tree}`]),
        ...(twice.length === 0 ? [] : [`more than one shard read ${twice.join(', ')} in the ${tree}`]),
        ...(unknown.length === 0 ? [] : [`a shard read ${unknown.join(', ')}, not among the ${tree}'s inputs`]),
    ];
}
/** The shards' outcomes as one, in the order one whole read gives. */
function concatenated(sides) {
    const outcomes = sides.map((side) => (0,shard_report/* restoreOutcome */.dd)(side.outcome));
    const unreadable = outcomes.flatMap((outcome) => outcome.model.unreadable ?? []);
    return (0,outcome_order/* inCanonicalOrder */.u)({
        model: {
            kubeObjects: outcomes.flatMap((outcome) => outcome.model.kubeObjects),
            clusters: outcomes.flatMap((outcome) => outcome.model.clusters),
            ...(unreadable.length === 0 ? {} : { unreadable }),
        },
        errors: outcomes.flatMap((outcome) => outcome.errors),
        skipped: outcomes.flatMap((outcome) => outcome.skipped),
        notChecked: outcomes.flatMap((outcome) => outcome.notChecked),
    });
}
/** The base as the shards read it: whole only when every shard read its part. */
function mergedBase(shards, assessBase) {
    const bases = shards.map((shard) => shard.report.base);
    if (bases.every((base) => base === undefined))
        return undefined;
    const missing = bases.find((base) => base?.kind !== 'read');
    if (missing !== undefined)
        return {
            kind: 'unavailable',
            reason: missing?.kind === 'unavailable' ? missing.reason : 'a shard did not read the base commit',
        };
    const read = bases.map((base) => base);
    const problems = readingProblems(read.map((base) => base.side), 'base');
    if (problems.length > 0)
        return { kind: 'unavailable', reason: problems.join('; ') };
    return {
        kind: 'report',
        report: assessBase(concatenated(read.map((base) => base.side))),
        description: read[0]?.description ?? 'the base commit',
    };
}
/**
 * The shards assessed under their config file; the merge gates under its own. Two different
 * files would judge the findings under one and gate them under the other, so they must agree.
 */
function configProblems(shardConfig, config) {
    if (config === undefined)
        return [];
    const same = (left, right) => JSON.stringify(left) === JSON.stringify(right);
    return [
        ...(same(shardConfig.skip, config.skip) ? [] : ['skip']),
        ...(same(shardConfig.ignores, config.ignores) ? [] : ['ignores']),
    ].map((key) => `the merge's config file has other ${key} than the shards read: give merge the shards' config`);
}
/**
 * Checks that the shards are one complete run (same commit, configuration and tool version;
 * every shard exactly once; every input read once), and read under the merge's own `config`
 * when given, and assesses what they read as one whole scan would. Anything less is a
 * CannotRunError: never a smaller report that could pass.
 */
function mergeShards(shards, config, today) {
    if (shards.length === 0)
        throw new assess/* CannotRunError */.F('no shard reports to merge');
    const problems = [
        ...differing(shards, (report) => report.shard.count, 'shard counts'),
        ...differing(shards, (report) => report.commit, 'commits'),
        ...differing(shards, (report) => report.configHash, 'configurations'),
        ...differing(shards, (report) => report.toolVersion, 'tool versions'),
    ];
    if (problems.length === 0)
        problems.push(...coverageProblems(shards));
    if (problems.length === 0)
        problems.push(...readingProblems(shards.map((shard) => shard.report.head), 'head'));
    const shardConfig = shards[0].report.config;
    if (problems.length === 0)
        problems.push(...configProblems(shardConfig, config));
    if (problems.length > 0)
        throw new assess/* CannotRunError */.F(`cannot merge the shard reports: ${problems.join('; ')}`);
    const options = (0,scan/* assessOptionsOf */.wy)({
        benchmarks: shardConfig.benchmarks,
        namespace: shardConfig.namespace,
        ignores: shardConfig.ignores,
        skip: shardConfig.skip,
        ...(today === undefined ? {} : { today }),
    });
    const assessTree = (outcome) => (0,assess/* assess */.n)(outcome, options);
    const head = shards.map((shard) => shard.report.head);
    const report = (0,scan/* withExcluded */.vQ)(assessTree(concatenated(head)), head[0]?.excluded ?? []);
    const base = mergedBase(shards, (outcome) => {
        try {
            return assessTree(outcome);
        }
        catch (error) {
            if (!(error instanceof assess/* CannotRunError */.F))
                throw error;
            return { schemaVersion: results/* schemaVersion */.C, benchmarks: [], skipped: [], notChecked: [], errors: [] };
        }
    });
    return { report, ...(base === undefined ? {} : { base }) };
}


/***/ })

};
