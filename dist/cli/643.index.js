export const id = 643;
export const ids = [643];
export const modules = {

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif),
/* harmony export */   securitySeverity: () => (/* binding */ securitySeverity)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _benchmarks_catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9820);
/* harmony import */ var _benchmarks_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5687);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7994);




/**
 * GitHub code scanning sorts and filters alerts by `security-severity` (0.1–3.9 low, 4.0–6.9
 * medium, 7.0–8.9 high, 9.0+ critical). CIS gives no severity, so ours follows the benchmark's
 * own grading: an Automated rule is a scored, checkable control and L1 is the baseline every
 * cluster should meet, so Automated L1 is high; L2 (defence in depth) and Manual rules (which
 * need judgement) are lower. Nothing is critical: a benchmark deviation is a weakness, not an
 * exploit. Rows without assessment or level (Azure Linux, CIS AKS) sit in the middle.
 */
function securitySeverity(rule) {
    if (rule.assessment === undefined || rule.level === undefined)
        return '5.0';
    const scores = { Automated: { L1: '8.0', L2: '6.0' }, Manual: { L1: '5.0', L2: '3.0' } };
    return scores[rule.assessment][rule.level];
}
/** Relative paths stay relative to the checkout (`%SRCROOT%`); others become file: URIs. */
function artifactLocation(file) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file)
        ? { uri: (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(file).href }
        : { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
/**
 * Files carry a physical location; a live object is no file in the repository, so it has only
 * logical ones: the object by its address in the cluster's API, and by its name.
 */
function findingLocation(finding) {
    const named = { fullyQualifiedName: finding.resource, kind: 'resource' };
    const { location } = finding;
    switch (location.kind) {
        case 'live':
            return {
                logicalLocations: [
                    { fullyQualifiedName: `${location.cluster}${location.apiAddress}`, kind: 'resource' },
                    named,
                ],
            };
        case 'file':
            return {
                physicalLocation: {
                    artifactLocation: artifactLocation(location.file),
                    region: { startLine: Math.max(1, location.line), startColumn: Math.max(1, location.column) },
                },
                logicalLocations: [named],
            };
    }
}
/** What SARIF has no field for: the live object's API and uid, the Helm template, the Terraform address. */
function locationProperties(location) {
    const properties = location.kind === 'live'
        ? { api: location.api, cluster: location.cluster, uid: location.uid, fieldPath: location.fieldPath }
        : { template: location.template, terraformAddress: location.terraformAddress };
    return Object.fromEntries(Object.entries(properties).filter((entry) => entry[1] !== undefined));
}
function ruleDescriptor(benchmark, rule) {
    // `security` tells code scanning to read security-severity.
    const tags = ['security', benchmark.family, rule.assessment ?? '', rule.level ?? ''].filter((tag) => tag !== '');
    return {
        id: (0,_benchmarks_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedRuleId */ .a)(benchmark.family, rule.id),
        name: `${benchmark.family} ${rule.id}`,
        shortDescription: { text: rule.title },
        fullDescription: { text: `${benchmark.title}, ${rule.id}: ${rule.title}` },
        help: { text: rule.remediation, markdown: `**${rule.id} ${rule.title}**\n\n${rule.remediation}` },
        helpUri: (0,_benchmarks_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleDocUrl */ .Cg)(benchmark.id, rule.id),
        defaultConfiguration: { level: rule.assessment === 'Automated' ? 'error' : 'warning' },
        properties: { tags, benchmark: benchmark.id, 'security-severity': securitySeverity(rule) },
    };
}
function result(benchmark, rule, ruleIndex, finding) {
    const level = finding.platform === true ? 'note' : rule.assessment === 'Automated' ? 'error' : 'warning';
    return {
        ruleId: (0,_benchmarks_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedRuleId */ .a)(benchmark.family, rule.id),
        ruleIndex,
        level,
        message: { text: `${finding.message} (${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .describeSubject */ .qy)(finding)})` },
        locations: [findingLocation(finding)],
        partialFingerprints: { 'aksCisGate/v1': finding.fingerprint },
        ...(finding.suppressed === undefined
            ? {}
            : {
                suppressions: [
                    {
                        // An annotation on the object is written in the scanned source; a config ignore is not.
                        kind: finding.suppressedBy === 'annotation' ? 'inSource' : 'external',
                        status: 'accepted',
                        justification: finding.suppressed,
                    },
                ],
            }),
        properties: {
            check: finding.check,
            ...locationProperties(finding.location),
        },
    };
}
/**
 * SARIF 2.1.0 for code scanning: rules named `family:id` (not the version, so a catalog
 * upgrade does not reopen alerts), one result per finding fingerprint.
 */
function renderSarif(report, options) {
    const rules = [];
    const ruleIndexes = new Map();
    const results = [];
    const seen = new Set();
    for (const benchmark of report.benchmarks) {
        for (const rule of benchmark.rules) {
            for (const finding of rule.findings) {
                if (seen.has(finding.fingerprint))
                    continue;
                seen.add(finding.fingerprint);
                const id = (0,_benchmarks_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedRuleId */ .a)(benchmark.family, rule.id);
                if (!ruleIndexes.has(id)) {
                    ruleIndexes.set(id, rules.length);
                    rules.push(ruleDescriptor(benchmark, rule));
                }
                results.push(result(benchmark, rule, ruleIndexes.get(id), finding));
            }
        }
    }
    const notifications = report.errors.map((error) => ({
        level: 'error',
        message: { text: error.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: artifactLocation(error.file),
                    ...(error.line === undefined ? {} : { region: { startLine: Math.max(1, error.line) } }),
                },
            },
        ],
    }));
    // What the configuration left out has no results; SARIF says so where configuration is reported.
    const configuration = [
        ...(report.skippedRules ?? []).map((skipped) => ({
            level: 'note',
            descriptor: { id: skipped.rule },
            message: { text: `${skipped.rule} skipped by configuration (${skipped.source}): ${skipped.reason}` },
        })),
        ...(report.excluded ?? []).map((excluded) => ({
            level: 'note',
            message: { text: `excluded by configuration (${excluded.pattern})` },
            locations: [{ physicalLocation: { artifactLocation: artifactLocation(excluded.path) } }],
        })),
    ];
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: { name: 'aks-cis-gate', version: options.toolVersion, informationUri: _benchmarks_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .projectUrl */ .Vn, rules },
                },
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: notifications,
                        ...(configuration.length === 0 ? {} : { toolConfigurationNotifications: configuration }),
                    },
                ],
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ findingSource),
/* harmony export */   Qr: () => (/* binding */ configurationLines),
/* harmony export */   X8: () => (/* binding */ statusTally),
/* harmony export */   _L: () => (/* binding */ platformLast),
/* harmony export */   gD: () => (/* binding */ headlineOf),
/* harmony export */   kW: () => (/* binding */ templateOf),
/* harmony export */   ps: () => (/* binding */ findingPlace),
/* harmony export */   qy: () => (/* binding */ describeSubject)
/* harmony export */ });
/* harmony import */ var _results_counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9244);
/* harmony import */ var _model_location_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3214);


/**
 * What the configuration left out, one line each: the paths `exclude:` kept from the scan and the
 * rules `skip:` switched off, with the reason. Every format lists them, so nothing is left out silently.
 */
function configurationLines(report) {
    return [
        ...(report.skippedRules ?? []).map((skipped) => `${skipped.rule} skipped by configuration: ${skipped.reason} (${skipped.source})`),
        ...(report.excluded ?? []).map((excluded) => `excluded by configuration: ${excluded.path} (${excluded.pattern})`),
    ];
}
/** `counts`: a bare report's (no verdict), as the reporter's own gate counted them. */
function headlineOf(report, counts) {
    const { passed, decided } = (0,_results_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .score */ .fN)(report);
    return {
        verdict: report.verdict?.summary,
        passed: report.verdict?.passed,
        counts: (0,_results_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .countsLine */ .J7)(report.verdict?.counts ?? counts ?? (0,_results_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .headlineCounts */ .Bi)(report)),
        score: decided === 0 ? undefined : `${passed}/${decided} Automated rules pass`,
    };
}
/** Where a finding is: `file:line`, or the live cluster and the object's API address. */
const findingPlace = (finding) => (0,_model_location_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLocation */ .lR)(finding.location);
/** What a finding's object sits in, without a line: its file, or the live cluster it was read from. */
const findingSource = (finding) => finding.location.kind === 'live' ? finding.location.cluster : finding.location.file;
/** The Helm template a finding's file was rendered from, if any. */
const templateOf = (finding) => finding?.location.kind === 'file' ? finding.location.template : undefined;
/** Counted findings first, then those on platform-managed objects, which are shown apart. */
function platformLast(findings) {
    return [
        ...findings.filter((finding) => finding.platform !== true),
        ...findings.filter((finding) => finding.platform === true),
    ];
}
/** `Deployment/shop/web, container app, template chart/templates/web.yaml, cluster aks-prod`. */
function describeSubject(finding) {
    const { location } = finding;
    const live = location.kind === 'live' ? location : undefined;
    const file = location.kind === 'file' ? location : undefined;
    return [
        finding.resource,
        live?.uid === undefined ? '' : `uid ${live.uid}`,
        finding.container === undefined ? '' : `container ${finding.container}`,
        file?.template === undefined ? '' : `template ${file.template}`,
        file?.terraformAddress === undefined ? '' : `Terraform ${file.terraformAddress}`,
        // Azure resources already name their cluster (`NodePool/aks/system`).
        finding.cluster === undefined || finding.resource.includes(finding.cluster)
            ? ''
            : `cluster ${finding.cluster}`,
    ]
        .filter((part) => part !== '')
        .join(', ');
}
/** How many rows of a benchmark have each status, by who decided it. */
function statusTally(benchmark) {
    const tally = new Map();
    for (const rule of benchmark.rules) {
        const label = rule.decidedBy === 'platform'
            ? 'platform'
            : rule.status === 'Not evaluated'
                ? 'not evaluated'
                : rule.status;
        tally.set(label, (tally.get(label) ?? 0) + 1);
    }
    return [...tally].map(([label, count]) => `${label} ${count}`).join(', ');
}


/***/ })

};
