export const id = 644;
export const ids = [644];
export const modules = {

/***/ 2724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ CannotRunError),
  n: () => (/* binding */ assess)
});

// EXTERNAL MODULE: ./src/results/results.ts
var results = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/results/findings.ts
var results_findings = __webpack_require__(5846);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/benchmarks/fingerprint.ts


const hash = (parts) => (0,external_node_crypto_.createHash)('sha256').update(parts.join('|')).digest('hex').slice(0, 32);
const fingerprintOf = (family, ruleId, subject, cluster = '') => hash([(0,results/* qualifiedRuleId */.a)(family, ruleId), cluster, subject.resource, subject.container ?? '', subject.key]);
/**
 * sha256 of `family:id|cluster|resource|container|key`, first 32 hex characters, where the
 * cluster is named by its identity (its source and id), so two files that declare clusters of
 * one name give two fingerprints. The family (not the catalog version) names the rule, so moving
 * a cluster from Kubernetes 1.31 to 1.32 does not make every old finding look new.
 */
function fingerprint(family, ruleId, subject) {
    return fingerprintOf(family, ruleId, subject, subject.clusterIdentity ?? subject.cluster);
}
/**
 * The fingerprint reports written before clusters were keyed by their source gave this finding
 * (the cluster named by its name alone), or undefined where it is the same as `fingerprint`.
 * The gate matches it, together with the finding's file, against such reports used as a baseline.
 */
function nameOnlyFingerprint(family, ruleId, subject) {
    return subject.clusterIdentity === undefined
        ? undefined
        : fingerprintOf(family, ruleId, subject, subject.cluster);
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/model/fields.ts
var fields = __webpack_require__(5140);
// EXTERNAL MODULE: ./src/model/location.ts
var model_location = __webpack_require__(3214);
// EXTERNAL MODULE: ./src/model/kubernetes.ts
var kubernetes = __webpack_require__(7989);
// EXTERNAL MODULE: ./src/benchmarks/select-catalogs.ts
var select_catalogs = __webpack_require__(4295);
;// CONCATENATED MODULE: ./src/benchmarks/suppressions.ts






/** The object annotation that suppresses findings: one `[family:]id: reason` entry per line. */
const ignoreAnnotation = 'aks-cis-gate/ignore';
/** The check id of the finding that reports a suppression written without a reason. */
const missingReasonCheck = 'suppressions.missing-reason';
/** `5.2.2` → CIS Kubernetes; `cis-aks:4.2.1` → CIS AKS. */
function parseRuleReference(text) {
    const match = /^(?:([a-z-]+):)?(\d+(?:\.\d+)*)$/.exec(text.trim());
    if (!match)
        return undefined;
    const family = match[1] ?? 'cis-kubernetes';
    if (!select_catalogs/* benchmarkFamilies */.W.includes(family))
        return undefined;
    return { family: family, ruleId: match[2] };
}
/** `5.2.2: CSI driver needs host access` → the rule and the reason (empty when none was written). */
function parseAnnotationLine(line) {
    const match = /^((?:[a-z-]+:)?\d+(?:\.\d+)*)\s*(?::(.*))?$/.exec(line.trim());
    const reference = match ? parseRuleReference(match[1]) : undefined;
    return reference && { ...reference, reason: (match?.[2] ?? '').trim() };
}
const subjectKey = (resource, cluster) => `${cluster ?? ''}|${resource}`;
const entryKey = (family, ruleId, subject) => `${(0,results/* qualifiedRuleId */.a)(family, ruleId)}|${subject}`;
/** `Kind/namespace/name` or `Kind/name` back into its parts. */
function resourceParts(resource) {
    const [kind = '', first = '', second] = resource.split('/');
    return second === undefined
        ? { kind, namespace: '', name: first }
        : { kind, namespace: first, name: second };
}
function compileIgnore(ignore, reference) {
    const glob = (pattern) => picomatch_default()(pattern, { dot: true });
    const pathMatchers = (ignore.paths ?? []).map(glob);
    const any = () => true;
    // A selector that leaves a part out matches any value of it, including the empty namespace of
    // cluster-scoped objects (a glob `*` would not match an empty string).
    const selectors = (ignore.resources ?? []).map((selector) => ({
        kind: selector.kind === undefined ? any : glob(selector.kind),
        namespace: selector.namespace === undefined ? any : glob(selector.namespace),
        name: selector.name === undefined ? any : glob(selector.name),
    }));
    return {
        ...reference,
        reason: ignore.reason.trim(),
        matches(subject) {
            const parts = resourceParts(subject.resource);
            const pathMatches = pathMatchers.length === 0 ||
                (subject.file !== undefined && pathMatchers.some((matcher) => matcher(subject.file)));
            const resourceMatches = selectors.length === 0 ||
                selectors.some((selector) => selector.kind(parts.kind) && selector.namespace(parts.namespace) && selector.name(parts.name));
            return pathMatches && resourceMatches;
        },
    };
}
const describeSource = (ignore) => ignore.source
    ? ` (${ignore.source.file}${ignore.source.line === undefined ? '' : `:${ignore.source.line}`})`
    : '';
/** `YYYY-MM-DD` of a date, in UTC. */
const isoDay = (date) => date.toISOString().slice(0, 10);
/**
 * Reads the ignore annotations of every object and the config ignores. A suppression
 * without a reason does not apply: it is reported as a finding under the rule it names.
 */
function buildSuppressions(model, ignores, today) {
    const annotated = new Map();
    const problems = [];
    const notices = [];
    for (const object of model.kubeObjects) {
        const annotations = object.body.metadata
            ?.annotations;
        const value = annotations?.[ignoreAnnotation];
        if (value === undefined)
            continue;
        const location = object.locate(['metadata', 'annotations', ignoreAnnotation]);
        const subject = subjectKey((0,kubernetes/* resourceName */.Iy)(object), object.cluster);
        for (const line of (0,fields/* displayValue */.KN)(value)
            .split('\n')
            .filter((text) => text.trim() !== '')) {
            const entry = parseAnnotationLine(line);
            if (entry === undefined) {
                notices.push(`${(0,model_location/* describeLocation */.lR)(location)}: ${ignoreAnnotation} entry "${line.trim()}" on ${(0,kubernetes/* resourceName */.Iy)(object)} names no rule; write "5.2.2: reason" or "cis-aks:4.2.1: reason"`);
                continue;
            }
            const rule = (0,results/* qualifiedRuleId */.a)(entry.family, entry.ruleId);
            if (entry.reason !== '') {
                annotated.set(entryKey(entry.family, entry.ruleId, subject), entry.reason);
                continue;
            }
            problems.push({
                family: entry.family,
                ruleId: entry.ruleId,
                finding: {
                    resource: (0,kubernetes/* resourceName */.Iy)(object),
                    location,
                    message: `The ${ignoreAnnotation} entry for ${rule} gives no reason, so it does not apply; write "${entry.ruleId}: <why this is accepted>".`,
                    key: `${missingReasonCheck}:${rule}`,
                    ...(0,kubernetes/* clusterOf */.es)(object),
                    ...(object.platform === undefined ? {} : { platform: object.platform }),
                },
            });
        }
    }
    const active = [];
    for (const ignore of ignores) {
        const reference = parseRuleReference(ignore.rule);
        const where = describeSource(ignore);
        if (reference === undefined) {
            notices.push(`ignore${where}: "${ignore.rule}" is not a rule id; write "5.2.2" or "cis-aks:5.4.1"`);
        }
        else if (ignore.reason.trim() === '') {
            problems.push({
                ...reference,
                finding: {
                    resource: 'Config/ignore',
                    location: { file: ignore.source?.file ?? '(config)', line: ignore.source?.line ?? 1, column: 1 },
                    message: `The config ignore for ${(0,results/* qualifiedRuleId */.a)(reference.family, reference.ruleId)} gives no reason, so it does not apply.`,
                    // The rule and scope name the ignore; its line would move with unrelated edits.
                    key: `${missingReasonCheck}:config:${JSON.stringify([ignore.paths ?? [], ignore.resources ?? []])}`,
                },
            });
        }
        else if (ignore.expires !== undefined && ignore.expires < isoDay(today)) {
            notices.push(`ignore of ${(0,results/* qualifiedRuleId */.a)(reference.family, reference.ruleId)}${where} expired on ${ignore.expires} and no longer applies ("${ignore.reason}")`);
        }
        else if ((ignore.paths ?? []).length === 0 && (ignore.resources ?? []).length === 0) {
            notices.push(`ignore of ${(0,results/* qualifiedRuleId */.a)(reference.family, reference.ruleId)}${where} names no paths and no resources, so it does not apply`);
        }
        else {
            active.push(compileIgnore(ignore, reference));
        }
    }
    return {
        problems,
        notices,
        suppressionFor(family, ruleId, subject) {
            const annotation = annotated.get(entryKey(family, ruleId, subjectKey(subject.resource, subject.cluster)));
            if (annotation !== undefined)
                return { reason: annotation, by: 'annotation' };
            const ignore = active.find((candidate) => candidate.family === family && candidate.ruleId === ruleId && candidate.matches(subject));
            return ignore === undefined ? undefined : { reason: ignore.reason, by: 'config' };
        },
    };
}

// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(3477);
;// CONCATENATED MODULE: ./src/benchmarks/evaluate.ts





function memoizedRunner(checks, options) {
    const byId = new Map(checks.map((check) => [check.id, check]));
    const results = new Map();
    return (checkId, model) => {
        const check = byId.get(checkId);
        if (check === undefined)
            return undefined;
        const forModel = results.get(model) ?? new Map();
        results.set(model, forModel);
        const cached = forModel.get(checkId);
        if (cached !== undefined)
            return cached;
        const result = withUnreadable(check, model, check.run(model, options));
        forModel.set(checkId, result);
        return result;
    };
}
/**
 * A live scan that could not read a kind the check reads saw only part of the cluster:
 * what it found still counts, but it cannot pass.
 */
function withUnreadable(check, model, result) {
    const missed = (model.unreadable ?? []).filter((entry) => check.reads?.includes(entry.kind));
    if (missed.length === 0)
        return result;
    return {
        ...result,
        undecided: [
            ...result.undecided,
            ...missed.map((entry) => ({ reason: `cannot read ${entry.kind}: ${entry.reason}` })),
        ],
    };
}
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** At most three reasons, then a count: a reason must stay readable in a table cell. */
function summarize(reasons) {
    const unique = [...new Set(reasons)];
    const shown = unique.slice(0, 3).join('; ');
    return unique.length > 3 ? `${shown}; and ${unique.length - 3} more` : shown;
}
const describeUndecided = (undecided) => undecided.resource === undefined ? undecided.reason : `${undecided.resource}: ${undecided.reason}`;
function toFinding(catalog, rule, check, draft, suppressions) {
    const location = (0,model_location/* tagged */.VK)(draft.location);
    const suppression = suppressions.suppressionFor(catalog.family, rule.id, {
        file: location.kind === 'file' ? location.file : undefined,
        resource: draft.resource,
        ...(draft.cluster === undefined ? {} : { cluster: draft.cluster }),
    });
    const legacy = nameOnlyFingerprint(catalog.family, rule.id, draft);
    return {
        location,
        resource: draft.resource,
        ...(draft.container === undefined ? {} : { container: draft.container }),
        ...(draft.cluster === undefined ? {} : { cluster: draft.cluster }),
        ...(draft.clusterSource === undefined ? {} : { clusterSource: draft.clusterSource }),
        // The last bound on what a check quotes: no message outgrows a report's table cell by much.
        message: (0,quote/* quoteInput */.Zs)(draft.message, quote/* maxMessageCharacters */.wH),
        check,
        fingerprint: fingerprint(catalog.family, rule.id, draft),
        ...(legacy === undefined ? {} : { legacyFingerprint: legacy }),
        ...(suppression === undefined || check === missingReasonCheck
            ? {}
            : { suppressed: suppression.reason, suppressedBy: suppression.by }),
        ...(draft.platform === true ? { platform: true } : {}),
    };
}
/** What a decided row's reason adds about findings that do not count. */
function uncountedNote(findings) {
    const suppressed = findings.filter((finding) => finding.suppressed !== undefined).length;
    const platform = findings.filter((finding) => finding.suppressed === undefined && finding.platform === true).length;
    const notes = [
        suppressed > 0 ? `${plural(suppressed, 'finding')} suppressed` : '',
        platform > 0 ? `${plural(platform, 'finding')} on platform-managed objects, not counted` : '',
    ].filter((note) => note !== '');
    return notes.length === 0 ? '' : ` (${notes.join('; ')})`;
}
/**
 * Microsoft's reasons keep the reference-style links of their docs page (`[Azure KMS][azure-kms]`),
 * whose targets are not in the table: the report shows their text.
 */
const microsoftReason = (rule) => rule.aksReason.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1').trim();
/** One sentence: no doubled full stop where `text` already ends one. */
const sentence = (text) => (/[.!?]$/.test(text) ? text : `${text}.`);
function notDecided(rule, why) {
    if (rule.responsibility === 'platform') {
        // Microsoft's words stay first; where a check tried (a live read forbidden, SSH left enabled),
        // what this scan saw follows, so a 403 is never mistaken for the platform's Pass.
        const seen = rule.checks.length === 0 ? '' : `This scan: ${sentence(why)}`;
        const reason = [microsoftReason(rule), seen].filter((part) => part !== '').join(' ');
        return { status: rule.aksStatus, reason, decidedBy: 'platform' };
    }
    const theirs = microsoftReason(rule);
    const microsoft = theirs === '' ? '' : ` Microsoft: ${theirs}`;
    // Microsoft's status stays in aksStatus: in `status` it would read as this scan's Pass.
    return {
        status: 'Not evaluated',
        reason: `Not evaluated: ${sentence(why)}${microsoft}`,
        decidedBy: 'none',
    };
}
function verdict(rule, results, missing, findings) {
    const notes = results.map((result) => result.note).filter((note) => note !== undefined);
    const withNotes = (text) => (notes.length === 0 ? text : `${sentence(text)} ${summarize(notes)}`);
    const counted = findings.filter(results_findings/* findingCounts */.s_);
    if (counted.length > 0) {
        const resources = new Set(counted.map((finding) => `${finding.clusterSource ?? ''}|${finding.cluster ?? ''}|${finding.resource}`)).size;
        return {
            status: 'Fail',
            reason: withNotes(`${plural(counted.length, 'finding')} in ${plural(resources, 'resource')}${uncountedNote(findings)}`),
            decidedBy: 'scan',
        };
    }
    // A platform row whose findings are all on the platform's own objects (AKS's kube-proxy, 4.3.1)
    // keeps Microsoft's attestation: those objects are theirs to judge, so the scan shows no Pass.
    const onPlatform = findings.filter((finding) => finding.platform === true).length;
    if (rule.responsibility === 'platform' && onPlatform > 0) {
        return notDecided(rule, `${plural(onPlatform, 'finding')} on platform-managed objects, not counted`);
    }
    if (rule.checks.length === 0)
        return notDecided(rule, 'no check of this tool decides this recommendation');
    const applicable = results.reduce((sum, result) => sum + result.applicable, 0);
    const undecided = results.flatMap((result) => result.undecided);
    if (applicable > 0 && undecided.length === 0 && missing.length === 0) {
        return {
            status: 'Pass',
            reason: withNotes(`${plural(applicable, 'subject')} checked, none fails${uncountedNote(findings)}`),
            decidedBy: 'scan',
        };
    }
    const why = [
        ...missing.map((checkId) => `the check ${checkId} is not available`),
        ...undecided.map(describeUndecided),
        // Nothing to judge is only worth saying when nothing was left undecided either.
        ...(applicable === 0 && undecided.length === 0
            ? results.map((result) => result.notApplicableReason ?? 'nothing in the input to judge')
            : []),
    ];
    return notDecided(rule, withNotes(summarize(why)));
}
/**
 * A pool whose OS is not known before deployment may run this image: what the known pools pass,
 * or leave to Microsoft's attestation, cannot pass for it. Their failures stand.
 */
function withUndecidedPools(decided, undecidedPools) {
    if (undecidedPools === undefined)
        return decided;
    if (decided.status === 'Fail') {
        return {
            ...decided,
            reason: `${sentence(decided.reason)} Not evaluated for the other pools: ${undecidedPools}.`,
        };
    }
    return {
        status: 'Not evaluated',
        reason: [
            `Not evaluated: ${undecidedPools}.`,
            `For the pools known to run Azure Linux: ${decided.status}${decided.decidedBy === 'platform' ? " (Microsoft's attestation)" : ''}.`,
            decided.reason,
        ]
            .filter((part) => part !== '')
            .join(' '),
        decidedBy: 'none',
    };
}
function evaluateRule(selection, rule, run, suppressions) {
    const { catalog } = selection;
    const row = {
        id: rule.id,
        title: rule.title,
        section: rule.section,
        ...(rule.assessment === undefined ? {} : { assessment: rule.assessment }),
        ...(rule.level === undefined ? {} : { level: rule.level }),
        aksStatus: rule.aksStatus,
        remediation: rule.remediation,
        ...(rule.fix === undefined ? {} : { fix: rule.fix }),
    };
    if (selection.notApplicable !== undefined) {
        // The scan saw what makes the catalog not apply (an Ubuntu pool for Azure Linux): its decision.
        return {
            ...row,
            status: 'N/A',
            reason: `N/A: ${selection.notApplicable}.`,
            decidedBy: 'scan',
            findings: [],
        };
    }
    if (selection.notEvaluated !== undefined) {
        // Even platform rows: without the node pools, Microsoft's attestation has nothing to apply to.
        const reason = `Not evaluated: ${selection.notEvaluated}.`;
        return { ...row, status: 'Not evaluated', reason, decidedBy: 'none', findings: [] };
    }
    const results = [];
    const missing = [];
    const findings = [];
    for (const checkId of rule.checks) {
        const result = run(checkId, selection.model);
        if (result === undefined) {
            missing.push(checkId);
            continue;
        }
        results.push(result);
        findings.push(...result.findings.map((draft) => toFinding(catalog, rule, checkId, draft, suppressions)));
    }
    for (const problem of suppressions.problems) {
        if (problem.family === catalog.family && problem.ruleId === rule.id) {
            findings.push(toFinding(catalog, rule, missingReasonCheck, problem.finding, suppressions));
        }
    }
    const decided = withUndecidedPools(verdict(rule, results, missing, findings), selection.undecidedPools);
    return { ...row, ...decided, reason: (0,quote/* quoteInput */.Zs)(decided.reason, quote/* maxMessageCharacters */.wH), findings };
}
/**
 * Every row of every selected catalog: decided by the scan (Fail/Pass), the platform's
 * attestation, or Microsoft's status kept with the reason the scan could not decide it.
 */
function evaluate(selections, context) {
    const run = memoizedRunner(context.checks, context.options);
    return selections.map((selection) => ({
        id: selection.catalog.id,
        family: selection.catalog.family,
        title: selection.catalog.title,
        version: selection.catalog.version,
        selectedBecause: (0,quote/* quoteInput */.Zs)(selection.selectedBecause, quote/* maxMessageCharacters */.wH),
        sections: selection.catalog.sections,
        rules: selection.catalog.rules.map((rule) => evaluateRule(selection, rule, run, context.suppressions)),
    }));
}

;// CONCATENATED MODULE: ./src/benchmarks/skip-rules.ts

/**
 * Switches the skipped rules off in every catalog of their family: no findings, so nothing
 * fails or blocks, and status Skipped (never Pass) with the configuration's reason.
 */
function skipRules(benchmarks, skips) {
    const byRule = new Map(skips.map((skip) => [skip.rule, skip]));
    const skipped = new Map();
    const skipRow = (benchmark, rule) => {
        const skip = byRule.get((0,results/* qualifiedRuleId */.a)(benchmark.family, rule.id));
        if (skip === undefined)
            return rule;
        skipped.set(skip.rule, { rule: skip.rule, reason: skip.reason, source: skip.source });
        return {
            ...rule,
            status: 'Skipped',
            reason: `Skipped by configuration (${skip.source}): ${skip.reason}`,
            decidedBy: 'config',
            findings: [],
        };
    };
    return {
        benchmarks: benchmarks.map((benchmark) => ({
            ...benchmark,
            rules: benchmark.rules.map((rule) => skipRow(benchmark, rule)),
        })),
        skipped: [...skipped.values()],
    };
}

;// CONCATENATED MODULE: ./src/benchmarks/assess.ts





/**
 * The scan cannot start: a bad option, a PATH that does not exist or matches nothing.
 * Callers turn it into exit status 2 (CLI) or a failed step (action). Problems in the
 * scanned files are never thrown: they are report errors.
 */
class CannotRunError extends Error {
    name = 'CannotRunError';
}
/** The model → report half of the scan: select catalogs, run the checks, apply suppressions, fingerprint. */
function assess(input, options) {
    const selection = (0,select_catalogs/* selectCatalogs */.H$)(options.catalogs, input.model, options.benchmarks ?? []);
    if (!selection.ok)
        throw new CannotRunError(selection.message);
    const suppressions = buildSuppressions(input.model, options.ignores ?? [], options.today ?? new Date());
    const evaluated = evaluate(selection.selections, {
        checks: options.checks,
        options: { defaultNamespace: options.namespace ?? 'default' },
        suppressions,
    });
    const { benchmarks, skipped } = skipRules(evaluated, options.skip ?? []);
    return {
        schemaVersion: results/* schemaVersion */.C,
        benchmarks,
        ...(skipped.length === 0 ? {} : { skippedRules: skipped }),
        skipped: input.skipped,
        notChecked: input.notChecked,
        errors: input.errors,
        ...(suppressions.notices.length === 0 ? {} : { notices: suppressions.notices }),
    };
}


/***/ }),

/***/ 5687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ ruleDocUrl),
/* harmony export */   Vn: () => (/* binding */ projectUrl),
/* harmony export */   _Q: () => (/* binding */ ruleDocPath)
/* harmony export */ });

/** The project's home: SARIF's informationUri, and the root of the rule pages that reports link to. */
const projectUrl = 'https://github.com/aks-cis-gate/aks-cis-gate';
/** `docs/rules/cis-kubernetes-v1.12.0/5.2.2.md`: one generated page per rule of each catalog. */
const ruleDocPath = (catalogId, ruleId) => `docs/rules/${catalogId}/${ruleId}.md`;
/** The rule's page on the project's default branch, for links from the comment, the terminal and SARIF. */
const ruleDocUrl = (catalogId, ruleId) => `${projectUrl}/blob/main/${ruleDocPath(catalogId, ruleId)}`;


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ loadCatalogs)
});

;// CONCATENATED MODULE: ./src/benchmarks/catalogs.generated.json
const catalogs_generated_namespaceObject = /*#__PURE__*/JSON.parse('[{"id":"cis-kubernetes-v1.11.1","family":"cis-kubernetes","title":"CIS Kubernetes V1.27 Benchmark v1.11.1","version":"1.11.1","source":"MicrosoftDocs/azure-aks-docs, articles/aks/cis-kubernetes.md, commit ec65c221feca930f1a170b31f29f112c54951385","kubernetes":{"max":"1.31"},"sections":[{"id":"1","title":"Control Plane Components"},{"id":"1.1","title":"Control Plane Node Configuration Files"},{"id":"1.2","title":"API Server"},{"id":"1.3","title":"Controller Manager"},{"id":"1.4","title":"Scheduler"},{"id":"2","title":"`etcd`"},{"id":"3","title":"Control Plane Configuration"},{"id":"3.1","title":"Authentication and Authorization"},{"id":"3.2","title":"Logging"},{"id":"4","title":"Worker Nodes"},{"id":"4.1","title":"Worker Node Configuration Files"},{"id":"4.2","title":"Kubelet"},{"id":"4.3","title":"kube-proxy"},{"id":"5","title":"Policies"},{"id":"5.1","title":"RBAC and Service Accounts"},{"id":"5.2","title":"Pod Security Standards"},{"id":"5.3","title":"Network Policies and CNI"},{"id":"5.4","title":"Secrets Management"},{"id":"5.5","title":"Extensible Admission Control"},{"id":"5.6","title":"General Policies"}],"rules":[{"id":"1.1.1","section":"1.1","title":"Ensure that the API server pod specification file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.2","section":"1.1","title":"Ensure that the API server pod specification file ownership is set to ``root: root``","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.3","section":"1.1","title":"Ensure that the controller manager pod specification file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.4","section":"1.1","title":"Ensure that the controller manager pod specification file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.5","section":"1.1","title":"Ensure that the scheduler pod specification file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.6","section":"1.1","title":"Ensure that the scheduler pod specification file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.7","section":"1.1","title":"Ensure that the etcd pod specification file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.8","section":"1.1","title":"Ensure that the etcd pod specification file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.9","section":"1.1","title":"Ensure that the Container Network Interface file permissions are set to 600 or more restrictive","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.10","section":"1.1","title":"Ensure that the Container Network Interface file ownership is set to `root: root`","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.11","section":"1.1","title":"Ensure that the etcd data directory permissions are set to 700 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.12","section":"1.1","title":"Ensure that the etcd data directory ownership is set to `etcd:etcd`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.13","section":"1.1","title":"Ensure that the admin.conf file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.14","section":"1.1","title":"Ensure that the admin.conf file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.15","section":"1.1","title":"Ensure that the scheduler.conf file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.16","section":"1.1","title":"Ensure that the scheduler.conf file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.17","section":"1.1","title":"Ensure that the controller-manager.conf file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.18","section":"1.1","title":"Ensure that the controller-manager.conf file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.19","section":"1.1","title":"Ensure that the Kubernetes PKI directory and file ownership are set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.20","section":"1.1","title":"Ensure that the Kubernetes PKI certificate file permissions are set to 600 or more restrictive","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.21","section":"1.1","title":"Ensure that the Kubernetes PKI key file permissions are set to 600","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.2.1","section":"1.2","title":"Ensure that the `--anonymous-auth` argument is set to false","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.2","section":"1.2","title":"Ensure that the `--token-auth-file` parameter isn\'t set","assessment":"Automated","level":"L1","aksStatus":"Fail","aksReason":"Auto-rotated by AKS, currently parameter is set","responsibility":"platform","checks":[],"remediation":"AKS sets and rotates this token file itself and doesn\'t let you change it. Nothing to configure."},{"id":"1.2.3","section":"1.2","title":"Ensure that `--DenyServiceExternalIPs` isn\'t set","assessment":"Manual","level":"L1","aksStatus":"Fail","aksReason":"Customers can use Azure Policy for Kubernetes to deny services with External IP.","responsibility":"platform","checks":[],"remediation":"AKS doesn\'t set this plugin. Deny `spec.externalIPs` on Services with an Azure Policy assignment (add-on enabled with `addonProfiles.azurepolicy.enabled: true` / `azure_policy_enabled = true`), and don\'t use `externalIPs` in your manifests."},{"id":"1.2.4","section":"1.2","title":"Ensure that the `--kubelet-client-certificate` and `--kubelet-client-key` arguments are set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.5","section":"1.2","title":"Ensure that the `--kubelet-certificate-authority` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Fail","aksReason":"Kubelet serving certificate uses self-signed certificate","responsibility":"platform","checks":[],"remediation":"AKS\'s kubelet serving certificates are self-signed and can\'t be changed. Nothing to configure."},{"id":"1.2.6","section":"1.2","title":"Ensure that the `--authorization-mode` argument isn\'t set to `AlwaysAllow`","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.7","section":"1.2","title":"Ensure that the `--authorization-mode` argument includes Node","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.8","section":"1.2","title":"Ensure that the `--authorization-mode` argument includes RBAC","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"user","checks":["cluster.rbac-enabled"],"remediation":"Keep Kubernetes RBAC on: set `properties.enableRBAC: true` on the managed cluster (Bicep/ARM) or leave `role_based_access_control_enabled = true` (Terraform). It can\'t be switched on after the cluster is created.","fix":{"bicep":"Set `properties.enableRBAC: true` on the managed cluster (only at creation).","terraform":"Leave `role_based_access_control_enabled = true` on `azurerm_kubernetes_cluster` (only at creation)."}},{"id":"1.2.9","section":"1.2","title":"Ensure that the admission control plugin EventRateLimit is set","assessment":"Manual","level":"L1","aksStatus":"Fail","aksReason":"Operational impact","responsibility":"platform","checks":[],"remediation":"AKS doesn\'t offer the EventRateLimit admission plugin. Nothing to configure."},{"id":"1.2.10","section":"1.2","title":"Ensure that the admission control plugin AlwaysAdmit isn\'t set","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.11","section":"1.2","title":"Ensure that the admission control plugin AlwaysPullImages is set","assessment":"Manual","level":"L1","aksStatus":"Fail","aksReason":"Operational impact","responsibility":"platform","checks":[],"remediation":"AKS doesn\'t enable AlwaysPullImages. Where you need it, set `imagePullPolicy: Always` on containers or enforce it with Azure Policy."},{"id":"1.2.12","section":"1.2","title":"Ensure that the admission control plugin ServiceAccount is set","assessment":"Automated","level":"L2","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.13","section":"1.2","title":"Ensure that the admission control plugin NamespaceLifecycle is set","assessment":"Automated","level":"L2","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.14","section":"1.2","title":"Ensure that the admission control plugin NodeRestriction is set","assessment":"Automated","level":"L2","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.15","section":"1.2","title":"Ensure that the `--profiling` argument is set to false","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.16","section":"1.2","title":"Ensure that the `--audit-log-path` argument is set","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.17","section":"1.2","title":"Ensure that the `--audit-log-maxage` argument is set to 30 or as appropriate","assessment":"Automated","level":"L1","aksStatus":"Equivalent Control","aksReason":"AKS stores audit log for 14 days, Deployment.yaml has value of 0.","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS keeps the audit log for 14 days. To keep it longer, send `kube-audit` through a diagnostic setting to a workspace or storage account with the retention you need."},{"id":"1.2.18","section":"1.2","title":"Ensure that the `--audit-log-maxbackup` argument is set to 10 or as appropriate","assessment":"Automated","level":"L1","aksStatus":"Equivalent Control","aksReason":"AKS stores audit log for 14 days, Deployment.yaml has value of 0.","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS keeps the audit log for 14 days. To keep it longer, send `kube-audit` through a diagnostic setting to a workspace or storage account with the retention you need."},{"id":"1.2.19","section":"1.2","title":"Ensure that the `--audit-log-maxsize` argument is set to 100 or as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.20","section":"1.2","title":"Ensure that the `--request-timeout` argument is set as appropriate","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"Parameter is not set, which will set default value = 60s (which is compliant)","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.21","section":"1.2","title":"Ensure that the `--service-account-lookup` argument is set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"Parameter is not set, which will set the default value as true (which is compliant)","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.22","section":"1.2","title":"Ensure that the `--service-account-key-file` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.23","section":"1.2","title":"Ensure that the `--etcd-certfile` and `--etcd-keyfile` arguments are set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.24","section":"1.2","title":"Ensure that the `--tls-cert-file` and `--tls-private-key-file` arguments are set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.25","section":"1.2","title":"Ensure that the `--client-ca-file` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.26","section":"1.2","title":"Ensure that the `--etcd-cafile` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.27","section":"1.2","title":"Ensure that the `--encryption-provider-config` argument is set as appropriate","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Argument is set when [Azure KMS][azure-kms] is enabled","responsibility":"user","checks":["cluster.kms-etcd-encryption"],"remediation":"Encrypt Secrets in etcd with your own key: set `properties.securityProfile.azureKeyVaultKms.enabled: true` with `keyId` (prefer `keyVaultNetworkAccess: \'Private\'`) on the managed cluster, or add a `key_management_service { key_vault_key_id = ... }` block to `azurerm_kubernetes_cluster`.","fix":{"bicep":"Set `properties.securityProfile.azureKeyVaultKms` to `{ enabled: true, keyId: <key URL> }`.","terraform":"Add `key_management_service { key_vault_key_id = ... }` to `azurerm_kubernetes_cluster`."}},{"id":"1.2.28","section":"1.2","title":"Ensure that encryption providers are appropriately configured","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Argument is set when [Azure KMS][azure-kms] is enabled","responsibility":"user","checks":["cluster.kms-etcd-encryption"],"remediation":"Encrypt Secrets in etcd with your own key: set `properties.securityProfile.azureKeyVaultKms.enabled: true` with `keyId` (prefer `keyVaultNetworkAccess: \'Private\'`) on the managed cluster, or add a `key_management_service { key_vault_key_id = ... }` block to `azurerm_kubernetes_cluster`.","fix":{"bicep":"Set `properties.securityProfile.azureKeyVaultKms` to `{ enabled: true, keyId: <key URL> }`.","terraform":"Add `key_management_service { key_vault_key_id = ... }` to `azurerm_kubernetes_cluster`."}},{"id":"1.2.29","section":"1.2","title":"Ensure that the API Server only makes use of Strong Cryptographic Ciphers","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"AKS supports a subset of 4 Strong Ciphersuites out of 21 recommended ones from CIS","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.30","section":"1.2","title":"Ensure that the `--service-account-extend-token-expiration` parameter is set to false","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"This parameter is set to false when [OIDC][oidc] is enabled on the cluster","responsibility":"user","checks":["cluster.oidc-issuer"],"remediation":"Turn on the OIDC issuer: `properties.oidcIssuerProfile.enabled: true` (Bicep/ARM) or `oidc_issuer_enabled = true` (Terraform). AKS then runs the API server with `--service-account-extend-token-expiration=false`.","fix":{"bicep":"Set `properties.oidcIssuerProfile.enabled: true`.","terraform":"Set `oidc_issuer_enabled = true`."}},{"id":"1.3.1","section":"1.3","title":"Ensure that the `--terminated-pod-gc-threshold` argument is set as appropriate","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"AKS sets the default value to 6000 instead of 12500","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.2","section":"1.3","title":"Ensure that the `--profiling` argument is set to false","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.3","section":"1.3","title":"Ensure that the `--use-service-account-credentials` argument is set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.4","section":"1.3","title":"Ensure that the `--service-account-private-key-file` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.5","section":"1.3","title":"Ensure that the `--root-ca-file` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.6","section":"1.3","title":"Ensure that the RotateKubeletServerCertificate argument is set to true","assessment":"Automated","level":"L2","aksStatus":"Pass","aksReason":"Parameter is set to true, see [Kubelet Serving Certificate Rotation][kscr]","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.7","section":"1.3","title":"Ensure that the `--bind-address` argument is set to 127.0.0.1","assessment":"Automated","level":"L1","aksStatus":"Equivalent Control","aksReason":"Pod\'s IP is used","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.4.1","section":"1.4","title":"Ensure that the `--profiling` argument is set to false","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the scheduler and sets its flags."},{"id":"1.4.2","section":"1.4","title":"Ensure that the `--bind-address` argument is set to 127.0.0.1","assessment":"Automated","level":"L1","aksStatus":"Equivalent Control","aksReason":"Pod\'s IP is used","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the scheduler and sets its flags."},{"id":"2.1","section":"2","title":"Ensure that the `--cert-file` and `--key-file` arguments are set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.2","section":"2","title":"Ensure that the `--cert-file` and `--key-file` arguments are set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.3","section":"2","title":"Ensure that the `--client-cert-auth` argument is set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.4","section":"2","title":"Ensure that the `--auto-tls` argument isn\'t set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"Parameter is not set, which will set the default value as false (which is compliant)","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.5","section":"2","title":"Ensure that the `--peer-cert-file` and `--peer-key-file` arguments are set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.6","section":"2","title":"Ensure that the `--peer-client-cert-auth` argument is set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.7","section":"2","title":"Ensure that the `--peer-auto-tls` argument isn\'t set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"Parameter is not set, which will set the default value as false (which is compliant)","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.8","section":"2","title":"Ensure that a unique Certificate Authority is used for `etcd`","assessment":"Manual","level":"L2","aksStatus":"Pass","aksReason":"`--client-ca-file` for api-server is different from `--trusted-ca-file` for etcd","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"3.1.1","section":"3.1","title":"Client certificate authentication shouldn\'t be used for users","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"When you deploy an AKS cluster, local accounts are enabled by default. You can [disable local accounts][disable-local-accounts] to disable client certificates for authentication.","responsibility":"user","checks":["cluster.local-accounts-disabled"],"remediation":"Disable local accounts so nobody signs in with the cluster\'s client certificate: set `properties.disableLocalAccounts: true` together with managed Entra ID (`aadProfile.managed: true`), or `local_account_disabled = true` with an `azure_active_directory_role_based_access_control` block in Terraform.","fix":{"bicep":"Set `properties.disableLocalAccounts: true`, with `aadProfile.managed: true`.","terraform":"Set `local_account_disabled = true`, with an `azure_active_directory_role_based_access_control` block."}},{"id":"3.1.2","section":"3.1","title":"Service account token authentication shouldn\'t be used for users","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"AKS provides support for [Microsoft Entra authentication][entra-auth] for requests sent to the cluster control plane. The usage of service acccount tokens is left up to the customer (to enforce a a best practice, as needed)","responsibility":"user","checks":["cluster.entra-id"],"remediation":"Sign people in with Microsoft Entra ID: set `properties.aadProfile.managed: true` with `adminGroupObjectIDs` (Bicep/ARM), or add an `azure_active_directory_role_based_access_control` block with `admin_group_object_ids` (Terraform). Leave service account tokens to workloads.","fix":{"bicep":"Set `properties.aadProfile.managed: true` with `adminGroupObjectIDs`.","terraform":"Add `azure_active_directory_role_based_access_control { admin_group_object_ids = [...] }`."}},{"id":"3.1.3","section":"3.1","title":"Bootstrap token authentication shouldn\'t be used for users","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"Bootstrap tokens can\'t be used by users","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS uses bootstrap tokens only to join nodes."},{"id":"3.2.1","section":"3.2","title":"Ensure that a minimal audit policy is created","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"user","checks":["cluster.audit-logs"],"remediation":"AKS writes the audit log; collect it. Add a `Microsoft.Insights/diagnosticSettings` resource scoped to the cluster with the `kube-audit` or `kube-audit-admin` category enabled and a workspace, storage account or event hub, or an `azurerm_monitor_diagnostic_setting` whose `target_resource_id` is the cluster, with `enabled_log { category = \\"kube-audit-admin\\" }`.","fix":{"bicep":"Add a `Microsoft.Insights/diagnosticSettings` resource (`scope: cluster`) with the `kube-audit` category enabled.","terraform":"Add an `azurerm_monitor_diagnostic_setting` for the cluster with `enabled_log { category = \\"kube-audit\\" }`."}},{"id":"3.2.2","section":"3.2","title":"Ensure that the audit policy covers key security concerns","assessment":"Manual","level":"L2","aksStatus":"Pass","aksReason":"","responsibility":"user","checks":["cluster.audit-logs"],"remediation":"AKS writes the audit log; collect it. Add a `Microsoft.Insights/diagnosticSettings` resource scoped to the cluster with the `kube-audit` or `kube-audit-admin` category enabled and a workspace, storage account or event hub, or an `azurerm_monitor_diagnostic_setting` whose `target_resource_id` is the cluster, with `enabled_log { category = \\"kube-audit-admin\\" }`.","fix":{"bicep":"Add a `Microsoft.Insights/diagnosticSettings` resource (`scope: cluster`) with the `kube-audit` category enabled.","terraform":"Add an `azurerm_monitor_diagnostic_setting` for the cluster with `enabled_log { category = \\"kube-audit\\" }`."}},{"id":"4.1.1","section":"4.1","title":"Ensure that the kubelet service file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-service-permissions"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.2","section":"4.1","title":"Ensure that the kubelet service file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-service-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.3","section":"4.1","title":"If a proxy kubeconfig file exists, ensure permissions are set to 600 or more restrictive","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"","responsibility":"platform","checks":["node-audit.proxy-kubeconfig-permissions"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.4","section":"4.1","title":"If a proxy kubeconfig file exists, ensure ownership is set to `root: root`","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"","responsibility":"platform","checks":["node-audit.proxy-kubeconfig-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.5","section":"4.1","title":"Ensure that the `--kubeconfig` kubelet.conf file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-kubeconfig-permissions"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.6","section":"4.1","title":"Ensure that the `--kubeconfig` kubelet.conf file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-kubeconfig-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.7","section":"4.1","title":"Ensure that the certificate authorities file permissions are set to 600 or more restrictive","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.client-ca-permissions"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.8","section":"4.1","title":"Ensure that the client certificate authorities file ownership is set to `root: root`","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.client-ca-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.9","section":"4.1","title":"If the kubelet config.yaml configuration file is being used, ensure permissions set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-config-permissions"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.10","section":"4.1","title":"If the kubelet config.yaml configuration file is being used, ensure file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-config-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.2.1","section":"4.2","title":"Ensure that the `--anonymous-auth` argument is set to false","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.anonymous-auth"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.2","section":"4.2","title":"Ensure that the `--authorization-mode` argument isn\'t set to `AlwaysAllow`","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.authorization-mode"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.3","section":"4.2","title":"Ensure that the `--client-ca-file` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.client-ca"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.4","section":"4.2","title":"Ensure that the `--read-only-port` argument is set to 0","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.read-only-port"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.5","section":"4.2","title":"Ensure that the `--streaming-connection-idle-timeout` argument isn\'t set to 0","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.streaming-idle-timeout"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.6","section":"4.2","title":"Ensure that the `--make-iptables-util-chains` argument is set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.iptables-util-chains"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.7","section":"4.2","title":"Ensure that the `--hostname-override` argument isn\'t set","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.8","section":"4.2","title":"Ensure that the `--eventRecordQPS` argument is set to a level which ensures appropriate event capture","assessment":"Manual","level":"L2","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.event-qps"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.9","section":"4.2","title":"Ensure that the `--tls-cert-file` and `--tls-private-key-file` arguments are set as appropriate","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.10","section":"4.2","title":"Ensure that the `--rotate-certificates` argument isn\'t set to false","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.rotate-certificates"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.11","section":"4.2","title":"Verify that the RotateKubeletServerCertificate argument is set to true","assessment":"Manual","level":"L1","aksStatus":"Fail","aksReason":"","responsibility":"platform","checks":["kubelet.rotate-server-certificates"],"remediation":"AKS doesn\'t let you set this option; Microsoft attests it as set from the v1.12.0 benchmark on (Kubernetes 1.32 and later). Nothing to configure."},{"id":"4.2.12","section":"4.2","title":"Ensure that the Kubelet only makes use of Strong Cryptographic Ciphers","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.tls-ciphers"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.13","section":"4.2","title":"Ensure that a limit is set on pod PIDs","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"user","checks":["node-pools.pod-pid-limit"],"remediation":"Limit PIDs per pod on every node pool: set `kubeletConfig.podMaxPids` above 0 (for example 1024) on each agent pool, or `kubelet_config { pod_max_pid = 1024 }` in `default_node_pool` and each `azurerm_kubernetes_cluster_node_pool`. AKS\'s default, -1, sets no limit.","fix":{"bicep":"Set `kubeletConfig.podMaxPids` above 0 (for example 1024) on each agent pool.","terraform":"Set `kubelet_config { pod_max_pid = 1024 }` in `default_node_pool` and each `azurerm_kubernetes_cluster_node_pool`."}},{"id":"4.3.1","section":"4.3","title":"Ensure that the kube-proxy metrics service is bound to localhost","assessment":"Automated","level":"L1","aksStatus":"Fail","aksReason":"AKS has central Prometheus scraping for kube-proxy and applies alert and auto-remediation when `KubeProxyStale` is detected. The `metrics-bind-address` is set for that purpose.","responsibility":"platform","checks":["kube-proxy.metrics-bind-address"],"remediation":"AKS binds kube-proxy\'s metrics to the node address for its own monitoring; it can\'t be changed. Nothing to configure."},{"id":"5.1.1","section":"5.1","title":"Ensure that the cluster-admin role is only used where required","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["rbac.cluster-admin-binding"],"remediation":"Bind `cluster-admin` only to system subjects. Give people and workloads narrower Roles or ClusterRoles, bound in one namespace with a RoleBinding where possible.","fix":{"yaml":"Bind a narrower ClusterRole (or a namespaced Role) instead of `roleRef.name: cluster-admin`, and keep cluster-admin for break-glass groups.","terraform":"Point the `kubernetes_cluster_role_binding_v1` `role_ref` at a narrower role than `cluster-admin`, or bind a `kubernetes_role_v1` in one namespace."}},{"id":"5.1.2","section":"5.1","title":"Minimize access to secrets","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.secrets-access"],"remediation":"Don\'t grant `get`, `list` or `watch` on `secrets` beyond the controllers that need them; prefer a Role bound in one namespace over a ClusterRole.","fix":{"yaml":"Remove `get`, `list` and `watch` on `secrets` from the role, or limit them to named secrets with `resourceNames`.","terraform":"Drop `get`, `list` and `watch` on `secrets` from the role\'s `rule` blocks, or name the secrets in `resource_names`."}},{"id":"5.1.3","section":"5.1","title":"Minimize wildcard use in Roles and ClusterRoles","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["rbac.wildcards"],"remediation":"Replace `*` in the `apiGroups`, `resources` and `verbs` of Roles and ClusterRoles with the exact values the subject needs.","fix":{"yaml":"Replace `*` in the rule\'s `apiGroups`, `resources` and `verbs` with the exact groups, resources and verbs needed.","terraform":"List the exact `api_groups`, `resources` and `verbs` in each `rule` block instead of `\\"*\\"`."}},{"id":"5.1.4","section":"5.1","title":"Minimize access to create pods","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.create-pods"],"remediation":"Remove `create` on `pods` from Roles and ClusterRoles that don\'t need it; let controllers create pods from Deployments and Jobs.","fix":{"yaml":"Remove `create` on `pods` (and on workload resources that make pods) from roles that do not need to start pods.","terraform":"Remove `\\"create\\"` from the `verbs` of `rule` blocks on `pods` in roles that do not need to start pods."}},{"id":"5.1.5","section":"5.1","title":"Ensure that default service accounts aren\'t actively used","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["service-accounts.default-used"],"remediation":"Give each workload its own ServiceAccount (`spec.serviceAccountName`) and set `automountServiceAccountToken: false` on every namespace\'s `default` ServiceAccount.","fix":{"yaml":"Give each workload its own ServiceAccount (`spec.serviceAccountName`), set `automountServiceAccountToken: false` on each namespace\'s `default` one, and bind no role to it.","terraform":"Set `service_account_name` in each pod spec, and `automount_service_account_token = false` on each namespace\'s `default` `kubernetes_service_account`."}},{"id":"5.1.6","section":"5.1","title":"Ensure that Service Account Tokens are only mounted where necessary","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["service-accounts.token-automount"],"remediation":"Set `automountServiceAccountToken: false` on the ServiceAccount or pod spec of workloads that don\'t call the Kubernetes API.","fix":{"yaml":"Set `automountServiceAccountToken: false` in the pod spec (or on its ServiceAccount) unless the pod calls the API.","terraform":"Set `automount_service_account_token = false` in the pod `spec` (or on the `kubernetes_service_account`)."}},{"id":"5.1.7","section":"5.1","title":"Avoid use of system: masters group","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.system-masters"],"remediation":"Don\'t bind the `system:masters` group: it bypasses RBAC and can\'t be revoked. Disable local accounts (`disableLocalAccounts: true` / `local_account_disabled = true`) and grant access to Entra ID groups instead.","fix":{"yaml":"Remove `system:masters` from the binding\'s `subjects`; grant a named group a scoped role instead.","terraform":"Remove the `subject` with `name = \\"system:masters\\"`; bind a named group to a scoped role instead."}},{"id":"5.1.8","section":"5.1","title":"Limit use of the Bind, Impersonate, and Escalate permissions in the Kubernetes cluster","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.bind-impersonate-escalate"],"remediation":"Remove the `bind`, `impersonate` and `escalate` verbs from Roles and ClusterRoles unless the subject administers RBAC.","fix":{"yaml":"Remove the `bind`, `escalate` and `impersonate` verbs from the role\'s rules.","terraform":"Remove `\\"bind\\"`, `\\"escalate\\"` and `\\"impersonate\\"` from the `verbs` of the role\'s `rule` blocks."}},{"id":"5.1.9","section":"5.1","title":"Minimize access to create persistent volumes","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.create-persistentvolumes"],"remediation":"Remove `create` on `persistentvolumes`; let users claim storage through PersistentVolumeClaims and StorageClasses.","fix":{"yaml":"Remove `create` on `persistentvolumes`; let workloads claim storage through PersistentVolumeClaims.","terraform":"Remove `\\"create\\"` on `persistentvolumes` from the role; workloads claim storage with `kubernetes_persistent_volume_claim_v1`."}},{"id":"5.1.10","section":"5.1","title":"Minimize access to the proxy subresource of nodes","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.nodes-proxy"],"remediation":"Don\'t grant access to the `nodes/proxy` subresource: it reaches the kubelet API and bypasses admission.","fix":{"yaml":"Remove the `nodes/proxy` resource from the role\'s rules.","terraform":"Remove `\\"nodes/proxy\\"` from the `resources` of the role\'s `rule` blocks."}},{"id":"5.1.11","section":"5.1","title":"Minimize access to the approval subresource of `certificatesigningrequests` objects","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.csr-approval"],"remediation":"Don\'t grant `update` on `certificatesigningrequests/approval` (or `approve` on signers) except to the components that approve certificates.","fix":{"yaml":"Remove `update` on `certificatesigningrequests/approval` and `approve` on `signers` from the role.","terraform":"Remove `certificatesigningrequests/approval` (update) and `signers` (approve) from the role\'s `rule` blocks."}},{"id":"5.1.12","section":"5.1","title":"Minimize access to webhook configuration objects","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.webhook-configurations"],"remediation":"Limit `create`, `update`, `patch` and `delete` on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations` to cluster administrators.","fix":{"yaml":"Remove write verbs on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations` from the role.","terraform":"Remove write verbs on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations` from the role\'s `rule` blocks."}},{"id":"5.1.13","section":"5.1","title":"Minimize access to the service account token creation","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.serviceaccount-token-create"],"remediation":"Don\'t grant `create` on `serviceaccounts/token` except to components that issue tokens.","fix":{"yaml":"Remove `create` on `serviceaccounts/token` from the role.","terraform":"Remove `\\"create\\"` on `serviceaccounts/token` from the role\'s `rule` blocks."}},{"id":"5.2.1","section":"5.2","title":"Ensure that the cluster has at least one active policy control mechanism in place","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["policy.admission-mechanism"],"remediation":"Enforce pod security at admission: turn on the Azure Policy add-on (`properties.addonProfiles.azurepolicy.enabled: true` / `azure_policy_enabled = true`) and assign the pod security baseline or restricted initiative, or label namespaces with `pod-security.kubernetes.io/enforce`, or install Kyverno, Gatekeeper or a ValidatingAdmissionPolicy.","fix":{"yaml":"Label each namespace with `pod-security.kubernetes.io/enforce: restricted` (or `baseline`), or install Gatekeeper, Kyverno or a ValidatingAdmissionPolicy.","terraform":"Set `azure_policy_enabled = true` on `azurerm_kubernetes_cluster`, or label each `kubernetes_namespace_v1` with `pod-security.kubernetes.io/enforce`."}},{"id":"5.2.2","section":"5.2","title":"Minimize the admission of privileged containers","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.privileged"],"remediation":"Remove `securityContext.privileged: true` from containers; grant only the capabilities the workload needs.","fix":{"yaml":"Remove `securityContext.privileged: true` from the container.","terraform":"Remove `privileged = true` from the container\'s `security_context`."}},{"id":"5.2.3","section":"5.2","title":"Minimize the admission of containers wishing to share the host process ID namespace","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.host-pid"],"remediation":"Remove `hostPID: true` from the pod spec.","fix":{"yaml":"Remove `hostPID: true` from the pod spec.","terraform":"Remove `host_pid = true` from the pod `spec`."}},{"id":"5.2.4","section":"5.2","title":"Minimize the admission of containers wishing to share the host IPC namespace","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.host-ipc"],"remediation":"Remove `hostIPC: true` from the pod spec.","fix":{"yaml":"Remove `hostIPC: true` from the pod spec.","terraform":"Remove `host_ipc = true` from the pod `spec`."}},{"id":"5.2.5","section":"5.2","title":"Minimize the admission of containers wishing to share the host network namespace","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.host-network"],"remediation":"Remove `hostNetwork: true` from the pod spec and expose ports through a Service.","fix":{"yaml":"Remove `hostNetwork: true` from the pod spec; expose ports through a Service.","terraform":"Remove `host_network = true` from the pod `spec`; expose ports through a `kubernetes_service`."}},{"id":"5.2.6","section":"5.2","title":"Minimize the admission of containers with allowPrivilegeEscalation","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.allow-privilege-escalation"],"remediation":"Set `securityContext.allowPrivilegeEscalation: false` on every container, and don\'t run it privileged.","fix":{"yaml":"Set `securityContext.allowPrivilegeEscalation: false` on every container.","terraform":"Set `security_context { allow_privilege_escalation = false }` on every container."}},{"id":"5.2.7","section":"5.2","title":"Minimize the admission of root containers","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.root-containers"],"remediation":"Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` on the pod or on each container.","fix":{"yaml":"Set `securityContext.runAsNonRoot: true` (and a `runAsUser` above 0) on the pod or each container.","terraform":"Set `security_context { run_as_non_root = true, run_as_user = 1000 }` on the pod or each container."}},{"id":"5.2.8","section":"5.2","title":"Minimize the admission of containers with the NET_RAW capability","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.net-raw"],"remediation":"Drop `NET_RAW` (or `ALL`) in each container\'s `securityContext.capabilities.drop`.","fix":{"yaml":"Set `securityContext.capabilities.drop: [\\"ALL\\"]` (or at least `NET_RAW`) on each container.","terraform":"Set `security_context { capabilities { drop = [\\"ALL\\"] } }` (or `NET_RAW`) on each container."}},{"id":"5.2.9","section":"5.2","title":"Minimize the admission of containers with added capabilities","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.added-capabilities"],"remediation":"Remove entries from `securityContext.capabilities.add`; where a workload truly needs one, suppress the finding with the reason.","fix":{"yaml":"Remove the entries of `securityContext.capabilities.add`, keeping only a justified one such as `NET_BIND_SERVICE`.","terraform":"Remove entries from `security_context { capabilities { add = [...] } }`."}},{"id":"5.2.10","section":"5.2","title":"Minimize the admission of containers with capabilities assigned","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.capabilities-not-dropped"],"remediation":"Set `securityContext.capabilities.drop: [\\"ALL\\"]` on every container and add back only what it needs.","fix":{"yaml":"Set `securityContext.capabilities.drop: [\\"ALL\\"]` on every container.","terraform":"Set `security_context { capabilities { drop = [\\"ALL\\"] } }` on every container."}},{"id":"5.2.11","section":"5.2","title":"Minimize the admission of Windows HostProcess Containers","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.windows-host-process"],"remediation":"Remove `securityContext.windowsOptions.hostProcess: true` from pods and containers.","fix":{"yaml":"Remove `securityContext.windowsOptions.hostProcess: true` from the pod and its containers.","terraform":"Remove `host_process = true` from the `windows_options` of the pod\'s and containers\' `security_context`."}},{"id":"5.2.12","section":"5.2","title":"Minimize the admission of HostPath volumes","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.host-path"],"remediation":"Replace `hostPath` volumes with PersistentVolumeClaims, ConfigMaps, Secrets or `emptyDir`.","fix":{"yaml":"Replace the `hostPath` volume with a PersistentVolumeClaim, ConfigMap, Secret or `emptyDir`.","terraform":"Replace `volume { host_path { ... } }` with a persistent volume claim, config map, secret or `empty_dir`."}},{"id":"5.2.13","section":"5.2","title":"Minimize the admission of containers which use HostPorts","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.host-ports"],"remediation":"Remove `hostPort` from container ports and publish the port through a Service.","fix":{"yaml":"Remove `hostPort` from the container\'s `ports`; publish through a Service.","terraform":"Remove `host_port` from the container\'s `port` blocks; publish through a `kubernetes_service`."}},{"id":"5.3.1","section":"5.3","title":"Ensure that the CNI in use supports Network Policies","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"user","checks":["cluster.network-policy-engine"],"remediation":"Turn on a network policy engine: set `properties.networkProfile.networkPolicy` to `azure`, `calico` or `cilium` (Bicep/ARM) or `network_profile { network_policy = \\"cilium\\" }` (Terraform). Without one, NetworkPolicy objects are accepted but not enforced.","fix":{"bicep":"Set `properties.networkProfile.networkPolicy` to `\'azure\'`, `\'calico\'` or `\'cilium\'`.","terraform":"Set `network_profile { network_policy = \\"cilium\\" }` (or `azure`, `calico`)."}},{"id":"5.3.2","section":"5.3","title":"Ensure that all Namespaces have Network Policies defined","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["network.namespaces-without-policy"],"remediation":"Add at least one NetworkPolicy to every namespace that runs workloads, starting with a default deny of ingress and egress.","fix":{"yaml":"Add a NetworkPolicy to the namespace, starting from one that denies all ingress (`podSelector: {}`, `policyTypes: [Ingress]`).","terraform":"Add a `kubernetes_network_policy_v1` to the namespace, starting from one that denies all ingress (`pod_selector {}`, `policy_types = [\\"Ingress\\"]`)."}},{"id":"5.4.1","section":"5.4","title":"Prefer using secrets as files over secrets as environment variables","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["secrets.environment-variables"],"remediation":"Mount Secrets as files (a `secret` volume) instead of `env[].valueFrom.secretKeyRef` or `envFrom[].secretRef`.","fix":{"yaml":"Mount the Secret as a volume instead of reading it through `env[].valueFrom.secretKeyRef` or `envFrom.secretRef`.","terraform":"Mount the secret as a `volume { secret { ... } }` instead of `env { value_from { secret_key_ref { ... } } }`."}},{"id":"5.4.2","section":"5.4","title":"Consider external secret storage","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["cluster.key-vault-secrets-provider"],"remediation":"Keep secrets in Azure Key Vault and mount them with the Secrets Store CSI driver: set `properties.addonProfiles.azureKeyvaultSecretsProvider.enabled: true` (Bicep/ARM) or add a `key_vault_secrets_provider` block (Terraform), then use a `SecretProviderClass` in your workloads.","fix":{"bicep":"Set `properties.addonProfiles.azureKeyvaultSecretsProvider.enabled: true`.","terraform":"Add a `key_vault_secrets_provider { }` block to `azurerm_kubernetes_cluster`."}},{"id":"5.5.1","section":"5.5","title":"Configure Image Provenance using ImagePolicyWebhook admission controller","assessment":"Manual","level":"L2","aksStatus":"Fail","aksReason":"Equivalent control implemented","responsibility":"user","checks":["cluster.image-integrity"],"remediation":"Verify image signatures before pods are admitted: enable Image Integrity (`properties.securityProfile.imageIntegrity.enabled: true`, preview, with the Azure Policy add-on) or run another admission controller that checks signatures.","fix":{"bicep":"Set `properties.securityProfile.imageIntegrity.enabled: true` (preview, with the Azure Policy add-on).","terraform":"Image Integrity has no `azurerm` argument: enable it with `azapi_update_resource`, or run an admission controller that checks signatures."}},{"id":"5.6.1","section":"5.6","title":"Create administrative boundaries between resources using namespaces","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":[],"remediation":"Put each application or team in its own namespace, with its own RBAC bindings, resource quotas and network policies."},{"id":"5.6.2","section":"5.6","title":"Ensure that the seccomp profile is set to docker/default in your pod definitions","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.seccomp"],"remediation":"Set `securityContext.seccompProfile.type: RuntimeDefault` (or `Localhost`) on the pod or on each container; never `Unconfined`.","fix":{"yaml":"Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or each container).","terraform":"Set `security_context { seccomp_profile { type = \\"RuntimeDefault\\" } }` on the pod or each container."}},{"id":"5.6.3","section":"5.6","title":"Apply Security Context to Your Pods and Containers","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.security-context"],"remediation":"Give every pod and container a `securityContext`: `runAsNonRoot: true`, `allowPrivilegeEscalation: false`, capabilities dropped and a seccomp profile.","fix":{"yaml":"Add a `securityContext` to the pod and each container: `runAsNonRoot`, `allowPrivilegeEscalation: false`, dropped capabilities, a seccomp profile.","terraform":"Add a `security_context` to the pod and each container: `run_as_non_root`, `allow_privilege_escalation = false`, dropped capabilities, a seccomp profile."}},{"id":"5.6.4","section":"5.6","title":"The default namespace shouldn\'t be used","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["namespaces.default-namespace"],"remediation":"Deploy into named namespaces: set `metadata.namespace` or install with `helm install -n <namespace>`, and keep `default` empty.","fix":{"yaml":"Set `metadata.namespace` to a namespace of your own (or install with `helm install -n`).","terraform":"Set `metadata { namespace = ... }` to a namespace of your own on each kubernetes resource."}}]},{"id":"cis-kubernetes-v1.12.0","family":"cis-kubernetes","title":"CIS Kubernetes Benchmark v1.12.0","version":"1.12.0","source":"MicrosoftDocs/azure-aks-docs, articles/aks/cis-kubernetes.md, commit 486b0ca52fb49e7c55f4336a364a8170985c90bb","kubernetes":{"min":"1.32"},"sections":[{"id":"1","title":"Control Plane Components"},{"id":"1.1","title":"Control Plane Node Configuration Files"},{"id":"1.2","title":"API Server"},{"id":"1.3","title":"Controller Manager"},{"id":"1.4","title":"Scheduler"},{"id":"2","title":"`etcd`"},{"id":"3","title":"Control Plane Configuration"},{"id":"3.1","title":"Authentication and Authorization"},{"id":"3.2","title":"Logging"},{"id":"4","title":"Worker Nodes"},{"id":"4.1","title":"Worker Node Configuration Files"},{"id":"4.2","title":"Kubelet"},{"id":"4.3","title":"kube-proxy"},{"id":"5","title":"Policies"},{"id":"5.1","title":"RBAC and Service Accounts"},{"id":"5.2","title":"Pod Security Standards"},{"id":"5.3","title":"Network Policies and CNI"},{"id":"5.4","title":"Secrets Management"},{"id":"5.5","title":"Extensible Admission Control"},{"id":"5.6","title":"General Policies"}],"rules":[{"id":"1.1.1","section":"1.1","title":"Ensure that the API server pod specification file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.2","section":"1.1","title":"Ensure that the API server pod specification file ownership is set to ``root: root``","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.3","section":"1.1","title":"Ensure that the controller manager pod specification file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.4","section":"1.1","title":"Ensure that the controller manager pod specification file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.5","section":"1.1","title":"Ensure that the scheduler pod specification file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.6","section":"1.1","title":"Ensure that the scheduler pod specification file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.7","section":"1.1","title":"Ensure that the etcd pod specification file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.8","section":"1.1","title":"Ensure that the etcd pod specification file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.9","section":"1.1","title":"Ensure that the Container Network Interface file permissions are set to 600 or more restrictive","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.10","section":"1.1","title":"Ensure that the Container Network Interface file ownership is set to `root: root`","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.11","section":"1.1","title":"Ensure that the etcd data directory permissions are set to 700 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.12","section":"1.1","title":"Ensure that the etcd data directory ownership is set to `etcd:etcd`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.13","section":"1.1","title":"Ensure that the admin.conf file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.14","section":"1.1","title":"Ensure that the admin.conf file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.15","section":"1.1","title":"Ensure that the scheduler.conf file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.16","section":"1.1","title":"Ensure that the scheduler.conf file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.17","section":"1.1","title":"Ensure that the controller-manager.conf file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.18","section":"1.1","title":"Ensure that the controller-manager.conf file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.19","section":"1.1","title":"Ensure that the Kubernetes PKI directory and file ownership are set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.20","section":"1.1","title":"Ensure that the Kubernetes PKI certificate file permissions are set to 600 or more restrictive","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.1.21","section":"1.1","title":"Ensure that the Kubernetes PKI key file permissions are set to 600","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"N/A because AKS is a managed solution","responsibility":"platform","checks":[],"remediation":"Nothing to do: AKS runs the control plane as a managed service, so these files are not on your nodes."},{"id":"1.2.1","section":"1.2","title":"Ensure that the `--anonymous-auth` argument is set to false","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.2","section":"1.2","title":"Ensure that the `--token-auth-file` parameter isn\'t set","assessment":"Automated","level":"L1","aksStatus":"Fail","aksReason":"Managed by AKS. The parameter is set and auto-rotated, and isn\'t customer configurable.","responsibility":"platform","checks":[],"remediation":"AKS sets and rotates this token file itself and doesn\'t let you change it. Nothing to configure."},{"id":"1.2.3","section":"1.2","title":"Ensure that `--DenyServiceExternalIPs` isn\'t set","assessment":"Manual","level":"L1","aksStatus":"Fail","aksReason":"Customers can use Azure Policy for Kubernetes to deny services with External IP.","responsibility":"platform","checks":[],"remediation":"AKS doesn\'t set this plugin. Deny `spec.externalIPs` on Services with an Azure Policy assignment (add-on enabled with `addonProfiles.azurepolicy.enabled: true` / `azure_policy_enabled = true`), and don\'t use `externalIPs` in your manifests."},{"id":"1.2.4","section":"1.2","title":"Ensure that the `--kubelet-client-certificate` and `--kubelet-client-key` arguments are set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.5","section":"1.2","title":"Ensure that the `--kubelet-certificate-authority` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Fail","aksReason":"Kubelet serving certificate uses self-signed certificate","responsibility":"platform","checks":[],"remediation":"AKS\'s kubelet serving certificates are self-signed and can\'t be changed. Nothing to configure."},{"id":"1.2.6","section":"1.2","title":"Ensure that the `--authorization-mode` argument isn\'t set to `AlwaysAllow`","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.7","section":"1.2","title":"Ensure that the `--authorization-mode` argument includes Node","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.8","section":"1.2","title":"Ensure that the `--authorization-mode` argument includes RBAC","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"user","checks":["cluster.rbac-enabled"],"remediation":"Keep Kubernetes RBAC on: set `properties.enableRBAC: true` on the managed cluster (Bicep/ARM) or leave `role_based_access_control_enabled = true` (Terraform). It can\'t be switched on after the cluster is created.","fix":{"bicep":"Set `properties.enableRBAC: true` on the managed cluster (only at creation).","terraform":"Leave `role_based_access_control_enabled = true` on `azurerm_kubernetes_cluster` (only at creation)."}},{"id":"1.2.9","section":"1.2","title":"Ensure that the admission control plugin EventRateLimit is set","assessment":"Manual","level":"L1","aksStatus":"Fail","aksReason":"Operational impact","responsibility":"platform","checks":[],"remediation":"AKS doesn\'t offer the EventRateLimit admission plugin. Nothing to configure."},{"id":"1.2.10","section":"1.2","title":"Ensure that the admission control plugin AlwaysAdmit isn\'t set","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.11","section":"1.2","title":"Ensure that the admission control plugin AlwaysPullImages is set","assessment":"Manual","level":"L1","aksStatus":"Fail","aksReason":"Operational impact","responsibility":"platform","checks":[],"remediation":"AKS doesn\'t enable AlwaysPullImages. Where you need it, set `imagePullPolicy: Always` on containers or enforce it with Azure Policy."},{"id":"1.2.12","section":"1.2","title":"Ensure that the admission control plugin ServiceAccount is set","assessment":"Automated","level":"L2","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.13","section":"1.2","title":"Ensure that the admission control plugin NamespaceLifecycle is set","assessment":"Automated","level":"L2","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.14","section":"1.2","title":"Ensure that the admission control plugin NodeRestriction is set","assessment":"Automated","level":"L2","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.15","section":"1.2","title":"Ensure that the `--profiling` argument is set to false","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.16","section":"1.2","title":"Ensure that the `--audit-log-path` argument is set","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.17","section":"1.2","title":"Ensure that the `--audit-log-maxage` argument is set to 30 or as appropriate","assessment":"Automated","level":"L1","aksStatus":"Equivalent Control","aksReason":"AKS stores audit log for 14 days, Deployment.yaml has value of 0.","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS keeps the audit log for 14 days. To keep it longer, send `kube-audit` through a diagnostic setting to a workspace or storage account with the retention you need."},{"id":"1.2.18","section":"1.2","title":"Ensure that the `--audit-log-maxbackup` argument is set to 10 or as appropriate","assessment":"Automated","level":"L1","aksStatus":"Equivalent Control","aksReason":"AKS stores audit log for 14 days, Deployment.yaml has value of 0.","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS keeps the audit log for 14 days. To keep it longer, send `kube-audit` through a diagnostic setting to a workspace or storage account with the retention you need."},{"id":"1.2.19","section":"1.2","title":"Ensure that the `--audit-log-maxsize` argument is set to 100 or as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.20","section":"1.2","title":"Ensure that the `--request-timeout` argument is set as appropriate","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"Parameter is not set, which will set default value = 60s (which is compliant)","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.21","section":"1.2","title":"Ensure that the `--service-account-lookup` argument is set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"Parameter is not set, which will set the default value as true (which is compliant)","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.22","section":"1.2","title":"Ensure that the `--service-account-key-file` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.23","section":"1.2","title":"Ensure that the `--etcd-certfile` and `--etcd-keyfile` arguments are set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.24","section":"1.2","title":"Ensure that the `--tls-cert-file` and `--tls-private-key-file` arguments are set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.25","section":"1.2","title":"Ensure that the `--client-ca-file` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.26","section":"1.2","title":"Ensure that the `--etcd-cafile` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.27","section":"1.2","title":"Ensure that the `--encryption-provider-config` argument is set as appropriate","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Argument is set when [Azure KMS][azure-kms] is enabled","responsibility":"user","checks":["cluster.kms-etcd-encryption"],"remediation":"Encrypt Secrets in etcd with your own key: set `properties.securityProfile.azureKeyVaultKms.enabled: true` with `keyId` (prefer `keyVaultNetworkAccess: \'Private\'`) on the managed cluster, or add a `key_management_service { key_vault_key_id = ... }` block to `azurerm_kubernetes_cluster`.","fix":{"bicep":"Set `properties.securityProfile.azureKeyVaultKms` to `{ enabled: true, keyId: <key URL> }`.","terraform":"Add `key_management_service { key_vault_key_id = ... }` to `azurerm_kubernetes_cluster`."}},{"id":"1.2.28","section":"1.2","title":"Ensure that encryption providers are appropriately configured","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Argument is set when [Azure KMS][azure-kms] is enabled","responsibility":"user","checks":["cluster.kms-etcd-encryption"],"remediation":"Encrypt Secrets in etcd with your own key: set `properties.securityProfile.azureKeyVaultKms.enabled: true` with `keyId` (prefer `keyVaultNetworkAccess: \'Private\'`) on the managed cluster, or add a `key_management_service { key_vault_key_id = ... }` block to `azurerm_kubernetes_cluster`.","fix":{"bicep":"Set `properties.securityProfile.azureKeyVaultKms` to `{ enabled: true, keyId: <key URL> }`.","terraform":"Add `key_management_service { key_vault_key_id = ... }` to `azurerm_kubernetes_cluster`."}},{"id":"1.2.29","section":"1.2","title":"Ensure that the API Server only makes use of Strong Cryptographic Ciphers","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"AKS supports a subset of 4 Strong Ciphersuites out of 21 recommended ones from CIS","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets the API server\'s flags and Microsoft attests this row."},{"id":"1.2.30","section":"1.2","title":"Ensure that the `--service-account-extend-token-expiration` parameter is set to false","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"This parameter is set to false when [OIDC][oidc] is enabled on the cluster","responsibility":"user","checks":["cluster.oidc-issuer"],"remediation":"Turn on the OIDC issuer: `properties.oidcIssuerProfile.enabled: true` (Bicep/ARM) or `oidc_issuer_enabled = true` (Terraform). AKS then runs the API server with `--service-account-extend-token-expiration=false`.","fix":{"bicep":"Set `properties.oidcIssuerProfile.enabled: true`.","terraform":"Set `oidc_issuer_enabled = true`."}},{"id":"1.3.1","section":"1.3","title":"Ensure that the `--terminated-pod-gc-threshold` argument is set as appropriate","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"AKS sets the default value to 6000 instead of 12500","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.2","section":"1.3","title":"Ensure that the `--profiling` argument is set to false","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.3","section":"1.3","title":"Ensure that the `--use-service-account-credentials` argument is set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.4","section":"1.3","title":"Ensure that the `--service-account-private-key-file` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.5","section":"1.3","title":"Ensure that the `--root-ca-file` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.6","section":"1.3","title":"Ensure that the RotateKubeletServerCertificate argument is set to true","assessment":"Automated","level":"L2","aksStatus":"Pass","aksReason":"Parameter is set to true, see [Kubelet Serving Certificate Rotation][kscr]","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.3.7","section":"1.3","title":"Ensure that the `--bind-address` argument is set to 127.0.0.1","assessment":"Automated","level":"L1","aksStatus":"Equivalent Control","aksReason":"Pod\'s IP is used","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the controller manager and sets its flags."},{"id":"1.4.1","section":"1.4","title":"Ensure that the `--profiling` argument is set to false","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the scheduler and sets its flags."},{"id":"1.4.2","section":"1.4","title":"Ensure that the `--bind-address` argument is set to 127.0.0.1","assessment":"Automated","level":"L1","aksStatus":"Equivalent Control","aksReason":"Pod\'s IP is used","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs the scheduler and sets its flags."},{"id":"2.1","section":"2","title":"Ensure that the `--cert-file` and `--key-file` arguments are set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.2","section":"2","title":"Ensure that the `--client-cert-auth` argument is set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.3","section":"2","title":"Ensure that the `--auto-tls` argument isn\'t set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"Parameter is not set, which will set the default value as false (which is compliant)","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.4","section":"2","title":"Ensure that the `--peer-cert-file` and `--peer-key-file` arguments are set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.5","section":"2","title":"Ensure that the `--peer-client-cert-auth` argument is set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.6","section":"2","title":"Ensure that the `--peer-auto-tls` argument isn\'t set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"Parameter is not set, which will set the default value as false (which is compliant)","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"2.7","section":"2","title":"Ensure that a unique Certificate Authority is used for `etcd`","assessment":"Manual","level":"L2","aksStatus":"Pass","aksReason":"`--client-ca-file` for api-server is different from `--trusted-ca-file` for etcd","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS runs etcd and manages its certificates."},{"id":"3.1.1","section":"3.1","title":"Client certificate authentication shouldn\'t be used for users","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"When you deploy an AKS cluster, local accounts are enabled by default. You can [disable local accounts][disable-local-accounts] to disable client certificates for authentication.","responsibility":"user","checks":["cluster.local-accounts-disabled"],"remediation":"Disable local accounts so nobody signs in with the cluster\'s client certificate: set `properties.disableLocalAccounts: true` together with managed Entra ID (`aadProfile.managed: true`), or `local_account_disabled = true` with an `azure_active_directory_role_based_access_control` block in Terraform.","fix":{"bicep":"Set `properties.disableLocalAccounts: true`, with `aadProfile.managed: true`.","terraform":"Set `local_account_disabled = true`, with an `azure_active_directory_role_based_access_control` block."}},{"id":"3.1.2","section":"3.1","title":"Service account token authentication shouldn\'t be used for users","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"AKS provides support for [Microsoft Entra authentication][entra-auth] for requests sent to the cluster control plane. The usage of service acccount tokens is left up to the customer (to enforce a a best practice, as needed)","responsibility":"user","checks":["cluster.entra-id"],"remediation":"Sign people in with Microsoft Entra ID: set `properties.aadProfile.managed: true` with `adminGroupObjectIDs` (Bicep/ARM), or add an `azure_active_directory_role_based_access_control` block with `admin_group_object_ids` (Terraform). Leave service account tokens to workloads.","fix":{"bicep":"Set `properties.aadProfile.managed: true` with `adminGroupObjectIDs`.","terraform":"Add `azure_active_directory_role_based_access_control { admin_group_object_ids = [...] }`."}},{"id":"3.1.3","section":"3.1","title":"Bootstrap token authentication shouldn\'t be used for users","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"Bootstrap tokens can\'t be used by users","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS uses bootstrap tokens only to join nodes."},{"id":"3.2.1","section":"3.2","title":"Ensure that a minimal audit policy is created","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"user","checks":["cluster.audit-logs"],"remediation":"AKS writes the audit log; collect it. Add a `Microsoft.Insights/diagnosticSettings` resource scoped to the cluster with the `kube-audit` or `kube-audit-admin` category enabled and a workspace, storage account or event hub, or an `azurerm_monitor_diagnostic_setting` whose `target_resource_id` is the cluster, with `enabled_log { category = \\"kube-audit-admin\\" }`.","fix":{"bicep":"Add a `Microsoft.Insights/diagnosticSettings` resource (`scope: cluster`) with the `kube-audit` category enabled.","terraform":"Add an `azurerm_monitor_diagnostic_setting` for the cluster with `enabled_log { category = \\"kube-audit\\" }`."}},{"id":"3.2.2","section":"3.2","title":"Ensure that the audit policy covers key security concerns","assessment":"Manual","level":"L2","aksStatus":"Pass","aksReason":"","responsibility":"user","checks":["cluster.audit-logs"],"remediation":"AKS writes the audit log; collect it. Add a `Microsoft.Insights/diagnosticSettings` resource scoped to the cluster with the `kube-audit` or `kube-audit-admin` category enabled and a workspace, storage account or event hub, or an `azurerm_monitor_diagnostic_setting` whose `target_resource_id` is the cluster, with `enabled_log { category = \\"kube-audit-admin\\" }`.","fix":{"bicep":"Add a `Microsoft.Insights/diagnosticSettings` resource (`scope: cluster`) with the `kube-audit` category enabled.","terraform":"Add an `azurerm_monitor_diagnostic_setting` for the cluster with `enabled_log { category = \\"kube-audit\\" }`."}},{"id":"4.1.1","section":"4.1","title":"Ensure that the kubelet service file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-service-permissions"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.2","section":"4.1","title":"Ensure that the kubelet service file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-service-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.3","section":"4.1","title":"If a proxy kubeconfig file exists, ensure permissions are set to 600 or more restrictive","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"","responsibility":"platform","checks":["node-audit.proxy-kubeconfig-permissions"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.4","section":"4.1","title":"If a proxy kubeconfig file exists, ensure ownership is set to `root: root`","assessment":"Manual","level":"L1","aksStatus":"N/A","aksReason":"","responsibility":"platform","checks":["node-audit.proxy-kubeconfig-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.5","section":"4.1","title":"Ensure that the `--kubeconfig` kubelet.conf file permissions are set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-kubeconfig-permissions"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.6","section":"4.1","title":"Ensure that the `--kubeconfig` kubelet.conf file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-kubeconfig-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.7","section":"4.1","title":"Ensure that the certificate authorities file permissions are set to 600 or more restrictive","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.client-ca-permissions"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.8","section":"4.1","title":"Ensure that the client certificate authorities file ownership is set to `root: root`","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.client-ca-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.9","section":"4.1","title":"If the kubelet config.yaml configuration file is being used, ensure permissions set to 600 or more restrictive","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-config-permissions"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.1.10","section":"4.1","title":"If the kubelet config.yaml configuration file is being used, ensure file ownership is set to `root: root`","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-config-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"4.2.1","section":"4.2","title":"Ensure that the `--anonymous-auth` argument is set to false","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.anonymous-auth"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.2","section":"4.2","title":"Ensure that the `--authorization-mode` argument isn\'t set to `AlwaysAllow`","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.authorization-mode"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.3","section":"4.2","title":"Ensure that the `--client-ca-file` argument is set as appropriate","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.client-ca"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.4","section":"4.2","title":"Ensure that the `--read-only-port` argument is set to 0","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.read-only-port"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.5","section":"4.2","title":"Ensure that the `--streaming-connection-idle-timeout` argument isn\'t set to 0","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.streaming-idle-timeout"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.6","section":"4.2","title":"Ensure that the `--make-iptables-util-chains` argument is set to true","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.iptables-util-chains"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.7","section":"4.2","title":"Ensure that the `--hostname-override` argument isn\'t set","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.8","section":"4.2","title":"Ensure that the `--eventRecordQPS` argument is set to a level which ensures appropriate event capture","assessment":"Manual","level":"L2","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.event-qps"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.9","section":"4.2","title":"Ensure that the `--tls-cert-file` and `--tls-private-key-file` arguments are set as appropriate","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.10","section":"4.2","title":"Ensure that the `--rotate-certificates` argument isn\'t set to false","assessment":"Automated","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.rotate-certificates"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.11","section":"4.2","title":"Verify that the RotateKubeletServerCertificate argument is set to true","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.rotate-server-certificates"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.12","section":"4.2","title":"Ensure that the Kubelet only makes use of Strong Cryptographic Ciphers","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["kubelet.tls-ciphers"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.2.13","section":"4.2","title":"Ensure that a limit is set on pod PIDs","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"user","checks":["node-pools.pod-pid-limit"],"remediation":"Limit PIDs per pod on every node pool: set `kubeletConfig.podMaxPids` above 0 (for example 1024) on each agent pool, or `kubelet_config { pod_max_pid = 1024 }` in `default_node_pool` and each `azurerm_kubernetes_cluster_node_pool`. AKS\'s default, -1, sets no limit.","fix":{"bicep":"Set `kubeletConfig.podMaxPids` above 0 (for example 1024) on each agent pool.","terraform":"Set `kubelet_config { pod_max_pid = 1024 }` in `default_node_pool` and each `azurerm_kubernetes_cluster_node_pool`."}},{"id":"4.2.14","section":"4.2","title":"Ensure that the Kubelet enforces the use of the `RuntimeDefault` seccomp profile","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"AKS defaults to `Unconfined`. [Custom Node Configuration][custom-node-config] can be used to enable `RuntimeDefault` seccomp profile.","responsibility":"user","checks":["node-pools.kubelet-seccomp-default"],"remediation":"Make RuntimeDefault the kubelet\'s default seccomp profile: set `kubeletConfig.seccompDefault: \'RuntimeDefault\'` on each agent pool (preview API; from Terraform through `azapi_resource`). Until then, set `seccompProfile.type: RuntimeDefault` in every pod\'s securityContext.","fix":{"bicep":"Set `kubeletConfig.seccompDefault: \'RuntimeDefault\'` on each agent pool (preview API version).","terraform":"No `azurerm` argument yet: set `kubeletConfig.seccompDefault` through `azapi_resource`, or a `seccomp_profile` in every pod."}},{"id":"4.3.1","section":"4.3","title":"Ensure that the kube-proxy metrics service is bound to localhost","assessment":"Automated","level":"L1","aksStatus":"Fail","aksReason":"AKS has central Prometheus scraping for kube-proxy and applies alert and auto-remediation when `KubeProxyStale` is detected. The `metrics-bind-address` is set for that purpose.","responsibility":"platform","checks":["kube-proxy.metrics-bind-address"],"remediation":"AKS binds kube-proxy\'s metrics to the node address for its own monitoring; it can\'t be changed. Nothing to configure."},{"id":"5.1.1","section":"5.1","title":"Ensure that the cluster-admin role is only used where required","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["rbac.cluster-admin-binding"],"remediation":"Bind `cluster-admin` only to system subjects. Give people and workloads narrower Roles or ClusterRoles, bound in one namespace with a RoleBinding where possible.","fix":{"yaml":"Bind a narrower ClusterRole (or a namespaced Role) instead of `roleRef.name: cluster-admin`, and keep cluster-admin for break-glass groups.","terraform":"Point the `kubernetes_cluster_role_binding_v1` `role_ref` at a narrower role than `cluster-admin`, or bind a `kubernetes_role_v1` in one namespace."}},{"id":"5.1.2","section":"5.1","title":"Minimize access to secrets","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.secrets-access"],"remediation":"Don\'t grant `get`, `list` or `watch` on `secrets` beyond the controllers that need them; prefer a Role bound in one namespace over a ClusterRole.","fix":{"yaml":"Remove `get`, `list` and `watch` on `secrets` from the role, or limit them to named secrets with `resourceNames`.","terraform":"Drop `get`, `list` and `watch` on `secrets` from the role\'s `rule` blocks, or name the secrets in `resource_names`."}},{"id":"5.1.3","section":"5.1","title":"Minimize wildcard use in Roles and ClusterRoles","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["rbac.wildcards"],"remediation":"Replace `*` in the `apiGroups`, `resources` and `verbs` of Roles and ClusterRoles with the exact values the subject needs.","fix":{"yaml":"Replace `*` in the rule\'s `apiGroups`, `resources` and `verbs` with the exact groups, resources and verbs needed.","terraform":"List the exact `api_groups`, `resources` and `verbs` in each `rule` block instead of `\\"*\\"`."}},{"id":"5.1.4","section":"5.1","title":"Minimize access to create pods","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.create-pods"],"remediation":"Remove `create` on `pods` from Roles and ClusterRoles that don\'t need it; let controllers create pods from Deployments and Jobs.","fix":{"yaml":"Remove `create` on `pods` (and on workload resources that make pods) from roles that do not need to start pods.","terraform":"Remove `\\"create\\"` from the `verbs` of `rule` blocks on `pods` in roles that do not need to start pods."}},{"id":"5.1.5","section":"5.1","title":"Ensure that default service accounts aren\'t actively used","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["service-accounts.default-used"],"remediation":"Give each workload its own ServiceAccount (`spec.serviceAccountName`) and set `automountServiceAccountToken: false` on every namespace\'s `default` ServiceAccount.","fix":{"yaml":"Give each workload its own ServiceAccount (`spec.serviceAccountName`), set `automountServiceAccountToken: false` on each namespace\'s `default` one, and bind no role to it.","terraform":"Set `service_account_name` in each pod spec, and `automount_service_account_token = false` on each namespace\'s `default` `kubernetes_service_account`."}},{"id":"5.1.6","section":"5.1","title":"Ensure that Service Account Tokens are only mounted where necessary","assessment":"Automated","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["service-accounts.token-automount"],"remediation":"Set `automountServiceAccountToken: false` on the ServiceAccount or pod spec of workloads that don\'t call the Kubernetes API.","fix":{"yaml":"Set `automountServiceAccountToken: false` in the pod spec (or on its ServiceAccount) unless the pod calls the API.","terraform":"Set `automount_service_account_token = false` in the pod `spec` (or on the `kubernetes_service_account`)."}},{"id":"5.1.7","section":"5.1","title":"Avoid use of system: masters group","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.system-masters"],"remediation":"Don\'t bind the `system:masters` group: it bypasses RBAC and can\'t be revoked. Disable local accounts (`disableLocalAccounts: true` / `local_account_disabled = true`) and grant access to Entra ID groups instead.","fix":{"yaml":"Remove `system:masters` from the binding\'s `subjects`; grant a named group a scoped role instead.","terraform":"Remove the `subject` with `name = \\"system:masters\\"`; bind a named group to a scoped role instead."}},{"id":"5.1.8","section":"5.1","title":"Limit use of the Bind, Impersonate, and Escalate permissions in the Kubernetes cluster","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.bind-impersonate-escalate"],"remediation":"Remove the `bind`, `impersonate` and `escalate` verbs from Roles and ClusterRoles unless the subject administers RBAC.","fix":{"yaml":"Remove the `bind`, `escalate` and `impersonate` verbs from the role\'s rules.","terraform":"Remove `\\"bind\\"`, `\\"escalate\\"` and `\\"impersonate\\"` from the `verbs` of the role\'s `rule` blocks."}},{"id":"5.1.9","section":"5.1","title":"Minimize access to create persistent volumes","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.create-persistentvolumes"],"remediation":"Remove `create` on `persistentvolumes`; let users claim storage through PersistentVolumeClaims and StorageClasses.","fix":{"yaml":"Remove `create` on `persistentvolumes`; let workloads claim storage through PersistentVolumeClaims.","terraform":"Remove `\\"create\\"` on `persistentvolumes` from the role; workloads claim storage with `kubernetes_persistent_volume_claim_v1`."}},{"id":"5.1.10","section":"5.1","title":"Minimize access to the proxy subresource of nodes","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.nodes-proxy"],"remediation":"Don\'t grant access to the `nodes/proxy` subresource: it reaches the kubelet API and bypasses admission.","fix":{"yaml":"Remove the `nodes/proxy` resource from the role\'s rules.","terraform":"Remove `\\"nodes/proxy\\"` from the `resources` of the role\'s `rule` blocks."}},{"id":"5.1.11","section":"5.1","title":"Minimize access to the approval subresource of `certificatesigningrequests` objects","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.csr-approval"],"remediation":"Don\'t grant `update` on `certificatesigningrequests/approval` (or `approve` on signers) except to the components that approve certificates.","fix":{"yaml":"Remove `update` on `certificatesigningrequests/approval` and `approve` on `signers` from the role.","terraform":"Remove `certificatesigningrequests/approval` (update) and `signers` (approve) from the role\'s `rule` blocks."}},{"id":"5.1.12","section":"5.1","title":"Minimize access to webhook configuration objects","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.webhook-configurations"],"remediation":"Limit `create`, `update`, `patch` and `delete` on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations` to cluster administrators.","fix":{"yaml":"Remove write verbs on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations` from the role.","terraform":"Remove write verbs on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations` from the role\'s `rule` blocks."}},{"id":"5.1.13","section":"5.1","title":"Minimize access to the service account token creation","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["rbac.serviceaccount-token-create"],"remediation":"Don\'t grant `create` on `serviceaccounts/token` except to components that issue tokens.","fix":{"yaml":"Remove `create` on `serviceaccounts/token` from the role.","terraform":"Remove `\\"create\\"` on `serviceaccounts/token` from the role\'s `rule` blocks."}},{"id":"5.2.1","section":"5.2","title":"Ensure that the cluster has at least one active policy control mechanism in place","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["policy.admission-mechanism"],"remediation":"Enforce pod security at admission: turn on the Azure Policy add-on (`properties.addonProfiles.azurepolicy.enabled: true` / `azure_policy_enabled = true`) and assign the pod security baseline or restricted initiative, or label namespaces with `pod-security.kubernetes.io/enforce`, or install Kyverno, Gatekeeper or a ValidatingAdmissionPolicy.","fix":{"yaml":"Label each namespace with `pod-security.kubernetes.io/enforce: restricted` (or `baseline`), or install Gatekeeper, Kyverno or a ValidatingAdmissionPolicy.","terraform":"Set `azure_policy_enabled = true` on `azurerm_kubernetes_cluster`, or label each `kubernetes_namespace_v1` with `pod-security.kubernetes.io/enforce`."}},{"id":"5.2.2","section":"5.2","title":"Minimize the admission of privileged containers","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.privileged"],"remediation":"Remove `securityContext.privileged: true` from containers; grant only the capabilities the workload needs.","fix":{"yaml":"Remove `securityContext.privileged: true` from the container.","terraform":"Remove `privileged = true` from the container\'s `security_context`."}},{"id":"5.2.3","section":"5.2","title":"Minimize the admission of containers wishing to share the host process ID namespace","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.host-pid"],"remediation":"Remove `hostPID: true` from the pod spec.","fix":{"yaml":"Remove `hostPID: true` from the pod spec.","terraform":"Remove `host_pid = true` from the pod `spec`."}},{"id":"5.2.4","section":"5.2","title":"Minimize the admission of containers wishing to share the host IPC namespace","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.host-ipc"],"remediation":"Remove `hostIPC: true` from the pod spec.","fix":{"yaml":"Remove `hostIPC: true` from the pod spec.","terraform":"Remove `host_ipc = true` from the pod `spec`."}},{"id":"5.2.5","section":"5.2","title":"Minimize the admission of containers wishing to share the host network namespace","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.host-network"],"remediation":"Remove `hostNetwork: true` from the pod spec and expose ports through a Service.","fix":{"yaml":"Remove `hostNetwork: true` from the pod spec; expose ports through a Service.","terraform":"Remove `host_network = true` from the pod `spec`; expose ports through a `kubernetes_service`."}},{"id":"5.2.6","section":"5.2","title":"Minimize the admission of containers with allowPrivilegeEscalation","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.allow-privilege-escalation"],"remediation":"Set `securityContext.allowPrivilegeEscalation: false` on every container, and don\'t run it privileged.","fix":{"yaml":"Set `securityContext.allowPrivilegeEscalation: false` on every container.","terraform":"Set `security_context { allow_privilege_escalation = false }` on every container."}},{"id":"5.2.7","section":"5.2","title":"Minimize the admission of root containers","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.root-containers"],"remediation":"Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` on the pod or on each container.","fix":{"yaml":"Set `securityContext.runAsNonRoot: true` (and a `runAsUser` above 0) on the pod or each container.","terraform":"Set `security_context { run_as_non_root = true, run_as_user = 1000 }` on the pod or each container."}},{"id":"5.2.8","section":"5.2","title":"Minimize the admission of containers with the NET_RAW capability","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.net-raw"],"remediation":"Drop `NET_RAW` (or `ALL`) in each container\'s `securityContext.capabilities.drop`.","fix":{"yaml":"Set `securityContext.capabilities.drop: [\\"ALL\\"]` (or at least `NET_RAW`) on each container.","terraform":"Set `security_context { capabilities { drop = [\\"ALL\\"] } }` (or `NET_RAW`) on each container."}},{"id":"5.2.9","section":"5.2","title":"Minimize the admission of containers with added capabilities","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.added-capabilities"],"remediation":"Remove entries from `securityContext.capabilities.add`; where a workload truly needs one, suppress the finding with the reason.","fix":{"yaml":"Remove the entries of `securityContext.capabilities.add`, keeping only a justified one such as `NET_BIND_SERVICE`.","terraform":"Remove entries from `security_context { capabilities { add = [...] } }`."}},{"id":"5.2.10","section":"5.2","title":"Minimize the admission of containers with capabilities assigned","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.capabilities-not-dropped"],"remediation":"Set `securityContext.capabilities.drop: [\\"ALL\\"]` on every container and add back only what it needs.","fix":{"yaml":"Set `securityContext.capabilities.drop: [\\"ALL\\"]` on every container.","terraform":"Set `security_context { capabilities { drop = [\\"ALL\\"] } }` on every container."}},{"id":"5.2.11","section":"5.2","title":"Minimize the admission of Windows HostProcess Containers","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.windows-host-process"],"remediation":"Remove `securityContext.windowsOptions.hostProcess: true` from pods and containers.","fix":{"yaml":"Remove `securityContext.windowsOptions.hostProcess: true` from the pod and its containers.","terraform":"Remove `host_process = true` from the `windows_options` of the pod\'s and containers\' `security_context`."}},{"id":"5.2.12","section":"5.2","title":"Minimize the admission of HostPath volumes","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"Use [Azure Policy built-in policy definitions][azure-policies] for Azure Kubernetes Service","responsibility":"user","checks":["pod-security.host-path"],"remediation":"Replace `hostPath` volumes with PersistentVolumeClaims, ConfigMaps, Secrets or `emptyDir`.","fix":{"yaml":"Replace the `hostPath` volume with a PersistentVolumeClaim, ConfigMap, Secret or `emptyDir`.","terraform":"Replace `volume { host_path { ... } }` with a persistent volume claim, config map, secret or `empty_dir`."}},{"id":"5.2.13","section":"5.2","title":"Minimize the admission of containers which use HostPorts","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.host-ports"],"remediation":"Remove `hostPort` from container ports and publish the port through a Service.","fix":{"yaml":"Remove `hostPort` from the container\'s `ports`; publish through a Service.","terraform":"Remove `host_port` from the container\'s `port` blocks; publish through a `kubernetes_service`."}},{"id":"5.3.1","section":"5.3","title":"Ensure that the CNI in use supports Network Policies","assessment":"Manual","level":"L1","aksStatus":"Pass","aksReason":"","responsibility":"user","checks":["cluster.network-policy-engine"],"remediation":"Turn on a network policy engine: set `properties.networkProfile.networkPolicy` to `azure`, `calico` or `cilium` (Bicep/ARM) or `network_profile { network_policy = \\"cilium\\" }` (Terraform). Without one, NetworkPolicy objects are accepted but not enforced.","fix":{"bicep":"Set `properties.networkProfile.networkPolicy` to `\'azure\'`, `\'calico\'` or `\'cilium\'`.","terraform":"Set `network_profile { network_policy = \\"cilium\\" }` (or `azure`, `calico`)."}},{"id":"5.3.2","section":"5.3","title":"Ensure that all Namespaces have Network Policies defined","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["network.namespaces-without-policy"],"remediation":"Add at least one NetworkPolicy to every namespace that runs workloads, starting with a default deny of ingress and egress.","fix":{"yaml":"Add a NetworkPolicy to the namespace, starting from one that denies all ingress (`podSelector: {}`, `policyTypes: [Ingress]`).","terraform":"Add a `kubernetes_network_policy_v1` to the namespace, starting from one that denies all ingress (`pod_selector {}`, `policy_types = [\\"Ingress\\"]`)."}},{"id":"5.4.1","section":"5.4","title":"Prefer using secrets as files over secrets as environment variables","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["secrets.environment-variables"],"remediation":"Mount Secrets as files (a `secret` volume) instead of `env[].valueFrom.secretKeyRef` or `envFrom[].secretRef`.","fix":{"yaml":"Mount the Secret as a volume instead of reading it through `env[].valueFrom.secretKeyRef` or `envFrom.secretRef`.","terraform":"Mount the secret as a `volume { secret { ... } }` instead of `env { value_from { secret_key_ref { ... } } }`."}},{"id":"5.4.2","section":"5.4","title":"Consider external secret storage","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["cluster.key-vault-secrets-provider"],"remediation":"Keep secrets in Azure Key Vault and mount them with the Secrets Store CSI driver: set `properties.addonProfiles.azureKeyvaultSecretsProvider.enabled: true` (Bicep/ARM) or add a `key_vault_secrets_provider` block (Terraform), then use a `SecretProviderClass` in your workloads.","fix":{"bicep":"Set `properties.addonProfiles.azureKeyvaultSecretsProvider.enabled: true`.","terraform":"Add a `key_vault_secrets_provider { }` block to `azurerm_kubernetes_cluster`."}},{"id":"5.5.1","section":"5.5","title":"Configure Image Provenance using ImagePolicyWebhook admission controller","assessment":"Manual","level":"L2","aksStatus":"Fail","aksReason":"Equivalent control implemented","responsibility":"user","checks":["cluster.image-integrity"],"remediation":"Verify image signatures before pods are admitted: enable Image Integrity (`properties.securityProfile.imageIntegrity.enabled: true`, preview, with the Azure Policy add-on) or run another admission controller that checks signatures.","fix":{"bicep":"Set `properties.securityProfile.imageIntegrity.enabled: true` (preview, with the Azure Policy add-on).","terraform":"Image Integrity has no `azurerm` argument: enable it with `azapi_update_resource`, or run an admission controller that checks signatures."}},{"id":"5.6.1","section":"5.6","title":"Create administrative boundaries between resources using namespaces","assessment":"Manual","level":"L1","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":[],"remediation":"Put each application or team in its own namespace, with its own RBAC bindings, resource quotas and network policies."},{"id":"5.6.2","section":"5.6","title":"Ensure that the seccomp profile is set to docker/default in your pod definitions","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.seccomp"],"remediation":"Set `securityContext.seccompProfile.type: RuntimeDefault` (or `Localhost`) on the pod or on each container; never `Unconfined`.","fix":{"yaml":"Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or each container).","terraform":"Set `security_context { seccomp_profile { type = \\"RuntimeDefault\\" } }` on the pod or each container."}},{"id":"5.6.3","section":"5.6","title":"Apply Security Context to Your Pods and Containers","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["pod-security.security-context"],"remediation":"Give every pod and container a `securityContext`: `runAsNonRoot: true`, `allowPrivilegeEscalation: false`, capabilities dropped and a seccomp profile.","fix":{"yaml":"Add a `securityContext` to the pod and each container: `runAsNonRoot`, `allowPrivilegeEscalation: false`, dropped capabilities, a seccomp profile.","terraform":"Add a `security_context` to the pod and each container: `run_as_non_root`, `allow_privilege_escalation = false`, dropped capabilities, a seccomp profile."}},{"id":"5.6.4","section":"5.6","title":"The default namespace shouldn\'t be used","assessment":"Manual","level":"L2","aksStatus":"Depends on Environment","aksReason":"","responsibility":"user","checks":["namespaces.default-namespace"],"remediation":"Deploy into named namespaces: set `metadata.namespace` or install with `helm install -n <namespace>`, and keep `default` empty.","fix":{"yaml":"Set `metadata.namespace` to a namespace of your own (or install with `helm install -n`).","terraform":"Set `metadata { namespace = ... }` to a namespace of your own on each kubernetes resource."}}]},{"id":"cis-aks-v1.7","family":"cis-aks","title":"CIS Azure Kubernetes Service (AKS) Benchmark v1.7","version":"1.7","source":"aquasecurity/kube-bench, cfg/aks-1.7/*.yaml, commit a73ce378418c71c5861e6963753f50dec3badadf","kubernetes":{"min":"1.29","max":"1.31"},"sections":[{"id":"1","title":"Control Plane Components"},{"id":"2","title":"Control Plane Configuration"},{"id":"2.1","title":"Logging"},{"id":"3","title":"Worker Node Security Configuration"},{"id":"3.1","title":"Worker Node Configuration Files"},{"id":"3.2","title":"Kubelet"},{"id":"4","title":"Policies"},{"id":"4.1","title":"RBAC and Service Accounts"},{"id":"4.2","title":"Pod Security Policies"},{"id":"4.3","title":"Azure Policy / OPA"},{"id":"4.4","title":"CNI Plugin"},{"id":"4.5","title":"Secrets Management"},{"id":"4.6","title":"General Policies"},{"id":"5","title":"Managed Services"},{"id":"5.1","title":"Image Registry and Image Scanning"},{"id":"5.2","title":"Access and identity options for Azure Kubernetes Service (AKS)"},{"id":"5.3","title":"Key Management Service (KMS)"},{"id":"5.4","title":"Cluster Networking"},{"id":"5.5","title":"Authentication and Authorization"}],"rules":[{"id":"2.1.1","section":"2.1","title":"Enable audit Logs","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.audit-logs"],"remediation":"AKS writes the audit log; collect it. Add a `Microsoft.Insights/diagnosticSettings` resource scoped to the cluster with the `kube-audit` or `kube-audit-admin` category enabled and a workspace, storage account or event hub, or an `azurerm_monitor_diagnostic_setting` whose `target_resource_id` is the cluster, with `enabled_log { category = \\"kube-audit-admin\\" }`.","fix":{"bicep":"Add a `Microsoft.Insights/diagnosticSettings` resource (`scope: cluster`) with the `kube-audit` category enabled.","terraform":"Add an `azurerm_monitor_diagnostic_setting` for the cluster with `enabled_log { category = \\"kube-audit\\" }`."}},{"id":"3.1.1","section":"3.1","title":"Ensure that the kubeconfig file permissions are set to 644 or more restrictive","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"3.1.2","section":"3.1","title":"Ensure that the kubelet kubeconfig file ownership is set to root:root","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-kubeconfig-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"3.1.3","section":"3.1","title":"Ensure that the azure.json file has permissions set to 644 or more restrictive","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"3.1.4","section":"3.1","title":"Ensure that the azure.json file ownership is set to root:root","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"3.2.1","section":"3.2","title":"Ensure that the --anonymous-auth argument is set to false","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.anonymous-auth"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.2","section":"3.2","title":"Ensure that the --authorization-mode argument is not set to AlwaysAllow","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.authorization-mode"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.3","section":"3.2","title":"Ensure that the --client-ca-file argument is set as appropriate","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.client-ca"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.4","section":"3.2","title":"Ensure that the --read-only-port is secured","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.read-only-port"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.5","section":"3.2","title":"Ensure that the --streaming-connection-idle-timeout argument is not set to 0","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.streaming-idle-timeout"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.6","section":"3.2","title":"Ensure that the --make-iptables-util-chains argument is set to true","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.iptables-util-chains"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.7","section":"3.2","title":"Ensure that the --eventRecordQPS argument is set to 0 or a level which ensures appropriate event capture","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.event-qps"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.8","section":"3.2","title":"Ensure that the --rotate-certificates argument is not set to false","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.rotate-certificates"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.9","section":"3.2","title":"Ensure that the RotateKubeletServerCertificate argument is set to true","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.rotate-server-certificates"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.1.1","section":"4.1","title":"Ensure that the cluster-admin role is only used where required","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.cluster-admin-binding"],"remediation":"Bind `cluster-admin` only to system subjects. Give people and workloads narrower Roles or ClusterRoles, bound in one namespace with a RoleBinding where possible.","fix":{"yaml":"Bind a narrower ClusterRole (or a namespaced Role) instead of `roleRef.name: cluster-admin`, and keep cluster-admin for break-glass groups.","terraform":"Point the `kubernetes_cluster_role_binding_v1` `role_ref` at a narrower role than `cluster-admin`, or bind a `kubernetes_role_v1` in one namespace."}},{"id":"4.1.2","section":"4.1","title":"Minimize access to secrets","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.secrets-access"],"remediation":"Don\'t grant `get`, `list` or `watch` on `secrets` beyond the controllers that need them; prefer a Role bound in one namespace over a ClusterRole.","fix":{"yaml":"Remove `get`, `list` and `watch` on `secrets` from the role, or limit them to named secrets with `resourceNames`.","terraform":"Drop `get`, `list` and `watch` on `secrets` from the role\'s `rule` blocks, or name the secrets in `resource_names`."}},{"id":"4.1.3","section":"4.1","title":"Minimize wildcard use in Roles and ClusterRoles","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.wildcards"],"remediation":"Replace `*` in the `apiGroups`, `resources` and `verbs` of Roles and ClusterRoles with the exact values the subject needs.","fix":{"yaml":"Replace `*` in the rule\'s `apiGroups`, `resources` and `verbs` with the exact groups, resources and verbs needed.","terraform":"List the exact `api_groups`, `resources` and `verbs` in each `rule` block instead of `\\"*\\"`."}},{"id":"4.1.4","section":"4.1","title":"Minimize access to create pods","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.create-pods"],"remediation":"Remove `create` on `pods` from Roles and ClusterRoles that don\'t need it; let controllers create pods from Deployments and Jobs.","fix":{"yaml":"Remove `create` on `pods` (and on workload resources that make pods) from roles that do not need to start pods.","terraform":"Remove `\\"create\\"` from the `verbs` of `rule` blocks on `pods` in roles that do not need to start pods."}},{"id":"4.1.5","section":"4.1","title":"Ensure that default service accounts are not actively used","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["service-accounts.default-used"],"remediation":"Give each workload its own ServiceAccount (`spec.serviceAccountName`) and set `automountServiceAccountToken: false` on every namespace\'s `default` ServiceAccount.","fix":{"yaml":"Give each workload its own ServiceAccount (`spec.serviceAccountName`), set `automountServiceAccountToken: false` on each namespace\'s `default` one, and bind no role to it.","terraform":"Set `service_account_name` in each pod spec, and `automount_service_account_token = false` on each namespace\'s `default` `kubernetes_service_account`."}},{"id":"4.1.6","section":"4.1","title":"Ensure that Service Account Tokens are only mounted where necessary","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["service-accounts.token-automount"],"remediation":"Set `automountServiceAccountToken: false` on the ServiceAccount or pod spec of workloads that don\'t call the Kubernetes API.","fix":{"yaml":"Set `automountServiceAccountToken: false` in the pod spec (or on its ServiceAccount) unless the pod calls the API.","terraform":"Set `automount_service_account_token = false` in the pod `spec` (or on the `kubernetes_service_account`)."}},{"id":"4.2.1","section":"4.2","title":"Minimize the admission of privileged containers","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.privileged"],"remediation":"Remove `securityContext.privileged: true` from containers; grant only the capabilities the workload needs.","fix":{"yaml":"Remove `securityContext.privileged: true` from the container.","terraform":"Remove `privileged = true` from the container\'s `security_context`."}},{"id":"4.2.2","section":"4.2","title":"Minimize the admission of containers wishing to share the host process ID namespace","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.host-pid"],"remediation":"Remove `hostPID: true` from the pod spec.","fix":{"yaml":"Remove `hostPID: true` from the pod spec.","terraform":"Remove `host_pid = true` from the pod `spec`."}},{"id":"4.2.3","section":"4.2","title":"Minimize the admission of containers wishing to share the host IPC namespace","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.host-ipc"],"remediation":"Remove `hostIPC: true` from the pod spec.","fix":{"yaml":"Remove `hostIPC: true` from the pod spec.","terraform":"Remove `host_ipc = true` from the pod `spec`."}},{"id":"4.2.4","section":"4.2","title":"Minimize the admission of containers wishing to share the host network namespace","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.host-network"],"remediation":"Remove `hostNetwork: true` from the pod spec and expose ports through a Service.","fix":{"yaml":"Remove `hostNetwork: true` from the pod spec; expose ports through a Service.","terraform":"Remove `host_network = true` from the pod `spec`; expose ports through a `kubernetes_service`."}},{"id":"4.2.5","section":"4.2","title":"Minimize the admission of containers with allowPrivilegeEscalation","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.allow-privilege-escalation"],"remediation":"Set `securityContext.allowPrivilegeEscalation: false` on every container, and don\'t run it privileged.","fix":{"yaml":"Set `securityContext.allowPrivilegeEscalation: false` on every container.","terraform":"Set `security_context { allow_privilege_escalation = false }` on every container."}},{"id":"4.4.1","section":"4.4","title":"Ensure latest CNI version is used","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"AKS ships the CNI with the cluster and node images: keep them current with an upgrade channel (`autoUpgradeProfile.upgradeChannel` and `nodeOSUpgradeChannel`; `automatic_upgrade_channel` and `node_os_upgrade_channel` in Terraform)."},{"id":"4.4.2","section":"4.4","title":"Ensure that all Namespaces have Network Policies defined","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["network.namespaces-without-policy"],"remediation":"Add at least one NetworkPolicy to every namespace that runs workloads, starting with a default deny of ingress and egress.","fix":{"yaml":"Add a NetworkPolicy to the namespace, starting from one that denies all ingress (`podSelector: {}`, `policyTypes: [Ingress]`).","terraform":"Add a `kubernetes_network_policy_v1` to the namespace, starting from one that denies all ingress (`pod_selector {}`, `policy_types = [\\"Ingress\\"]`)."}},{"id":"4.5.1","section":"4.5","title":"Prefer using secrets as files over secrets as environment variables","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["secrets.environment-variables"],"remediation":"Mount Secrets as files (a `secret` volume) instead of `env[].valueFrom.secretKeyRef` or `envFrom[].secretRef`.","fix":{"yaml":"Mount the Secret as a volume instead of reading it through `env[].valueFrom.secretKeyRef` or `envFrom.secretRef`.","terraform":"Mount the secret as a `volume { secret { ... } }` instead of `env { value_from { secret_key_ref { ... } } }`."}},{"id":"4.5.2","section":"4.5","title":"Consider external secret storage","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.key-vault-secrets-provider"],"remediation":"Keep secrets in Azure Key Vault and mount them with the Secrets Store CSI driver: set `properties.addonProfiles.azureKeyvaultSecretsProvider.enabled: true` (Bicep/ARM) or add a `key_vault_secrets_provider` block (Terraform), then use a `SecretProviderClass` in your workloads.","fix":{"bicep":"Set `properties.addonProfiles.azureKeyvaultSecretsProvider.enabled: true`.","terraform":"Add a `key_vault_secrets_provider { }` block to `azurerm_kubernetes_cluster`."}},{"id":"4.6.1","section":"4.6","title":"Create administrative boundaries between resources using namespaces","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"Put each application or team in its own namespace, with its own RBAC bindings, resource quotas and network policies."},{"id":"4.6.2","section":"4.6","title":"Apply Security Context to Your Pods and Containers","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.security-context"],"remediation":"Give every pod and container a `securityContext`: `runAsNonRoot: true`, `allowPrivilegeEscalation: false`, capabilities dropped and a seccomp profile.","fix":{"yaml":"Add a `securityContext` to the pod and each container: `runAsNonRoot`, `allowPrivilegeEscalation: false`, dropped capabilities, a seccomp profile.","terraform":"Add a `security_context` to the pod and each container: `run_as_non_root`, `allow_privilege_escalation = false`, dropped capabilities, a seccomp profile."}},{"id":"4.6.3","section":"4.6","title":"The default namespace should not be used","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["namespaces.default-namespace"],"remediation":"Deploy into named namespaces: set `metadata.namespace` or install with `helm install -n <namespace>`, and keep `default` empty.","fix":{"yaml":"Set `metadata.namespace` to a namespace of your own (or install with `helm install -n`).","terraform":"Set `metadata { namespace = ... }` to a namespace of your own on each kubernetes resource."}},{"id":"5.1.1","section":"5.1","title":"Ensure Image Vulnerability Scanning using Microsoft Defender for Cloud (MDC) image scanning or a third party provider","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.defender-image-scanning"],"remediation":"Scan images for vulnerabilities: enable Microsoft Defender for Containers with a `Microsoft.Security/pricings` resource named `Containers` at `pricingTier: \'Standard\'` (Terraform: `azurerm_security_center_subscription_pricing` with `resource_type = \\"Containers\\"`) and the cluster\'s `securityProfile.defender.securityMonitoring.enabled: true` (`microsoft_defender` block), or use a third-party scanner.","fix":{"bicep":"Add `Microsoft.Security/pricings` `Containers` at `pricingTier: \'Standard\'` and set `securityProfile.defender.securityMonitoring.enabled: true`.","terraform":"Add `azurerm_security_center_subscription_pricing` with `resource_type = \\"Containers\\"` and a `microsoft_defender { }` block on the cluster."}},{"id":"5.1.2","section":"5.1","title":"Minimize user access to Azure Container Registry (ACR)","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"Grant people the narrowest registry roles (AcrPull, AcrPush) on the registry itself, through Entra ID groups, and disable the registry\'s admin user (`adminUserEnabled: false` / `admin_enabled = false`)."},{"id":"5.1.3","section":"5.1","title":"Minimize cluster access to read-only for Azure Container Registry (ACR)","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"Give the cluster\'s kubelet identity only `AcrPull` on the registry (a `Microsoft.Authorization/roleAssignments` resource, or an `azurerm_role_assignment` for `kubelet_identity[0].object_id`), never Contributor or Owner."},{"id":"5.1.4","section":"5.1","title":"Minimize Container Registries to only those approved","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"Admit images only from approved registries: assign the Azure Policy for allowed container images with the add-on enabled (or a Kyverno or Gatekeeper rule), and route egress through a firewall (`networkProfile.outboundType: \'userDefinedRouting\'`)."},{"id":"5.2.1","section":"5.2","title":"Prefer using dedicated AKS Service Accounts","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.managed-identity"],"remediation":"Run the cluster under a managed identity (`identity.type: \'SystemAssigned\'` or `\'UserAssigned\'`; an `identity` block in Terraform) instead of a service principal, and give pods their own identities through workload identity (`securityProfile.workloadIdentity.enabled: true` / `workload_identity_enabled = true`).","fix":{"bicep":"Set `identity: { type: \'SystemAssigned\' }` (or `\'UserAssigned\'`) instead of `servicePrincipalProfile`.","terraform":"Add an `identity { type = \\"SystemAssigned\\" }` block instead of `service_principal`."}},{"id":"5.3.1","section":"5.3","title":"Ensure Kubernetes Secrets are encrypted","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.kms-etcd-encryption"],"remediation":"Encrypt Secrets in etcd with your own key: set `properties.securityProfile.azureKeyVaultKms.enabled: true` with `keyId` (prefer `keyVaultNetworkAccess: \'Private\'`) on the managed cluster, or add a `key_management_service { key_vault_key_id = ... }` block to `azurerm_kubernetes_cluster`.","fix":{"bicep":"Set `properties.securityProfile.azureKeyVaultKms` to `{ enabled: true, keyId: <key URL> }`.","terraform":"Add `key_management_service { key_vault_key_id = ... }` to `azurerm_kubernetes_cluster`."}},{"id":"5.4.1","section":"5.4","title":"Restrict Access to the Control Plane Endpoint","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.control-plane-access"],"remediation":"Restrict who reaches the API server: make the cluster private (`apiServerAccessProfile.enablePrivateCluster: true` / `private_cluster_enabled = true`) or list the allowed networks in `apiServerAccessProfile.authorizedIPRanges` (`api_server_access_profile { authorized_ip_ranges = [...] }`), never `0.0.0.0/0`.","fix":{"bicep":"Set `apiServerAccessProfile.enablePrivateCluster: true`, or list `authorizedIPRanges` (never `0.0.0.0/0`).","terraform":"Set `private_cluster_enabled = true`, or `api_server_access_profile { authorized_ip_ranges = [...] }`."}},{"id":"5.4.2","section":"5.4","title":"Ensure clusters are created with Private Endpoint Enabled and Public Access Disabled","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.private-endpoint"],"remediation":"Create the cluster private: `apiServerAccessProfile.enablePrivateCluster: true` with `enablePrivateClusterPublicFQDN: false` (Terraform: `private_cluster_enabled = true`, `private_cluster_public_fqdn_enabled = false`).","fix":{"bicep":"Set `apiServerAccessProfile.enablePrivateCluster: true` and `enablePrivateClusterPublicFQDN: false`.","terraform":"Set `private_cluster_enabled = true` and `private_cluster_public_fqdn_enabled = false`."}},{"id":"5.4.3","section":"5.4","title":"Ensure clusters are created with Private Nodes","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["node-pools.private-nodes"],"remediation":"Keep nodes off the internet: leave `enableNodePublicIP` false on every agent pool (`node_public_ip_enabled = false` in `default_node_pool` and each `azurerm_kubernetes_cluster_node_pool`).","fix":{"bicep":"Leave `enableNodePublicIP` false on every agent pool.","terraform":"Set `node_public_ip_enabled = false` in `default_node_pool` and each `azurerm_kubernetes_cluster_node_pool`."}},{"id":"5.4.4","section":"5.4","title":"Ensure Network Policy is Enabled and set as appropriate","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.network-policy-engine"],"remediation":"Turn on a network policy engine: set `properties.networkProfile.networkPolicy` to `azure`, `calico` or `cilium` (Bicep/ARM) or `network_profile { network_policy = \\"cilium\\" }` (Terraform). Without one, NetworkPolicy objects are accepted but not enforced.","fix":{"bicep":"Set `properties.networkProfile.networkPolicy` to `\'azure\'`, `\'calico\'` or `\'cilium\'`.","terraform":"Set `network_profile { network_policy = \\"cilium\\" }` (or `azure`, `calico`)."}},{"id":"5.4.5","section":"5.4","title":"Encrypt traffic to HTTPS load balancers with TLS certificates","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"Terminate TLS on every Ingress and Gateway listener: set `spec.tls` with a certificate Secret, or use Key Vault certificates through the application routing add-on."},{"id":"5.5.1","section":"5.5","title":"Manage Kubernetes RBAC users with Azure AD","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.entra-id"],"remediation":"Sign people in with Microsoft Entra ID: set `properties.aadProfile.managed: true` with `adminGroupObjectIDs` (Bicep/ARM), or add an `azure_active_directory_role_based_access_control` block with `admin_group_object_ids` (Terraform). Leave service account tokens to workloads.","fix":{"bicep":"Set `properties.aadProfile.managed: true` with `adminGroupObjectIDs`.","terraform":"Add `azure_active_directory_role_based_access_control { admin_group_object_ids = [...] }`."}},{"id":"5.5.2","section":"5.5","title":"Use Azure RBAC for Kubernetes Authorization","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.azure-rbac"],"remediation":"Authorize with Azure RBAC: set `properties.aadProfile.enableAzureRBAC: true` (Bicep/ARM) or `azure_rbac_enabled = true` in the `azure_active_directory_role_based_access_control` block (Terraform), and grant the built-in Azure Kubernetes Service RBAC roles.","fix":{"bicep":"Set `properties.aadProfile.enableAzureRBAC: true`.","terraform":"Set `azure_rbac_enabled = true` in the `azure_active_directory_role_based_access_control` block."}}]},{"id":"cis-aks-v1.8","family":"cis-aks","title":"CIS Azure Kubernetes Service (AKS) Benchmark v1.8","version":"1.8","source":"aquasecurity/kube-bench, cfg/aks-1.8/*.yaml, commit a73ce378418c71c5861e6963753f50dec3badadf","kubernetes":{"min":"1.32"},"sections":[{"id":"1","title":"Control Plane Components"},{"id":"2","title":"Control Plane Configuration"},{"id":"2.1","title":"Logging"},{"id":"3","title":"Worker Node Security Configuration"},{"id":"3.1","title":"Worker Node Configuration Files"},{"id":"3.2","title":"Kubelet"},{"id":"4","title":"Policies"},{"id":"4.1","title":"RBAC and Service Accounts"},{"id":"4.2","title":"Pod Security Policies"},{"id":"4.3","title":"Azure Policy / OPA"},{"id":"4.4","title":"CNI Plugin"},{"id":"4.5","title":"Secrets Management"},{"id":"4.6","title":"General Policies"},{"id":"5","title":"Managed Services"},{"id":"5.1","title":"Image Registry and Image Scanning"},{"id":"5.2","title":"Access and identity options for Azure Kubernetes Service (AKS)"},{"id":"5.3","title":"Key Management Service (KMS)"},{"id":"5.4","title":"Cluster Networking"},{"id":"5.5","title":"Authentication and Authorization"}],"rules":[{"id":"2.1.1","section":"2.1","title":"Enable audit Logs","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.audit-logs"],"remediation":"AKS writes the audit log; collect it. Add a `Microsoft.Insights/diagnosticSettings` resource scoped to the cluster with the `kube-audit` or `kube-audit-admin` category enabled and a workspace, storage account or event hub, or an `azurerm_monitor_diagnostic_setting` whose `target_resource_id` is the cluster, with `enabled_log { category = \\"kube-audit-admin\\" }`.","fix":{"bicep":"Add a `Microsoft.Insights/diagnosticSettings` resource (`scope: cluster`) with the `kube-audit` category enabled.","terraform":"Add an `azurerm_monitor_diagnostic_setting` for the cluster with `enabled_log { category = \\"kube-audit\\" }`."}},{"id":"3.1.1","section":"3.1","title":"Ensure that the kubeconfig file permissions are set to 644 or more restrictive","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"3.1.2","section":"3.1","title":"Ensure that the kubelet kubeconfig file ownership is set to root:root","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["node-audit.kubelet-kubeconfig-ownership"],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"3.1.3","section":"3.1","title":"Ensure that the azure.json file has permissions set to 644 or more restrictive","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"3.1.4","section":"3.1","title":"Ensure that the azure.json file ownership is set to root:root","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS node image sets these files\' permissions and owners. Don\'t change them from privileged pods or node scripts."},{"id":"3.2.1","section":"3.2","title":"Ensure that the --anonymous-auth argument is set to false","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.anonymous-auth"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.2","section":"3.2","title":"Ensure that the --authorization-mode argument is not set to AlwaysAllow","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.authorization-mode"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.3","section":"3.2","title":"Ensure that the --client-ca-file argument is set as appropriate","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.client-ca"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.4","section":"3.2","title":"Ensure that the --read-only-port is secured","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.read-only-port"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.5","section":"3.2","title":"Ensure that the --streaming-connection-idle-timeout argument is not set to 0","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.streaming-idle-timeout"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.6","section":"3.2","title":"Ensure that the --make-iptables-util-chains argument is set to true","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.iptables-util-chains"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.7","section":"3.2","title":"Ensure that the --eventRecordQPS argument is set to 0 or a level which ensures appropriate event capture","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.event-qps"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.8","section":"3.2","title":"Ensure that the --rotate-certificates argument is not set to false","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.rotate-certificates"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"3.2.9","section":"3.2","title":"Ensure that the RotateKubeletServerCertificate argument is set to true","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"platform","checks":["kubelet.rotate-server-certificates"],"remediation":"Nothing to configure: AKS sets this kubelet option on every node. Don\'t override it through custom node configuration or node-level scripts."},{"id":"4.1.1","section":"4.1","title":"Ensure that the cluster-admin role is only used where required","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.cluster-admin-binding"],"remediation":"Bind `cluster-admin` only to system subjects. Give people and workloads narrower Roles or ClusterRoles, bound in one namespace with a RoleBinding where possible.","fix":{"yaml":"Bind a narrower ClusterRole (or a namespaced Role) instead of `roleRef.name: cluster-admin`, and keep cluster-admin for break-glass groups.","terraform":"Point the `kubernetes_cluster_role_binding_v1` `role_ref` at a narrower role than `cluster-admin`, or bind a `kubernetes_role_v1` in one namespace."}},{"id":"4.1.2","section":"4.1","title":"Minimize access to secrets","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.secrets-access"],"remediation":"Don\'t grant `get`, `list` or `watch` on `secrets` beyond the controllers that need them; prefer a Role bound in one namespace over a ClusterRole.","fix":{"yaml":"Remove `get`, `list` and `watch` on `secrets` from the role, or limit them to named secrets with `resourceNames`.","terraform":"Drop `get`, `list` and `watch` on `secrets` from the role\'s `rule` blocks, or name the secrets in `resource_names`."}},{"id":"4.1.3","section":"4.1","title":"Minimize wildcard use in Roles and ClusterRoles","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.wildcards"],"remediation":"Replace `*` in the `apiGroups`, `resources` and `verbs` of Roles and ClusterRoles with the exact values the subject needs.","fix":{"yaml":"Replace `*` in the rule\'s `apiGroups`, `resources` and `verbs` with the exact groups, resources and verbs needed.","terraform":"List the exact `api_groups`, `resources` and `verbs` in each `rule` block instead of `\\"*\\"`."}},{"id":"4.1.4","section":"4.1","title":"Minimize access to create pods","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.create-pods"],"remediation":"Remove `create` on `pods` from Roles and ClusterRoles that don\'t need it; let controllers create pods from Deployments and Jobs.","fix":{"yaml":"Remove `create` on `pods` (and on workload resources that make pods) from roles that do not need to start pods.","terraform":"Remove `\\"create\\"` from the `verbs` of `rule` blocks on `pods` in roles that do not need to start pods."}},{"id":"4.1.5","section":"4.1","title":"Ensure that default service accounts are not actively used","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["service-accounts.default-used"],"remediation":"Give each workload its own ServiceAccount (`spec.serviceAccountName`) and set `automountServiceAccountToken: false` on every namespace\'s `default` ServiceAccount.","fix":{"yaml":"Give each workload its own ServiceAccount (`spec.serviceAccountName`), set `automountServiceAccountToken: false` on each namespace\'s `default` one, and bind no role to it.","terraform":"Set `service_account_name` in each pod spec, and `automount_service_account_token = false` on each namespace\'s `default` `kubernetes_service_account`."}},{"id":"4.1.6","section":"4.1","title":"Ensure that Service Account Tokens are only mounted where necessary","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["service-accounts.token-automount"],"remediation":"Set `automountServiceAccountToken: false` on the ServiceAccount or pod spec of workloads that don\'t call the Kubernetes API.","fix":{"yaml":"Set `automountServiceAccountToken: false` in the pod spec (or on its ServiceAccount) unless the pod calls the API.","terraform":"Set `automount_service_account_token = false` in the pod `spec` (or on the `kubernetes_service_account`)."}},{"id":"4.1.7","section":"4.1","title":"Limit use of the Bind, Impersonate and Escalate permissions in the Kubernetes cluster","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.bind-impersonate-escalate"],"remediation":"Remove the `bind`, `impersonate` and `escalate` verbs from Roles and ClusterRoles unless the subject administers RBAC.","fix":{"yaml":"Remove the `bind`, `escalate` and `impersonate` verbs from the role\'s rules.","terraform":"Remove `\\"bind\\"`, `\\"escalate\\"` and `\\"impersonate\\"` from the `verbs` of the role\'s `rule` blocks."}},{"id":"4.1.8","section":"4.1","title":"Minimize access to create Persistent Volumes","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.create-persistentvolumes"],"remediation":"Remove `create` on `persistentvolumes`; let users claim storage through PersistentVolumeClaims and StorageClasses.","fix":{"yaml":"Remove `create` on `persistentvolumes`; let workloads claim storage through PersistentVolumeClaims.","terraform":"Remove `\\"create\\"` on `persistentvolumes` from the role; workloads claim storage with `kubernetes_persistent_volume_claim_v1`."}},{"id":"4.1.9","section":"4.1","title":"Minimize access to the proxy sub-resource of Nodes","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.nodes-proxy"],"remediation":"Don\'t grant access to the `nodes/proxy` subresource: it reaches the kubelet API and bypasses admission.","fix":{"yaml":"Remove the `nodes/proxy` resource from the role\'s rules.","terraform":"Remove `\\"nodes/proxy\\"` from the `resources` of the role\'s `rule` blocks."}},{"id":"4.1.10","section":"4.1","title":"Minimize access to the approval sub-resource of CertificateSigningRequests objects","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.csr-approval"],"remediation":"Don\'t grant `update` on `certificatesigningrequests/approval` (or `approve` on signers) except to the components that approve certificates.","fix":{"yaml":"Remove `update` on `certificatesigningrequests/approval` and `approve` on `signers` from the role.","terraform":"Remove `certificatesigningrequests/approval` (update) and `signers` (approve) from the role\'s `rule` blocks."}},{"id":"4.1.11","section":"4.1","title":"Minimize access to webhook configuration objects","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.webhook-configurations"],"remediation":"Limit `create`, `update`, `patch` and `delete` on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations` to cluster administrators.","fix":{"yaml":"Remove write verbs on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations` from the role.","terraform":"Remove write verbs on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations` from the role\'s `rule` blocks."}},{"id":"4.1.12","section":"4.1","title":"Minimize access to the service account token creation","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["rbac.serviceaccount-token-create"],"remediation":"Don\'t grant `create` on `serviceaccounts/token` except to components that issue tokens.","fix":{"yaml":"Remove `create` on `serviceaccounts/token` from the role.","terraform":"Remove `\\"create\\"` on `serviceaccounts/token` from the role\'s `rule` blocks."}},{"id":"4.2.1","section":"4.2","title":"Minimize the admission of privileged containers","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.privileged"],"remediation":"Remove `securityContext.privileged: true` from containers; grant only the capabilities the workload needs.","fix":{"yaml":"Remove `securityContext.privileged: true` from the container.","terraform":"Remove `privileged = true` from the container\'s `security_context`."}},{"id":"4.2.2","section":"4.2","title":"Minimize the admission of containers wishing to share the host process ID namespace","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.host-pid"],"remediation":"Remove `hostPID: true` from the pod spec.","fix":{"yaml":"Remove `hostPID: true` from the pod spec.","terraform":"Remove `host_pid = true` from the pod `spec`."}},{"id":"4.2.3","section":"4.2","title":"Minimize the admission of containers wishing to share the host IPC namespace","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.host-ipc"],"remediation":"Remove `hostIPC: true` from the pod spec.","fix":{"yaml":"Remove `hostIPC: true` from the pod spec.","terraform":"Remove `host_ipc = true` from the pod `spec`."}},{"id":"4.2.4","section":"4.2","title":"Minimize the admission of containers wishing to share the host network namespace","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.host-network"],"remediation":"Remove `hostNetwork: true` from the pod spec and expose ports through a Service.","fix":{"yaml":"Remove `hostNetwork: true` from the pod spec; expose ports through a Service.","terraform":"Remove `host_network = true` from the pod `spec`; expose ports through a `kubernetes_service`."}},{"id":"4.2.5","section":"4.2","title":"Minimize the admission of containers with allowPrivilegeEscalation","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.allow-privilege-escalation"],"remediation":"Set `securityContext.allowPrivilegeEscalation: false` on every container, and don\'t run it privileged.","fix":{"yaml":"Set `securityContext.allowPrivilegeEscalation: false` on every container.","terraform":"Set `security_context { allow_privilege_escalation = false }` on every container."}},{"id":"4.4.1","section":"4.4","title":"Ensure latest CNI version is used","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"AKS ships the CNI with the cluster and node images: keep them current with an upgrade channel (`autoUpgradeProfile.upgradeChannel` and `nodeOSUpgradeChannel`; `automatic_upgrade_channel` and `node_os_upgrade_channel` in Terraform)."},{"id":"4.4.2","section":"4.4","title":"Ensure that all Namespaces have Network Policies defined","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["network.namespaces-without-policy"],"remediation":"Add at least one NetworkPolicy to every namespace that runs workloads, starting with a default deny of ingress and egress.","fix":{"yaml":"Add a NetworkPolicy to the namespace, starting from one that denies all ingress (`podSelector: {}`, `policyTypes: [Ingress]`).","terraform":"Add a `kubernetes_network_policy_v1` to the namespace, starting from one that denies all ingress (`pod_selector {}`, `policy_types = [\\"Ingress\\"]`)."}},{"id":"4.5.1","section":"4.5","title":"Prefer using secrets as files over secrets as environment variables","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["secrets.environment-variables"],"remediation":"Mount Secrets as files (a `secret` volume) instead of `env[].valueFrom.secretKeyRef` or `envFrom[].secretRef`.","fix":{"yaml":"Mount the Secret as a volume instead of reading it through `env[].valueFrom.secretKeyRef` or `envFrom.secretRef`.","terraform":"Mount the secret as a `volume { secret { ... } }` instead of `env { value_from { secret_key_ref { ... } } }`."}},{"id":"4.5.2","section":"4.5","title":"Consider external secret storage","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.key-vault-secrets-provider"],"remediation":"Keep secrets in Azure Key Vault and mount them with the Secrets Store CSI driver: set `properties.addonProfiles.azureKeyvaultSecretsProvider.enabled: true` (Bicep/ARM) or add a `key_vault_secrets_provider` block (Terraform), then use a `SecretProviderClass` in your workloads.","fix":{"bicep":"Set `properties.addonProfiles.azureKeyvaultSecretsProvider.enabled: true`.","terraform":"Add a `key_vault_secrets_provider { }` block to `azurerm_kubernetes_cluster`."}},{"id":"4.6.1","section":"4.6","title":"Create administrative boundaries between resources using namespaces","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"Put each application or team in its own namespace, with its own RBAC bindings, resource quotas and network policies."},{"id":"4.6.2","section":"4.6","title":"Apply Security Context to Your Pods and Containers","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["pod-security.security-context"],"remediation":"Give every pod and container a `securityContext`: `runAsNonRoot: true`, `allowPrivilegeEscalation: false`, capabilities dropped and a seccomp profile.","fix":{"yaml":"Add a `securityContext` to the pod and each container: `runAsNonRoot`, `allowPrivilegeEscalation: false`, dropped capabilities, a seccomp profile.","terraform":"Add a `security_context` to the pod and each container: `run_as_non_root`, `allow_privilege_escalation = false`, dropped capabilities, a seccomp profile."}},{"id":"4.6.3","section":"4.6","title":"The default namespace should not be used","assessment":"Automated","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["namespaces.default-namespace"],"remediation":"Deploy into named namespaces: set `metadata.namespace` or install with `helm install -n <namespace>`, and keep `default` empty.","fix":{"yaml":"Set `metadata.namespace` to a namespace of your own (or install with `helm install -n`).","terraform":"Set `metadata { namespace = ... }` to a namespace of your own on each kubernetes resource."}},{"id":"5.1.1","section":"5.1","title":"Ensure Image Vulnerability Scanning using Microsoft Defender for Cloud (MDC) image scanning or a third party provider","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.defender-image-scanning"],"remediation":"Scan images for vulnerabilities: enable Microsoft Defender for Containers with a `Microsoft.Security/pricings` resource named `Containers` at `pricingTier: \'Standard\'` (Terraform: `azurerm_security_center_subscription_pricing` with `resource_type = \\"Containers\\"`) and the cluster\'s `securityProfile.defender.securityMonitoring.enabled: true` (`microsoft_defender` block), or use a third-party scanner.","fix":{"bicep":"Add `Microsoft.Security/pricings` `Containers` at `pricingTier: \'Standard\'` and set `securityProfile.defender.securityMonitoring.enabled: true`.","terraform":"Add `azurerm_security_center_subscription_pricing` with `resource_type = \\"Containers\\"` and a `microsoft_defender { }` block on the cluster."}},{"id":"5.1.2","section":"5.1","title":"Minimize user access to Azure Container Registry (ACR)","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"Grant people the narrowest registry roles (AcrPull, AcrPush) on the registry itself, through Entra ID groups, and disable the registry\'s admin user (`adminUserEnabled: false` / `admin_enabled = false`)."},{"id":"5.1.3","section":"5.1","title":"Minimize cluster access to read-only for Azure Container Registry (ACR)","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"Give the cluster\'s kubelet identity only `AcrPull` on the registry (a `Microsoft.Authorization/roleAssignments` resource, or an `azurerm_role_assignment` for `kubelet_identity[0].object_id`), never Contributor or Owner."},{"id":"5.1.4","section":"5.1","title":"Minimize Container Registries to only those approved","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"Admit images only from approved registries: assign the Azure Policy for allowed container images with the add-on enabled (or a Kyverno or Gatekeeper rule), and route egress through a firewall (`networkProfile.outboundType: \'userDefinedRouting\'`)."},{"id":"5.2.1","section":"5.2","title":"Prefer using dedicated AKS Service Accounts","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.managed-identity"],"remediation":"Run the cluster under a managed identity (`identity.type: \'SystemAssigned\'` or `\'UserAssigned\'`; an `identity` block in Terraform) instead of a service principal, and give pods their own identities through workload identity (`securityProfile.workloadIdentity.enabled: true` / `workload_identity_enabled = true`).","fix":{"bicep":"Set `identity: { type: \'SystemAssigned\' }` (or `\'UserAssigned\'`) instead of `servicePrincipalProfile`.","terraform":"Add an `identity { type = \\"SystemAssigned\\" }` block instead of `service_principal`."}},{"id":"5.3.1","section":"5.3","title":"Ensure Kubernetes Secrets are encrypted","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.kms-etcd-encryption"],"remediation":"Encrypt Secrets in etcd with your own key: set `properties.securityProfile.azureKeyVaultKms.enabled: true` with `keyId` (prefer `keyVaultNetworkAccess: \'Private\'`) on the managed cluster, or add a `key_management_service { key_vault_key_id = ... }` block to `azurerm_kubernetes_cluster`.","fix":{"bicep":"Set `properties.securityProfile.azureKeyVaultKms` to `{ enabled: true, keyId: <key URL> }`.","terraform":"Add `key_management_service { key_vault_key_id = ... }` to `azurerm_kubernetes_cluster`."}},{"id":"5.4.1","section":"5.4","title":"Restrict Access to the Control Plane Endpoint","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.control-plane-access"],"remediation":"Restrict who reaches the API server: make the cluster private (`apiServerAccessProfile.enablePrivateCluster: true` / `private_cluster_enabled = true`) or list the allowed networks in `apiServerAccessProfile.authorizedIPRanges` (`api_server_access_profile { authorized_ip_ranges = [...] }`), never `0.0.0.0/0`.","fix":{"bicep":"Set `apiServerAccessProfile.enablePrivateCluster: true`, or list `authorizedIPRanges` (never `0.0.0.0/0`).","terraform":"Set `private_cluster_enabled = true`, or `api_server_access_profile { authorized_ip_ranges = [...] }`."}},{"id":"5.4.2","section":"5.4","title":"Ensure clusters are created with Private Endpoint Enabled and Public Access Disabled","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.private-endpoint"],"remediation":"Create the cluster private: `apiServerAccessProfile.enablePrivateCluster: true` with `enablePrivateClusterPublicFQDN: false` (Terraform: `private_cluster_enabled = true`, `private_cluster_public_fqdn_enabled = false`).","fix":{"bicep":"Set `apiServerAccessProfile.enablePrivateCluster: true` and `enablePrivateClusterPublicFQDN: false`.","terraform":"Set `private_cluster_enabled = true` and `private_cluster_public_fqdn_enabled = false`."}},{"id":"5.4.3","section":"5.4","title":"Ensure clusters are created with Private Nodes","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["node-pools.private-nodes"],"remediation":"Keep nodes off the internet: leave `enableNodePublicIP` false on every agent pool (`node_public_ip_enabled = false` in `default_node_pool` and each `azurerm_kubernetes_cluster_node_pool`).","fix":{"bicep":"Leave `enableNodePublicIP` false on every agent pool.","terraform":"Set `node_public_ip_enabled = false` in `default_node_pool` and each `azurerm_kubernetes_cluster_node_pool`."}},{"id":"5.4.4","section":"5.4","title":"Ensure Network Policy is Enabled and set as appropriate","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.network-policy-engine"],"remediation":"Turn on a network policy engine: set `properties.networkProfile.networkPolicy` to `azure`, `calico` or `cilium` (Bicep/ARM) or `network_profile { network_policy = \\"cilium\\" }` (Terraform). Without one, NetworkPolicy objects are accepted but not enforced.","fix":{"bicep":"Set `properties.networkProfile.networkPolicy` to `\'azure\'`, `\'calico\'` or `\'cilium\'`.","terraform":"Set `network_profile { network_policy = \\"cilium\\" }` (or `azure`, `calico`)."}},{"id":"5.4.5","section":"5.4","title":"Encrypt traffic to HTTPS load balancers with TLS certificates","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":[],"remediation":"Terminate TLS on every Ingress and Gateway listener: set `spec.tls` with a certificate Secret, or use Key Vault certificates through the application routing add-on."},{"id":"5.5.1","section":"5.5","title":"Manage Kubernetes RBAC users with Azure AD","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.entra-id"],"remediation":"Sign people in with Microsoft Entra ID: set `properties.aadProfile.managed: true` with `adminGroupObjectIDs` (Bicep/ARM), or add an `azure_active_directory_role_based_access_control` block with `admin_group_object_ids` (Terraform). Leave service account tokens to workloads.","fix":{"bicep":"Set `properties.aadProfile.managed: true` with `adminGroupObjectIDs`.","terraform":"Add `azure_active_directory_role_based_access_control { admin_group_object_ids = [...] }`."}},{"id":"5.5.2","section":"5.5","title":"Use Azure RBAC for Kubernetes Authorization","assessment":"Manual","aksStatus":"Not evaluated","aksReason":"","responsibility":"user","checks":["cluster.azure-rbac"],"remediation":"Authorize with Azure RBAC: set `properties.aadProfile.enableAzureRBAC: true` (Bicep/ARM) or `azure_rbac_enabled = true` in the `azure_active_directory_role_based_access_control` block (Terraform), and grant the built-in Azure Kubernetes Service RBAC roles.","fix":{"bicep":"Set `properties.aadProfile.enableAzureRBAC: true`.","terraform":"Set `azure_rbac_enabled = true` in the `azure_active_directory_role_based_access_control` block."}}]},{"id":"cis-azure-linux-2.0-v1.0","family":"cis-azure-linux","title":"CIS Azure Linux 2.0 Benchmark v1.0","version":"2.0-v1.0","source":"MicrosoftDocs/azure-aks-docs, articles/aks/cis-azure-linux.md, commit ccbb339ba694585c6436541c025c50c62a308c98","sections":[{"id":"1","title":"Initial Setup"},{"id":"2","title":"Services"},{"id":"3","title":"Network Configuration"},{"id":"4","title":"Logging and Auditing"},{"id":"5","title":"Access, Authentication and Authorization"},{"id":"6","title":"System Maintenance"}],"rules":[{"id":"1.1.4","section":"1","title":"Disable Automounting","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.1.1","section":"1","title":"Ensure mounting of cramfs filesystems is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.module-cramfs"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.2.1","section":"1","title":"Ensure /tmp is a separate partition","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.2.2","section":"1","title":"Ensure nodev option set on /tmp partition","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.2.3","section":"1","title":"Ensure nosuid option set on /tmp partition","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.8.1","section":"1","title":"Ensure nodev option set on /dev/shm partition","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.8.2","section":"1","title":"Ensure nosuid option set on /dev/shm partition","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.2.1","section":"1","title":"Ensure DNF gpgcheck is globally activated","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.2.2","section":"1","title":"Ensure TDNF gpgcheck is globally activated","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.5.1","section":"1","title":"Ensure core dump storage is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.5.2","section":"1","title":"Ensure core dump backtraces are disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.5.3","section":"1","title":"Ensure address space layout randomization (ASLR) is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.aslr"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.7.1","section":"1","title":"Ensure local login warning banner is configured properly","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.login-banner"],"remediation":"Keep the node image\'s login banners. If you set an agent pool\'s `messageOfTheDay`, make it a plain warning that reveals no OS name or version (no `\\\\m`, `\\\\r`, `\\\\s` or `\\\\v` escapes).","fix":{"bicep":"Leave `messageOfTheDay` unset on the agent pool, or write one that names no operating system, version or patch level."}},{"id":"1.7.2","section":"1","title":"Ensure remote login warning banner is configured properly","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.login-banner"],"remediation":"Keep the node image\'s login banners. If you set an agent pool\'s `messageOfTheDay`, make it a plain warning that reveals no OS name or version (no `\\\\m`, `\\\\r`, `\\\\s` or `\\\\v` escapes).","fix":{"bicep":"Leave `messageOfTheDay` unset on the agent pool, or write one that names no operating system, version or patch level."}},{"id":"1.7.3","section":"1","title":"Ensure permissions on /etc/motd are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.motd-permissions"],"remediation":"AKS ships /etc/motd owned by root with mode 644; do not loosen it from a DaemonSet or custom script. A live scan with --node-audit reads the mode on one node of each pool."},{"id":"1.7.4","section":"1","title":"Ensure permissions on /etc/issue are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.issue-permissions"],"remediation":"AKS ships /etc/issue owned by root with mode 644; do not loosen it from a DaemonSet or custom script. A live scan with --node-audit reads the mode on one node of each pool."},{"id":"1.7.5","section":"1","title":"Ensure permissions on /etc/issue.net are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.issue-net-permissions"],"remediation":"AKS ships /etc/issue.net owned by root with mode 644; do not loosen it from a DaemonSet or custom script. A live scan with --node-audit reads the mode on one node of each pool."},{"id":"2.1.1","section":"2","title":"Ensure time synchronization is in use","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.1.2","section":"2","title":"Ensure chrony is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.1","section":"2","title":"Ensure xinetd isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.2","section":"2","title":"Ensure xorg-x11-server-common isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.3","section":"2","title":"Ensure avahi isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.4","section":"2","title":"Ensure a print server isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.5","section":"2","title":"Ensure a dhcp server isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.6","section":"2","title":"Ensure a dns server isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.7","section":"2","title":"Ensure FTP client isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.8","section":"2","title":"Ensure an ftp server isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.9","section":"2","title":"Ensure a tftp server isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.10","section":"2","title":"Ensure a web server isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.11","section":"2","title":"Ensure IMAP and POP3 server isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.12","section":"2","title":"Ensure Samba isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.13","section":"2","title":"Ensure HTTP Proxy Server isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.14","section":"2","title":"Ensure net-snmp isn\'t installed or the snmpd service isn\'t enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.15","section":"2","title":"Ensure NIS server isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.16","section":"2","title":"Ensure telnet-server isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.17","section":"2","title":"Ensure mail transfer agent is configured for local-only mode","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.18","section":"2","title":"Ensure nfs-utils isn\'t installed or the  nfs-server service is masked","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.19","section":"2","title":"Ensure rsync-daemon isn\'t installed or the rsyncd service is masked","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.1","section":"2","title":"Ensure NIS Client isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.2","section":"2","title":"Ensure rsh client isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.3","section":"2","title":"Ensure talk client isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.4","section":"2","title":"Ensure telnet client isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.5","section":"2","title":"Ensure LDAP client isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.6","section":"2","title":"Ensure TFTP client isn\'t installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.1.1","section":"3","title":"Ensure IPv6 is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.2.1","section":"3","title":"Ensure packet redirect sending is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.3.1","section":"3","title":"Ensure source routed packets aren\'t accepted","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.3.2","section":"3","title":"Ensure ICMP redirects aren\'t accepted","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.3.3","section":"3","title":"Ensure secure ICMP redirects aren\'t accepted","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.3.4","section":"3","title":"Ensure suspicious packets are logged","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.3.5","section":"3","title":"Ensure broadcast ICMP requests are ignored","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.3.6","section":"3","title":"Ensure bogus ICMP responses are ignored","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.3.7","section":"3","title":"Ensure Reverse Path Filtering is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.3.8","section":"3","title":"Ensure TCP SYN Cookies is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.3.9","section":"3","title":"Ensure IPv6 router advertisements aren\'t accepted","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.4.3.1.1","section":"3","title":"Ensure iptables package is installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.4.3.1.2","section":"3","title":"Ensure nftables isn\'t installed with iptables","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.4.3.1.3","section":"3","title":"Ensure firewalld is either not installed or masked with iptables","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"4.2","section":"4","title":"Ensure logrotate is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"4.2.2","section":"4","title":"Ensure all log files have appropriate access configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"4.2.1.1","section":"4","title":"Ensure rsyslog is installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"4.2.1.2","section":"4","title":"Ensure rsyslog service is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"4.2.1.3","section":"4","title":"Ensure rsyslog default file permissions are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"4.2.1.4","section":"4","title":"Ensure logging is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"4.2.1.5","section":"4","title":"Ensure rsyslog isn\'t configured to receive logs from a remote client","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.1","section":"5","title":"Ensure cron daemon is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.2","section":"5","title":"Ensure permissions on /etc/crontab are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.3","section":"5","title":"Ensure permissions on /etc/cron.hourly are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.4","section":"5","title":"Ensure permissions on /etc/cron.daily are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.5","section":"5","title":"Ensure permissions on /etc/cron.weekly are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.6","section":"5","title":"Ensure permissions on /etc/cron.monthly are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.7","section":"5","title":"Ensure permissions on /etc/cron.d are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.8","section":"5","title":"Ensure cron is restricted to authorized users","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.9","section":"5","title":"Ensure at is restricted to authorized users","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.2.1","section":"5","title":"Ensure permissions on /etc/ssh/sshd_config are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access","node-audit.sshd-config-permissions"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.2","section":"5","title":"Ensure permissions on SSH private host key files are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.3","section":"5","title":"Ensure permissions on SSH public host key files are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.4","section":"5","title":"Ensure SSH access is limited","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.5","section":"5","title":"Ensure SSH LogLevel is appropriate","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.6","section":"5","title":"Ensure SSH PAM is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.7","section":"5","title":"Ensure SSH root login is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.8","section":"5","title":"Ensure SSH HostbasedAuthentication is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.9","section":"5","title":"Ensure SSH PermitEmptyPasswords is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.10","section":"5","title":"Ensure SSH PermitUserEnvironment is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.11","section":"5","title":"Ensure SSH IgnoreRhosts is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.12","section":"5","title":"Ensure only strong Ciphers are used","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.13","section":"5","title":"Ensure only strong MAC algorithms are used","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.14","section":"5","title":"Ensure only strong Key Exchange algorithms are used","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.15","section":"5","title":"Ensure SSH warning banner is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.16","section":"5","title":"Ensure SSH MaxAuthTries is set to 4 or less","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.17","section":"5","title":"Ensure SSH MaxStartups is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.18","section":"5","title":"Ensure SSH LoginGraceTime is set to one minute or less","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.19","section":"5","title":"Ensure SSH MaxSessions is set to 10 or less","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.20","section":"5","title":"Ensure SSH Idle Timeout Interval is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.3.1","section":"5","title":"Ensure sudo is installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.3.2","section":"5","title":"Ensure reauthentication for privilege escalation isn\'t disabled globally","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.3.3","section":"5","title":"Ensure sudo authentication timeout is configured correctly","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.4.1","section":"5","title":"Ensure password creation requirements are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.4.2","section":"5","title":"Ensure lockout for failed password attempts is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.4.3","section":"5","title":"Ensure password hashing algorithm is SHA-512","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.4.4","section":"5","title":"Ensure password reuse is limited","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.2","section":"5","title":"Ensure system accounts are secured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.3","section":"5","title":"Ensure default group for the root account is GID 0","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.4","section":"5","title":"Ensure default user umask is 027 or more restrictive","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.1.1","section":"5","title":"Ensure password expiration is 365 days or less","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.1.2","section":"5","title":"Ensure minimum days between password changes are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.1.3","section":"5","title":"Ensure password expiration warning days are 7 or more","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.1.4","section":"5","title":"Ensure inactive password lock is 30 days or less","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.1.5","section":"5","title":"Ensure all users last password change date is in the past","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.1","section":"6","title":"Ensure permissions on /etc/passwd are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.passwd-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.2","section":"6","title":"Ensure permissions on /etc/passwd- are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.passwd-backup-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.3","section":"6","title":"Ensure permissions on /etc/group are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.group-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.4","section":"6","title":"Ensure permissions on /etc/group- are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.group-backup-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.5","section":"6","title":"Ensure permissions on /etc/shadow are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.shadow-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.6","section":"6","title":"Ensure permissions on /etc/shadow- are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.shadow-backup-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.7","section":"6","title":"Ensure permissions on /etc/gshadow are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.gshadow-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.8","section":"6","title":"Ensure permissions on /etc/gshadow- are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.gshadow-backup-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.9","section":"6","title":"Ensure no unowned or ungrouped files or directories exist","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.10","section":"6","title":"Ensure world writable files and directories are secured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.1","section":"6","title":"Ensure password fields aren\'t empty","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.2","section":"6","title":"Ensure all groups in /etc/passwd exist in /etc/group","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.3","section":"6","title":"Ensure no duplicate UIDs exist","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.4","section":"6","title":"Ensure no duplicate GIDs exist","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.5","section":"6","title":"Ensure no duplicate user names exist","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.6","section":"6","title":"Ensure no duplicate group names exist","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.7","section":"6","title":"Ensure root PATH Integrity","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.8","section":"6","title":"Ensure root is the only UID 0 account","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.9","section":"6","title":"Ensure all users\' home directories exist","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.10","section":"6","title":"Ensure users\' own their home directories","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.11","section":"6","title":"Ensure users\' home directories permissions are 750 or more restrictive","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.12","section":"6","title":"Ensure users\' dot files aren\'t group or world writable","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.13","section":"6","title":"Ensure users\' .netrc files aren\'t group or world accessible","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.14","section":"6","title":"Ensure no users have .forward files","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.15","section":"6","title":"Ensure no users have .netrc files","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2.16","section":"6","title":"Ensure no users have .rhosts files","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."}]},{"id":"cis-azure-linux-3.0-v1.0","family":"cis-azure-linux","title":"CIS Azure Linux 3.0 Benchmark v1.0","version":"3.0-v1.0","source":"MicrosoftDocs/azure-aks-docs, articles/aks/cis-azure-linux-v3.md, commit ccbb339ba694585c6436541c025c50c62a308c98","sections":[{"id":"1","title":"Initial Setup"},{"id":"2","title":"Services"},{"id":"3","title":"Network"},{"id":"4","title":"Host Based Firewall"},{"id":"5","title":"Access Control"},{"id":"6","title":"Logging and Auditing"},{"id":"7","title":"System Maintenance"}],"rules":[{"id":"1.1.1.1","section":"1","title":"Ensure cramfs kernel module is not available","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.module-cramfs"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.1.2","section":"1","title":"Ensure freevxfs kernel module is not available","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.module-freevxfs"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.1.3","section":"1","title":"Ensure hfs kernel module is not available","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.module-hfs"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.1.4","section":"1","title":"Ensure hfsplus kernel module is not available","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.module-hfsplus"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.1.5","section":"1","title":"Ensure jffs2 kernel module is not available","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.module-jffs2"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.1.6","section":"1","title":"Ensure unused filesystems kernel modules are not available","aksStatus":"N/A","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.2.1.1","section":"1","title":"Ensure /tmp is a separate partition","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.2.1.2","section":"1","title":"Ensure nodev option set on /tmp partition","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.2.1.3","section":"1","title":"Ensure nosuid option set on /tmp partition","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.2.2.1","section":"1","title":"Ensure /dev/shm is a separate partition","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.2.2.2","section":"1","title":"Ensure nodev option set on /dev/shm partition","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.1.2.2.3","section":"1","title":"Ensure nosuid option set on /dev/shm partition","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.2.1.1","section":"1","title":"Ensure GPG keys are configured","aksStatus":"N/A","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.2.1.2","section":"1","title":"Ensure gpgcheck is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.2.1.3","section":"1","title":"Ensure TDNF gpgcheck is globally activated","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.2.1.4","section":"1","title":"Ensure package manager repositories are configured","aksStatus":"N/A","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.3.1","section":"1","title":"Ensure address space layout randomization is enabled","aksStatus":"Fail","aksReason":"CIS ID 1.3.1 requires the OS to explicitly set a configuration to enable ASLR. In Azure Linux 3.0, this is the default behavior. However, to meet this benchmark and ensure the OS is resilient against upstream default changes, this configuration will be explicitly set in an upcoming release.","responsibility":"platform","checks":[],"remediation":"AKS offers no sysctl for ASLR; the kernel turns it on by default and Microsoft plans to set it explicitly in the image. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`)."},{"id":"1.3.2","section":"1","title":"Ensure ptrace_scope is restricted","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.3.3","section":"1","title":"Ensure core dump backtraces are disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.3.4","section":"1","title":"Ensure core dump storage is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"1.4.1","section":"1","title":"Ensure local login warning banner is configured properly","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.login-banner"],"remediation":"Keep the node image\'s login banners. If you set an agent pool\'s `messageOfTheDay`, make it a plain warning that reveals no OS name or version (no `\\\\m`, `\\\\r`, `\\\\s` or `\\\\v` escapes).","fix":{"bicep":"Leave `messageOfTheDay` unset on the agent pool, or write one that names no operating system, version or patch level."}},{"id":"1.4.2","section":"1","title":"Ensure remote login warning banner is configured properly","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.login-banner"],"remediation":"Keep the node image\'s login banners. If you set an agent pool\'s `messageOfTheDay`, make it a plain warning that reveals no OS name or version (no `\\\\m`, `\\\\r`, `\\\\s` or `\\\\v` escapes).","fix":{"bicep":"Leave `messageOfTheDay` unset on the agent pool, or write one that names no operating system, version or patch level."}},{"id":"1.4.3","section":"1","title":"Ensure access to /etc/motd is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.motd-permissions"],"remediation":"AKS ships /etc/motd owned by root with mode 644; do not loosen it from a DaemonSet or custom script. A live scan with --node-audit reads the mode on one node of each pool."},{"id":"1.4.4","section":"1","title":"Ensure access to /etc/issue is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.issue-permissions"],"remediation":"AKS ships /etc/issue owned by root with mode 644; do not loosen it from a DaemonSet or custom script. A live scan with --node-audit reads the mode on one node of each pool."},{"id":"1.4.5","section":"1","title":"Ensure access to /etc/issue.net is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.issue-net-permissions"],"remediation":"AKS ships /etc/issue.net owned by root with mode 644; do not loosen it from a DaemonSet or custom script. A live scan with --node-audit reads the mode on one node of each pool."},{"id":"2.1.1","section":"2","title":"Ensure time synchronization is in use","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.1.2","section":"2","title":"Ensure chrony is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.1","section":"2","title":"Ensure xinetd is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.2","section":"2","title":"Ensure xorg-x11-server-common is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.3","section":"2","title":"Ensure avahi is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.4","section":"2","title":"Ensure a print server is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.5","section":"2","title":"Ensure a dhcp server is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.6","section":"2","title":"Ensure a dns server is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.7","section":"2","title":"Ensure FTP client is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.8","section":"2","title":"Ensure an ftp server is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.9","section":"2","title":"Ensure a tftp server is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.10","section":"2","title":"Ensure a web server is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.11","section":"2","title":"Ensure IMAP and POP3 server is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.12","section":"2","title":"Ensure Samba is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.13","section":"2","title":"Ensure HTTP Proxy Server is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.14","section":"2","title":"Ensure net-snmp is not installed or the snmpd service is not enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.15","section":"2","title":"Ensure NIS server is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.16","section":"2","title":"Ensure telnet-server is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.17","section":"2","title":"Ensure mail transfer agent is configured for local-only mode","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.18","section":"2","title":"Ensure nfs-utils is not installed or the  nfs-server service is masked","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.2.19","section":"2","title":"Ensure rsync-daemon is not installed or the rsyncd service is masked","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.1","section":"2","title":"Ensure NIS Client is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.2","section":"2","title":"Ensure rsh client is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.3","section":"2","title":"Ensure talk client is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.4","section":"2","title":"Ensure telnet client is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.5","section":"2","title":"Ensure LDAP client is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"2.3.6","section":"2","title":"Ensure TFTP client is not installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.1.1","section":"3","title":"Ensure packet redirect sending is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.1.2","section":"3","title":"Ensure bogus icmp responses are ignored","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.1.3","section":"3","title":"Ensure broadcast icmp requests are ignored","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.1.4","section":"3","title":"Ensure icmp redirects are not accepted","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.1.5","section":"3","title":"Ensure secure icmp redirects are not accepted","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.1.6","section":"3","title":"Ensure reverse path filtering is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.1.7","section":"3","title":"Ensure source routed packets are not accepted","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.1.8","section":"3","title":"Ensure suspicious packets are logged","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.1.9","section":"3","title":"Ensure tcp syn cookies is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"3.1.10","section":"3","title":"Ensure ipv6 router advertisements are not accepted","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"4.1.1","section":"4","title":"Ensure iptables is installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"4.1.2","section":"4","title":"Ensure nftables is not in use","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"4.1.3","section":"4","title":"Ensure firewalld is not in use","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.1","section":"5","title":"Ensure cron daemon is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.2","section":"5","title":"Ensure permissions on /etc/crontab are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.3","section":"5","title":"Ensure permissions on /etc/cron.hourly are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.4","section":"5","title":"Ensure permissions on /etc/cron.daily are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.5","section":"5","title":"Ensure permissions on /etc/cron.weekly are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.6","section":"5","title":"Ensure permissions on /etc/cron.monthly are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.7","section":"5","title":"Ensure permissions on /etc/cron.d are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.8","section":"5","title":"Ensure cron is restricted to authorized users","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.1.9","section":"5","title":"Ensure at is restricted to authorized users","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.2.1","section":"5","title":"Ensure access to /etc/ssh/sshd_config is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access","node-audit.sshd-config-permissions"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.2","section":"5","title":"Ensure access to SSH private host key files is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.3","section":"5","title":"Ensure access to SSH public host key files is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.4","section":"5","title":"Ensure sshd Ciphers are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.5","section":"5","title":"Ensure sshd KexAlgorithms is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.6","section":"5","title":"Ensure sshd MACs are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.7","section":"5","title":"Ensure sshd access is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.8","section":"5","title":"Ensure sshd Banner is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.9","section":"5","title":"Ensure sshd ClientAliveInterval and ClientAliveCountMax are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.10","section":"5","title":"Ensure sshd HostbasedAuthentication is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.11","section":"5","title":"Ensure sshd IgnoreRhosts is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.12","section":"5","title":"Ensure sshd LoginGraceTime is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.13","section":"5","title":"Ensure sshd LogLevel is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.14","section":"5","title":"Ensure sshd MaxAuthTries is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.15","section":"5","title":"Ensure sshd MaxStartups is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.16","section":"5","title":"Ensure sshd MaxSessions is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.17","section":"5","title":"Ensure sshd PermitEmptyPasswords is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.18","section":"5","title":"Ensure sshd PermitRootLogin is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.19","section":"5","title":"Ensure sshd PermitUserEnvironment is disabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.2.20","section":"5","title":"Ensure sshd UsePAM is enabled","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-os.ssh-access"],"remediation":"Turn off SSH to nodes you don\'t log in to: set the agent pool\'s `securityProfile.sshAccess: \'Disabled\'`. The sshd configuration itself comes with the AKS node image; don\'t edit it on the nodes.","fix":{"bicep":"Set `securityProfile.sshAccess: \'Disabled\'` on each Azure Linux agent pool, so no sshd setting can be reached."}},{"id":"5.3.1","section":"5","title":"Ensure sudo is installed","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.3.2","section":"5","title":"Ensure re-authentication for privilege escalation is not disabled globally","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.3.3","section":"5","title":"Ensure sudo authentication timeout is configured correctly","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.4.1","section":"5","title":"Ensure password creation requirements are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.4.2","section":"5","title":"Ensure lockout for failed password attempts is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.4.3","section":"5","title":"Ensure password hashing algorithm is SHA-512","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.4.4","section":"5","title":"Ensure password reuse is limited","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.1.1","section":"5","title":"Ensure password expiration is 365 days or less","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.1.2","section":"5","title":"Ensure minimum days between password changes is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.1.3","section":"5","title":"Ensure password expiration warning days is 7 or more","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.1.4","section":"5","title":"Ensure inactive password lock is 30 days or less","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.1.5","section":"5","title":"Ensure all users last password change date is in the past","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.2","section":"5","title":"Ensure system accounts are secured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.3","section":"5","title":"Ensure default group for the root account is GID 0","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"5.5.4","section":"5","title":"Ensure default user umask is 027 or more restrictive","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.1.1.1","section":"6","title":"Ensure journald service is active","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.1.1.2","section":"6","title":"Ensure journald log file access is configured","aksStatus":"N/A","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.1.1.3","section":"6","title":"Ensure journald ForwardToSyslog is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.1.1.4","section":"6","title":"Ensure systemd-journal-remote service is not in use","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.1.1.5","section":"6","title":"Ensure journald Storage is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.1.1.6","section":"6","title":"Ensure journald Compress is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.2.1","section":"6","title":"Ensure rsyslog service is enabled and active","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.2.2","section":"6","title":"Ensure rsyslog log file creation mode is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.2.3","section":"6","title":"Ensure rsyslog is not configured to receive logs from a remote client","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.1.3.1","section":"6","title":"Ensure access to all logfiles has been configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"6.2","section":"6","title":"Ensure logrotate is configured","aksStatus":"N/A","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.1","section":"7","title":"Ensure access to /etc/passwd is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.passwd-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.2","section":"7","title":"Ensure access to /etc/passwd- is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.passwd-backup-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.3","section":"7","title":"Ensure access to /etc/group is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.group-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.4","section":"7","title":"Ensure access to /etc/group- is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.group-backup-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.5","section":"7","title":"Ensure access to /etc/shadow is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.shadow-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.6","section":"7","title":"Ensure access to /etc/shadow- is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.shadow-backup-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.7","section":"7","title":"Ensure access to /etc/gshadow is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.gshadow-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.8","section":"7","title":"Ensure access to /etc/gshadow- is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":["node-audit.gshadow-backup-permissions"],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.9","section":"7","title":"Ensure access to /etc/shells is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.10","section":"7","title":"Ensure access to /etc/security/opasswd is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.11","section":"7","title":"Ensure world writable files and directories are secured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.1.12","section":"7","title":"Ensure no files or directories without an owner and a group exist","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.2.1","section":"7","title":"Ensure accounts in /etc/passwd use shadowed passwords","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.2.2","section":"7","title":"Ensure /etc/shadow password fields are not empty","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.2.3","section":"7","title":"Ensure all groups in /etc/passwd exist in /etc/group","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.2.4","section":"7","title":"Ensure no duplicate UIDs exist","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.2.5","section":"7","title":"Ensure no duplicate GIDs exist","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.2.6","section":"7","title":"Ensure no duplicate user names exist","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.2.7","section":"7","title":"Ensure no duplicate group names exist","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.2.8","section":"7","title":"Ensure local interactive user home directories are configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."},{"id":"7.2.9","section":"7","title":"Ensure local interactive user dot files access is configured","aksStatus":"Pass","aksReason":"","responsibility":"platform","checks":[],"remediation":"Nothing to configure: the AKS Azure Linux node image ships this setting and Microsoft attests it. Keep node images current (`autoUpgradeProfile.nodeOSUpgradeChannel: \'NodeImage\'` or `\'SecurityPatch\'`) and don\'t change the setting from privileged pods."}]}]');
;// CONCATENATED MODULE: ./src/benchmarks/load-catalogs.ts

/**
 * Every benchmark catalog we ship (rules/*.yaml), CIS Kubernetes first and the newest version
 * last within a family. They are resolved and validated against rules/schema.json when they
 * are generated (resolve-catalogs.ts), not on every run: reading and validating the YAML took
 * a third of the scan of a small manifest. Callers must not mutate them.
 */
function loadCatalogs() {
    return catalogs_generated_namespaceObject;
}


/***/ }),

/***/ 2383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ findRules),
/* harmony export */   a: () => (/* binding */ closestRuleNames)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9820);
/* harmony import */ var _select_catalogs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4295);



/** Newest catalog first, so that a bare id explains the version a scan picks by default. */
const newestFirst = (catalogs) => [...catalogs].sort((a, b) => (0,_select_catalogs_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCatalogAge */ .qL)(b, a));
/**
 * The rules a user names: `cis-kubernetes-v1.12.0:5.2.2` (one catalog), `cis-kubernetes:5.2.2`
 * (the newest catalog of the family that has it) or `5.2.2` (that, in every family).
 */
function findRules(catalogs, name) {
    const separator = name.lastIndexOf(':');
    const scope = separator < 0 ? undefined : name.slice(0, separator);
    const id = name.slice(separator + 1);
    const found = [];
    for (const catalog of newestFirst(catalogs)) {
        if (scope !== undefined && scope !== catalog.id && scope !== catalog.family)
            continue;
        if (found.some((entry) => entry.catalog.family === catalog.family))
            continue;
        const rule = catalog.rules.find((candidate) => candidate.id === id);
        if (rule !== undefined)
            found.push({ catalog, rule });
    }
    return found;
}
/** The rule names closest to a mistyped one (`cis-kubernetes:5.2.2`), by edit distance. */
function closestRuleNames(catalogs, name, count = 5) {
    const names = new Set(catalogs.flatMap((catalog) => catalog.rules.map((rule) => (0,_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .qualifiedRuleId */ .a)(catalog.family, rule.id))));
    // A bare id is compared with the ids, a qualified one with the qualified names.
    const key = (candidate) => name.includes(':') ? candidate : candidate.slice(candidate.indexOf(':') + 1);
    return [...names]
        .map((candidate) => ({ candidate, cost: (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(name, key(candidate)) }))
        .sort((a, b) => a.cost - b.cost || a.candidate.localeCompare(b.candidate, 'en', { numeric: true }))
        .slice(0, count)
        .map((entry) => entry.candidate);
}


/***/ }),

/***/ 4295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H$: () => (/* binding */ selectCatalogs),
/* harmony export */   W: () => (/* binding */ benchmarkFamilies),
/* harmony export */   kH: () => (/* binding */ unknownBenchmark),
/* harmony export */   qL: () => (/* binding */ compareCatalogAge)
/* harmony export */ });
/* unused harmony export parseMinorVersion */
/* harmony import */ var _model_cluster_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5883);
/* harmony import */ var _model_location_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3214);
/* harmony import */ var _model_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3477);



/** Report order: CIS Kubernetes always first. */
const benchmarkFamilies = ['cis-kubernetes', 'cis-aks', 'cis-azure-linux'];
/** `1.32`, `1.32.5`, `v1.32` → 1.32; anything else is not a version we can place. */
function parseMinorVersion(text) {
    const match = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(text.trim());
    return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}
const compareMinor = (a, b) => a.major - b.major || a.minor - b.minor;
const formatMinor = (version) => `${version.major}.${version.minor}`;
/** Numeric comparison of the digit groups in two version strings ("1.12.0" > "1.11.1", "1.8" > "1.7"). */
function compareVersionText(a, b) {
    const numbers = (text) => (text.match(/\d+/g) ?? []).map(Number);
    const left = numbers(a);
    const right = numbers(b);
    for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
        const difference = (left[index] ?? 0) - (right[index] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return 0;
}
/** Older catalogs first: by the Kubernetes versions they start at, then by benchmark version. */
function compareCatalogAge(a, b) {
    const minOf = (catalog) => parseMinorVersion(catalog.kubernetes?.min ?? '0.0') ?? { major: 0, minor: 0 };
    return compareMinor(minOf(a), minOf(b)) || compareVersionText(a.version, b.version);
}
const newest = (catalogs) => [...catalogs].sort(compareCatalogAge).at(-1);
const oldest = (catalogs) => [...catalogs].sort(compareCatalogAge)[0];
function covers(catalog, version) {
    const min = catalog.kubernetes?.min === undefined ? undefined : parseMinorVersion(catalog.kubernetes.min);
    const max = catalog.kubernetes?.max === undefined ? undefined : parseMinorVersion(catalog.kubernetes.max);
    return ((min === undefined || compareMinor(version, min) >= 0) &&
        (max === undefined || compareMinor(version, max) <= 0));
}
const where = (setting) => (0,_model_location_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(setting.location);
/** The catalog of one family for a declared Kubernetes version, and the sentence that explains it. */
function catalogForVersion(family, setting, subject) {
    if (setting === undefined)
        return { catalog: newest(family), because: 'no Kubernetes version in the input: newest catalog' };
    if (setting.state === 'unset') {
        return {
            catalog: newest(family),
            because: `${subject} declares no Kubernetes version (${where(setting)}): newest catalog`,
        };
    }
    if (setting.state === 'unknown') {
        return {
            catalog: newest(family),
            because: `the Kubernetes version of ${subject} is not known before deployment (${setting.reason}, ${where(setting)}): newest catalog`,
        };
    }
    const version = parseMinorVersion(setting.value);
    if (version === undefined || !/^v?\d+\.\d+(\.\d+)?$/.test(setting.value.trim())) {
        // The value is scanned content (it may be a whole file read by loadTextContent): never echo it.
        return {
            catalog: newest(family),
            because: `the Kubernetes version declared at ${where(setting)} is not a version number: newest catalog`,
        };
    }
    const declared = `Kubernetes ${setting.value.trim()} declared at ${where(setting)}`;
    const covering = family.filter((catalog) => covers(catalog, version));
    const catalog = covering.length > 0 ? newest(covering) : oldest(family);
    const lowest = parseMinorVersion(catalog.kubernetes?.min ?? '') ?? oldestAttestedVersion;
    const note = compareMinor(version, lowest) < 0
        ? `; note: ${formatMinor(version)} is older than the versions this catalog was written for (${formatMinor(lowest)} and later), so it is only an approximation`
        : '';
    return { catalog, because: `${declared} (${subject})${note}` };
}
/** The oldest AKS version that Microsoft's attestation tables speak for. */
const oldestAttestedVersion = { major: 1, minor: 29 };
/** AKS runs osSKU `AzureLinux` as Azure Linux 3.0 from Kubernetes 1.32; before that, 2.0. */
const azureLinux3From = { major: 1, minor: 32 };
const clusterSubject = (cluster) => `cluster ${cluster.name}`;
/** Objects tied to one of these clusters, plus every object not tied to a cluster of the input. */
function objectsFor(model, clusters) {
    const known = new Set(model.clusters.flatMap((cluster) => [cluster.id, cluster.name]));
    const chosen = new Set(clusters.flatMap((cluster) => [cluster.id, cluster.name]));
    return model.kubeObjects.filter((object) => object.cluster === undefined || !known.has(object.cluster) || chosen.has(object.cluster));
}
/** Groups clusters by the catalog their version selects; objects without a cluster go to every group. */
function selectByClusterVersion(family, model, forced) {
    if (forced !== undefined) {
        return [{ catalog: forced, selectedBecause: 'named with --benchmark', model }];
    }
    if (model.clusters.length === 0) {
        const choice = catalogForVersion(family, undefined, 'the input');
        return [{ catalog: choice.catalog, selectedBecause: choice.because, model }];
    }
    const groups = new Map();
    for (const cluster of model.clusters) {
        const choice = catalogForVersion(family, cluster.kubernetesVersion, clusterSubject(cluster));
        const group = groups.get(choice.catalog) ?? { clusters: [], reasons: [] };
        group.clusters.push(cluster);
        group.reasons.push(choice.because);
        groups.set(choice.catalog, group);
    }
    const shared = groups.size > 1 && model.kubeObjects.some((object) => object.cluster === undefined)
        ? '; Kubernetes objects not tied to a cluster are judged under each selected catalog'
        : '';
    return [...groups].map(([catalog, group]) => ({
        catalog,
        selectedBecause: group.reasons.join('; ') + shared,
        model: { ...model, clusters: group.clusters, kubeObjects: objectsFor(model, group.clusters) },
    }));
}
/** What OS a pool runs. AKS's default for Linux pools without osSKU is Ubuntu. */
function poolOs(pool) {
    if (pool.osSku.state === 'unknown')
        return { kind: 'unknown', reason: pool.osSku.reason };
    if (pool.osSku.state === 'set') {
        const sku = pool.osSku.value;
        return /^azurelinux3?$|^mariner$|^cblmariner$/i.test(sku)
            ? { kind: 'azure-linux', sku }
            : { kind: 'other', sku };
    }
    if (pool.osType.state === 'unknown')
        return { kind: 'unknown', reason: pool.osType.reason };
    // An unwritten osSKU takes AKS's default for the pool's OS type, which the AKS REST API
    // documents on ManagedClusterAgentPoolProfile.osSKU: "The default is Ubuntu if OSType is Linux.
    // The default is Windows2019 when Kubernetes <= 1.24 or Windows2022 when Kubernetes >= 1.25 if
    // OSType is Windows" (learn.microsoft.com/rest/api/aks/agent-pools, OSSKU). Neither is Azure Linux.
    const windows = pool.osType.state === 'set' && /^windows$/i.test(pool.osType.value);
    return {
        kind: 'other',
        sku: windows ? 'Windows (osSKU not set)' : 'Ubuntu (the AKS default when osSKU is not set)',
    };
}
const poolName = (cluster, pool) => `${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteInput */ .Zs)(cluster.name)}/${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteInput */ .Zs)(pool.name)}`;
/** AzureLinux3 → 3.0; AzureLinux → 2.0 up to Kubernetes 1.31, 3.0 from 1.32 or when the version is unknown. */
function azureLinuxCatalog(family, sku, version, subject) {
    if (/3$/.test(sku))
        return { catalog: newest(family), because: subject };
    const declared = version.state === 'set' ? parseMinorVersion(version.value) : undefined;
    if (version.state !== 'set' || declared === undefined) {
        return { catalog: newest(family), because: `${subject}, Kubernetes version not known: newest catalog` };
    }
    const catalog = compareMinor(declared, azureLinux3From) < 0 ? oldest(family) : newest(family);
    return {
        catalog,
        because: `${subject} on Kubernetes ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteInput */ .Zs)(version.value)} declared at ${where(version)}`,
    };
}
/** Azure Linux catalogs are chosen per node pool: AzureLinux3 → 3.0; AzureLinux → by the pool's version. */
function selectAzureLinux(family, model, explicit, forced) {
    const pools = model.clusters.flatMap((cluster) => cluster.nodePools.map((pool) => ({ cluster, pool, os: poolOs(pool) })));
    if (pools.length === 0) {
        if (!explicit)
            return [];
        const catalog = forced ?? newest(family);
        return [
            {
                catalog,
                selectedBecause: forced
                    ? 'named with --benchmark'
                    : 'asked for with --benchmark; no node pools in the input: newest catalog',
                model: { clusters: [], kubeObjects: [] },
                notEvaluated: 'no node pools in the input',
            },
        ];
    }
    const groups = new Map();
    const others = [];
    const unknown = [];
    for (const entry of pools) {
        if (entry.os.kind === 'other') {
            others.push(`${poolName(entry.cluster, entry.pool)} runs ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteInput */ .Zs)(entry.os.sku)}`);
            continue;
        }
        if (entry.os.kind === 'unknown') {
            unknown.push(`the OS of ${poolName(entry.cluster, entry.pool)} is not known before deployment (${entry.os.reason})`);
            continue;
        }
        const subject = `node pool ${poolName(entry.cluster, entry.pool)}, ${(0,_model_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteInput */ .Zs)(entry.os.sku)}`;
        const version = entry.pool.orchestratorVersion.state === 'set'
            ? entry.pool.orchestratorVersion
            : entry.cluster.kubernetesVersion;
        const choice = forced
            ? { catalog: forced, because: `named with --benchmark (${subject})` }
            : azureLinuxCatalog(family, entry.os.sku, version, subject);
        const group = groups.get(choice.catalog) ?? { pools: [], reasons: [] };
        group.pools.push(entry);
        group.reasons.push(choice.because);
        groups.set(choice.catalog, group);
    }
    const notes = [...others, ...unknown].map((note) => `; ${note}`).join('');
    if (groups.size === 0) {
        const catalog = forced ?? newest(family);
        const because = `${forced ? 'named with --benchmark' : 'no node pool runs Azure Linux: newest catalog'}${notes}`;
        const reasons = [...others, ...unknown].join('; ');
        return [
            unknown.length > 0
                ? {
                    catalog,
                    selectedBecause: because,
                    model: { clusters: [], kubeObjects: [] },
                    notEvaluated: reasons,
                }
                : {
                    catalog,
                    selectedBecause: because,
                    model: { clusters: [], kubeObjects: [] },
                    notApplicable: `${reasons}, not Azure Linux`,
                },
        ];
    }
    return [...groups].map(([catalog, group]) => {
        const clusters = model.clusters
            .map((cluster) => ({
            ...cluster,
            nodePools: group.pools.filter((entry) => entry.cluster === cluster).map((entry) => entry.pool),
        }))
            .filter((cluster) => cluster.nodePools.length > 0);
        return {
            catalog,
            selectedBecause: group.reasons.join('; ') + notes,
            model: { ...model, clusters, kubeObjects: [] },
            ...(unknown.length === 0 ? {} : { undecidedPools: unknown.join('; ') }),
        };
    });
}
/** Why a `--benchmark` name is refused, or undefined when every name is a family or a catalog id. */
function unknownBenchmark(catalogs, requested) {
    const known = [...benchmarkFamilies, ...catalogs.map((catalog) => catalog.id)];
    const unknown = requested.find((name) => !known.includes(name));
    return unknown === undefined
        ? undefined
        : `unknown benchmark "${unknown}"; use one of: ${known.join(', ')}`;
}
/**
 * Which catalogs to evaluate, each over the part of the model it judges.
 * `requested` holds families or exact catalog ids (`--benchmark`); empty means the default:
 * CIS Kubernetes always, CIS AKS when the input has clusters, Azure Linux when it has node pools.
 */
function selectCatalogs(catalogs, model, requested) {
    const refused = unknownBenchmark(catalogs, requested);
    if (refused !== undefined)
        return { ok: false, message: refused };
    const families = new Set(benchmarkFamilies.filter((family) => requested.includes(family)));
    const forcedIds = new Set(requested.filter((name) => !families.has(name)));
    if (requested.length === 0) {
        families.add('cis-kubernetes');
        if (model.clusters.length > 0)
            families.add('cis-aks');
        if (model.clusters.some((cluster) => cluster.nodePools.length > 0))
            families.add('cis-azure-linux');
    }
    const selections = [];
    for (const familyName of benchmarkFamilies) {
        const family = catalogs.filter((catalog) => catalog.family === familyName);
        const forced = family.filter((catalog) => forcedIds.has(catalog.id));
        if (family.length === 0)
            continue;
        const chosen = families.has(familyName) ? [undefined] : [];
        for (const catalog of [...chosen, ...forced]) {
            selections.push(...(familyName === 'cis-azure-linux'
                ? selectAzureLinux(family, model, requested.length > 0, catalog)
                : selectByClusterVersion(family, model, catalog)));
        }
    }
    const unique = selections.filter((selection, index) => selections.findIndex((other) => other.catalog === selection.catalog) === index);
    return { ok: true, selections: shareScopes(unique) };
}
/**
 * Selections that judge the same clusters, pools and objects get the same model object,
 * so the evaluation runs each check once per scope rather than once per catalog.
 */
function shareScopes(selections) {
    const scopes = new Map();
    return selections.map((selection) => {
        const { clusters, kubeObjects } = selection.model;
        const key = `${clusters.map((cluster) => `${(0,_model_cluster_js__WEBPACK_IMPORTED_MODULE_2__/* .clusterIdentity */ .B)(cluster)}[${cluster.nodePools.map((pool) => pool.name).join(',')}]`).join(';')}#${kubeObjects.length}`;
        const model = scopes.get(key) ?? selection.model;
        scopes.set(key, model);
        return { ...selection, model };
    });
}


/***/ }),

/***/ 5876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ checks)
});

// EXTERNAL MODULE: ./src/model/cluster.ts
var model_cluster = __webpack_require__(5883);
// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(3477);
;// CONCATENATED MODULE: ./src/checks/cluster/requirements.ts
/**
 * The template behind the cluster and node-pool checks (kube-linter style): a check is a
 * configuration — which setting, what AKS does when the input leaves it out, what counts as
 * compliant — not a hand-written function. Values the input cannot know (`unknown`) are never
 * judged: they become `Undecided` with the setting's own reason and location.
 */


const met = { outcome: 'met' };
function displayName(property, cluster) {
    return cluster.origin === 'terraform' && property.terraform !== undefined
        ? property.terraform
        : property.arm;
}
/** A requirement on one setting, with AKS's default applied when the input leaves it out. */
function settingRequirement(spec) {
    return (subject) => {
        const setting = spec.read(subject);
        const name = displayName(spec.property, subject.cluster);
        if (setting.state === 'unknown') {
            return { outcome: 'undecided', reason: `${name}: ${setting.reason}`, location: setting.location };
        }
        const stated = setting.state === 'set';
        const platformDefault = setting.state === 'unset' ? setting.platformDefault : undefined;
        if (!stated && platformDefault === undefined && spec.aksDefault === undefined)
            return met;
        // The early return above leaves a default whenever the input states nothing.
        const value = stated ? setting.value : (platformDefault?.value ?? spec.aksDefault);
        if (spec.holds(value))
            return met;
        const how = stated
            ? `${name} = ${(0,quote/* quoteInput */.Zs)(JSON.stringify(value))}`
            : platformDefault !== undefined
                ? `${name} not set; ${platformDefault.reason}`
                : `${name} not set; ${spec.defaultOwner ?? 'AKS'} default ${(0,quote/* quoteInput */.Zs)(JSON.stringify(value))}`;
        return {
            outcome: 'not met',
            shortfalls: [
                {
                    key: spec.property.arm,
                    location: setting.location,
                    message: `${spec.explain(value, subject)} (${how})`,
                    stated,
                },
            ],
        };
    };
}
/** Met when every verdict is met; a shortfall anywhere outweighs an undecided part. */
function allVerdicts(verdicts) {
    const shortfalls = verdicts.flatMap((verdict) => (verdict.outcome === 'not met' ? verdict.shortfalls : []));
    if (shortfalls.length > 0)
        return { outcome: 'not met', shortfalls };
    return verdicts.find((verdict) => verdict.outcome === 'undecided') ?? met;
}
/**
 * Met when any verdict is met. When none is, one shortfall sums them up, located at the first
 * value the input states (the line a reader would change), else at the first default.
 */
function anyVerdict(key, summary, verdicts) {
    if (verdicts.some((verdict) => verdict.outcome === 'met'))
        return met;
    const undecided = verdicts.find((verdict) => verdict.outcome === 'undecided');
    if (undecided !== undefined)
        return undecided;
    const shortfalls = verdicts.flatMap((verdict) => (verdict.outcome === 'not met' ? verdict.shortfalls : []));
    const blamed = shortfalls.find((shortfall) => shortfall.stated) ?? shortfalls[0];
    // With no alternative at all nothing was judged; passing it would be a silent Pass.
    if (blamed === undefined)
        throw new Error(`anyVerdict(${key}): no alternative to judge`);
    const reasons = shortfalls.map((shortfall) => shortfall.message).join('; ');
    return {
        outcome: 'not met',
        shortfalls: [
            { key, location: blamed.location, message: `${summary}: ${reasons}`, stated: blamed.stated },
        ],
    };
}
const allOf = (...requirements) => (subject) => allVerdicts(requirements.map((requirement) => requirement(subject)));
const anyOf = (key, summary, ...requirements) => (subject) => anyVerdict(key, summary, requirements.map((requirement) => requirement(subject)));
const noCluster = 'no AKS cluster in the scanned input';
const clusters = {
    subjectsOf: (model) => model.clusters.map((cluster) => ({ cluster })),
    resourceOf: ({ cluster }) => `ManagedCluster/${cluster.name}`,
    keyOf: (_subject, property) => property,
    noneReason: () => noCluster,
};
const poolResource = ({ cluster, pool }) => `NodePool/${cluster.name}/${pool.name}`;
/** Every node pool of every cluster that `admits` (all pools by default). */
function nodePools(noneReason, admits = () => true) {
    return {
        subjectsOf: (model) => model.clusters.flatMap((cluster) => cluster.nodePools.filter(admits).map((pool) => ({ cluster, pool }))),
        resourceOf: poolResource,
        keyOf: ({ pool }, property) => `${pool.name}:${property}`,
        noneReason: (model) => (model.clusters.length === 0 ? noCluster : noneReason),
    };
}
function noteFor(note, model) {
    const text = typeof note === 'function' ? note(model) : note;
    return text === undefined ? {} : { note: text };
}
/** A check that applies one requirement to every subject of a kind. */
function requirementCheck(spec) {
    return {
        id: spec.id,
        description: spec.description,
        run(model) {
            const subjects = spec.subjects.subjectsOf(model);
            if (subjects.length === 0) {
                return {
                    findings: [],
                    applicable: 0,
                    undecided: [],
                    notApplicableReason: spec.subjects.noneReason(model),
                };
            }
            const findings = [];
            const undecided = [];
            for (const subject of subjects) {
                const verdict = spec.requirement(subject);
                const resource = spec.subjects.resourceOf(subject);
                if (verdict.outcome === 'undecided') {
                    undecided.push({ reason: verdict.reason, resource, location: verdict.location });
                }
                else if (verdict.outcome === 'not met') {
                    for (const shortfall of verdict.shortfalls) {
                        findings.push({
                            resource,
                            ...(0,model_cluster/* referenceTo */.P)(subject.cluster),
                            location: shortfall.location,
                            message: shortfall.message,
                            key: spec.subjects.keyOf(subject, shortfall.key),
                        });
                    }
                }
            }
            return {
                findings,
                applicable: subjects.length,
                undecided,
                ...noteFor(spec.note, model),
            };
        },
    };
}
/** The commonest cluster check: a boolean property of the cluster that must be on. */
const clusterSwitchCheck = ({ read, aksDefault, property, whenOff, ...check }) => requirementCheck({
    ...check,
    subjects: clusters,
    requirement: settingRequirement({
        property,
        read: ({ cluster }) => read(cluster),
        aksDefault,
        holds: (on) => on,
        explain: () => whenOff,
    }),
});

;// CONCATENATED MODULE: ./src/checks/cluster/audit-logs.ts

/**
 * Categories and category groups that carry the API server's audit events. `allLogs` is every
 * category of the resource by Azure Monitor's definition, so it covers them: confirmed. The
 * `audit` group is taken to cover them too, which is not confirmed: AKS's published category
 * table lists no group membership, so the note says so when a result rests on it.
 */
const confirmedAuditSources = new Set(['kube-audit', 'kube-audit-admin', 'alllogs']);
const auditLogSources = new Set([...confirmedAuditSources, 'audit']);
const exportsThroughAuditGroupOnly = ({ enabledCategories }) => {
    if (enabledCategories.state !== 'set')
        return false;
    const categories = enabledCategories.value.map((category) => category.toLowerCase());
    return categories.includes('audit') && !categories.some((category) => confirmedAuditSources.has(category));
};
/** What the result rests on that the input cannot confirm. */
function auditLogsNote(model) {
    const notes = [
        model.clusters.some((cluster) => cluster.diagnosticSettings.length === 0 && !cluster.diagnosticSettingsUnknown)
            ? 'A diagnostic setting deployed outside the scanned input (for example by Azure Policy) is not seen.'
            : '',
        model.clusters.some((cluster) => cluster.diagnosticSettings.some(exportsThroughAuditGroupOnly))
            ? "The 'audit' category group is counted as exporting kube-audit; AKS does not publish that group's members."
            : '',
    ].filter((note) => note !== '');
    return notes.length === 0 ? undefined : notes.join(' ');
}
const exportsAuditEvents = allOf(settingRequirement({
    property: { arm: 'logs', terraform: 'enabled_log' },
    read: ({ setting }) => setting.enabledCategories,
    aksDefault: [],
    defaultOwner: 'Azure Monitor',
    holds: (categories) => categories.some((category) => auditLogSources.has(category.toLowerCase())),
    explain: (_categories, { setting }) => `diagnostic setting '${setting.name}' enables neither kube-audit nor kube-audit-admin`,
}), settingRequirement({
    property: {
        arm: 'workspaceId/storageAccountId/eventHubAuthorizationRuleId',
        terraform: 'log_analytics_workspace_id/storage_account_id/eventhub_authorization_rule_id',
    },
    read: ({ setting }) => setting.hasDestination,
    aksDefault: false,
    defaultOwner: 'Azure Monitor',
    holds: (hasDestination) => hasDestination,
    explain: (_hasDestination, { setting }) => `diagnostic setting '${setting.name}' names no destination`,
}));
const auditLogsExported = ({ cluster }) => cluster.diagnosticSettingsUnknown !== undefined && cluster.diagnosticSettings.length === 0
    ? {
        outcome: 'undecided',
        reason: `diagnostic settings: ${cluster.diagnosticSettingsUnknown}`,
        location: cluster.location,
    }
    : cluster.diagnosticSettings.length === 0
        ? {
            outcome: 'not met',
            shortfalls: [
                {
                    key: 'diagnosticSettings',
                    location: cluster.location,
                    message: "No diagnostic setting in the scanned input exports the cluster's kube-audit or kube-audit-admin logs",
                    stated: false,
                },
            ],
        }
        : anyVerdict('diagnosticSettings', 'The audit log is not exported', cluster.diagnosticSettings.map((setting) => exportsAuditEvents({ cluster, setting })));
const auditLogs = requirementCheck({
    id: 'cluster.audit-logs',
    description: 'A diagnostic setting exports the Kubernetes audit log',
    subjects: clusters,
    requirement: auditLogsExported,
    note: auditLogsNote,
});

;// CONCATENATED MODULE: ./src/checks/cluster/data-protection.ts
/**
 * Where the cluster keeps its secrets, from the cluster resource:
 * - `cluster.kms-etcd-encryption` decides CIS Kubernetes 1.2.27 and 1.2.28 (an encryption
 *   provider is configured: on AKS that is Key Vault KMS) and CIS AKS 5.3.1 (Secrets encrypted);
 * - `cluster.key-vault-secrets-provider` decides CIS Kubernetes 5.4.2 (external secret storage)
 *   through the Key Vault Secrets Store CSI add-on.
 */

const kmsEtcdEncryption = clusterSwitchCheck({
    id: 'cluster.kms-etcd-encryption',
    description: 'Secrets in etcd are encrypted with a Key Vault key (KMS)',
    property: { arm: 'securityProfile.azureKeyVaultKms.enabled', terraform: 'key_management_service' },
    read: (cluster) => cluster.kmsEnabled,
    aksDefault: false,
    whenOff: 'Key Vault KMS is off, so the API server has no encryption provider and Secrets in etcd rely on disk encryption alone',
});
const keyVaultSecretsProvider = clusterSwitchCheck({
    id: 'cluster.key-vault-secrets-provider',
    description: 'The Key Vault Secrets Store CSI add-on gives workloads an external secret store',
    property: {
        arm: 'addonProfiles.azureKeyvaultSecretsProvider.enabled',
        terraform: 'key_vault_secrets_provider',
    },
    read: (cluster) => cluster.keyVaultSecretsProviderEnabled,
    aksDefault: false,
    whenOff: 'The Key Vault secrets provider add-on is off, so Kubernetes Secrets are the only secret store',
    note: 'An external secret store installed by other means (a Helm chart, for example) is not seen.',
});

;// CONCATENATED MODULE: ./src/checks/cluster/identity-and-access.ts
/**
 * Who can reach the API server and how they are authorized, from the cluster resource:
 * - `cluster.rbac-enabled` decides CIS Kubernetes 1.2.8 (authorization mode includes RBAC);
 * - `cluster.local-accounts-disabled` decides 3.1.1: AKS local accounts are client certificates;
 * - `cluster.entra-id` decides 3.1.2 and CIS AKS 5.5.1: users sign in through Entra ID;
 * - `cluster.azure-rbac` decides CIS AKS 5.5.2;
 * - `cluster.oidc-issuer` decides 1.2.30: AKS sets --service-account-extend-token-expiration=false
 *   only when the OIDC issuer is on (Microsoft's reason column for that row);
 * - `cluster.managed-identity` decides CIS AKS 5.2.1: a managed identity rather than a service principal.
 */

const rbacEnabled = clusterSwitchCheck({
    id: 'cluster.rbac-enabled',
    description: 'The cluster keeps Kubernetes RBAC on',
    property: { arm: 'enableRBAC', terraform: 'role_based_access_control_enabled' },
    read: (cluster) => cluster.rbacEnabled,
    aksDefault: true,
    whenOff: 'Kubernetes RBAC is off, so the API server authorizes requests without role checks',
});
const localAccountsDisabled = clusterSwitchCheck({
    id: 'cluster.local-accounts-disabled',
    description: 'The cluster disables local accounts (client-certificate credentials)',
    property: { arm: 'disableLocalAccounts', terraform: 'local_account_disabled' },
    read: (cluster) => cluster.localAccountsDisabled,
    aksDefault: false,
    whenOff: 'Local accounts stay enabled: the admin credential is a client certificate that bypasses Entra ID and cannot be revoked per user',
});
const entraId = clusterSwitchCheck({
    id: 'cluster.entra-id',
    description: 'Users authenticate to the cluster through Microsoft Entra ID',
    property: { arm: 'aadProfile.managed', terraform: 'azure_active_directory_role_based_access_control' },
    read: (cluster) => cluster.entraIdEnabled,
    aksDefault: false,
    whenOff: 'The cluster has no Entra ID integration, so users reach it with certificates or service-account tokens',
});
const azureRbac = clusterSwitchCheck({
    id: 'cluster.azure-rbac',
    description: 'Azure RBAC authorizes access to the Kubernetes API',
    property: {
        arm: 'aadProfile.enableAzureRBAC',
        terraform: 'azure_active_directory_role_based_access_control.azure_rbac_enabled',
    },
    read: (cluster) => cluster.azureRbacEnabled,
    aksDefault: false,
    whenOff: 'Azure RBAC is not used for Kubernetes authorization, so access is not governed from Azure',
});
const oidcIssuer = clusterSwitchCheck({
    id: 'cluster.oidc-issuer',
    description: 'The OIDC issuer is on, so AKS stops extending service-account token lifetimes',
    property: { arm: 'oidcIssuerProfile.enabled', terraform: 'oidc_issuer_enabled' },
    read: (cluster) => cluster.oidcIssuerEnabled,
    aksDefault: false,
    whenOff: 'Without the OIDC issuer AKS leaves --service-account-extend-token-expiration on, so projected service-account tokens live longer than requested',
});
const managedIdentityTypes = new Set(['systemassigned', 'userassigned']);
const managedIdentity = requirementCheck({
    id: 'cluster.managed-identity',
    description: 'The cluster runs as a managed identity, not a service principal',
    subjects: clusters,
    requirement: settingRequirement({
        property: { arm: 'identity.type', terraform: 'identity' },
        read: ({ cluster }) => cluster.identityType,
        aksDefault: 'None',
        // ARM compares enum values without regard to case.
        holds: (type) => managedIdentityTypes.has(type.toLowerCase()),
        explain: (type) => type.toLowerCase() === 'serviceprincipal'
            ? 'The cluster uses a service principal, whose secret must be stored and rotated by hand'
            : 'The cluster declares no managed identity',
    }),
});

;// CONCATENATED MODULE: ./src/checks/cluster/image-security.ts
/**
 * Which images the cluster admits and scans, from the cluster resource:
 * - `cluster.image-integrity` decides CIS Kubernetes 5.5.1 (image provenance). Image Integrity
 *   is a preview feature; Microsoft attests this row with an equivalent control, so a finding
 *   says only what the template shows;
 * - `cluster.defender-image-scanning` decides CIS AKS 5.1.1 through the Defender for Containers
 *   sensor on the cluster. Scanners outside the cluster resource are not visible in the input.
 */

const imageIntegrity = clusterSwitchCheck({
    id: 'cluster.image-integrity',
    description: 'Image Integrity verifies image signatures at admission',
    property: { arm: 'securityProfile.imageIntegrity.enabled' },
    read: (cluster) => cluster.imageIntegrityEnabled,
    aksDefault: false,
    whenOff: 'Image Integrity (preview) is off, so the cluster admits images without checking their signatures',
    note: "Image Integrity is in preview; Microsoft's attestation for this row names an equivalent control instead.",
});
const defenderImageScanning = clusterSwitchCheck({
    id: 'cluster.defender-image-scanning',
    description: 'The Defender for Containers sensor runs on the cluster',
    property: { arm: 'securityProfile.defender.securityMonitoring.enabled', terraform: 'microsoft_defender' },
    read: (cluster) => cluster.defenderEnabled,
    aksDefault: false,
    whenOff: 'The Defender for Containers sensor is off, so running images are not scanned by Defender',
    note: "The subscription's Defender plan, sensors it provisions through Azure Policy, and third-party scanners are not seen in the input.",
});

;// CONCATENATED MODULE: ./src/checks/cluster/network-access.ts
/**
 * How the cluster's network is exposed and segmented, from the cluster resource:
 * - `cluster.network-policy-engine` decides CIS Kubernetes 5.3.1 and CIS AKS 5.4.4. Microsoft
 *   attests 5.3.1 Pass because Azure CNI supports NetworkPolicy, but without an engine
 *   (networkPolicy azure/calico/cilium, or the Cilium dataplane) the objects are not enforced;
 * - `cluster.control-plane-access` decides CIS AKS 5.4.1: a private API server, authorized
 *   IP ranges that do not admit every address, or public network access disabled;
 * - `cluster.private-endpoint` decides CIS AKS 5.4.2: a private API server with no public FQDN,
 *   and public network access not enabled where the template states it.
 */

// ARM compares enum values without regard to case.
const lower = (value) => value.toLowerCase();
const policyEngines = new Set(['azure', 'calico', 'cilium']);
const networkPolicyEngine = requirementCheck({
    id: 'cluster.network-policy-engine',
    description: 'A network policy engine enforces NetworkPolicy objects',
    subjects: clusters,
    requirement: anyOf('networkProfile.networkPolicy', 'NetworkPolicy objects are not enforced', settingRequirement({
        property: { arm: 'networkProfile.networkPolicy', terraform: 'network_profile.network_policy' },
        read: ({ cluster }) => cluster.networkPolicy,
        aksDefault: 'none',
        holds: (engine) => policyEngines.has(lower(engine)),
        explain: () => 'no network policy engine is selected',
    }), settingRequirement({
        property: { arm: 'networkProfile.networkDataplane', terraform: 'network_profile.network_data_plane' },
        read: ({ cluster }) => cluster.networkDataplane,
        aksDefault: 'azure',
        holds: (dataplane) => lower(dataplane) === 'cilium',
        explain: () => 'the dataplane is not Cilium, which would enforce them itself',
    })),
});
const privateApiServer = settingRequirement({
    property: { arm: 'apiServerAccessProfile.enablePrivateCluster', terraform: 'private_cluster_enabled' },
    read: ({ cluster }) => cluster.privateCluster,
    aksDefault: false,
    holds: (isPrivate) => isPrivate,
    explain: () => 'the API server has a public endpoint',
});
/**
 * A range that opens the endpoint to a large share of the internet: IPv4 shorter than /8 (every
 * address in two lines: 0.0.0.0/1 and 128.0.0.0/1) or IPv6 shorter than /16. Real allow-lists are
 * office and runner ranges, far longer.
 */
const admitsEveryAddress = (range) => {
    const match = /\/(\d+)$/.exec(range.trim());
    if (match === null)
        return false;
    return Number(match[1]) < (range.includes(':') ? 16 : 8);
};
const controlPlaneAccess = requirementCheck({
    id: 'cluster.control-plane-access',
    description: 'The API server is private or limited to authorized IP ranges',
    subjects: clusters,
    requirement: anyOf('apiServerAccessProfile', 'Anyone on the internet can reach the API server endpoint', privateApiServer, settingRequirement({
        property: {
            arm: 'apiServerAccessProfile.authorizedIPRanges',
            terraform: 'api_server_access_profile.authorized_ip_ranges',
        },
        read: ({ cluster }) => cluster.authorizedIpRanges,
        aksDefault: [],
        holds: (ranges) => ranges.length > 0 && !ranges.some(admitsEveryAddress),
        explain: (ranges) => ranges.length === 0
            ? 'no authorized IP ranges limit who reaches it'
            : 'an authorized IP range admits every address',
    }), settingRequirement({
        // 'Disabled' refuses every connection from the internet, whatever the ranges say.
        property: { arm: 'publicNetworkAccess' },
        read: ({ cluster }) => cluster.publicNetworkAccess,
        aksDefault: 'Enabled',
        holds: (access) => lower(access) === 'disabled',
        explain: () => 'public network access is not disabled',
    })),
});
const privateEndpoint = requirementCheck({
    id: 'cluster.private-endpoint',
    description: 'The API server has only a private endpoint and no public access',
    subjects: clusters,
    requirement: allOf(privateApiServer, settingRequirement({
        property: {
            arm: 'apiServerAccessProfile.enablePrivateClusterPublicFQDN',
            terraform: 'private_cluster_public_fqdn_enabled',
        },
        read: ({ cluster }) => cluster.privateClusterPublicFqdn,
        aksDefault: false,
        holds: (publicFqdn) => !publicFqdn,
        explain: () => 'a public DNS name still resolves to the API server',
    }), settingRequirement({
        // No documented default, and azurerm has no argument for it: only a stated value counts.
        property: { arm: 'publicNetworkAccess' },
        read: ({ cluster }) => cluster.publicNetworkAccess,
        holds: (access) => lower(access) !== 'enabled',
        explain: () => 'public network access to the cluster is enabled',
    })),
});

;// CONCATENATED MODULE: ./src/checks/cluster/index.ts





/** The checks that judge the cluster resource itself. */
const clusterChecks = [
    kmsEtcdEncryption,
    oidcIssuer,
    rbacEnabled,
    localAccountsDisabled,
    entraId,
    auditLogs,
    networkPolicyEngine,
    keyVaultSecretsProvider,
    imageIntegrity,
    defenderImageScanning,
    managedIdentity,
    controlPlaneAccess,
    privateEndpoint,
    azureRbac,
];

// EXTERNAL MODULE: ./src/model/kubernetes.ts
var kubernetes = __webpack_require__(7989);
// EXTERNAL MODULE: ./src/model/pod-templates.ts
var pod_templates = __webpack_require__(348);
// EXTERNAL MODULE: ./src/model/fields.ts
var fields = __webpack_require__(5140);
;// CONCATENATED MODULE: ./src/checks/findings.ts



/** Where a finding points: the field when the object has it, else the object itself. */
function blame(object, field) {
    return (0,fields/* valueAt */.fK)(object.body, field) === undefined ? object.location : object.locate(field);
}
/** A finding about a Kubernetes object, carrying the object's cluster and platform mark (a live object's uid is in its location). */
function findingOn(object, finding) {
    return {
        resource: (0,kubernetes/* resourceName */.Iy)(object),
        ...(finding.container === undefined ? {} : { container: finding.container }),
        location: finding.location,
        message: finding.message,
        key: finding.key,
        ...(0,kubernetes/* clusterOf */.es)(object),
        ...(object.platform === undefined ? {} : { platform: object.platform }),
    };
}
/** The object left undecided because the field at `path` (or a part of it) is known only at deploy time. */
function undecidedAt(object, path) {
    const reason = (0,kubernetes/* unknownReason */.$h)(object, path);
    if (reason === undefined)
        return undefined;
    return {
        reason: `${path.join('.')}: ${reason}`,
        resource: (0,kubernetes/* resourceName */.Iy)(object),
        location: object.locate(path),
    };
}
/**
 * Workloads with nothing to judge because their pod spec, or for container rules their container
 * list, is known only at deploy time (a Terraform block computed after apply): without this, such
 * a workload would have no pod or container to check and so would vanish from the row.
 */
function undecidedPods(objects, level) {
    // Every pod and container rule asks; the answer for a model is worked out once per level.
    const known = undecidedPodsByModel.get(objects) ?? {};
    undecidedPodsByModel.set(objects, known);
    return (known[level] ??= findUndecidedPods(objects, level));
}
const undecidedPodsByModel = new WeakMap();
function findUndecidedPods(objects, level) {
    return objects.flatMap((object) => {
        const templatePath = pod_templates/* podTemplatePaths */.qD[object.kind];
        if (templatePath === undefined || object.unknownFields === undefined)
            return [];
        const specPath = [...templatePath, 'spec'];
        const [template] = (0,pod_templates/* podTemplatesOf */.ab)(object);
        const missing = template === undefined
            ? specPath
            : level === 'container' && template.containers.length === 0
                ? [...specPath, 'containers']
                : undefined;
        // Only an unknown at or above the missing part explains it; an unknown field deeper down does not.
        const explained = object.unknownFields.some((field) => missing !== undefined && field.path.every((step, index) => missing[index] === step));
        const undecided = explained && missing !== undefined ? undecidedAt(object, missing) : undefined;
        return undecided === undefined ? [] : [undecided];
    });
}
/** The result of a check that judged `applicable` subjects, or none for the reason given. */
function resultOf(findings, applicable, notApplicableReason, undecided = []) {
    return applicable === 0
        ? { findings, applicable, undecided, notApplicableReason }
        : { findings, applicable, undecided };
}
const noWorkloads = 'no workloads (pods or pod templates) in the scanned input';

;// CONCATENATED MODULE: ./src/checks/kubelet/kube-proxy.ts
/**
 * CIS Kubernetes 4.3.1: kube-proxy's metrics endpoint should listen on localhost only. On AKS,
 * kube-proxy is the platform's (Microsoft attests Fail: AKS scrapes it centrally), so findings on
 * the AKS-managed DaemonSet carry `platform` and never block; a self-managed kube-proxy is judged.
 */




const flag = '--metrics-bind-address';
const isLoopback = (address) => /^(127\.|localhost(:|$)|\[?::1\]?(:|$))/.test(address);
const kubeProxyMetricsCheck = {
    id: 'kube-proxy.metrics-bind-address',
    description: 'kube-proxy must bind its metrics endpoint to localhost.',
    reads: ['DaemonSet'],
    run(model) {
        const findings = [];
        let applicable = 0;
        const kubeProxies = model.kubeObjects.filter((object) => object.kind === 'DaemonSet' && object.name === 'kube-proxy');
        for (const object of kubeProxies) {
            for (const template of (0,pod_templates/* podTemplatesOf */.ab)(object)) {
                for (const container of template.containers) {
                    applicable += 1;
                    for (const field of ['command', 'args']) {
                        const words = (0,fields/* textsOf */.CB)(container.body[field]);
                        words.forEach((word, index) => {
                            const address = word.startsWith(`${flag}=`)
                                ? word.slice(flag.length + 1)
                                : word === flag
                                    ? words[index + 1]
                                    : undefined;
                            if (address === undefined || isLoopback(address))
                                return;
                            findings.push({
                                resource: (0,kubernetes/* resourceName */.Iy)(object),
                                container: container.name,
                                location: object.locate([...container.path, field, index]),
                                message: `kube-proxy ${(0,pod_templates/* describeContainer */.rc)(container)} serves metrics on ${address}, beyond localhost.`,
                                key: `${container.key}.${flag}`,
                                ...(object.platform ? { platform: true } : {}),
                                ...(0,kubernetes/* clusterOf */.es)(object),
                            });
                        });
                    }
                }
            }
        }
        return {
            findings,
            applicable,
            undecided: undecidedPods(kubeProxies, 'container'),
            ...(applicable === 0 ? { notApplicableReason: 'no kube-proxy DaemonSet in the input' } : {}),
        };
    },
};

;// CONCATENATED MODULE: ./src/checks/kubelet/kubelet-config.ts
/**
 * The kubelet rows (CIS Kubernetes 4.2.x; CIS AKS 3.2.x) that AKS lets differ between pools,
 * decided from each pool's kubelet configuration as the API server's node proxy serves it
 * (`/api/v1/nodes/{node}/proxy/configz`). Only live scans carry that configuration: code scans
 * leave these rows to Microsoft's attestation.
 */


const valueAt = (config, field) => field
    .split('.')
    .reduce((value, key) => value?.[key], config);
/** Kubelet configuration as read live, one check per rule: the kube-linter-style template. */
function kubeletCheck(rule) {
    return {
        id: rule.id,
        description: rule.description,
        reads: ['Node', 'nodes/proxy'],
        run(model) {
            const findings = [];
            let applicable = 0;
            for (const cluster of model.clusters) {
                for (const pool of cluster.nodePools) {
                    if (!pool.liveKubeletConfig)
                        continue;
                    applicable += 1;
                    const problem = rule.problem(pool.liveKubeletConfig);
                    if (problem === undefined)
                        continue;
                    findings.push({
                        resource: `NodePool/${cluster.name}/${pool.name}`,
                        ...(0,model_cluster/* referenceTo */.P)(cluster),
                        location: pool.location,
                        message: `Node pool '${pool.name}': kubelet ${rule.field} ${problem}.`,
                        key: rule.field,
                    });
                }
            }
            return {
                findings,
                applicable,
                undecided: [],
                ...(applicable === 0
                    ? { notApplicableReason: 'no kubelet configuration read (only a live scan reads it)' }
                    : {}),
            };
        },
    };
}
const show = (value) => value === undefined ? 'is not set' : `is ${(0,quote/* quoteInput */.Zs)(JSON.stringify(value))}`;
/** CIS's list of strong suites (4.2.12), plus the TLS 1.3 suites Go always prefers. */
const strongCipherSuites = new Set([
    'TLS_AES_128_GCM_SHA256',
    'TLS_AES_256_GCM_SHA384',
    'TLS_CHACHA20_POLY1305_SHA256',
    'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
    'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
    'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
    'TLS_RSA_WITH_AES_256_GCM_SHA384',
    'TLS_RSA_WITH_AES_128_GCM_SHA256',
]);
/** Go durations: "0", "0s", "0h0m0s" all mean no timeout. */
const isZeroDuration = (value) => value === 0 || (typeof value === 'string' && !/[1-9]/.test(value));
const kubeletChecks = [
    kubeletCheck({
        id: 'kubelet.anonymous-auth',
        description: 'The kubelet must refuse anonymous requests.',
        field: 'authentication.anonymous.enabled',
        problem: (config) => valueAt(config, 'authentication.anonymous.enabled') === false
            ? undefined
            : `${show(valueAt(config, 'authentication.anonymous.enabled'))}; anonymous requests reach the kubelet API`,
    }),
    kubeletCheck({
        id: 'kubelet.authorization-mode',
        description: 'The kubelet must authorize requests (not AlwaysAllow).',
        field: 'authorization.mode',
        problem: (config) => {
            const mode = valueAt(config, 'authorization.mode');
            return mode === undefined || mode === 'AlwaysAllow'
                ? `${show(mode)}; every authenticated request is allowed`
                : undefined;
        },
    }),
    kubeletCheck({
        id: 'kubelet.client-ca',
        description: 'The kubelet must verify client certificates against a CA.',
        field: 'authentication.x509.clientCAFile',
        problem: (config) => typeof valueAt(config, 'authentication.x509.clientCAFile') === 'string' &&
            valueAt(config, 'authentication.x509.clientCAFile') !== ''
            ? undefined
            : 'is not set; client certificates are not verified',
    }),
    kubeletCheck({
        id: 'kubelet.read-only-port',
        description: 'The kubelet read-only port must be disabled (0).',
        field: 'readOnlyPort',
        problem: (config) => (config.readOnlyPort ?? 0) === 0
            ? undefined
            : `${show(config.readOnlyPort)}; it serves pod data without authentication`,
    }),
    kubeletCheck({
        id: 'kubelet.streaming-idle-timeout',
        description: 'Streaming connections (exec, attach, port-forward) must time out when idle.',
        field: 'streamingConnectionIdleTimeout',
        problem: (config) => isZeroDuration(config.streamingConnectionIdleTimeout) ? 'is 0; idle streams never close' : undefined,
    }),
    kubeletCheck({
        id: 'kubelet.iptables-util-chains',
        description: 'The kubelet must manage its iptables utility chains.',
        field: 'makeIPTablesUtilChains',
        problem: (config) => (config.makeIPTablesUtilChains === false ? 'is false' : undefined),
    }),
    kubeletCheck({
        id: 'kubelet.event-qps',
        description: 'Kubelet event recording must not be throttled so low that events are lost.',
        field: 'eventRecordQPS',
        // 0 means unthrottled; upstream's default is 50. Below 5 a busy node drops events.
        problem: (config) => {
            const qps = config.eventRecordQPS;
            return typeof qps === 'number' && qps > 0 && qps < 5
                ? `is ${qps}; events beyond ${qps}/s are dropped`
                : undefined;
        },
    }),
    kubeletCheck({
        id: 'kubelet.rotate-certificates',
        description: 'The kubelet must rotate its client certificate.',
        field: 'rotateCertificates',
        problem: (config) => config.rotateCertificates === false ? 'is false; the client certificate never rotates' : undefined,
    }),
    kubeletCheck({
        id: 'kubelet.rotate-server-certificates',
        description: 'The kubelet must rotate its serving certificate.',
        field: 'featureGates.RotateKubeletServerCertificate',
        problem: (config) => valueAt(config, 'featureGates.RotateKubeletServerCertificate') === false &&
            config.serverTLSBootstrap !== true
            ? 'is false and serverTLSBootstrap is off; the serving certificate never rotates'
            : undefined,
    }),
    kubeletCheck({
        id: 'kubelet.tls-ciphers',
        description: 'The kubelet must offer strong TLS cipher suites only.',
        field: 'tlsCipherSuites',
        problem: (config) => {
            const suites = config.tlsCipherSuites;
            if (!Array.isArray(suites) || suites.length === 0)
                return "is not set; Go's defaults include weaker suites";
            const weak = suites.filter((suite) => !strongCipherSuites.has(String(suite)));
            return weak.length > 0 ? `includes weak suites: ${weak.join(', ')}` : undefined;
        },
    }),
];

;// CONCATENATED MODULE: ./src/checks/namespaces.ts


/** CIS 5.6.4: keep workloads out of `default`, so namespaces can separate policy and access. */
const defaultNamespaceCheck = {
    id: 'namespaces.default-namespace',
    description: 'Namespaced objects placed in the default namespace.',
    run(model, options) {
        const namespaced = model.kubeObjects.filter((object) => object.namespace !== undefined);
        const findings = namespaced
            .filter((object) => object.namespace === 'default')
            .map((object) => {
            const explicit = (0,fields/* valueAt */.fK)(object.body, ['metadata', 'namespace']) !== undefined;
            return findingOn(object, {
                location: blame(object, ['metadata', 'namespace']),
                message: explicit
                    ? `${object.kind} "${object.name}" sets metadata.namespace: default`
                    : `${object.kind} "${object.name}" has no metadata.namespace, so it is installed into "${options.defaultNamespace}"`,
                key: 'metadata.namespace',
            });
        });
        return resultOf(findings, namespaced.length, 'no namespaced objects in the scanned input');
    },
};

;// CONCATENATED MODULE: ./src/checks/node-audit/host-facts.ts
/**
 * Rows only a node's host can show, decided from the opt-in node audit (--node-audit): file modes
 * and owners (CIS Kubernetes 4.1.x; CIS Azure Linux 6.1.x / 7.1.x, /etc/motd, sshd_config), the
 * uncommon filesystem modules (Azure Linux 1.1.1.x) and ASLR. Each check is one row of `hostFacts`.
 */

const octal = (mode) => mode.toString(8).padStart(3, '0');
/** The first of `paths` that exists on the host (AKS has moved some files between releases). */
function fileAmong(records, paths) {
    const files = records.filter((record) => record.kind === 'file' && paths.includes(record.path));
    return files.find((file) => file.exists) ?? files[0];
}
/** A file's mode must grant nothing beyond `maxMode`; a missing optional file is compliant. */
function permissions(id, paths, maxMode) {
    return {
        id,
        description: `${paths[0]} must be mode ${octal(maxMode)} or more restrictive.`,
        judge(records) {
            const file = fileAmong(records, paths);
            if (!file)
                return undefined;
            if (!file.exists || file.mode === undefined)
                return [];
            return (file.mode & ~maxMode) === 0
                ? []
                : [
                    {
                        key: 'mode',
                        message: `${file.path} is mode ${octal(file.mode)}, more open than ${octal(maxMode)}`,
                    },
                ];
        },
    };
}
function ownership(id, paths) {
    return {
        id,
        description: `${paths[0]} must be owned by root:root.`,
        judge(records) {
            const file = fileAmong(records, paths);
            if (!file)
                return undefined;
            if (!file.exists)
                return [];
            return file.uid === 0 && file.gid === 0
                ? []
                : [
                    {
                        key: 'owner',
                        message: `${file.path} is owned by ${file.uid}:${file.gid}, not root:root (0:0)`,
                    },
                ];
        },
    };
}
function moduleUnavailable(name) {
    return {
        id: `node-audit.module-${name}`,
        description: `The ${name} kernel module must be neither loaded nor loadable.`,
        judge(records) {
            const module = records.find((record) => record.kind === 'module' && record.name === name);
            if (!module || module.kind !== 'module')
                return undefined;
            return [
                ...(module.loaded ? [{ key: 'loaded', message: `kernel module ${name} is loaded` }] : []),
                ...(module.disabled
                    ? []
                    : [
                        {
                            key: 'loadable',
                            message: `kernel module ${name} is not disabled in modprobe.d (install ${name} /bin/false)`,
                        },
                    ]),
            ];
        },
    };
}
const kubeletService = ['/etc/systemd/system/kubelet.service'];
const proxyKubeconfig = ['/var/lib/kube-proxy/kubeconfig'];
const kubeletKubeconfig = ['/var/lib/kubelet/kubeconfig'];
const clientCa = ['/etc/kubernetes/certs/ca.crt'];
const kubeletConfig = ['/var/lib/kubelet/config.yaml', '/etc/default/kubeletconfig.json'];
const hostFacts = [
    permissions('node-audit.kubelet-service-permissions', kubeletService, 0o600),
    ownership('node-audit.kubelet-service-ownership', kubeletService),
    permissions('node-audit.proxy-kubeconfig-permissions', proxyKubeconfig, 0o600),
    ownership('node-audit.proxy-kubeconfig-ownership', proxyKubeconfig),
    permissions('node-audit.kubelet-kubeconfig-permissions', kubeletKubeconfig, 0o600),
    ownership('node-audit.kubelet-kubeconfig-ownership', kubeletKubeconfig),
    permissions('node-audit.client-ca-permissions', clientCa, 0o600),
    ownership('node-audit.client-ca-ownership', clientCa),
    permissions('node-audit.kubelet-config-permissions', kubeletConfig, 0o600),
    ownership('node-audit.kubelet-config-ownership', kubeletConfig),
    permissions('node-audit.passwd-permissions', ['/etc/passwd'], 0o644),
    permissions('node-audit.passwd-backup-permissions', ['/etc/passwd-'], 0o644),
    permissions('node-audit.group-permissions', ['/etc/group'], 0o644),
    permissions('node-audit.group-backup-permissions', ['/etc/group-'], 0o644),
    // Azure Linux follows the RHEL family: shadow files grant no permission bits at all.
    permissions('node-audit.shadow-permissions', ['/etc/shadow'], 0o000),
    permissions('node-audit.shadow-backup-permissions', ['/etc/shadow-'], 0o000),
    permissions('node-audit.gshadow-permissions', ['/etc/gshadow'], 0o000),
    permissions('node-audit.gshadow-backup-permissions', ['/etc/gshadow-'], 0o000),
    permissions('node-audit.motd-permissions', ['/etc/motd'], 0o644),
    permissions('node-audit.issue-permissions', ['/etc/issue'], 0o644),
    permissions('node-audit.issue-net-permissions', ['/etc/issue.net'], 0o644),
    permissions('node-audit.sshd-config-permissions', ['/etc/ssh/sshd_config'], 0o600),
    ...['cramfs', 'freevxfs', 'hfs', 'hfsplus', 'jffs2'].map(moduleUnavailable),
    {
        id: 'node-audit.aslr',
        description: 'Address space layout randomization must be fully enabled (kernel.randomize_va_space = 2).',
        judge(records) {
            const sysctl = records.find((record) => record.kind === 'sysctl' && record.name === 'kernel.randomize_va_space');
            if (!sysctl || sysctl.kind !== 'sysctl')
                return undefined;
            return sysctl.value === '2'
                ? []
                : [{ key: 'value', message: `kernel.randomize_va_space is ${sysctl.value ?? 'unreadable'}, not 2` }];
        },
    },
];
function hostFactCheck(fact) {
    return {
        id: fact.id,
        description: fact.description,
        run(model) {
            const findings = [];
            const undecided = [];
            let applicable = 0;
            for (const cluster of model.clusters) {
                for (const pool of cluster.nodePools) {
                    const resource = `NodePool/${cluster.name}/${pool.name}`;
                    if (pool.nodeAudit?.failure) {
                        undecided.push({
                            reason: `node audit of pool '${pool.name}' failed: ${pool.nodeAudit.failure}`,
                            resource,
                        });
                        continue;
                    }
                    const records = pool.nodeAudit?.records;
                    const problems = records && fact.judge(records);
                    if (problems === undefined)
                        continue;
                    applicable += 1;
                    for (const problem of problems) {
                        findings.push({
                            resource,
                            ...(0,model_cluster/* referenceTo */.P)(cluster),
                            location: pool.location,
                            message: `Node ${pool.nodeAudit?.node} (pool '${pool.name}'): ${problem.message}.`,
                            key: `${fact.id}:${problem.key}`,
                        });
                    }
                }
            }
            return {
                findings,
                applicable,
                undecided,
                ...(applicable === 0
                    ? { notApplicableReason: 'no node audit results (a live scan with --node-audit reads them)' }
                    : {}),
            };
        },
    };
}
const nodeAuditChecks = hostFacts.map(hostFactCheck);

;// CONCATENATED MODULE: ./src/checks/network-policies.ts

/**
 * The policies that count for CIS 5.3.2, which asks for network policies defined in every
 * namespace: namespaced ones, Kubernetes NetworkPolicy (also the Calico API's kind of that
 * name) and CiliumNetworkPolicy. Cluster-wide policies (Calico GlobalNetworkPolicy,
 * CiliumClusterwideNetworkPolicy) do not, even one whose selector names the namespace: their
 * selectors match labels that other tools and admission controllers set at run time, so the
 * input cannot show which namespaces they cover, and they belong to no namespace whose owner
 * would review them.
 */
const namespacePolicyKinds = new Set(['NetworkPolicy', 'CiliumNetworkPolicy']);
/** CIS 5.3.2: every namespace, declared or used by a namespaced object, has a NetworkPolicy. */
const namespacesWithoutPolicyCheck = {
    id: 'network.namespaces-without-policy',
    description: 'Namespaces, declared or used, that have no namespaced network policy (NetworkPolicy, CiliumNetworkPolicy) in the scanned input; cluster-wide policies do not count.',
    run(model) {
        const covered = new Set(model.kubeObjects
            .filter((object) => namespacePolicyKinds.has(object.kind))
            .map((object) => object.namespace));
        // The Namespace object when the input declares it, else the first object placed in it.
        const anchors = new Map();
        for (const object of model.kubeObjects) {
            if (object.kind === 'Namespace' && object.namespace === undefined)
                anchors.set(object.name, object);
        }
        for (const object of model.kubeObjects) {
            if (object.namespace !== undefined && !anchors.has(object.namespace))
                anchors.set(object.namespace, object);
        }
        const findings = [...anchors]
            .filter(([namespace]) => !covered.has(namespace))
            .map(([namespace, anchor]) => ({
            ...findingOn(anchor, {
                location: anchor.location,
                message: anchor.kind === 'Namespace'
                    ? `Namespace "${namespace}" has no NetworkPolicy in the scanned input`
                    : `Namespace "${namespace}" (used by ${anchor.kind} "${anchor.name}") has no NetworkPolicy in the scanned input`,
                key: `namespace:${namespace}`,
            }),
            resource: `Namespace/${namespace}`,
        }));
        return resultOf(findings, anchors.size, 'no namespaces declared or used in the scanned input');
    },
};

;// CONCATENATED MODULE: ./src/checks/node-os/azure-linux.ts
/**
 * The CIS Azure Linux rows that a node pool's settings touch. Everything else in that
 * benchmark is baked into the image Microsoft ships and attests; no AKS setting changes it.
 * - `node-os.ssh-access` decides the sshd rows: `securityProfile.sshAccess: Disabled` makes them
 *   moot (no sshd to reach), so the pool passes;
 * - `node-os.login-banner` decides the message-of-the-day rows: a custom `messageOfTheDay` must
 *   not disclose the OS (CIS: no \m, \r, \s, \v escapes or OS name).
 * A pool that leaves either setting as AKS ships it is not judged: the input cannot show the
 * node's sshd_config or motd, and the only honest source for them is Microsoft's attestation,
 * so the result names that instead of claiming a Pass of our own.
 * linuxOSConfig.sysctls is not read: its allowlist holds none of the sysctls this benchmark
 * checks (azure-property-map.md section B, from bicep-types-az SysctlConfig and azurerm sysctl_config).
 * FIPS and encryption at host are no CIS Azure Linux rows; they are shown in the note as evidence.
 */


/** osSKU values of Azure Linux images; Mariner and CBLMariner are Azure Linux 2.0's former names. */
const azureLinuxSkus = new Set(['azurelinux', 'azurelinux3', 'mariner', 'cblmariner']);
const undecidedBy = (name, setting) => ({
    kind: 'undecided',
    reason: `${name}: ${setting.reason}`,
    location: setting.location,
});
function switchedOn(setting) {
    if (setting.state === 'unknown')
        return 'unknown until deployment';
    return setting.state === 'set' && setting.value ? 'on' : 'off';
}
/** FIPS and encryption at host: evidence beside the rows, never a finding. */
const hostEvidence = ({ pool }) => `Pool '${pool.name}': FIPS ${switchedOn(pool.fipsEnabled)}, encryption at host ${switchedOn(pool.encryptionAtHost)}.`;
/** Pools that run Azure Linux are judged; an osSKU known only at deployment leaves it open. */
function judgeIfAzureLinux(subject, judge) {
    const sku = subject.pool.osSku;
    if (sku.state === 'unknown')
        return undecidedBy('osSKU', sku);
    return sku.state === 'set' && azureLinuxSkus.has(sku.value.toLowerCase()) ? judge(subject) : undefined;
}
function nodeOsCheck(id, description, judge) {
    return {
        id,
        description,
        run(model) {
            if (model.clusters.length === 0) {
                return { findings: [], applicable: 0, undecided: [], notApplicableReason: noCluster };
            }
            const findings = [];
            const undecided = [];
            const asShipped = [];
            const evidence = [];
            let azureLinuxPools = 0;
            let judged = 0;
            for (const cluster of model.clusters) {
                for (const pool of cluster.nodePools) {
                    const subject = { cluster, pool };
                    const judgment = judgeIfAzureLinux(subject, judge);
                    if (judgment === undefined)
                        continue;
                    azureLinuxPools += 1;
                    const resource = poolResource(subject);
                    evidence.push(hostEvidence(subject));
                    if (judgment.kind === 'undecided') {
                        undecided.push({ reason: judgment.reason, resource, location: judgment.location });
                    }
                    else if (judgment.kind === 'as shipped') {
                        asShipped.push(judgment.reason);
                    }
                    else {
                        judged += 1;
                        evidence.push(judgment.evidence);
                        if (judgment.finding !== undefined)
                            findings.push({ resource, ...(0,model_cluster/* referenceTo */.P)(cluster), ...judgment.finding });
                    }
                }
            }
            if (azureLinuxPools === 0) {
                return {
                    findings,
                    applicable: 0,
                    undecided,
                    notApplicableReason: 'no Azure Linux node pool in the scanned input',
                };
            }
            const applicable = judged + undecided.length;
            if (applicable === 0) {
                return {
                    findings,
                    applicable,
                    undecided,
                    notApplicableReason: asShipped.join(' '),
                    note: evidence.join(' '),
                };
            }
            return { findings, applicable, undecided, note: [...asShipped, ...evidence].join(' ') };
        },
    };
}
const sshAccess = nodeOsCheck('node-os.ssh-access', 'Azure Linux node pools with SSH disabled, which makes the sshd hardening rows moot', ({ pool }) => {
    const access = pool.sshAccess;
    if (access.state === 'unknown')
        return undecidedBy('securityProfile.sshAccess', access);
    if (access.state === 'set' && access.value.toLowerCase() === 'disabled') {
        return {
            kind: 'judged',
            evidence: `Pool '${pool.name}': SSH is disabled (securityProfile.sshAccess), so no sshd can be reached.`,
        };
    }
    return {
        kind: 'as shipped',
        reason: `SSH is enabled on pool '${pool.name}'; the sshd configuration is as AKS ships it (Microsoft attests Pass).`,
    };
});
/** CIS: the banner must not show the OS through agetty escapes or the OS name (os-release ID). */
const osDisclosures = [/\\[mrsv]/g, /mariner|azure ?linux/gi];
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** The decoded banner, or undefined when the value is not base64 (AKS expects it encoded). */
function decodeBase64(encoded) {
    const compact = encoded.replace(/\s+/g, '');
    if (compact.length % 4 !== 0 || !base64.test(compact))
        return undefined;
    return Buffer.from(compact, 'base64').toString('utf8');
}
const loginBanner = nodeOsCheck('node-os.login-banner', "Azure Linux node pools' custom message of the day does not disclose the operating system", ({ pool }) => {
    const motd = pool.messageOfTheDay;
    if (motd.state === 'unknown')
        return undecidedBy('messageOfTheDay', motd);
    if (motd.state === 'unset') {
        return {
            kind: 'as shipped',
            reason: `Pool '${pool.name}' keeps the message of the day AKS ships (Microsoft attests Pass).`,
        };
    }
    const banner = decodeBase64(motd.value);
    if (banner === undefined) {
        return { kind: 'undecided', reason: 'messageOfTheDay is not valid base64', location: motd.location };
    }
    const disclosed = [...new Set(osDisclosures.flatMap((pattern) => banner.match(pattern) ?? []))];
    const evidence = `Pool '${pool.name}' sets its own message of the day (messageOfTheDay).`;
    if (disclosed.length === 0)
        return { kind: 'judged', evidence };
    return {
        kind: 'judged',
        evidence,
        finding: {
            location: motd.location,
            message: `The message of the day discloses the operating system: it contains ${disclosed.map((text) => `'${text}'`).join(', ')}`,
            key: `${pool.name}:messageOfTheDay`,
        },
    };
});

;// CONCATENATED MODULE: ./src/checks/node-os/index.ts

/** The checks that judge the node OS through the pool settings that reach it. */
const nodeOsChecks = [sshAccess, loginBanner];

;// CONCATENATED MODULE: ./src/checks/node-pools/node-pool-settings.ts

const isLinux = (pool) => !(pool.osType.state === 'set' && pool.osType.value.toLowerCase() === 'windows');
const linuxPools = nodePools('no Linux node pool in the scanned input', isLinux);
const podPidLimit = requirementCheck({
    id: 'node-pools.pod-pid-limit',
    description: 'Every Linux node pool limits the number of PIDs a pod may use',
    subjects: linuxPools,
    requirement: settingRequirement({
        property: { arm: 'kubeletConfig.podMaxPids', terraform: 'kubelet_config.pod_max_pid' },
        read: ({ pool }) => pool.podMaxPids,
        aksDefault: -1,
        holds: (limit) => limit > 0,
        explain: (limit) => limit === -1
            ? 'Pods on this pool may start any number of processes: -1 means no PID limit'
            : `Pods on this pool have no usable PID limit: ${limit} is not a positive number`,
    }),
});
const kubeletSeccompDefault = requirementCheck({
    id: 'node-pools.kubelet-seccomp-default',
    description: "Every Linux node pool's kubelet applies the RuntimeDefault seccomp profile by default",
    subjects: linuxPools,
    requirement: settingRequirement({
        property: { arm: 'kubeletConfig.seccompDefault' },
        read: ({ pool }) => pool.seccompDefault,
        aksDefault: 'Unconfined',
        // ARM compares enum values without regard to case.
        holds: (profile) => profile.toLowerCase() === 'runtimedefault',
        explain: () => 'Containers without a seccomp profile run unconfined on this pool',
    }),
});
const privateNodes = requirementCheck({
    id: 'node-pools.private-nodes',
    description: 'No node pool gives its nodes public IP addresses',
    subjects: nodePools('no node pool in the scanned input'),
    requirement: settingRequirement({
        property: { arm: 'enableNodePublicIP', terraform: 'node_public_ip_enabled' },
        read: ({ pool }) => pool.nodePublicIp,
        aksDefault: false,
        holds: (publicIp) => !publicIp,
        explain: () => 'Every node of this pool gets a public IP address, reachable from the internet',
    }),
});

;// CONCATENATED MODULE: ./src/checks/node-pools/index.ts

/** The checks that judge each node pool's settings. */
const nodePoolChecks = [podPidLimit, kubeletSeccompDefault, privateNodes];

// EXTERNAL MODULE: ./src/model/read-once.ts
var read_once = __webpack_require__(3095);
;// CONCATENATED MODULE: ./src/checks/container-field-template.ts




/** A model's subjects, built once and shared by every rule (objects do not change during a scan). */
const subjectsOf = (0,read_once/* readOnce */.W)((templates) => ({
    pod: templates.map((template) => ({ template })),
    container: templates.flatMap((template) => template.containers.map((container) => ({ template, container }))),
}));
const subjectsIn = (objects, level) => subjectsOf((0,pod_templates/* podTemplatesIn */.GA)(objects))[level];
function subjectPath({ template, container }) {
    return container?.path ?? template.specPath;
}
function subjectKey({ template, container }) {
    return container?.key ?? template.key;
}
function subjectWords({ container }) {
    return container === undefined ? 'the pod' : (0,pod_templates/* describeContainer */.rc)(container);
}
/**
 * Where `source` is read for `subject`, in precedence order (a container's value before its
 * pod's), each with the name a message gives it. Read from the subject's own pod spec, container
 * or annotations rather than from the object's root; full paths are built only for what a
 * finding or an unknown field needs.
 */
function sitesOf(source, { template, container }) {
    switch (source.from) {
        case 'pod':
            return [{ base: template.spec, basePath: template.specPath, steps: source.path, name: nameOf(source) }];
        case 'container':
            return container
                ? [{ base: container.body, basePath: container.path, steps: source.path, name: nameOf(source) }]
                : [];
        case 'container-over-pod': {
            const name = nameOf(source);
            const steps = securitySteps(source.path);
            const fromPod = { base: template.spec, basePath: template.specPath, steps, name: `pod ${name}` };
            return container
                ? [{ base: container.body, basePath: container.path, steps, name }, fromPod]
                : [fromPod];
        }
        case 'pod-annotation':
            return [annotationSite(template, source.key)];
        case 'container-annotation':
            return container ? [annotationSite(template, `${source.keyPrefix}${container.name}`)] : [];
    }
}
function annotationSite(template, key) {
    return {
        base: template.metadata.annotations,
        basePath: [...template.specPath.slice(0, -1), 'metadata', 'annotations'],
        steps: [key],
        name: `annotation ${key}`,
    };
}
/** What a message calls the field when it is set nowhere (for a container annotation, see `annotationSite`). */
function nameOf(source) {
    switch (source.from) {
        case 'pod':
        case 'container':
            return source.path.join('.');
        case 'container-over-pod':
            return securitySteps(source.path).join('.');
        case 'pod-annotation':
            return `annotation ${source.key}`;
        case 'container-annotation':
            return `annotation ${source.keyPrefix}`;
    }
}
/** `securityContext` and the path below it, built once per source: rules are constants. */
const securitySteps = (0,read_once/* readOnce */.W)((path) => ['securityContext', ...path]);
/**
 * Reads a field where `source` says, resolving pod/container precedence. Each rule reads a few
 * fields of tens of thousands of subjects: the common cases read straight from the subject's
 * pod spec or container, without building a path or a list of places.
 */
function resolveField(source, subject) {
    const { template, container } = subject;
    switch (source.from) {
        case 'pod':
            return readAt(template.spec, template.specPath, source.path, nameOf(source));
        case 'container':
            return container === undefined
                ? { value: undefined, name: nameOf(source) }
                : readAt(container.body, container.path, source.path, nameOf(source));
        case 'container-over-pod': {
            const steps = securitySteps(source.path);
            const name = nameOf(source);
            if (container !== undefined) {
                const own = readAt(container.body, container.path, steps, name);
                if (own.value !== undefined)
                    return own;
            }
            const fromPod = readAt(template.spec, template.specPath, steps, `pod ${name}`);
            return fromPod.value === undefined ? { value: undefined, name } : fromPod;
        }
        default: {
            const [site] = sitesOf(source, subject);
            return site === undefined
                ? { value: undefined, name: nameOf(source) }
                : readAt(site.base, site.basePath, site.steps, site.name);
        }
    }
}
function readAt(base, basePath, steps, name) {
    const value = (0,fields/* valueAt */.fK)(base, steps);
    return value === undefined ? { value, name } : { value, name, setAt: { base: basePath, steps } };
}
/** Every path `source` may read for `subject`, for telling whether one is not known yet. */
const pathsRead = (source, subject) => sitesOf(source, subject).map((site) => [...site.basePath, ...site.steps]);
/**
 * Why a subject cannot be judged: a field it reads is known only at deploy time. `paths` is
 * worked out only for an object with unknown fields (never one read from YAML).
 */
function container_field_template_undecidedBy(subject, paths) {
    if (subject.template.object.unknownFields === undefined)
        return undefined;
    for (const path of paths()) {
        const undecided = undecidedAt(subject.template.object, path);
        if (undecided !== undefined)
            return undecided;
    }
    return undefined;
}
/** A check from a field rule: one finding per failing pod or container. */
function podFieldCheck(rule) {
    // Listed once per rule, not once per subject: a scan judges tens of thousands of subjects.
    const fields = Object.entries(rule.fields);
    return {
        id: rule.id,
        description: rule.description,
        run(model) {
            const subjects = subjectsIn(model.kubeObjects, rule.subject);
            const undecided = [];
            const findings = [];
            for (const subject of subjects) {
                const resolved = {};
                for (const [name, source] of fields)
                    resolved[name] = resolveField(source, subject);
                const violation = rule.judge(resolved);
                if (violation === undefined) {
                    // A value that looks compliant only because it is not known yet is no Pass.
                    const unknown = container_field_template_undecidedBy(subject, () => fields.flatMap(([, source]) => pathsRead(source, subject)));
                    if (unknown)
                        undecided.push(unknown);
                    continue;
                }
                const blamed = violation.blame === undefined ? undefined : resolved[violation.blame];
                const setAt = blamed?.setAt;
                const object = subject.template.object;
                findings.push(findingOn(object, {
                    location: object.locate(setAt === undefined ? subjectPath(subject) : [...setAt.base, ...setAt.steps]),
                    message: `${capitalize(subjectWords(subject))} ${violation.message}`,
                    key: setAt === undefined
                        ? subjectKey(subject)
                        : `${subjectKey(subject)}:${blamed.name}`,
                    ...(subject.container === undefined ? {} : { container: subject.container.name }),
                }));
            }
            return resultOf(findings, subjects.length - undecided.length, noWorkloads, [
                ...undecided,
                ...undecidedPods(model.kubeObjects, rule.subject),
            ]);
        },
    };
}
/** A check from a list rule: one finding per failing entry. */
function listEntryCheck(rule) {
    return {
        id: rule.id,
        description: rule.description,
        run(model) {
            const subjects = subjectsIn(model.kubeObjects, rule.subject);
            const undecided = subjects.flatMap((subject) => {
                const unknown = container_field_template_undecidedBy(subject, () => rule.lists.map((list) => [...subjectPath(subject), ...list.path]));
                return unknown ? [unknown] : [];
            });
            const findings = subjects.flatMap((subject) => rule.lists.flatMap((list) => {
                const listPath = [...subjectPath(subject), ...list.path];
                const object = subject.template.object;
                return (0,fields/* asList */.DD)((0,fields/* valueAt */.fK)(object.body, listPath)).flatMap((item, index) => {
                    const entry = (0,fields/* asFields */.qI)(item);
                    const violation = entry && list.judge(entry);
                    if (violation === undefined)
                        return [];
                    return [
                        findingOn(object, {
                            location: object.locate([...listPath, index, ...violation.blame]),
                            message: `${capitalize(subjectWords(subject))} ${violation.message}`,
                            key: `${subjectKey(subject)}.${list.path.join('.')}[${violation.name}]`,
                            ...(subject.container === undefined ? {} : { container: subject.container.name }),
                        }),
                    ];
                });
            }));
            return resultOf(findings, subjects.length - undecided.length, noWorkloads, [
                ...undecided,
                ...undecidedPods(model.kubeObjects, rule.subject),
            ]);
        },
    };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/checks/pod-security.ts



/**
 * CIS Kubernetes 5.2.2–5.2.13 and 5.6.2–5.6.3 as configurations of the container-field
 * template. Precedence follows the Kubernetes API: privileged, allowPrivilegeEscalation and
 * capabilities exist only on containers; hostPID/hostIPC/hostNetwork and volumes only on the
 * pod; runAsUser, runAsNonRoot, seccompProfile and windowsOptions on both, the container's
 * value winning.
 */
const containerSecurity = (...path) => ({
    from: 'container',
    path: ['securityContext', ...path],
});
const effectiveSecurity = (...path) => ({ from: 'container-over-pod', path });
const privileged = containerSecurity('privileged');
const capabilitiesDrop = containerSecurity('capabilities', 'drop');
const capabilitiesAdd = containerSecurity('capabilities', 'add');
/** Kubernetes spells capabilities without `CAP_`; container runtimes accept both. */
function capabilityNames(field) {
    return (0,fields/* textsOf */.CB)(field.value).map((name) => name.toUpperCase().replace(/^CAP_/, ''));
}
const runsPrivileged = (field) => field.value === true;
function hostNamespaceCheck(id, field, shares) {
    return podFieldCheck({
        id,
        description: `Pods that share the host's ${shares} (${field}: true).`,
        subject: 'pod',
        fields: { shared: { from: 'pod', path: [field] } },
        judge: ({ shared }) => shared.value === true
            ? { blame: 'shared', message: `sets ${field}: true, sharing the host's ${shares}` }
            : undefined,
    });
}
const privilegedCheck = podFieldCheck({
    id: 'pod-security.privileged',
    description: 'Containers that run privileged.',
    subject: 'container',
    fields: { privileged },
    judge: ({ privileged }) => runsPrivileged(privileged)
        ? {
            blame: 'privileged',
            message: 'sets securityContext.privileged: true, with full access to the host',
        }
        : undefined,
});
const privilegeEscalationCheck = podFieldCheck({
    id: 'pod-security.allow-privilege-escalation',
    description: 'Containers that may gain more privileges than their parent process.',
    subject: 'container',
    fields: { escalation: containerSecurity('allowPrivilegeEscalation'), privileged },
    judge: ({ escalation, privileged }) => {
        if (escalation.value === false)
            return undefined;
        if (escalation.value !== undefined) {
            return {
                blame: 'escalation',
                message: `sets securityContext.allowPrivilegeEscalation: ${(0,quote/* quoteInput */.Zs)(escalation.value)}`,
            };
        }
        // Kubernetes turns no_new_privs off for privileged containers, so privileged implies escalation.
        return runsPrivileged(privileged)
            ? { blame: 'privileged', message: 'runs privileged, which allows privilege escalation' }
            : {
                message: 'does not set securityContext.allowPrivilegeEscalation: false, and escalation is allowed by default',
            };
    },
});
const rootCheck = podFieldCheck({
    id: 'pod-security.root-containers',
    description: 'Containers that may run as root (neither runAsNonRoot: true nor a runAsUser above 0).',
    subject: 'container',
    fields: { nonRoot: effectiveSecurity('runAsNonRoot'), user: effectiveSecurity('runAsUser') },
    judge: ({ nonRoot, user }) => {
        if (user.value === 0)
            return { blame: 'user', message: `sets ${user.name}: 0, running as root` };
        if ((typeof user.value === 'number' && user.value > 0) || nonRoot.value === true)
            return undefined;
        return nonRoot.value === undefined
            ? {
                message: 'sets neither runAsNonRoot: true nor a runAsUser above 0, so it runs as root if the image says so',
            }
            : {
                blame: 'nonRoot',
                message: `sets ${nonRoot.name}: ${(0,quote/* quoteInput */.Zs)(nonRoot.value)} and no runAsUser above 0`,
            };
    },
});
const netRawCheck = podFieldCheck({
    id: 'pod-security.net-raw',
    description: 'Containers that keep the NET_RAW capability.',
    subject: 'container',
    fields: { drop: capabilitiesDrop, add: capabilitiesAdd, privileged },
    judge: ({ drop, add, privileged }) => {
        if (runsPrivileged(privileged))
            return { blame: 'privileged', message: 'runs privileged, which grants NET_RAW' };
        const added = capabilityNames(add);
        if (added.includes('NET_RAW') || added.includes('ALL')) {
            return { blame: 'add', message: `adds NET_RAW back (capabilities.add: ${added.join(', ')})` };
        }
        const dropped = capabilityNames(drop);
        if (dropped.includes('ALL') || dropped.includes('NET_RAW'))
            return undefined;
        return dropped.length === 0
            ? { message: 'does not drop NET_RAW (securityContext.capabilities.drop has neither ALL nor NET_RAW)' }
            : { blame: 'drop', message: `drops ${dropped.join(', ')} but not NET_RAW or ALL` };
    },
});
const addedCapabilitiesCheck = podFieldCheck({
    id: 'pod-security.added-capabilities',
    description: 'Containers that add Linux capabilities.',
    subject: 'container',
    fields: { add: capabilitiesAdd },
    judge: ({ add }) => {
        const added = capabilityNames(add);
        return added.length === 0
            ? undefined
            : { blame: 'add', message: `adds capabilities ${added.join(', ')}` };
    },
});
const capabilitiesNotDroppedCheck = podFieldCheck({
    id: 'pod-security.capabilities-not-dropped',
    description: 'Containers that do not drop ALL capabilities.',
    subject: 'container',
    fields: { drop: capabilitiesDrop, privileged },
    judge: ({ drop, privileged }) => {
        if (runsPrivileged(privileged))
            return { blame: 'privileged', message: 'runs privileged, which grants every capability' };
        const dropped = capabilityNames(drop);
        if (dropped.includes('ALL'))
            return undefined;
        return dropped.length === 0
            ? { message: 'does not drop ALL capabilities (securityContext.capabilities.drop)' }
            : { blame: 'drop', message: `drops only ${dropped.join(', ')}, not ALL` };
    },
});
const windowsHostProcessCheck = podFieldCheck({
    id: 'pod-security.windows-host-process',
    description: 'Windows containers that run as HostProcess containers.',
    subject: 'container',
    fields: { hostProcess: effectiveSecurity('windowsOptions', 'hostProcess') },
    judge: ({ hostProcess }) => hostProcess.value === true
        ? { blame: 'hostProcess', message: `sets ${hostProcess.name}: true, running on the Windows host` }
        : undefined,
});
const hostPathCheck = listEntryCheck({
    id: 'pod-security.host-path',
    description: 'Pods that mount hostPath volumes.',
    subject: 'pod',
    lists: [
        {
            path: ['volumes'],
            judge: (volume) => {
                const hostPath = (0,fields/* asFields */.qI)(volume.hostPath);
                if (hostPath === undefined)
                    return undefined;
                const name = (0,fields/* asText */.e1)(volume.name) ?? '?';
                return {
                    blame: [],
                    name,
                    message: `mounts host path ${(0,fields/* asText */.e1)(hostPath.path) ?? '?'} as volume "${name}"`,
                };
            },
        },
    ],
});
const hostPortCheck = listEntryCheck({
    id: 'pod-security.host-ports',
    description: 'Containers that bind host ports.',
    subject: 'container',
    lists: [
        {
            path: ['ports'],
            judge: (port) => {
                if (typeof port.hostPort !== 'number' || port.hostPort === 0)
                    return undefined;
                return {
                    blame: ['hostPort'],
                    // Unnamed ports are told apart by number and protocol (DNS serves 53 on TCP and UDP).
                    name: (0,fields/* asText */.e1)(port.name) ?? `${String(port.containerPort)}/${(0,fields/* asText */.e1)(port.protocol) ?? 'TCP'}`,
                    message: `binds host port ${port.hostPort}`,
                };
            },
        },
    ],
});
/** Kubernetes applies the first of these that is set (annotations are the pre-1.19 spelling). */
const seccompPrecedence = [
    'containerProfile',
    'containerAnnotation',
    'podProfile',
    'podAnnotation',
];
const seccompCheck = podFieldCheck({
    id: 'pod-security.seccomp',
    description: 'Containers whose seccomp profile is unset or Unconfined.',
    subject: 'container',
    fields: {
        containerProfile: containerSecurity('seccompProfile', 'type'),
        containerAnnotation: {
            from: 'container-annotation',
            keyPrefix: 'container.seccomp.security.alpha.kubernetes.io/',
        },
        podProfile: { from: 'pod', path: ['securityContext', 'seccompProfile', 'type'] },
        podAnnotation: { from: 'pod-annotation', key: 'seccomp.security.alpha.kubernetes.io/pod' },
        privileged,
    },
    judge: (fields) => {
        // containerd and CRI-O apply no seccomp profile to a privileged container, whatever the spec asks.
        if (runsPrivileged(fields.privileged)) {
            return {
                blame: 'privileged',
                message: 'runs privileged, so the container runtime applies no seccomp profile',
            };
        }
        const applied = seccompPrecedence.find((name) => fields[name].value !== undefined);
        if (applied === undefined) {
            return {
                message: 'has no seccomp profile at container or pod level, so it runs Unconfined unless the kubelet sets a default (seccompDefault)',
            };
        }
        const profile = fields[applied];
        return String(profile.value).toLowerCase() === 'unconfined'
            ? { blame: applied, message: `sets ${profile.name}: ${(0,quote/* quoteInput */.Zs)(profile.value)}` }
            : undefined;
    },
});
const isEmpty = (field) => Object.keys((0,fields/* asFields */.qI)(field.value) ?? {}).length === 0;
const securityContextCheck = podFieldCheck({
    id: 'pod-security.security-context',
    description: 'Containers with no security context of their own or from their pod.',
    subject: 'container',
    fields: {
        container: { from: 'container', path: ['securityContext'] },
        pod: { from: 'pod', path: ['securityContext'] },
    },
    judge: ({ container, pod }) => isEmpty(container) && isEmpty(pod)
        ? { message: 'has no securityContext, and neither has its pod' }
        : undefined,
});
const podSecurityChecks = [
    privilegedCheck,
    hostNamespaceCheck('pod-security.host-pid', 'hostPID', 'process ID namespace'),
    hostNamespaceCheck('pod-security.host-ipc', 'hostIPC', 'IPC namespace'),
    hostNamespaceCheck('pod-security.host-network', 'hostNetwork', 'network namespace'),
    privilegeEscalationCheck,
    rootCheck,
    netRawCheck,
    addedCapabilitiesCheck,
    capabilitiesNotDroppedCheck,
    windowsHostProcessCheck,
    hostPathCheck,
    hostPortCheck,
    seccompCheck,
    securityContextCheck,
];

;// CONCATENATED MODULE: ./src/checks/policy-mechanism.ts


const outsideInput = 'A policy mechanism installed outside the scanned input (by another repository, or by hand) is not seen.';
/** Kyverno's failure action, per policy or per rule (1.13+); its default, Audit, blocks nothing. */
function kyvernoEnforces(object) {
    const enforce = (value) => (0,fields/* asText */.e1)(value)?.toLowerCase() === 'enforce';
    if (enforce((0,fields/* valueAt */.fK)(object.body, ['spec', 'validationFailureAction'])))
        return true;
    return (0,fields/* asList */.DD)((0,fields/* valueAt */.fK)(object.body, ['spec', 'rules'])).some((rule) => enforce((0,fields/* valueAt */.fK)(rule, ['validate', 'failureAction'])));
}
/**
 * How an object shows a policy control mechanism that enforces (denies), or undefined when it
 * does not: dry-run, warn and audit modes only report, and CIS 5.2.1 asks for control.
 */
function mechanismShownBy(object) {
    const group = object.apiVersion.split('/')[0] ?? '';
    if (object.kind === 'Namespace') {
        // PSA's `privileged` level restricts nothing, so it is no control.
        const level = (0,fields/* asText */.e1)((0,fields/* valueAt */.fK)(object.body, ['metadata', 'labels', 'pod-security.kubernetes.io/enforce']));
        return level !== undefined && level !== 'privileged'
            ? `Pod Security Admission (namespace "${object.name}" enforces "${level}")`
            : undefined;
    }
    if (group === 'constraints.gatekeeper.sh') {
        const action = (0,fields/* asText */.e1)((0,fields/* valueAt */.fK)(object.body, ['spec', 'enforcementAction'])) ?? 'deny';
        return action === 'deny' ? `Gatekeeper (${object.kind} "${object.name}")` : undefined;
    }
    // A live scan lists templates, not the constraints (whose kinds the templates create).
    if (group === 'templates.gatekeeper.sh')
        return `Gatekeeper (${object.kind} "${object.name}")`;
    if (group === 'kyverno.io' && (object.kind === 'ClusterPolicy' || object.kind === 'Policy')) {
        return kyvernoEnforces(object) ? `Kyverno (${object.kind} "${object.name}", Enforce)` : undefined;
    }
    if (group === 'admissionregistration.k8s.io' && object.kind === 'ValidatingAdmissionPolicyBinding') {
        const actions = (0,fields/* asList */.DD)((0,fields/* valueAt */.fK)(object.body, ['spec', 'validationActions'])).map(fields/* asText */.e1);
        return actions.includes('Deny') ? `ValidatingAdmissionPolicyBinding "${object.name}" (Deny)` : undefined;
    }
    return undefined;
}
/** The Azure Policy add-on's verdict for one cluster: on, off (a finding), or unknown. */
function judgeAzurePolicy(cluster) {
    const setting = cluster.azurePolicyEnabled;
    const resource = `ManagedCluster/${cluster.name}`;
    if (setting.state === 'unknown') {
        return {
            undecided: { reason: `Azure Policy add-on: ${setting.reason}`, resource, location: setting.location },
        };
    }
    if (setting.state === 'set' && setting.value)
        return {};
    const message = setting.state === 'set'
        ? `Cluster "${cluster.name}" turns the Azure Policy add-on off, and the scanned manifests show no other policy mechanism`
        : `Cluster "${cluster.name}" does not enable the Azure Policy add-on (off by default), and the scanned manifests show no other policy mechanism`;
    return {
        finding: {
            resource,
            ...(0,model_cluster/* referenceTo */.P)(cluster),
            location: setting.location,
            message,
            key: 'addonProfiles.azurepolicy.enabled',
        },
    };
}
/**
 * CIS 5.2.1: some admission control must police pods. Pass when the manifests show Pod Security
 * Admission labels, Gatekeeper, Kyverno or a ValidatingAdmissionPolicy. Otherwise each cluster in
 * the input decides by its Azure Policy add-on; with manifests alone there is nothing to decide.
 */
const admissionMechanismCheck = {
    id: 'policy.admission-mechanism',
    description: 'A policy control mechanism (Pod Security Admission, Gatekeeper, Kyverno, ValidatingAdmissionPolicy or Azure Policy).',
    run(model) {
        const mechanisms = model.kubeObjects.flatMap((object) => mechanismShownBy(object) ?? []);
        if (mechanisms.length > 0) {
            return {
                findings: [],
                applicable: 1,
                undecided: [],
                note: `Found: ${[...new Set(mechanisms)].join('; ')}.`,
            };
        }
        if (model.clusters.length === 0) {
            return {
                findings: [],
                applicable: 0,
                undecided: [],
                notApplicableReason: 'the scanned manifests show no policy mechanism, and there is no cluster definition to show the Azure Policy add-on',
                note: outsideInput,
            };
        }
        const verdicts = model.clusters.map(judgeAzurePolicy);
        const undecided = verdicts.flatMap((verdict) => verdict.undecided ?? []);
        return {
            findings: verdicts.flatMap((verdict) => verdict.finding ?? []),
            applicable: model.clusters.length - undecided.length,
            undecided,
            note: outsideInput,
        };
    },
};

;// CONCATENATED MODULE: ./src/checks/rbac.ts



const rbacGroup = 'rbac.authorization.k8s.io';
const noRoles = 'no Roles or ClusterRoles in the scanned input';
const noBindings = 'no RoleBindings or ClusterRoleBindings in the scanned input';
function isRbacKind(object, kind) {
    return object.kind === kind && object.apiVersion.startsWith(`${rbacGroup}/`);
}
const isRole = (object) => isRbacKind(object, 'Role') || isRbacKind(object, 'ClusterRole');
const isBinding = (object) => isRbacKind(object, 'RoleBinding') || isRbacKind(object, 'ClusterRoleBinding');
/**
 * The explicit rules of a role; an aggregated ClusterRole is judged on the rules it lists itself.
 * Each RBAC rule check reads every role's rules, so each role is read once.
 */
const rulesOf = (0,read_once/* readOnce */.W)((role) => (0,fields/* asList */.DD)(role.body.rules).flatMap((entry, index) => {
    const rule = (0,fields/* asFields */.qI)(entry);
    if (rule === undefined)
        return [];
    return [
        {
            index,
            apiGroups: (0,fields/* textsOf */.CB)(rule.apiGroups),
            resources: (0,fields/* textsOf */.CB)(rule.resources),
            verbs: (0,fields/* textsOf */.CB)(rule.verbs),
            resourceNames: (0,fields/* textsOf */.CB)(rule.resourceNames),
            nonResourceURLs: (0,fields/* textsOf */.CB)(rule.nonResourceURLs),
        },
    ];
}));
/** Names the rule by its content, not its position, so fingerprints survive reordering. */
function ruleKey(rule) {
    const parts = [rule.apiGroups, rule.resources, rule.verbs, rule.resourceNames, rule.nonResourceURLs];
    return `rules[${parts.map((part) => part.join(',')).join('|')}]`;
}
function describeRule(rule) {
    const groups = rule.apiGroups.map((group) => (group === '' ? '""' : group));
    return `apiGroups [${groups.join(', ')}], resources [${rule.resources.join(', ')}], verbs [${rule.verbs.join(', ')}]`;
}
// RBAC matching: "*" matches every verb, group and resource; "*/proxy" matches that subresource of every resource.
function grants(rule, permission) {
    const verbs = permission.verbs;
    const verbMatches = verbs === 'any' ? rule.verbs.length > 0 : rule.verbs.some((verb) => verb === '*' || verbs.includes(verb));
    const groupMatches = rule.apiGroups.some((group) => group === '*' || permission.apiGroups.includes(group));
    const resourceGranted = rule.resources.some((resource) => permission.resources.some((wanted) => resourceMatches(resource, wanted)));
    return verbMatches && groupMatches && resourceGranted;
}
/** `wanted` may end in `/*` for every subresource (userextras/scopes, userextras/…). */
function resourceMatches(granted, wanted) {
    if (granted === '*' || granted === wanted)
        return true;
    if (granted.startsWith('*/'))
        return wanted.endsWith(granted.slice(1));
    return wanted.endsWith('/*') && granted.startsWith(wanted.slice(0, -1));
}
function roleWords(role) {
    return `${role.kind} "${role.name}"`;
}
function ruleFinding(role, rule, message, key) {
    return findingOn(role, { location: role.locate(['rules', rule.index]), message, key });
}
/**
 * Judges each object by `findingsOf`, which reads only known values. An object with no finding
 * whose `read` fields are (partly) known only after apply is undecided, never a pass: the unknown
 * part may grant what the known part does not (Terraform `rule`, `subject`, `role_ref`).
 */
function judgeObjects(objects, read, findingsOf) {
    const findings = [];
    const undecided = [];
    for (const object of objects) {
        const found = findingsOf(object);
        findings.push(...found);
        if (found.length > 0)
            continue;
        const unknown = read.map((field) => undecidedAt(object, [field])).find((entry) => entry !== undefined);
        if (unknown !== undefined)
            undecided.push(unknown);
    }
    return { findings, undecided };
}
/** A check that flags every role rule granting one of `permissions`. */
function permissionCheck(id, description, permissions) {
    return {
        id,
        description,
        run(model) {
            const roles = model.kubeObjects.filter(isRole);
            const { findings, undecided } = judgeObjects(roles, ['rules'], (role) => rulesOf(role).flatMap((rule) => {
                const granted = permissions.filter((permission) => grants(rule, permission));
                if (granted.length === 0)
                    return [];
                const limited = rule.resourceNames.length === 0
                    ? ''
                    : `, limited to resourceNames [${rule.resourceNames.join(', ')}]`;
                const message = `${roleWords(role)} grants ${granted.map((permission) => permission.words).join(' and ')} (${describeRule(rule)}${limited})`;
                return [ruleFinding(role, rule, message, ruleKey(rule))];
            }));
            return resultOf(findings, roles.length, noRoles, undecided);
        },
    };
}
const coreResource = (resources, verbs, words) => ({
    apiGroups: [''],
    resources,
    verbs,
    words,
});
const wildcardFields = ['apiGroups', 'resources', 'verbs', 'nonResourceURLs'];
/** CIS 5.1.3: a `*` grants whatever is added to the cluster later, not just what exists today. */
const wildcardCheck = {
    id: 'rbac.wildcards',
    description: 'Roles and ClusterRoles whose rules use wildcards.',
    run(model) {
        const roles = model.kubeObjects.filter(isRole);
        const { findings, undecided } = judgeObjects(roles, ['rules'], (role) => rulesOf(role).flatMap((rule) => wildcardFields.flatMap((field) => {
            const wildcards = rule[field].filter((entry) => field === 'nonResourceURLs' ? entry === '*' : entry.includes('*'));
            if (wildcards.length === 0)
                return [];
            return [
                findingOn(role, {
                    location: role.locate(['rules', rule.index, field]),
                    message: `${roleWords(role)} uses a wildcard in ${field}: [${rule[field].join(', ')}]`,
                    key: `${ruleKey(rule)}.${field}`,
                }),
            ];
        })));
        return resultOf(findings, roles.length, noRoles, undecided);
    },
};
function rbac_subjectsOf(binding) {
    return (0,fields/* asList */.DD)(binding.body.subjects).flatMap((entry, index) => {
        const subject = (0,fields/* asFields */.qI)(entry);
        const kind = (0,fields/* asText */.e1)(subject?.kind);
        const name = (0,fields/* asText */.e1)(subject?.name);
        if (subject === undefined || kind === undefined || name === undefined)
            return [];
        const namespace = (0,fields/* asText */.e1)(subject.namespace);
        return [{ index, kind, name, ...(namespace === undefined ? {} : { namespace }) }];
    });
}
function describeSubject(subject) {
    return subject.namespace === undefined
        ? `${subject.kind} "${subject.name}"`
        : `${subject.kind} "${subject.namespace}/${subject.name}"`;
}
const isSystemMasters = (subject) => subject.kind === 'Group' && subject.name === 'system:masters';
/** A check that flags binding subjects: `selects` says which, and why. */
function bindingCheck(id, description, selects) {
    return {
        id,
        description,
        run(model) {
            const bindings = model.kubeObjects.filter(isBinding);
            const { findings, undecided } = judgeObjects(bindings, ['roleRef', 'subjects'], (binding) => {
                const roleRef = (0,fields/* asFields */.qI)(binding.body.roleRef) ?? {};
                return rbac_subjectsOf(binding).flatMap((subject) => {
                    const message = selects(binding, roleRef, subject);
                    if (message === undefined)
                        return [];
                    return [
                        findingOn(binding, {
                            location: binding.locate(['subjects', subject.index]),
                            message,
                            key: `subjects[${subject.kind}:${subject.namespace ?? ''}/${subject.name}]`,
                        }),
                    ];
                });
            });
            return resultOf(findings, bindings.length, noBindings, undecided);
        },
    };
}
/**
 * Kubernetes' own identities (system:kube-controller-manager, system:node:…) may hold
 * cluster-admin. The `system:` groups that stand for whole populations may not: binding them
 * hands the cluster to every user, every service account, or anyone at all.
 */
const isComponentIdentity = (subject) => subject.name.startsWith('system:') &&
    !/^system:(authenticated|unauthenticated|anonymous|serviceaccounts)(:|$)/.test(subject.name);
const rbacChecks = [
    // CIS 5.1.1: system:masters is 5.1.7's concern.
    bindingCheck('rbac.cluster-admin-binding', 'Bindings of the cluster-admin ClusterRole to subjects other than Kubernetes components.', (binding, roleRef, subject) => roleRef.kind === 'ClusterRole' &&
        roleRef.name === 'cluster-admin' &&
        !isSystemMasters(subject) &&
        !isComponentIdentity(subject)
        ? `${binding.kind} "${binding.name}" binds cluster-admin to ${describeSubject(subject)}`
        : undefined),
    permissionCheck('rbac.secrets-access', 'Roles that can read Secrets (get, list or watch).', [
        coreResource(['secrets'], ['get', 'list', 'watch'], 'get/list/watch on secrets'),
    ]),
    wildcardCheck,
    permissionCheck('rbac.create-pods', 'Roles that can create pods.', [
        coreResource(['pods'], ['create'], 'create on pods'),
    ]),
    // CIS 5.1.7: system:masters bypasses RBAC altogether, so no binding should name it.
    bindingCheck('rbac.system-masters', 'Bindings to the system:masters group.', (binding, roleRef, subject) => isSystemMasters(subject)
        ? `${binding.kind} "${binding.name}" binds ${(0,fields/* asText */.e1)(roleRef.kind) ?? 'role'} "${(0,fields/* asText */.e1)(roleRef.name) ?? '?'}" to Group "system:masters"`
        : undefined),
    permissionCheck('rbac.bind-impersonate-escalate', 'Roles that can bind or escalate roles, or impersonate.', [
        {
            apiGroups: [rbacGroup],
            resources: ['roles', 'clusterroles'],
            verbs: ['bind', 'escalate'],
            words: 'bind/escalate on roles',
        },
        {
            apiGroups: ['', 'authentication.k8s.io'],
            resources: ['users', 'groups', 'serviceaccounts', 'uids', 'userextras/*'],
            verbs: ['impersonate'],
            words: 'impersonate',
        },
    ]),
    permissionCheck('rbac.create-persistentvolumes', 'Roles that can create PersistentVolumes.', [
        coreResource(['persistentvolumes'], ['create'], 'create on persistentvolumes'),
    ]),
    permissionCheck('rbac.nodes-proxy', 'Roles with access to the proxy subresource of nodes.', [
        coreResource(['nodes/proxy'], 'any', 'access to nodes/proxy'),
    ]),
    permissionCheck('rbac.csr-approval', 'Roles that can approve certificate signing requests.', [
        {
            apiGroups: ['certificates.k8s.io'],
            resources: ['certificatesigningrequests/approval'],
            verbs: ['update', 'patch'],
            words: 'update on certificatesigningrequests/approval',
        },
    ]),
    permissionCheck('rbac.webhook-configurations', 'Roles that can change admission webhook configurations.', [
        {
            apiGroups: ['admissionregistration.k8s.io'],
            resources: ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'],
            verbs: ['create', 'update', 'patch', 'delete', 'deletecollection'],
            words: 'changes to admission webhook configurations',
        },
    ]),
    permissionCheck('rbac.serviceaccount-token-create', 'Roles that can create service account tokens.', [
        coreResource(['serviceaccounts/token'], ['create'], 'create on serviceaccounts/token'),
    ]),
];

;// CONCATENATED MODULE: ./src/checks/secrets.ts


/** CIS 5.4.1 prefers secrets as files: environment variables leak into logs, crash dumps and child processes. */
const secretEnvironmentCheck = listEntryCheck({
    id: 'secrets.environment-variables',
    description: 'Containers that read Secrets into environment variables.',
    subject: 'container',
    lists: [
        {
            path: ['env'],
            judge: (variable) => {
                const secretRef = (0,fields/* asFields */.qI)((0,fields/* valueAt */.fK)(variable, ['valueFrom', 'secretKeyRef']));
                if (secretRef === undefined)
                    return undefined;
                const name = (0,fields/* asText */.e1)(variable.name) ?? '?';
                return {
                    blame: ['valueFrom', 'secretKeyRef'],
                    name,
                    message: `sets environment variable ${name} from key "${(0,fields/* asText */.e1)(secretRef.key) ?? '?'}" of Secret "${(0,fields/* asText */.e1)(secretRef.name) ?? '?'}"`,
                };
            },
        },
        {
            path: ['envFrom'],
            judge: (source) => {
                const secretRef = (0,fields/* asFields */.qI)(source.secretRef);
                if (secretRef === undefined)
                    return undefined;
                const secret = (0,fields/* asText */.e1)(secretRef.name) ?? '?';
                return {
                    blame: ['secretRef'],
                    name: `secret:${secret}`,
                    message: `loads every key of Secret "${secret}" into environment variables (envFrom.secretRef)`,
                };
            },
        },
    ],
});

// EXTERNAL MODULE: ./src/model/location.ts
var model_location = __webpack_require__(3214);
;// CONCATENATED MODULE: ./src/checks/service-accounts.ts






/** The service account a pod runs as, and the field that names it (`serviceAccount` is the deprecated spelling). */
function serviceAccountOf(template) {
    for (const field of ['serviceAccountName', 'serviceAccount']) {
        const name = (0,fields/* asText */.e1)(template.spec[field]);
        if (name !== undefined && name !== '')
            return { name, field };
    }
    return { name: 'default' };
}
/** A service account name the input cannot know yet (Terraform: known only after apply) is not "unset". */
const unknownAccount = (template) => undecidedAt(template.object, [...template.specPath, 'serviceAccountName']);
function workloadWords(template) {
    return `${template.object.kind} "${template.object.name}"`;
}
const isServiceAccount = (object) => object.kind === 'ServiceAccount' && object.apiVersion === 'v1';
/** The user name Kubernetes authenticates a service account's token as. */
const serviceAccountUser = /^system:serviceaccount:([^:]+):default$/;
/**
 * The namespace whose `default` ServiceAccount a binding subject names, if it names one: as a
 * ServiceAccount (a RoleBinding's subject without a namespace means the binding's own, as the
 * RBAC authorizer reads it) or as the user its token authenticates as.
 */
function defaultAccountBoundBy(binding, subject) {
    if (subject.kind === 'ServiceAccount' && subject.name === 'default')
        return subject.namespace ?? binding.namespace;
    return subject.kind === 'User' ? serviceAccountUser.exec(subject.name)?.[1] : undefined;
}
/**
 * CIS 5.1.5's audit: the default service account has no roles bound to it beyond the defaults.
 * A binding whose subjects are known only after apply is undecided, not clean.
 */
function defaultAccountBindings(bindings) {
    return judgeObjects(bindings, ['subjects'], (binding) => rbac_subjectsOf(binding).flatMap((subject) => {
        const namespace = defaultAccountBoundBy(binding, subject);
        if (namespace === undefined)
            return [];
        const role = (0,fields/* asText */.e1)((0,fields/* valueAt */.fK)(binding.body, ['roleRef', 'name'])) ?? '?';
        const roleKind = (0,fields/* asText */.e1)((0,fields/* valueAt */.fK)(binding.body, ['roleRef', 'kind'])) ?? 'role';
        return [
            findingOn(binding, {
                location: binding.locate(['subjects', subject.index]),
                message: `${binding.kind} "${binding.name}" binds ${roleKind} "${role}" to the default ServiceAccount of namespace "${namespace}"`,
                key: `subjects[${subject.kind}:${namespace}/${subject.name}]`,
            }),
        ];
    }));
}
/**
 * CIS 5.1.5: workloads get a service account of their own, the `default` one mounts no token,
 * and no binding grants it a role. A namespace whose `default` ServiceAccount is not in the
 * input is judged only on its workloads and bindings: the input cannot say whether someone
 * turned the token off there.
 */
const defaultServiceAccountCheck = {
    id: 'service-accounts.default-used',
    description: 'Workloads that run as the default service account, default service accounts that mount a token, and bindings that grant them roles.',
    run(model) {
        const templates = (0,pod_templates/* podTemplatesIn */.GA)(model.kubeObjects);
        const undecided = [];
        const workloadFindings = templates.flatMap((template) => {
            const unknown = unknownAccount(template);
            if (unknown) {
                undecided.push(unknown);
                return [];
            }
            const account = serviceAccountOf(template);
            if (account.name !== 'default')
                return [];
            const object = template.object;
            return [
                findingOn(object, {
                    location: blame(object, [...template.specPath, account.field ?? 'serviceAccountName']),
                    message: account.field === undefined
                        ? `${workloadWords(template)} runs as the default service account (serviceAccountName is unset)`
                        : `${workloadWords(template)} sets ${account.field}: default`,
                    key: `${template.key}.serviceAccountName`,
                }),
            ];
        });
        const defaultAccounts = model.kubeObjects.filter((object) => isServiceAccount(object) && object.name === 'default');
        const accountFindings = defaultAccounts
            .filter((account) => account.body.automountServiceAccountToken !== false)
            .map((account) => findingOn(account, {
            location: blame(account, ['automountServiceAccountToken']),
            message: `The default ServiceAccount of namespace "${account.namespace ?? '?'}" does not set automountServiceAccountToken: false`,
            key: 'automountServiceAccountToken',
        }));
        const bindingObjects = model.kubeObjects.filter(isBinding);
        const bindings = defaultAccountBindings(bindingObjects);
        undecided.push(...bindings.undecided);
        return resultOf([...workloadFindings, ...accountFindings, ...bindings.findings], templates.length +
            defaultAccounts.length +
            model.kubeObjects.filter(isBinding).length -
            undecided.length, 'no workloads, default ServiceAccounts or role bindings in the scanned input', [...undecided, ...undecidedPods(model.kubeObjects, 'pod')]);
    },
};
/**
 * CIS 5.1.6, the rule implemented: a pod mounts its service account token unless the pod sets
 * `automountServiceAccountToken: false`, or leaves it unset and its ServiceAccount (looked up by
 * namespace and name across every scanned file) sets it to false. The pod's own setting wins,
 * as in Kubernetes. A ServiceAccount that is not in the input does not turn the token off:
 * Kubernetes' default is to mount it.
 */
const tokenAutomountCheck = {
    id: 'service-accounts.token-automount',
    description: 'Pods that mount a service account token without opting out.',
    run(model) {
        const accounts = new Map(model.kubeObjects
            .filter(isServiceAccount)
            .map((account) => [`${account.namespace}/${account.name}`, account]));
        const templates = (0,pod_templates/* podTemplatesIn */.GA)(model.kubeObjects);
        const undecided = [];
        const findings = templates.flatMap((template) => {
            const object = template.object;
            const podSetting = template.spec.automountServiceAccountToken;
            if (podSetting === false)
                return [];
            const settingPath = [...template.specPath, 'automountServiceAccountToken'];
            const accountName = serviceAccountOf(template).name;
            const account = accounts.get(`${object.namespace}/${accountName}`);
            // Unknown until apply: the pod's switch, the account it runs as, or that account's switch.
            const accountUnknown = () => unknownAccount(template) ??
                (account === undefined ? undefined : undecidedAt(account, ['automountServiceAccountToken']));
            const unknown = undecidedAt(object, settingPath) ?? (podSetting === undefined ? accountUnknown() : undefined);
            if (unknown !== undefined) {
                undecided.push(unknown);
                return [];
            }
            if (podSetting === undefined && account?.body.automountServiceAccountToken === false)
                return [];
            const message = podSetting !== undefined
                ? `${workloadWords(template)} sets automountServiceAccountToken: ${(0,fields/* displayValue */.KN)(podSetting)}`
                : account === undefined
                    ? `${workloadWords(template)} mounts the token of ServiceAccount "${accountName}": the pod does not set automountServiceAccountToken: false and the ServiceAccount is not in the scanned input`
                    : `${workloadWords(template)} mounts the token of ${(0,kubernetes/* resourceName */.Iy)(account)}: neither the pod nor the ServiceAccount (${(0,model_location/* describeLocation */.lR)(account.location)}) sets automountServiceAccountToken: false`;
            return [
                findingOn(object, {
                    location: blame(object, settingPath),
                    message,
                    key: `${template.key}.automountServiceAccountToken`,
                }),
            ];
        });
        return resultOf(findings, templates.length - undecided.length, noWorkloads, [
            ...undecided,
            ...undecidedPods(model.kubeObjects, 'pod'),
        ]);
    },
};
const serviceAccountChecks = [defaultServiceAccountCheck, tokenAutomountCheck];

;// CONCATENATED MODULE: ./src/checks/registry.ts













/** The kinds that carry pod templates, as a live scan lists them (src/inputs/live-kubernetes/kinds.ts). */
const workloadKinds = [
    'Pod',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController',
    'Job',
    'CronJob',
];
const rbacKinds = ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'];
/**
 * Declares the kinds that checks of Kubernetes objects read, so that a live scan the identity may
 * not list them for (403) leaves their rows not evaluated instead of passing on half the cluster.
 */
const reading = (kinds, of) => of.map((check) => ({ reads: kinds, ...check }));
/** Every check. Catalog rows refer to these ids; a meta-test keeps the two in step. */
const checks = [
    ...reading(rbacKinds, rbacChecks),
    ...reading(['ServiceAccount', ...workloadKinds], serviceAccountChecks),
    ...reading(['Namespace', 'ValidatingAdmissionPolicyBinding', 'ConstraintTemplate', 'ClusterPolicy'], [admissionMechanismCheck]),
    ...reading(workloadKinds, podSecurityChecks),
    ...reading(['Namespace', 'NetworkPolicy'], [namespacesWithoutPolicyCheck]),
    ...reading(workloadKinds, [secretEnvironmentCheck]),
    ...reading([...workloadKinds, 'ServiceAccount', 'Role', 'RoleBinding', 'NetworkPolicy'], [defaultNamespaceCheck]),
    ...clusterChecks,
    ...nodePoolChecks,
    ...nodeOsChecks,
    ...kubeletChecks,
    kubeProxyMetricsCheck,
    ...nodeAuditChecks,
];


/***/ }),

/***/ 5644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: cliWords

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/results/gate.ts
var gate = __webpack_require__(4107);
// EXTERNAL MODULE: ./src/inputs/live/live-source.ts
var live_source = __webpack_require__(4556);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
;// CONCATENATED MODULE: ./src/report/registry.ts
/**
 * Every output format, each loaded only when it is asked for: the table's text width tables
 * (wrap-ansi builds an Intl.Segmenter when it loads) cost a JSON scan a sixth of its start-up.
 * Adding a format is a module, its name in report-formats.ts and one line here.
 */
const reporters = {
    table: async () => (await __webpack_require__.e(/* import() */ 672).then(__webpack_require__.bind(__webpack_require__, 7672))).renderTable,
    markdown: async () => (await __webpack_require__.e(/* import() */ 462).then(__webpack_require__.bind(__webpack_require__, 462))).renderMarkdown,
    json: async () => (await __webpack_require__.e(/* import() */ 522).then(__webpack_require__.bind(__webpack_require__, 9522))).renderJson,
    sarif: async () => (await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 643))).renderSarif,
};

// EXTERNAL MODULE: ./src/scan.ts + 4 modules
var scan = __webpack_require__(6658);
// EXTERNAL MODULE: ./src/benchmarks/load-catalogs.ts + 1 modules
var load_catalogs = __webpack_require__(5);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/benchmarks/assess.ts + 4 modules
var assess = __webpack_require__(2724);
;// CONCATENATED MODULE: ./src/shard/files.ts



/** A shard report is read whole; past this it is refused rather than exhausting memory. */
const maxShardReportBytes = 512 * 1024 * 1024;
async function readBoundedFile(path) {
    if ((await (0,promises_.stat)(path)).size > maxShardReportBytes)
        throw new assess/* CannotRunError */.F(`${path} is larger than ${maxShardReportBytes} bytes`);
    return (0,promises_.readFile)(path, 'utf8');
}
/**
 * The commit checked out in `directory`, which every shard of one run shares; null outside a git
 * checkout. Git runs no hooks and asks for nothing.
 */
async function headCommit(directory) {
    try {
        // Loaded here, not with the module: only a shard asks git for its commit.
        const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
        const { stdout } = await (0,external_node_util_.promisify)(execFile)('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', 'rev-parse', '--verify', 'HEAD'], { cwd: directory, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } });
        return stdout.trim() || null;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/inputs/input-format.ts
var input_format = __webpack_require__(2933);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/inputs/parsed-json.ts
var parsed_json = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/inputs/registry.ts + 3 modules
var registry = __webpack_require__(9139);
;// CONCATENATED MODULE: ./src/shard/partition.ts



/**
 * The shard a group goes to, from a hash of its key (a display path): the same on every
 * runner and every commit, so a file stays in its shard between the base and the head.
 */
function shardOfKey(key, count) {
    return ((0,external_node_crypto_.createHash)('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}
/**
 * Files that must be read together (a template with its parameter files, a Bicep file with its
 * modules, a plan with its .tf sources): the connected groups of each format's `companions`.
 */
function groupFiles(files, context, formats = registry/* inputFormats */.h0) {
    const byPath = new Map(files.map((file) => [file.path, file]));
    const parent = new Map(files.map((file) => [file.path, file.path]));
    const root = (path) => {
        let current = path;
        while (parent.get(current) !== current)
            current = parent.get(current);
        parent.set(path, current);
        return current;
    };
    for (const file of files) {
        const format = formats.find((candidate) => candidate.detect(file));
        for (const companion of format?.companions?.(file, context) ?? []) {
            if (byPath.has(companion))
                parent.set(root(companion), root(file.path));
        }
    }
    const groups = new Map();
    for (const file of files) {
        const key = root(file.path);
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, [file]);
        else
            group.push(file);
    }
    return [...groups.values()];
}
/** The group's key: its first display path, whatever order discovery found its files in. */
const groupKey = (group) => group.map((file) => file.displayPath).reduce((first, path) => (path < first ? path : first));
/**
 * What shard `shard` of a discovery reads: its groups of files, and the discovery's own errors and
 * skipped entries whose file hashes to it, so that across the shards each is reported once.
 */
function shardDiscovery(discovery, shard, context) {
    const mine = (key) => shardOfKey(key, shard.count) === shard.index;
    const kept = new Set(groupFiles(discovery.files, context)
        .filter((group) => mine(groupKey(group)))
        .flat());
    // Detection parsed every JSON file; only this shard's are read, and keep their parsed values.
    for (const file of discovery.files)
        if (!kept.has(file))
            (0,parsed_json/* forgetParsedJson */.t)(file);
    return {
        // In discovery order, as one whole scan would read them.
        files: discovery.files.filter((file) => kept.has(file)),
        errors: discovery.errors.filter((error) => mine(error.file)),
        skipped: discovery.skipped.filter((skipped) => mine(skipped.file)),
        notChecked: discovery.notChecked.filter((entry) => mine(entry.file)),
        unmatched: discovery.unmatched,
        excluded: discovery.excluded,
    };
}

// EXTERNAL MODULE: ./src/shard/shard-report.ts
var shard_report = __webpack_require__(1291);
;// CONCATENATED MODULE: ./src/shard/scan-shard.ts




/** The options that change what is read or decided, as given (relative paths: every runner agrees). */
function shardConfigOf(options, terraformDir) {
    return {
        paths: options.paths,
        benchmarks: options.benchmarks ?? [],
        namespace: options.namespace ?? 'default',
        parameterFiles: options.parameterFiles ?? [],
        terraformDir: terraformDir ?? null,
        bicepRestore: options.bicepRestore ?? true,
        bicepRegistries: options.bicepRegistries ?? [],
        limits: { ...input_format/* defaultLimits */.M, ...options.limits },
        ignores: options.ignores ?? [],
        exclude: options.exclude ?? [],
        skip: options.skip ?? [],
    };
}
/** Discovers every input, and reads this shard's groups of them. */
async function readShard(options, shard) {
    const { discovery, context } = await (0,scan/* prepareScan */.JU)(options);
    const mine = shardDiscovery(discovery, shard, context);
    const outcome = await (0,scan/* readDiscovery */.$p)(mine, context);
    return {
        inputs: discovery.files.map((file) => file.displayPath),
        read: mine.files.map((file) => file.displayPath),
        excluded: discovery.excluded,
        outcome: (0,shard_report/* storeOutcome */.Gf)(outcome),
    };
}
async function scanShard(options, shard, identity, readBase) {
    const head = await readShard(options, shard);
    const base = await readBase?.();
    return {
        kind: shard_report/* shardReportKind */.JX,
        formatVersion: 1,
        shard,
        toolVersion: identity.toolVersion,
        commit: identity.commit,
        configHash: (0,shard_report/* configHash */.r_)(identity.config),
        config: identity.config,
        head,
        ...(base === undefined ? {} : { base }),
    };
}

// EXTERNAL MODULE: ./src/cli/run.ts + 3 modules
var run = __webpack_require__(5720);
;// CONCATENATED MODULE: ./src/cli/progress.ts

// On a terminal the line is redrawn every second; in a log, a line every few seconds is enough.
const terminalInterval = 1000;
const logInterval = 5000;
/** A step's phase: its text without counts, so "file 3 of 12" and "file 4 of 12" are one phase. */
const phaseOf = (step) => step.replace(/\d+/g, '#');
const off = { step: () => undefined, stop: () => undefined };
/**
 * Shows what a long scan is doing (discovering, reading or compiling N of M files, checking,
 * listing a cluster's kinds) and for how long. On a terminal: nothing for the first second, then
 * the current step and the elapsed time on one redrawn line. In a log (--progress without a
 * terminal): a line when a new phase starts, and the current step every five seconds.
 * `enabled`: stderr is a terminal, or --progress asked for it.
 */
function startProgress(stream, enabled) {
    if (!enabled)
        return off;
    const terminal = stream.isTTY === true;
    const started = Date.now();
    let current = 'scanning';
    let lastPhase;
    let shown = false;
    const elapsed = () => `${Math.round((Date.now() - started) / 1000)}s`;
    // Step texts carry no scanned content, but a line written to a terminal or a log is kept to one line.
    const line = (text) => (0,log/* logLine */.B)(`${text}… ${elapsed()}`);
    const timer = setInterval(() => {
        stream.write(terminal ? `\r\u001b[2K${line(current)}` : `${line(current)}\n`);
        shown = true;
    }, terminal ? terminalInterval : logInterval);
    // Progress must never keep the process alive.
    timer.unref();
    return {
        step(text) {
            current = text;
            const phase = phaseOf(text);
            if (terminal || phase === lastPhase)
                return;
            lastPhase = phase;
            stream.write(`${line(text)}\n`);
        },
        stop() {
            clearInterval(timer);
            if (shown && terminal)
                stream.write('\r\u001b[2K');
        },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/github/workspace.ts


/** The real path of `path`, resolving symlinks in the part of it that exists. */
function realPathOf(path) {
    if ((0,external_node_fs_.existsSync)(path))
        return (0,external_node_fs_.realpathSync)(path);
    const parent = (0,external_node_path_.dirname)(path);
    return parent === path ? path : (0,external_node_path_.join)(realPathOf(parent), (0,external_node_path_.basename)(path));
}
/**
 * `path` relative to the workspace, or undefined when it leaves the workspace, through
 * `..`, an absolute path or a symlink. Every read and write of the action goes through here.
 */
function workspace_insideWorkspace(workspace, path) {
    const root = realPathOf((0,external_node_path_.resolve)(workspace));
    const relativePath = (0,external_node_path_.relative)(root, realPathOf((0,external_node_path_.resolve)(workspace, path)));
    const leaves = relativePath === '..' || relativePath.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(relativePath);
    return leaves ? undefined : relativePath;
}

;// CONCATENATED MODULE: ./src/github/baseline.ts







/** The kinds of file the inputs read; the rest of the base tree is not written out. */
const isScanned = (path) => (0,input_format/* hasExtension */.Q)(path, registry/* scannedExtensions */.PX);
// node:child_process loads on the first git call, not with the module: a scan that asks git
// nothing starts without it.
const childProcess = () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
/**
 * Git never runs anything from the repository: no hooks, no fsmonitor, no prompts. File
 * contents are read with `cat-file` (no smudge filters, no attributes), never checked out.
 */
const safeGitOptions = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];
const gitEnvironment = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
async function git(workspace, args) {
    const { execFile } = await childProcess();
    const { stdout } = await (0,external_node_util_.promisify)(execFile)('git', [...safeGitOptions, ...args], {
        cwd: workspace,
        env: gitEnvironment,
        maxBuffer: 256 * 1024 * 1024,
    });
    return stdout;
}
const maxBaseTreeBytes = 512 * 1024 * 1024;
/** `git ls-tree -r -l -z`: `<mode> SP <type> SP <oid> SP+ <size> TAB <path> NUL`. */
function parseTree(output) {
    return output
        .split('\0')
        .filter((record) => record !== '')
        .flatMap((record) => {
        const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record);
        if (!match)
            return [];
        const [, mode = '', type = '', oid = '', size = '0', path = ''] = match;
        return [{ mode, type, oid, size: size === '-' ? 0 : Number(size), path }];
    });
}
/** Reads many blobs in one `git cat-file --batch` process, in the order asked. */
async function readBlobs(workspace, oids) {
    const { spawn } = await childProcess();
    return new Promise((resolvePromise, reject) => {
        const child = spawn('git', [...safeGitOptions, 'cat-file', '--batch'], {
            cwd: workspace,
            env: gitEnvironment,
        });
        const chunks = [];
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new Error(`git cat-file exited with ${code}`));
            const output = Buffer.concat(chunks);
            const blobs = [];
            let offset = 0;
            for (const oid of oids) {
                const headerEnd = output.indexOf(0x0a, offset);
                const header = output.subarray(offset, headerEnd).toString('utf8');
                const size = Number(header.split(' ')[2]);
                if (!header.startsWith(oid) || Number.isNaN(size))
                    return reject(new Error(`git cat-file: unexpected "${header}"`));
                blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
                offset = headerEnd + 1 + size + 1;
            }
            resolvePromise(blobs);
        });
        child.stdin.end(oids.map((oid) => `${oid}\n`).join(''));
    });
}
/** Makes sure the base commit is in the clone, fetching just it when the checkout is shallow. */
async function ensureCommit(workspace, sha, log) {
    const present = () => git(workspace, ['cat-file', '-e', `${sha}^{commit}`]).then(() => true, () => false);
    if (await present())
        return true;
    log(`base commit ${sha} is not in the checkout; fetching it`);
    try {
        await git(workspace, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
    }
    catch (error) {
        log(`git fetch of the base commit failed: ${error.message.split('\n')[0]}`);
    }
    return present();
}
/** Writes the scanned kinds of file of `sha` into `target`, as plain files (and symlinks). */
async function writeBaseTree(workspace, sha, target) {
    const entries = parseTree(await git(workspace, ['ls-tree', '-r', '-l', '-z', '--full-tree', sha]));
    const blobs = entries.filter((entry) => entry.type === 'blob' && isScanned(entry.path));
    const total = blobs.reduce((sum, entry) => sum + entry.size, 0);
    if (total > maxBaseTreeBytes)
        throw new Error(`the base tree's scannable files exceed ${maxBaseTreeBytes} bytes`);
    const contents = await readBlobs(workspace, blobs.map((entry) => entry.oid));
    for (const [index, entry] of blobs.entries()) {
        const destination = (0,external_node_path_.resolve)(target, entry.path);
        // Git refuses `..` in tree paths; this guards against a crafted tree all the same.
        if (!destination.startsWith(target + external_node_path_.sep))
            continue;
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
        const content = contents[index];
        // Mode 120000 is a symlink whose blob is its target; the scan keeps symlinks inside its allowed roots.
        if (entry.mode === '120000')
            await (0,promises_.symlink)(content.toString('utf8'), destination);
        else
            await (0,promises_.writeFile)(destination, content);
    }
}
const maxBaseFileBytes = 1024 * 1024;
/**
 * One file as the base commit has it (`path` relative to the repository's root), read from
 * git's objects: the pull request cannot change it.
 */
async function readBaseFile(workspace, sha, path, log) {
    const short = sha.slice(0, 7);
    if (!(await ensureCommit(workspace, sha, log)))
        return {
            kind: 'unreadable',
            reason: `the base commit ${short} is not in the checkout and could not be fetched`,
        };
    const listed = parseTree(await git(workspace, ['ls-tree', '-l', '-z', '--full-tree', sha, '--', path]));
    const entry = listed.find((candidate) => candidate.path === path);
    if (entry === undefined)
        return { kind: 'missing' };
    if (entry.type !== 'blob' || entry.mode === '120000')
        return { kind: 'unreadable', reason: `${path} at ${short} is not a regular file` };
    if (entry.size > maxBaseFileBytes)
        return { kind: 'unreadable', reason: `${path} at ${short} is larger than 1 MiB` };
    const [blob] = await readBlobs(workspace, [entry.oid]);
    return { kind: 'found', text: blob.toString('utf8') };
}
/**
 * Resolves `ref` in the git repository that holds `directory`. The ref is user input: one that
 * starts with `-` is refused, and git is told where options end, so it is never read as one.
 */
async function resolveBaseCommit(directory, ref) {
    if (ref === '' || ref.startsWith('-'))
        return { ok: false, reason: `--base "${ref}" is not a git revision (it must not start with "-")` };
    let root;
    let prefix;
    try {
        [root = '', prefix = ''] = (await git(directory, ['rev-parse', '--show-toplevel', '--show-prefix'])).split('\n');
    }
    catch {
        return {
            ok: false,
            reason: `${directory} is not inside a git repository, so --base has no commit to read`,
        };
    }
    try {
        const sha = (await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
        return { ok: true, root, prefix, sha };
    }
    catch {
        return { ok: false, reason: `--base "${ref}" names no commit in ${root}` };
    }
}
const maxBaselineBytes = 256 * 1024 * 1024;
/**
 * A JSON report of an earlier scan, read from `file` and checked against the report schema
 * before use: whoever wrote it, the gate reads only what the schema allows.
 */
async function readBaselineReport(file, name) {
    let parsed;
    try {
        if ((await (0,promises_.stat)(file)).size > maxBaselineBytes)
            throw new Error(`larger than ${maxBaselineBytes} bytes`);
        parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        return { kind: 'unavailable', reason: `baseline ${name} could not be read: ${error.message}` };
    }
    // Loaded only here: compiling the report schema costs a scan that reads no baseline its start-up.
    const { validateReport } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(605)]).then(__webpack_require__.bind(__webpack_require__, 9605));
    const validated = validateReport(parsed);
    return validated.ok
        ? { kind: 'report', report: validated.report, description: `the committed report ${name}` }
        : { kind: 'unavailable', reason: `baseline ${name} is ${validated.problem}` };
}
/** A JSON report committed earlier. It comes from the checkout, so it stays inside the workspace. */
async function readReportFile(workspace, path) {
    const relativePath = insideWorkspace(workspace, path);
    if (relativePath === undefined)
        return { kind: 'unavailable', reason: `baseline ${path} is outside the workspace` };
    return readBaselineReport(join(workspace, relativePath), path);
}
/**
 * Writes the base commit's scannable files to a temporary directory, hands it to `use`, and
 * removes it; what cannot be read is a reason, never an exception.
 */
async function withBaseTree(workspace, sha, log, use) {
    const short = sha.slice(0, 7);
    if (!(await ensureCommit(workspace, sha, log))) {
        return {
            ok: false,
            reason: `the base commit ${short} could not be read (use actions/checkout with fetch-depth: 0, or keep its credentials so the action can fetch it)`,
        };
    }
    const directory = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'aks-cis-gate-base-'));
    try {
        await writeBaseTree(workspace, sha, directory);
        return { ok: true, value: await use(directory) };
    }
    catch (error) {
        return { ok: false, reason: `scanning the base commit ${short} failed: ${error.message}` };
    }
    finally {
        await (0,promises_.rm)(directory, { recursive: true, force: true });
    }
}
async function scanBaseCommit(request, sha) {
    const scanned = await withBaseTree(request.workspace, sha, request.log, (directory) => request.scanTree(directory));
    return scanned.ok
        ? { kind: 'report', report: scanned.value, description: `the base commit ${sha.slice(0, 7)}` }
        : { kind: 'unavailable', reason: scanned.reason };
}
/** What the head is compared with: never throws; what cannot be read makes every finding new. */
async function resolveBaseline(request) {
    switch (request.source.kind) {
        case 'none':
            return { kind: 'unavailable', reason: 'baseline is none' };
        case 'file':
            return readReportFile(request.workspace, request.source.path);
        case 'auto':
            return request.baseSha === undefined
                ? { kind: 'unavailable', reason: 'there is no base commit (not a pull request)' }
                : scanBaseCommit(request, request.baseSha);
    }
}

// EXTERNAL MODULE: ./src/results/results.ts
var results = __webpack_require__(9820);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/settings/base-scan.ts





/**
 * Reads the base commit's tree in `directory` with the head's paths, for the CLI's --base and
 * the action alike. The base may lack what the head adds: literal paths it does not have are
 * left out, and a base where nothing matches is `empty` (so every head finding is new).
 */
async function scanBaseTree(directory, paths, read, empty) {
    const present = paths.filter((path) => picomatch_default().scan(path).isGlob ||
        ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(directory, path)) && workspace_insideWorkspace(directory, path) !== undefined));
    if (paths.length > 0 && present.length === 0)
        return empty;
    try {
        return await read(present);
    }
    catch (error) {
        if (error instanceof scan/* CannotRunError */.F3)
            return empty;
        throw error;
    }
}

// EXTERNAL MODULE: ./src/settings/config-file.ts
var config_file = __webpack_require__(1374);
;// CONCATENATED MODULE: ./src/settings/settings.ts



/**
 * The config the run obeys. With a base, the gate's settings are the base commit's and the
 * ignores the head's; the changes are listed.
 */
async function chooseConfig(head, configPath, request) {
    if (request.readBase === undefined)
        return { ok: true, config: head, baseConfig: head, changes: [] };
    const base = await request.readBase(configPath);
    if (base.kind === 'unreadable') {
        const optOut = request.baseOptOut === undefined ? '' : ` (${request.baseOptOut})`;
        return {
            ok: false,
            error: `${configPath} could not be read at the base commit (${base.reason}); the gate's settings come from the base${optOut}`,
        };
    }
    const parsed = base.kind === 'missing'
        ? { ok: true, config: { ignores: [] } }
        : (await (0,config_file/* configParser */.yq)()).parseConfigFile(base.text, { path: configPath, at: ' at the base commit' });
    if (!parsed.ok)
        return parsed;
    return {
        ok: true,
        config: (0,config_file/* gateFromBase */.hV)(parsed.config, head),
        baseConfig: parsed.config,
        changes: (0,config_file/* gateChanges */.Dy)(parsed.config, head),
    };
}
/** The config file's path relative to the root; one outside it has no copy at the base commit. */
function configPathOf(request) {
    const named = request.config ?? config_file/* defaultConfigPath */.jE;
    const relativePath = workspace_insideWorkspace(request.root, named);
    if (relativePath !== undefined)
        return { ok: true, path: relativePath };
    if (request.readBase !== undefined)
        return {
            ok: false,
            error: `config "${named}" is outside ${request.root}, so the base commit has no copy of it`,
        };
    return { ok: true, path: (0,external_node_path_.resolve)(request.root, named) };
}
/** Reads the config file (and the base commit's) and settles the scan and the gate. */
async function resolveSettings(request) {
    const configPath = configPathOf(request);
    if (!configPath.ok)
        return { ok: false, errors: [configPath.error] };
    const file = configPath.path;
    const loaded = await (0,config_file/* loadConfigFile */.HT)((0,external_node_path_.resolve)(request.root, file), file, request.config !== undefined);
    if (!loaded.ok)
        return { ok: false, errors: [loaded.error] };
    const chosen = await chooseConfig(loaded.config, file, request);
    if (!chosen.ok)
        return { ok: false, errors: [chosen.error] };
    const { config, baseConfig } = chosen;
    const notes = [
        ...(loaded.found
            ? [`config: ${file}${request.readBase === undefined ? '' : ' (gate settings from the base commit)'}`]
            : []),
        ...chosen.changes.map((change) => `${request.headName ?? 'the head'} changes ${change}; it takes effect after merge`),
    ];
    const given = (value, fallback) => value.length > 0 ? value : (fallback ?? []);
    const { policy, defaults } = request;
    return {
        ok: true,
        settings: {
            paths: given(request.paths, config.paths),
            benchmarks: given(request.benchmarks, config.benchmarks),
            exclude: given(request.exclude, config.exclude),
            skip: (0,config_file/* skipRulesOf */.Yz)(config.skip ?? [], file),
            ignores: (0,config_file/* ignoreRulesOf */.X)(config.ignores, file),
            baseIgnores: (0,config_file/* ignoreRulesOf */.X)(baseConfig.ignores, file),
            gate: {
                failOn: policy.failOn ?? config.failOn ?? defaults.failOn,
                level: policy.level ?? config.level ?? defaults.level,
                failOnError: policy.failOnError ?? config.failOnError ?? defaults.failOnError,
                failOnUnchecked: policy.failOnUnchecked ?? config.failOnUnchecked ?? defaults.failOnUnchecked,
            },
            configChanges: chosen.changes,
            notes,
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/compare.ts








/** The commit --base names, resolved once; a ref git cannot resolve is a bad argument. */
async function baseCommitOf(command, cwd) {
    if (command.compareWith?.kind !== 'commit')
        return undefined;
    const base = await resolveBaseCommit(cwd, command.compareWith.ref);
    if (!base.ok)
        throw new scan/* CannotRunError */.F3(base.reason);
    return base;
}
/**
 * The command line's settings through the one builder the action uses: its options win over the
 * config file, which wins over the CLI's defaults. With --base, the gate's settings, excludes and
 * skips come from the base commit's config file, as on a pull request.
 */
async function cliSettings(command, cwd, base, log) {
    const resolved = await resolveSettings({
        root: cwd,
        ...(command.config === undefined ? {} : { config: command.config }),
        paths: command.paths,
        benchmarks: command.benchmarks,
        exclude: command.exclude,
        policy: command.policy,
        defaults: gate/* cliDefaultPolicy */.Ap,
        ...(base === undefined
            ? {}
            : {
                readBase: (path) => readBaseFile(base.root, base.sha, `${base.prefix}${path}`, log.info),
                headName: 'the working tree',
            }),
    });
    if (!resolved.ok)
        throw new scan/* CannotRunError */.F3(resolved.errors.join('; '));
    resolved.settings.notes.forEach((note) => log.info(note));
    return resolved.settings;
}
/** `new-automated` and `new` judge findings against a baseline: without one they cannot decide. */
function requireBaseline(command, settings) {
    const { failOn } = settings.gate;
    if (!onlyNew(failOn) || command.compareWith !== undefined)
        return;
    const where = command.policy.failOn === undefined ? ' (from the config file)' : '';
    throw new scan/* CannotRunError */.F3(`--fail-on ${failOn}${where} needs a baseline: --baseline REPORT.json or --base REF`);
}
const onlyNew = (failOn) => failOn === 'new-automated' || failOn === 'new';
const emptyReport = { schemaVersion: results/* schemaVersion */.C, benchmarks: [], skipped: [], notChecked: [], errors: [] };
/**
 * A path option as the base tree knows it: relative to the working directory. The base is
 * written to a temporary directory, and nothing outside the repository is read for it.
 */
function relativeToCwd(cwd, path) {
    const inside = workspace_insideWorkspace(cwd, path);
    if (inside === undefined)
        throw new scan/* CannotRunError */.F3(`with --base, "${path}" must be inside the working directory (${cwd})`);
    return inside === '' ? '.' : inside;
}
/** The base commit's scan: the head's options with the base's ignores, every path inside the base tree. */
function baseScanOptions(options, settings, directory, paths) {
    const inside = (path) => relativeToCwd(options.cwd, path);
    return {
        ...options,
        paths,
        cwd: directory,
        allowedRoots: [directory],
        ignores: settings.baseIgnores,
        parameterFiles: (options.parameterFiles ?? []).map(inside),
        ...(options.terraformDir === undefined ? {} : { terraformDir: inside(options.terraformDir) }),
        terraformVarFiles: (options.terraformVarFiles ?? []).map(inside),
    };
}
/** What the findings are compared with: an earlier report, the base commit, or nothing (all new). */
async function baselineOf(command, settings, options, base, log) {
    const compareWith = command.compareWith;
    if (compareWith === undefined)
        return { kind: 'unavailable', reason: 'the command line compares with no baseline' };
    if (compareWith.kind === 'report') {
        const baseline = await readBaselineReport((0,external_node_path_.resolve)(options.cwd, compareWith.path), compareWith.path);
        // A baseline named on the command line that cannot be used is a bad argument, not "all new".
        if (baseline.kind === 'unavailable')
            throw new scan/* CannotRunError */.F3(baseline.reason);
        return baseline;
    }
    if (base === undefined)
        throw new Error('--base without its resolved commit');
    const paths = settings.paths.map((path) => relativeToCwd(options.cwd, path));
    const read = await withBaseTree(base.root, base.sha, log.info, (tree) => {
        const directory = (0,external_node_path_.join)(tree, base.prefix);
        return scanBaseTree(directory, paths, (present) => (0,scan/* scan */.SQ)(baseScanOptions(options, settings, directory, present)), emptyReport);
    });
    if (!read.ok)
        throw new scan/* CannotRunError */.F3(read.reason);
    return {
        kind: 'report',
        report: read.value,
        description: `the commit ${base.sha.slice(0, 7)} (--base ${compareWith.ref})`,
    };
}

;// CONCATENATED MODULE: ./src/benchmarks/catalog-docs.ts

const generatedNote = (from) => `<!-- Generated from ${from} by scripts/generate-docs.ts. Do not edit: change the catalog and regenerate. -->`;
/** docs/rules/: an index, one page per catalog, and one page per rule (`<catalog>/<id>.md`). */
function catalogDocs(catalogs, checks) {
    return [
        { path: 'docs/rules/README.md', content: indexPage(catalogs) },
        ...catalogs.map((catalog) => ({ path: `docs/rules/${catalog.id}.md`, content: catalogPage(catalog) })),
        ...catalogs.flatMap((catalog) => catalog.rules.map((rule) => ({
            path: ruleDocPath(catalog.id, rule.id),
            content: `${generatedNote(`rules/${catalog.id}.yaml`)}\n\n${rulePage(catalog, rule, checks)}`,
        }))),
    ];
}
/** Which inputs a check reads, from what it declares and the family of its id. */
function checkInputs(check) {
    if (check.reads !== undefined)
        return `Kubernetes objects (${check.reads.join(', ')}) from YAML, Helm output, Terraform's Kubernetes provider or a live cluster`;
    if (/^(cluster|node-pools)\./.test(check.id))
        return 'the AKS cluster and its node pools from Bicep, ARM, a Terraform plan (azurerm) or Azure Resource Manager (`--azure-cluster-id`)';
    return 'the nodes, through the live node audit (`--live --node-audit`)';
}
/** How this tool decides a rule, in one line: its checks, the platform, or nothing. */
function howDecided(rule) {
    if (rule.checks.length > 0)
        return `scan: ${rule.checks.join(', ')}`;
    return rule.responsibility === 'platform'
        ? "platform: Microsoft's attestation for AKS"
        : 'not evaluated: no check of this tool decides it';
}
const fixLanguages = {
    bicep: 'Bicep and ARM',
    terraform: 'Terraform',
    yaml: 'Kubernetes YAML',
};
/**
 * One rule as Markdown: what it is, who decides it and how, Microsoft's attestation, and the
 * fix per input language. The page under docs/rules and `aks-cis-gate explain` print it.
 */
function rulePage(catalog, rule, checks) {
    const section = catalog.sections.find((candidate) => candidate.id === rule.section);
    const grading = [rule.assessment, rule.level === undefined ? undefined : `level ${rule.level}`]
        .filter((part) => part !== undefined)
        .join(', ');
    const used = rule.checks.map((id) => checks.find((check) => check.id === id) ?? { id, description: 'see src/checks' });
    const decides = used.length > 0
        ? [
            'The scan decides this row: Pass when every subject it applies to passes, Fail with a finding per subject that does not, Not evaluated (with the reason) when the input has nothing to judge or only values known after deployment.',
            '',
            ...used.map((check) => `- \`${check.id}\`: ${check.description} Reads ${checkInputs(check)}.`),
        ]
        : rule.responsibility === 'platform'
            ? [
                "AKS owns this row: the control plane or the node image that Microsoft runs. The report shows Microsoft's status, marked as the platform's, and it never blocks.",
            ]
            : [
                'No check of this tool decides this row: the report lists it as Not evaluated. Review it by hand or with another tool.',
            ];
    const fixes = Object.keys(fixLanguages)
        .filter((language) => rule.fix?.[language] !== undefined)
        .map((language) => `- ${fixLanguages[language]}: ${rule.fix?.[language] ?? ''}`);
    return [
        `# ${rule.id} ${rule.title}`,
        '',
        `${catalog.title} (\`${catalog.id}\`)${section === undefined ? '' : `, section ${section.id} ${section.title}`}.${grading === '' ? '' : ` ${grading}.`}`,
        `Suppressions and SARIF name it \`${(0,results/* qualifiedRuleId */.a)(catalog.family, rule.id)}\`.`,
        '',
        '## How aks-cis-gate decides it',
        '',
        ...decides,
        '',
        "## Microsoft's AKS attestation",
        '',
        rule.aksReason === '' ? rule.aksStatus : `${rule.aksStatus}: ${rule.aksReason}`,
        '',
        '## Fix',
        '',
        rule.remediation,
        ...(fixes.length === 0 ? [] : ['', ...fixes]),
        '',
    ].join('\n');
}
function indexPage(catalogs) {
    const rows = catalogs.map((catalog) => `| [\`${catalog.id}\`](${catalog.id}.md) | ${cell(catalog.title)} | ${kubernetesRange(catalog)} | ${catalog.rules.length} | ${catalog.rules.filter((rule) => rule.checks.length > 0).length} |`);
    return [
        generatedNote('rules/*.yaml'),
        '',
        '# Rule catalogs',
        '',
        'Each benchmark version aks-cis-gate checks against, with the rows it holds and how many of them a check decides.',
        '',
        '| Catalog | Benchmark | Kubernetes | Rows | Rows with checks |',
        '|---|---|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}
function catalogPage(catalog) {
    const lines = [];
    let currentSection;
    let nextHeading = 0;
    for (const rule of catalog.rules) {
        // Heading rows where the rows enter another section, with the headings above it (even empty
        // ones), as Microsoft's tables show them.
        if (rule.section !== currentSection) {
            currentSection = rule.section;
            const index = catalog.sections.findIndex((section) => section.id === rule.section);
            const headings = index >= nextHeading ? catalog.sections.slice(nextHeading, index + 1) : [catalog.sections[index]];
            nextHeading = Math.max(nextHeading, index + 1);
            for (const heading of headings) {
                if (heading)
                    lines.push(`| **${heading.id}** | **${cell(heading.title)}** | | | | | | |`);
            }
        }
        lines.push(ruleRow(catalog, rule));
    }
    return [
        generatedNote(`rules/${catalog.id}.yaml`),
        '',
        `# ${catalog.title}`,
        '',
        `- Catalog id: \`${catalog.id}\` (family \`${catalog.family}\`; suppressions and SARIF name a rule \`${catalog.family}:<id>\`)`,
        `- Kubernetes versions: ${kubernetesRange(catalog)}`,
        `- Source of the rows: ${catalog.source}`,
        `- Rows: ${catalog.rules.length}`,
        '',
        'Status is Microsoft’s attestation for AKS, with its reason; responsibility says whether AKS or your code decides the row; checks are the aks-cis-gate checks that decide it.',
        '',
        '| CIS ID | Title | Assessment | Level | Microsoft status | Responsibility | Checks | Remediation |',
        '|---|---|---|---|---|---|---|---|',
        ...lines,
        '',
    ].join('\n');
}
function ruleRow(catalog, rule) {
    const status = rule.aksReason ? `${rule.aksStatus}: ${rule.aksReason}` : rule.aksStatus;
    const checks = rule.checks.map((check) => `\`${check}\``).join(', ');
    return `| [${rule.id}](${catalog.id}/${rule.id}.md) | ${cell(rule.title)} | ${rule.assessment ?? ''} | ${rule.level ?? ''} | ${cell(status)} | ${rule.responsibility} | ${checks} | ${cell(rule.remediation)} |`;
}
function kubernetesRange(catalog) {
    const { min, max } = catalog.kubernetes ?? {};
    if (min && max)
        return `${min} to ${max}`;
    if (min)
        return `${min} and later`;
    if (max)
        return `${max} and earlier`;
    // The node OS benchmarks follow each node pool's OS SKU, not the cluster's version.
    return catalog.family === 'cis-azure-linux' ? 'any (chosen per node pool by its OS SKU)' : 'any';
}
/** Text that stays inside one Markdown table cell. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

// EXTERNAL MODULE: ./src/benchmarks/catalog.ts
var benchmarks_catalog = __webpack_require__(5687);
// EXTERNAL MODULE: ./src/benchmarks/rule-lookup.ts
var rule_lookup = __webpack_require__(2383);
// EXTERNAL MODULE: ./src/benchmarks/select-catalogs.ts
var select_catalogs = __webpack_require__(4295);
// EXTERNAL MODULE: ./src/checks/registry.ts + 23 modules
var checks_registry = __webpack_require__(5876);
;// CONCATENATED MODULE: ./src/cli/rules.ts





/** `aks-cis-gate rules`: each catalog (or those named), every rule with its grading and how it is decided. */
function listRules(catalogs, benchmarks) {
    const refused = (0,select_catalogs/* unknownBenchmark */.kH)(catalogs, benchmarks);
    if (refused !== undefined)
        return { ok: false, message: refused };
    const chosen = catalogs.filter((catalog) => benchmarks.length === 0 || benchmarks.includes(catalog.id) || benchmarks.includes(catalog.family));
    const blocks = chosen.map((catalog) => [
        `${catalog.id}  ${catalog.title} (${catalog.rules.length} rules)`,
        ...catalog.rules.map((rule) => {
            const grading = [rule.assessment ?? '-', rule.level ?? '-'].join(' ');
            return `  ${rule.id.padEnd(9)}${grading.padEnd(13)}${rule.title}\n  ${' '.repeat(22)}${howDecided(rule)}`;
        }),
    ].join('\n'));
    return { ok: true, text: `${blocks.join('\n\n')}\n` };
}
/** `aks-cis-gate explain RULE`: the rule's page for each family that has it. */
function explainRule(catalogs, name) {
    const found = (0,rule_lookup/* findRules */.T)(catalogs, name);
    if (found.length === 0) {
        return {
            ok: false,
            message: `unknown rule "${name}"; closest: ${(0,rule_lookup/* closestRuleNames */.a)(catalogs, name).join(', ')}`,
        };
    }
    const pages = found.map(({ catalog, rule }) => `${rulePage(catalog, rule, checks_registry/* checks */.A)}\nPage: ${(0,benchmarks_catalog/* ruleDocPath */._Q)(catalog.id, rule.id)}\n`);
    return { ok: true, text: pages.join('\n---\n\n') };
}

;// CONCATENATED MODULE: ./src/cli/commands.ts














/** The command line's names for the policy's options, for the verdict line and the block message. */
const cliWords = {
    failOn: (value) => `--fail-on ${value}`,
    level: (value) => `--level ${value}`,
    allowErrors: '--allow-errors',
    allowUnchecked: '--allow-unchecked',
};
const noBaseline = { kind: 'unavailable', reason: 'merge compares with no baseline' };
/**
 * Colour on a terminal; FORCE_COLOR (as GitHub's logs and other non-terminals that render it
 * set it) turns it on anywhere unless it is 0 or false; https://no-color.org: a non-empty
 * NO_COLOR turns it off.
 */
function wantsColor(io) {
    const force = io.env?.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    if ((io.env?.NO_COLOR ?? '') !== '')
        return false;
    return io.stdout.isTTY === true;
}
const logTo = (io) => ({
    info: (message) => io.stderr.write(`${(0,log/* logLine */.B)(message)}\n`),
    warn: (message) => io.stderr.write(`warning: ${(0,log/* logLine */.B)(message)}\n`),
});
/** Writes to --output, or to stdout without it. */
async function deliver(text, output, io, log) {
    if (output === undefined) {
        io.stdout.write(text);
        return;
    }
    const target = (0,external_node_path_.resolve)(io.cwd, output);
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.writeFile)(target, text);
    }
    catch (error) {
        // An unwritable --output is a bad argument: the report cannot go where it was asked to.
        throw new scan/* CannotRunError */.F3(`cannot write --output ${output}: ${error.message}`);
    }
    log.info(`report written to ${output}`);
}
function scanOptionsOf(command, settings, io, log) {
    return {
        paths: settings.paths,
        cwd: io.cwd,
        benchmarks: settings.benchmarks,
        namespace: command.namespace,
        ignores: settings.ignores,
        exclude: settings.exclude,
        skip: settings.skip,
        parameterFiles: command.parameterFiles,
        ...(command.bicepPath === undefined ? {} : { bicepPath: command.bicepPath }),
        ...(io.bicepCompiler === undefined ? {} : { bicepCompiler: io.bicepCompiler }),
        bicepRestore: command.bicepRestore,
        ...(command.bicepRegistries.length === 0 ? {} : { bicepRegistries: command.bicepRegistries }),
        ...(command.terraformDir === undefined ? {} : { terraformDir: command.terraformDir }),
        terraformVarFiles: command.terraformVarFiles,
        limits: command.limits,
        log,
        ...(command.live === undefined ? {} : { sources: [(0,live_source/* liveSource */.MC)(command.live, io.armAccess)] }),
    };
}
/** Runs `work` with progress on stderr when asked or on a terminal; `work` tells it each step. */
async function withProgress(command, io, work) {
    const progress = startProgress(io.stderr, command.progress || io.stderr.isTTY === true);
    try {
        return await work((step) => progress.step(step));
    }
    finally {
        progress.stop();
    }
}
/** `scan --shard I/N`: what the shard read, for `merge`; nothing is decided, so it exits 0. */
async function runShard(command, shard, io) {
    const log = logTo(io);
    const settings = await cliSettings(command, io.cwd, undefined, log);
    const options = scanOptionsOf(command, settings, io, log);
    const identity = {
        toolVersion: (0,run.toolVersion)(),
        commit: await headCommit(io.cwd),
        config: shardConfigOf(options, command.terraformDir),
    };
    const report = await withProgress(command, io, (progress) => scanShard({ ...options, progress }, shard, identity));
    await deliver(JSON.stringify(report), command.output, io, log);
    return 0;
}
async function runMerge(command, io) {
    // Only merge reads shard reports, and compiles their schema to check them.
    const { mergeShards, parseShardReport } = await __webpack_require__.e(/* import() */ 323).then(__webpack_require__.bind(__webpack_require__, 6323));
    const log = logTo(io);
    // The gate's settings come from the config file as for scan; what was read is the shards'.
    const settings = await cliSettings({ ...command, paths: [], benchmarks: [], exclude: [] }, io.cwd, undefined, log);
    const shards = await Promise.all(command.files.map(async (file) => {
        const text = await readBoundedFile((0,external_node_path_.resolve)(io.cwd, file)).catch((error) => {
            throw new scan/* CannotRunError */.F3(`cannot read ${file}: ${error.message}`);
        });
        return parseShardReport(file, text);
    }));
    const { report } = mergeShards(shards, settings);
    return present(report, noBaseline, settings.gate, command, io);
}
async function runScan(command, io) {
    if (command.shard !== undefined)
        return runShard(command, command.shard, io);
    const log = logTo(io);
    const base = await baseCommitOf(command, io.cwd);
    const settings = await cliSettings(command, io.cwd, base, log);
    requireBaseline(command, settings);
    const options = scanOptionsOf(command, settings, io, log);
    const report = await withProgress(command, io, (progress) => (0,scan/* scan */.SQ)({ ...options, progress }));
    const baseline = await withProgress(command, io, (progress) => baselineOf(command, settings, { ...options, progress }, base, log));
    if (baseline.kind === 'report')
        log.info(`baseline: ${baseline.description}`);
    return present(report, baseline, settings.gate, command, io);
}
/** The report in the asked format, where asked; the exit status under the gate policy. */
async function present(report, baseline, policy, command, io) {
    const verdict = (0,gate/* decideGate */.q7)(report, baseline, policy);
    const withWords = (0,gate/* withVerdict */.m3)(report, verdict, cliWords);
    const render = await reporters[command.format]();
    const text = render(withWords, {
        color: command.output === undefined && command.format === 'table' && wantsColor(io),
        toolVersion: (0,run.toolVersion)(),
        policy,
        baseline,
        verbose: command.verbose,
        ...(io.stdout.isTTY === true && io.stdout.columns !== undefined ? { width: io.stdout.columns } : {}),
    });
    await deliver(text, command.output, io, logTo(io));
    // What blocks, on stderr too: the report may have gone to a file.
    if (!verdict.passed) {
        io.stderr.write(`aks-cis-gate blocks:\n${(0,gate/* blockReasons */.RB)(withWords, verdict, cliWords)
            .map((reason) => `- ${(0,log/* logLine */.B)(reason)}\n`)
            .join('')}`);
    }
    return (0,gate/* exitStatus */.$u)(verdict);
}
/** A command that reads, scans or renders: loaded by runCli only when one is asked for. */
async function runCommand(command, io) {
    if (command.kind === 'rules' || command.kind === 'explain') {
        const catalogs = (0,load_catalogs/* loadCatalogs */.J)();
        const outcome = command.kind === 'rules'
            ? listRules(catalogs, command.benchmarks)
            : explainRule(catalogs, command.rule);
        if (!outcome.ok) {
            io.stderr.write(`aks-cis-gate: ${(0,log/* logLine */.B)(outcome.message)}\n`);
            return gate/* cannotRunStatus */.PL;
        }
        io.stdout.write(outcome.text);
        return 0;
    }
    try {
        return await (command.kind === 'merge' ? runMerge(command, io) : runScan(command, io));
    }
    catch (error) {
        // A live read that stopped half-way presents no report at all: partial results are not complete ones.
        if (error instanceof scan/* CannotRunError */.F3 || error instanceof live_source/* LiveScanError */.QP) {
            io.stderr.write(`aks-cis-gate: ${(0,log/* logLine */.B)(error.message)}\n`);
        }
        else {
            // A bug, not a verdict: exit 1 would read as "blocked", so the tool says it could not run.
            const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
            io.stderr.write(`aks-cis-gate: unexpected error: ${detail.split('\n').map(log/* logLine */.B).join('\n')}\n`);
        }
        return gate/* cannotRunStatus */.PL;
    }
}


/***/ }),

/***/ 4942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ describeType),
/* harmony export */   Tj: () => (/* binding */ findKey),
/* harmony export */   U4: () => (/* binding */ isUnresolved),
/* harmony export */   UG: () => (/* binding */ Unresolved),
/* harmony export */   UU: () => (/* binding */ getProperty),
/* harmony export */   YY: () => (/* binding */ isArmObject),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   oE: () => (/* binding */ firstUnresolved)
/* harmony export */ });
class Unresolved {
    reason;
    resourceType;
    constructor(reason, 
    /**
     * The resource type of an id whose names are unknown (`resourceId('Microsoft.Insights/
     * dataCollectionRules', parameters('name'))`): enough to tell what kind of resource a
     * deploy-time scope points at.
     */
    resourceType) {
        this.reason = reason;
        this.resourceType = resourceType;
    }
}
const isUnresolved = (value) => value instanceof Unresolved;
function isArmObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnresolved(value);
}
/** ARM property names are case-insensitive: returns the key as written, if any. */
function findKey(object, name) {
    if (Object.hasOwn(object, name))
        return name;
    const wanted = name.toLowerCase();
    return Object.keys(object).find((key) => key.toLowerCase() === wanted);
}
function getProperty(object, name) {
    const key = findKey(object, name);
    return key === undefined ? undefined : object[key];
}
/** The first unresolved value anywhere inside `value`, for functions that need the whole value. */
function firstUnresolved(value, depth = 0) {
    if (isUnresolved(value))
        return value;
    if (depth > 64 || typeof value !== 'object' || value === null)
        return undefined;
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
        const found = firstUnresolved(item, depth + 1);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * A value as text without `String()`: parsed JSON objects have no prototype, so `String()` of one
 * throws, and a PR could put an object wherever a string is expected.
 */
const textOf = (value) => typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
function describeType(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (isUnresolved(value))
        return 'an unresolved value';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ parseJsonDocument)
/* harmony export */ });
/* unused harmony export LineIndex */
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _json_nesting_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6092);


/** Line and column (1-based) of character offsets in a text. */
class LineIndex {
    lineStarts = [0];
    constructor(text) {
        for (let index = 0; index < text.length; index += 1) {
            if (text.charCodeAt(index) === 10)
                this.lineStarts.push(index + 1);
        }
    }
    position(offset) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
    }
}
function childAt(node, key) {
    if (node.type === 'array' && typeof key === 'number')
        return node.children?.[key];
    if (node.type !== 'object' || typeof key !== 'string')
        return undefined;
    const properties = node.children ?? [];
    const exact = properties.find((property) => property.children?.[0]?.value === key);
    const wanted = key.toLowerCase();
    // ARM property names are case-insensitive.
    const match = exact ?? properties.find((property) => String(property.children?.[0]?.value).toLowerCase() === wanted);
    return match?.children?.[1];
}
function parseJsonDocument(text, displayPath, limits) {
    const lines = new LineIndex(text);
    const errorAt = (offset, message) => ({
        file: displayPath,
        ...lines.position(offset),
        message,
    });
    if (text.length > limits.maxDocumentBytes) {
        return {
            ok: false,
            errors: [errorAt(0, `the file is larger than ${limits.maxDocumentBytes} bytes and is not read`)],
        };
    }
    const tooDeep = (0,_json_nesting_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonNestingBeyond */ .S)(text, limits.maxDepth);
    if (tooDeep !== undefined) {
        return {
            ok: false,
            errors: [errorAt(tooDeep, `JSON nested deeper than ${limits.maxDepth} levels is not read (maxDepth)`)],
        };
    }
    const parseErrors = [];
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
    if (parseErrors.length > 0 || root === undefined) {
        // The first error is the cause; the ones after it are its echoes.
        const [first] = parseErrors;
        const error = first
            ? errorAt(first.offset, `invalid JSON: ${(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(first.error)}`)
            : errorAt(0, 'the file holds no JSON value');
        return { ok: false, errors: [error] };
    }
    const locationOf = (node) => {
        // A property's location is its key, on the line where it is written.
        const anchor = node.parent?.type === 'property' ? node.parent : node;
        return { file: displayPath, ...lines.position(anchor.offset) };
    };
    return {
        ok: true,
        document: {
            value: (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.getNodeValue)(root),
            locate(path) {
                let node = root;
                for (const key of path) {
                    const child = childAt(node, key);
                    if (child === undefined)
                        break;
                    node = child;
                }
                return locationOf(node);
            },
        },
    };
}


/***/ }),

/***/ 7013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ readExplicitParameterFiles),
/* harmony export */   KL: () => (/* binding */ armKindOf),
/* harmony export */   d2: () => (/* binding */ parseParameterFile),
/* harmony export */   eN: () => (/* binding */ parameterFilesFor),
/* harmony export */   mi: () => (/* binding */ templateStemOfParameterFile),
/* harmony export */   ux: () => (/* binding */ templateStem),
/* harmony export */   y8: () => (/* binding */ templateCandidatesOf)
/* harmony export */ });
/* unused harmony export armFileKind */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _arm_value_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4942);
/* harmony import */ var _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6092);
/* harmony import */ var _parsed_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3711);
/* harmony import */ var _json_document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3456);







const schemaPattern = /\/(\w*deploymentTemplate|deploymentParameters)\.json#?$/i;
const kindOfSchema = (schema) => {
    const match = schemaPattern.exec(schema.trim());
    if (match === null)
        return undefined;
    return match[1].toLowerCase() === 'deploymentparameters' ? 'parameters' : 'template';
};
const isPlainObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** `armFileKind`'s judgement of a parsed value: the same keys, compared in any case. */
function armKindOfValue(value) {
    if (!isPlainObject(value))
        return undefined;
    let declaresResources = false;
    for (const [key, item] of Object.entries(value)) {
        const name = key.toLowerCase();
        if (name === '$schema' && typeof item === 'string') {
            const kind = kindOfSchema(item);
            if (kind !== undefined)
                return kind;
        }
        else if (name === 'resources' && typeof item === 'object' && item !== null) {
            // An array of declarations, or (languageVersion 2.0) an object of them by symbolic name.
            declaresResources ||= Object.values(item).some((resource) => isPlainObject(resource) &&
                Object.keys(resource).some((resourceKey) => resourceKey.toLowerCase() === 'type') &&
                Object.keys(resource).some((resourceKey) => resourceKey.toLowerCase() === 'apiversion'));
        }
    }
    return declaresResources ? 'template' : undefined;
}
const fileKinds = new WeakMap();
/**
 * What an ARM file is, judged once per file (Bicep's detection, ARM's, then ARM's reader ask).
 * Strict JSON is judged from its parsed value, which the Terraform plan reader then takes: a
 * 50 MB plan is tokenized once, not scanned here and parsed again there. Only what JSON.parse
 * refuses (comments, trailing commas) is scanned token by token. An ARM file's value is not
 * kept: its reader parses it again with positions.
 */
function armKindOf(file) {
    let kind = fileKinds.get(file);
    if (kind === undefined) {
        const parsed = (0,_parsed_json_js__WEBPACK_IMPORTED_MODULE_4__/* .parsedJsonOf */ .f)(file);
        kind = (parsed.ok ? armKindOfValue(parsed.value) : armFileKind(file.text)) ?? 'none';
        if (kind !== 'none')
            (0,_parsed_json_js__WEBPACK_IMPORTED_MODULE_4__/* .forgetParsedJson */ .t)(file);
        fileKinds.set(file, kind);
    }
    return kind === 'none' ? undefined : kind;
}
/**
 * What an ARM JSON file is, judged by reading its tokens (never a regular expression over raw
 * bytes, which a `$schema` after the first kilobytes or spelt `\u0024schema` would evade): a
 * root object whose `$schema` names a deployment template or parameter file, or whose
 * `resources` declare a `type` and an `apiVersion`. The scanner is iterative, so no nesting
 * depth can exhaust the stack, and comments are allowed, as ARM allows them.
 */
function armFileKind(text) {
    const scanner = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.createScanner)(text.replace(/^\uFEFF/, ''), true);
    const stack = [];
    let declaresResources = false;
    for (let token = scanner.scan(); token !== _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonToken */ .z.endOfFile; token = scanner.scan()) {
        const top = stack.at(-1);
        if (token === _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonToken */ .z.openBrace || token === _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonToken */ .z.openBracket) {
            if (top === undefined && token === _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonToken */ .z.openBracket)
                return undefined;
            const isResource = stack.length === 2 && stack[0]?.key === 'resources' && token === _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonToken */ .z.openBrace;
            stack.push({
                isObject: token === _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonToken */ .z.openBrace,
                expectsKey: true,
                ...(isResource ? { resourceKeys: new Set() } : {}),
            });
        }
        else if (token === _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonToken */ .z.closeBrace || token === _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonToken */ .z.closeBracket) {
            stack.pop();
            if (stack.length === 0)
                break;
        }
        else if (token === _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonToken */ .z.comma && top?.isObject) {
            top.expectsKey = true;
        }
        else if (token === _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonToken */ .z.string && top?.isObject && top.expectsKey) {
            top.key = scanner.getTokenValue().toLowerCase();
            top.expectsKey = false;
            top.resourceKeys?.add(top.key);
            if (top.resourceKeys?.has('type') && top.resourceKeys.has('apiversion'))
                declaresResources = true;
        }
        else if (token === _json_nesting_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonToken */ .z.string && stack.length === 1 && top?.key === '$schema') {
            const kind = kindOfSchema(scanner.getTokenValue());
            if (kind !== undefined)
                return kind;
        }
        else if (top === undefined) {
            return undefined;
        }
    }
    return declaresResources ? 'template' : undefined;
}
/**
 * The naming convention that pairs a parameter file with its template, in the same directory:
 * `X.parameters.json` and `X.parameters.<anything>.json` belong to `X.json`, `X.template.json`
 * or `X.bicep`.
 */
function templateStemOfParameterFile(path) {
    const match = /^(.+?)\.parameters(\.[^.]+)?\.json$/i.exec((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path));
    return match ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), match[1]) : undefined;
}
/** The files a parameter file may belong to by the naming convention (none when its name does not follow it). */
function templateCandidatesOf(parameterPath) {
    const stem = templateStemOfParameterFile(parameterPath);
    return stem === undefined ? [] : [`${stem}.json`, `${stem}.template.json`, `${stem}.bicep`];
}
function templateStem(path) {
    return path.replace(/(\.template)?\.json$/i, '').replace(/\.bicep$/i, '');
}
const sameStem = (left, right) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(left) === (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(right);
const displayPathOf = (path) => {
    const fromCwd = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(process.cwd(), path);
    return fromCwd.startsWith('..') ? path : fromCwd;
};
/** Reads the --parameters files (bounded, like any scanned file). */
function readExplicitParameterFiles(context) {
    const files = [];
    const errors = [];
    for (const path of context.parameterFiles.map((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(file))) {
        const displayPath = displayPathOf(path);
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size > context.limits.maxFileBytes) {
                errors.push({
                    file: displayPath,
                    message: `the parameter file is larger than ${context.limits.maxFileBytes} bytes`,
                });
                continue;
            }
            const parsed = parseParameterFile({ path, displayPath, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), explicit: true }, context);
            if ('errors' in parsed)
                errors.push(...parsed.errors);
            else
                files.push(parsed);
        }
        catch (error) {
            errors.push({
                file: displayPath,
                message: `cannot read the parameter file: ${error.message}`,
            });
        }
    }
    return { files, errors };
}
function parseParameterFile(file, context) {
    const parsed = (0,_json_document_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonDocument */ .d)(file.text, file.displayPath, context.limits);
    if (!parsed.ok)
        return { errors: parsed.errors };
    if (!(0,_arm_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isArmObject */ .YY)(parsed.document.value) || !(0,_arm_value_js__WEBPACK_IMPORTED_MODULE_6__/* .isArmObject */ .YY)((0,_arm_value_js__WEBPACK_IMPORTED_MODULE_6__/* .getProperty */ .UU)(parsed.document.value, 'parameters'))) {
        return {
            errors: [
                { file: file.displayPath, line: 1, message: 'an ARM parameter file needs a "parameters" object' },
            ],
        };
    }
    return {
        path: file.path,
        displayPath: file.displayPath,
        document: parsed.document,
        explicit: file.explicit,
    };
}
/** The parameter files a template is deployed with: by the naming convention, else the --parameters files. */
function parameterFilesFor(templatePath, candidates, explicit) {
    const stem = templateStem(templatePath);
    const byConvention = [...candidates, ...explicit].filter((file) => {
        const fileStem = templateStemOfParameterFile(file.path);
        return fileStem !== undefined && sameStem(fileStem, stem);
    });
    const unclaimedExplicit = explicit.filter((file) => templateStemOfParameterFile(file.path) === undefined);
    return [...new Set([...byConvention, ...unclaimedExplicit])];
}


/***/ }),

/***/ 3714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ BicepSource),
/* harmony export */   l: () => (/* binding */ isRegistryReference)
/* harmony export */ });
/**
 * A bounded, tolerant reading of Bicep source text: where declarations and their properties
 * are written, and which files they refer to. It never decides a value (the compiler does);
 * it only finds positions, so a finding can point at the line that decides it.
 */
/** A hostile file must not make the scan slow: past this many tokens the rest is not read. */
const maxTokens = 2_000_000;
const maxNesting = 200;
function tokenize(text) {
    const tokens = [];
    let index = 0;
    let line = 1;
    let lineStart = 0;
    const push = (kind, start, startLine, startColumn, value) => tokens.push({ kind, text: text.slice(start, index), value, line: startLine, column: startColumn });
    // Like the compiler, a line ends at \n, \r\n or a lone \r.
    const advanceOver = (end) => {
        for (; index < end; index += 1) {
            const code = text.charCodeAt(index);
            if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
                line += 1;
                lineStart = index + 1;
            }
        }
    };
    // Skips a comment at `index`, if there is one: in code and inside `${...}` alike.
    const skipComment = () => {
        if (text.startsWith('//', index)) {
            const end = /[\r\n]/.exec(text.slice(index))?.index;
            index = end === undefined ? text.length : index + end;
            return true;
        }
        if (text.startsWith('/*', index)) {
            const end = text.indexOf('*/', index + 2);
            advanceOver(end < 0 ? text.length : end + 2);
            return true;
        }
        return false;
    };
    // Skips a '''multi-line''' string at `index`; its value drops the first line break, as the compiler's does.
    const skipMultilineString = () => {
        const start = index;
        const end = text.indexOf("'''", index + 3);
        advanceOver(end < 0 ? text.length : end + 3);
        return text.slice(start + 3, Math.max(start + 3, index - 3)).replace(/^(\r\n|\n|\r)/, '');
    };
    // Skips one single-quoted string from `index` (at the quote); returns its value without interpolation.
    const skipString = (depth) => {
        let value = '';
        let interpolated = false;
        index += 1;
        while (index < text.length) {
            const char = text[index];
            if (char === '\\') {
                const escaped = text[index + 1] ?? '';
                // `\u{2F}` is how Bicep spells any code point: decode it as the compiler will.
                const codePoint = escaped === 'u' ? /^\{([0-9A-Fa-f]{1,6})\}/.exec(text.slice(index + 2, index + 11)) : null;
                if (codePoint) {
                    value += String.fromCodePoint(Math.min(Number.parseInt(codePoint[1], 16), 0x10ffff));
                    advanceOver(index + 2 + codePoint[0].length);
                    continue;
                }
                value += { n: '\n', r: '\r', t: '\t', $: '$', "'": "'", '\\': '\\' }[escaped] ?? escaped;
                advanceOver(index + 2);
            }
            else if (char === "'") {
                index += 1;
                return interpolated ? undefined : value;
            }
            else if (char === '$' && text[index + 1] === '{' && depth < maxNesting) {
                interpolated = true;
                advanceOver(index + 2);
                let braces = 1;
                while (index < text.length && braces > 0) {
                    if (skipComment())
                        continue;
                    if (text.startsWith("'''", index))
                        skipMultilineString();
                    else if (text[index] === "'")
                        skipString(depth + 1);
                    else {
                        if (text[index] === '{')
                            braces += 1;
                        else if (text[index] === '}')
                            braces -= 1;
                        advanceOver(index + 1);
                    }
                }
            }
            else {
                value += char;
                advanceOver(index + 1);
            }
        }
        return interpolated ? undefined : value;
    };
    while (index < text.length && tokens.length < maxTokens) {
        const char = text[index];
        const start = index;
        const startLine = line;
        const startColumn = index - lineStart + 1;
        if (char === '\n' || char === '\r') {
            advanceOver(index + (text.startsWith('\r\n', index) ? 2 : 1));
            push('newline', start, startLine, startColumn);
        }
        else if (char === ' ' || char === '\t') {
            index += 1;
        }
        else if (skipComment()) {
            continue;
        }
        else if (text.startsWith("'''", index)) {
            const value = skipMultilineString();
            push('string', start, startLine, startColumn, value);
        }
        else if (char === "'") {
            const value = skipString(0);
            push('string', start, startLine, startColumn, value);
        }
        else if (/[A-Za-z_]/.test(char)) {
            while (index < text.length && /[A-Za-z0-9_]/.test(text[index]))
                index += 1;
            push('identifier', start, startLine, startColumn);
        }
        else if ('{}[]():,=.?!@'.includes(char)) {
            index += 1;
            push('punctuation', start, startLine, startColumn);
        }
        else {
            index += 1;
            push('other', start, startLine, startColumn);
        }
    }
    return tokens;
}
const isOpening = (token) => token?.kind === 'punctuation' && '{[('.includes(token.text);
const isClosing = (token) => token?.kind === 'punctuation' && '}])'.includes(token.text);
const isPunctuation = (token, text) => token?.kind === 'punctuation' && token.text === text;
class TreeReader {
    tokens;
    constructor(tokens) {
        this.tokens = tokens;
    }
    skipSeparators(index) {
        let next = index;
        while (this.tokens[next]?.kind === 'newline' || isPunctuation(this.tokens[next], ','))
            next += 1;
        return next;
    }
    /** Index after the bracket that closes the one at `index`. */
    skipBalanced(index) {
        let depth = 0;
        let next = index;
        do {
            const token = this.tokens[next];
            if (token === undefined)
                return next;
            if (isOpening(token))
                depth += 1;
            else if (isClosing(token))
                depth -= 1;
            next += 1;
        } while (depth > 0);
        return next;
    }
    /** Reads one value; returns the node and the index after it. */
    value(index, depth) {
        const token = this.tokens[index];
        const position = { line: token?.line ?? 1, column: token?.column ?? 1 };
        if (depth < maxNesting && isPunctuation(token, '{'))
            return this.object(index, depth);
        if (depth < maxNesting && isPunctuation(token, '[')) {
            const first = this.skipSeparators(index + 1);
            if (this.tokens[first]?.kind === 'identifier' && this.tokens[first]?.text === 'for')
                return this.loop(index, depth);
            return this.array(index, depth);
        }
        // Any other expression: skip to the end of the value (a newline or comma outside brackets).
        let next = index;
        while (next < this.tokens.length) {
            const current = this.tokens[next];
            if (current?.kind === 'newline' || isPunctuation(current, ',') || isClosing(current))
                break;
            next = isOpening(current) ? this.skipBalanced(next) : next + 1;
        }
        return { node: { kind: 'other', position }, next };
    }
    object(index, depth) {
        const open = this.tokens[index];
        const properties = new Map();
        let next = this.skipSeparators(index + 1);
        while (next < this.tokens.length && !isPunctuation(this.tokens[next], '}')) {
            const key = this.tokens[next];
            const name = key.kind === 'identifier' ? key.text : key.kind === 'string' ? key.value : undefined;
            if (name !== undefined && isPunctuation(this.tokens[next + 1], ':')) {
                const { node, next: after } = this.value(next + 2, depth + 1);
                // Bicep property names are case-insensitive, like ARM's.
                if (!properties.has(name.toLowerCase())) {
                    properties.set(name.toLowerCase(), {
                        position: { line: key.line, column: key.column },
                        value: node,
                    });
                }
                next = after;
            }
            else {
                next = this.value(next, depth + 1).next;
                if (next < this.tokens.length &&
                    isClosing(this.tokens[next]) &&
                    !isPunctuation(this.tokens[next], '}'))
                    next += 1;
            }
            next = this.skipSeparators(next);
        }
        return {
            node: { kind: 'object', position: { line: open.line, column: open.column }, properties },
            next: next + 1,
        };
    }
    array(index, depth) {
        const open = this.tokens[index];
        const items = [];
        let next = this.skipSeparators(index + 1);
        while (next < this.tokens.length && !isPunctuation(this.tokens[next], ']')) {
            const { node, next: after } = this.value(next, depth + 1);
            items.push(node);
            next = this.skipSeparators(after === next ? next + 1 : after);
        }
        return {
            node: { kind: 'array', position: { line: open.line, column: open.column }, items },
            next: next + 1,
        };
    }
    /** `[for x in xs: body]`: the body is what each item looks like. */
    loop(index, depth) {
        const open = this.tokens[index];
        const end = this.skipBalanced(index);
        let colon = index + 1;
        while (colon < end && !isPunctuation(this.tokens[colon], ':')) {
            colon = isOpening(this.tokens[colon]) ? this.skipBalanced(colon) : colon + 1;
        }
        const body = this.bodyAfter(colon + 1, end, depth);
        return {
            node: { kind: 'array', position: { line: open.line, column: open.column }, items: [], loopBody: body },
            next: end,
        };
    }
    /** The first `{ ... }` from `index` (skipping an `if (...)` condition), before `end`. */
    bodyAfter(index, end, depth) {
        let next = index;
        while (next < end) {
            const token = this.tokens[next];
            if (isPunctuation(token, '{'))
                return this.value(next, depth + 1).node;
            next = isPunctuation(token, '(') ? this.skipBalanced(next) : next + 1;
        }
        return undefined;
    }
}
const loadFunctions = new Set([
    'loadTextContent',
    'loadFileAsBase64',
    'loadJsonContent',
    'loadYamlContent',
    'loadDirectoryFileInfo',
]);
/** One .bicep or .bicepparam file, read for positions and references. */
class BicepSource {
    text;
    tokens;
    reader;
    /** True when the file is too large to read whole: its references cannot all be known. */
    truncated;
    constructor(text) {
        this.text = text;
        this.tokens = tokenize(text);
        this.truncated = this.tokens.length >= maxTokens;
        this.reader = new TreeReader(this.tokens);
    }
    /** The declaration of `keyword name` at the top level (`param x`, `var x`). */
    declarationNamed(keyword, name) {
        const wanted = name.toLowerCase();
        for (let index = 0; index + 1 < this.tokens.length; index += 1) {
            const token = this.tokens[index];
            const previous = this.tokens[index - 1];
            const atLineStart = previous === undefined || previous.kind === 'newline';
            if (!atLineStart || token.kind !== 'identifier' || token.text !== keyword)
                continue;
            const nameToken = this.tokens[index + 1];
            if (nameToken.kind !== 'identifier' || nameToken.text.toLowerCase() !== wanted)
                continue;
            let equals = index + 2;
            while (equals < this.tokens.length &&
                this.tokens[equals]?.kind !== 'newline' &&
                !isPunctuation(this.tokens[equals], '=')) {
                equals = isOpening(this.tokens[equals]) ? this.reader.skipBalanced(equals) : equals + 1;
            }
            const body = isPunctuation(this.tokens[equals], '=')
                ? this.reader.value(equals + 1, 0).node
                : undefined;
            return { position: { line: token.line, column: token.column }, body };
        }
        return undefined;
    }
    /** The `resource` or `module` declaration that starts on (0-based) `line`, as the compiler's range gives it. */
    declarationAt(line) {
        const first = this.tokens.findIndex((token) => token.line >= line + 1);
        if (first < 0)
            return undefined;
        let keyword = first;
        // Decorators (`@description(...)`) may come first.
        while (keyword < this.tokens.length) {
            const token = this.tokens[keyword];
            if (token.kind === 'identifier' && (token.text === 'resource' || token.text === 'module'))
                break;
            keyword = isOpening(token) ? this.reader.skipBalanced(keyword) : keyword + 1;
        }
        const token = this.tokens[keyword];
        if (token === undefined)
            return undefined;
        let equals = keyword + 1;
        while (equals < this.tokens.length && !isPunctuation(this.tokens[equals], '='))
            equals += 1;
        const bodyIndex = this.skipToBody(equals + 1);
        const body = bodyIndex === undefined ? undefined : this.reader.value(bodyIndex, 0).node;
        return { position: { line: token.line, column: token.column }, body };
    }
    /** After `=`: `if (cond) {`, `[for x in y: {`, or `{`; for a loop, the body of each item. */
    skipToBody(index) {
        let next = index;
        while (next < this.tokens.length) {
            const token = this.tokens[next];
            if (isPunctuation(token, '{'))
                return next;
            if (isPunctuation(token, '('))
                next = this.reader.skipBalanced(next);
            else
                next += 1;
        }
        return undefined;
    }
    /** `using none`: a .bicepparam that deliberately names no template. */
    usesNoTemplate() {
        return this.tokens.some((token, index) => token.kind === 'identifier' &&
            token.text === 'using' &&
            (index === 0 || this.tokens[index - 1]?.kind === 'newline') &&
            this.tokens[index + 1]?.kind === 'identifier' &&
            this.tokens[index + 1]?.text === 'none');
    }
    /** Files and artifacts this file refers to, found without compiling it. */
    references() {
        const references = [];
        const tokens = this.tokens;
        const stringAt = (index) => (tokens[index]?.kind === 'string' ? tokens[index]?.value : undefined);
        const atLineStart = (index) => index === 0 || tokens[index - 1]?.kind === 'newline';
        tokens.forEach((token, index) => {
            if (token.kind !== 'identifier')
                return;
            let target;
            let kind;
            // Statements start a line; elsewhere these words are ordinary names. `using none` and
            // `extension kubernetes` name no file.
            const statement = atLineStart(index);
            if (statement && token.text === 'module' && tokens[index + 1]?.kind === 'identifier') {
                [kind, target] = ['module', stringAt(index + 2)];
            }
            else if (statement && ['using', 'extends', 'extension'].includes(token.text)) {
                const next = tokens[index + 1];
                if (next?.kind === 'string') {
                    [kind, target] = [token.text, stringAt(index + 1)];
                }
                else if (token.text === 'extension' && next?.kind === 'identifier') {
                    [kind, target] = ['configuredExtension', next.text];
                }
            }
            else if (token.text === 'from' && tokens[index + 1]?.kind === 'string') {
                [kind, target] = ['import', stringAt(index + 1)];
            }
            else if (loadFunctions.has(token.text) && isPunctuation(tokens[index + 1], '(')) {
                [kind, target] = ['load', stringAt(index + 2)];
            }
            // A reference whose path is not a plain literal is kept, target unknown, so it is refused.
            if (kind !== undefined)
                references.push({ kind, target, line: token.line });
        });
        return references;
    }
}
const isRegistryReference = (target) => /^(br|ts)[:/]/i.test(target);


/***/ }),

/***/ 4402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ referencesOf),
/* harmony export */   Rt: () => (/* binding */ bicepFiles),
/* harmony export */   W: () => (/* binding */ isBicep),
/* harmony export */   Zq: () => (/* binding */ isBicepParam)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _arm_parameter_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7013);
/* harmony import */ var _input_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2933);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1707);
/* harmony import */ var _registry_hosts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1392);
/* harmony import */ var _registry_modules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2506);






const isBicep = (path) => (0,_input_format_js__WEBPACK_IMPORTED_MODULE_2__/* .hasExtension */ .Q)(path, ['.bicep']);
const isBicepParam = (path) => (0,_input_format_js__WEBPACK_IMPORTED_MODULE_2__/* .hasExtension */ .Q)(path, ['.bicepparam']);
/** An ARM parameter file whose template, by the naming convention, is a .bicep file beside it. */
function pairsWithBicep(file) {
    const stem = (0,_arm_parameter_files_js__WEBPACK_IMPORTED_MODULE_1__/* .templateStemOfParameterFile */ .mi)(file.path);
    return stem !== undefined && (0,_arm_parameter_files_js__WEBPACK_IMPORTED_MODULE_1__/* .armKindOf */ .KL)(file) === 'parameters' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(`${stem}.bicep`);
}
/** The modules, registry references and `using` target of a .bicep or .bicepparam file. */
function referencesOf(path, context, reader) {
    const policy = {
        restore: context.bicepRestore ?? true,
        allowedRegistries: context.bicepRegistries ?? [_registry_hosts_js__WEBPACK_IMPORTED_MODULE_5__/* .publicRegistry */ .t],
    };
    return (0,_references_js__WEBPACK_IMPORTED_MODULE_3__/* .scanReferences */ .Gr)(path, context.allowedRoots, reader, policy, context.limits);
}
/**
 * .bicep and .bicepparam files, the ARM parameter files deployed with a .bicep template, and
 * the compiled registry modules of a bicep cache inside the repository. The reader (and with
 * it the bicep CLI's client) is loaded on the first read.
 */
const bicepFiles = {
    name: 'bicep',
    extensions: ['.bicep', '.bicepparam', '.json'],
    detect: (file) => isBicep(file.path) ||
        isBicepParam(file.path) ||
        ((0,_input_format_js__WEBPACK_IMPORTED_MODULE_2__/* .hasExtension */ .Q)(file.path, ['.json']) && ((0,_registry_modules_js__WEBPACK_IMPORTED_MODULE_4__/* .isCachedModuleTemplate */ .Hj)(file.path) || pairsWithBicep(file))),
    read: async (files, context) => (await Promise.all(/* import() */[__webpack_require__.e(58), __webpack_require__.e(870), __webpack_require__.e(580), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 9408))).readBicepFiles(files, context),
    companions(file, context) {
        if (!isBicep(file.path) && !isBicepParam(file.path))
            return (0,_arm_parameter_files_js__WEBPACK_IMPORTED_MODULE_1__/* .templateCandidatesOf */ .y8)(file.path);
        // A module or a .bicepparam's template is checked through its parent only when read beside it.
        const scan = referencesOf(file.path, context, (0,_references_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceReader */ .T2)(new Map(), context.limits));
        return [...scan.localModules, ...(scan.usingTarget === undefined ? [] : [scan.usingTarget])];
    },
};


/***/ }),

/***/ 1707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gr: () => (/* binding */ scanReferences),
/* harmony export */   IS: () => (/* binding */ throughPrefix),
/* harmony export */   T2: () => (/* binding */ sourceReader)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bicep_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3714);
/* harmony import */ var _registry_modules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2506);
/* harmony import */ var _scanned_roots_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3389);





/** Modules nest; a chain this deep is either a mistake or hostile. */
const maxModuleDepth = 32;
/** A module or import target that bicep reads as Bicep source (anything but an ARM JSON template). */
const isReadAsBicep = (target) => !/\.jsonc?$/i.test(target);
const restoreFix = 'run `bicep restore` on it with network access before the scan (or let the scan restore it)';
function sourceReader(inputs, limits) {
    return {
        read(path) {
            const input = inputs.get(path);
            if (input)
                return input.text;
            try {
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size > limits.maxFileBytes)
                    return { error: `larger than ${limits.maxFileBytes} bytes` };
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
            }
            catch (error) {
                return { error: error.code ?? 'unreadable' };
            }
        },
        displayPath(path) {
            const input = inputs.get(path);
            if (input)
                return input.displayPath;
            const fromCwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), path);
            return fromCwd.startsWith('..') ? path : fromCwd;
        },
    };
}
/** "the registry module 'x' …", prefixed with where it is written when that is another file. */
const throughPrefix = (through) => through === undefined ? '' : `through ${through}, `;
/** Decides what happens to one registry reference: cached, restored by compiling, or not checked. */
function judgeRegistryReference(reference, placement, config, policy, scan) {
    const parsed = (0,_registry_modules_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryReference */ .qq)(reference.target, config);
    const named = `'${reference.target}'`;
    const at = { file: placement.file, line: placement.line };
    const through = throughPrefix(placement.through);
    if (parsed.kind === 'invalid')
        return;
    if (parsed.kind === 'templateSpec') {
        scan.notChecked.push({
            ...at,
            reason: `${through}the template spec ${named} is restored from Azure, which needs Azure credentials that the scan does not use`,
            fix: 'check the template spec from its own source, or replace it with a local module or a registry module',
        });
        return;
    }
    const { artifact } = parsed;
    if ((0,_registry_modules_js__WEBPACK_IMPORTED_MODULE_3__/* .isRestored */ .Le)(config.cacheRoot, artifact, reference.kind))
        return;
    const describedAt = `${through}the registry ${reference.kind} ${named} (${(0,_registry_modules_js__WEBPACK_IMPORTED_MODULE_3__/* .describeArtifact */ .Qw)(artifact)}) is not in bicep's module cache (${config.cacheRoot})`;
    if (!policy.restore) {
        scan.notChecked.push({
            ...at,
            reason: `${describedAt}, and restoring is turned off`,
            fix: restoreFix,
        });
        return;
    }
    const registry = artifact.registry.toLowerCase();
    if (!policy.allowedRegistries.some((allowed) => allowed.toLowerCase() === registry)) {
        scan.notChecked.push({
            ...at,
            reason: `${describedAt}, and the registry ${artifact.registry} is not one the workflow allows restoring from (${policy.allowedRegistries.join(', ') || 'none'})`,
            fix: `allow it with --bicep-registry ${artifact.registry} (action input bicep-registries), or ${restoreFix}`,
        });
        return;
    }
    scan.pendingRestore.push({ artifact, kind: reference.kind, cacheRoot: config.cacheRoot, ...placement });
}
/**
 * Follows `module`, `using`, `import`, `extension` and `load*()` references from `entry` through
 * local files, and judges every registry reference against the cache and the workflow's policy.
 */
function scanReferences(entry, roots, reader, policy, limits) {
    const scan = {
        refused: [],
        notChecked: [],
        pendingRestore: [],
        localModules: [],
        cacheRoots: [],
    };
    const configs = new Map();
    const visited = new Set([entry]);
    const entryFile = reader.displayPath(entry);
    /** `entryLine`: the entry's `module`/`using`/`import` line through which a followed file is reached. */
    const queue = [{ path: entry, depth: 0 }];
    while (queue.length > 0) {
        const { path, depth, entryLine } = queue.shift();
        const text = reader.read(path);
        if (typeof text !== 'string')
            continue;
        const file = reader.displayPath(path);
        const placeAt = (line) => entryLine === undefined
            ? { file, line }
            : { file: entryFile, line: entryLine, through: `${file}:${line}` };
        const directory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
        const lookup = configs.get(directory) ?? (0,_registry_modules_js__WEBPACK_IMPORTED_MODULE_3__/* .bicepConfigFor */ .FW)(directory, roots, limits);
        configs.set(directory, lookup);
        if ('refusal' in lookup) {
            scan.refused.push({ file, line: 1, message: `${lookup.refusal}; the file is not compiled` });
            continue;
        }
        const { config } = lookup;
        if (!scan.cacheRoots.includes(config.cacheRoot))
            scan.cacheRoots.push(config.cacheRoot);
        const source = new _bicep_source_js__WEBPACK_IMPORTED_MODULE_2__/* .BicepSource */ .D(text);
        if (source.truncated) {
            scan.refused.push({
                file,
                line: 1,
                message: 'the file is too large to inspect its references safely; it is not compiled',
            });
            continue;
        }
        for (const reference of source.references()) {
            if (reference.kind === 'configuredExtension') {
                const configured = reference.target === undefined ? undefined : config.extensions[reference.target];
                if (configured !== undefined && (0,_bicep_source_js__WEBPACK_IMPORTED_MODULE_2__/* .isRegistryReference */ .l)(configured)) {
                    judgeRegistryReference({ target: configured, kind: 'extension' }, placeAt(reference.line), config, policy, scan);
                }
                continue;
            }
            if (reference.target === undefined) {
                scan.refused.push({
                    file,
                    line: reference.line,
                    message: `the ${reference.kind} path is not a plain string, so where it leads cannot be checked; the file is not compiled`,
                });
                continue;
            }
            if ((0,_bicep_source_js__WEBPACK_IMPORTED_MODULE_2__/* .isRegistryReference */ .l)(reference.target)) {
                if (path === entry && reference.kind === 'using') {
                    scan.notChecked.push({
                        file,
                        line: reference.line,
                        reason: `its template is the registry module '${reference.target}', whose source lines the scan cannot point at`,
                        fix: 'deploy it through a local .bicep file that uses the module, and scan that',
                    });
                }
                else {
                    const kind = reference.kind === 'extension' ? 'extension' : 'module';
                    judgeRegistryReference({ target: reference.target, kind }, placeAt(reference.line), config, policy, scan);
                }
                continue;
            }
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory, reference.target);
            if (!(0,_scanned_roots_js__WEBPACK_IMPORTED_MODULE_4__/* .isInsideRoots */ .o)(target, roots)) {
                scan.refused.push({
                    file,
                    line: reference.line,
                    message: `the ${reference.kind} path '${reference.target}' points outside the scanned directories; the file is not compiled`,
                });
                continue;
            }
            if (path === entry && reference.kind === 'using')
                scan.usingTarget = target;
            const followed = ['module', 'using', 'extends', 'import'].includes(reference.kind);
            if (!followed || visited.has(target) || !isReadAsBicep(target))
                continue;
            if (depth >= maxModuleDepth) {
                scan.refused.push({
                    file,
                    line: reference.line,
                    message: `references nest deeper than ${maxModuleDepth} files, so where they lead is not followed; the file is not compiled`,
                });
                continue;
            }
            visited.add(target);
            if (reference.kind === 'module')
                scan.localModules.push(target);
            queue.push({ path: target, depth: depth + 1, entryLine: entryLine ?? reference.line });
        }
    }
    return scan;
}


/***/ }),

/***/ 2506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FW: () => (/* binding */ bicepConfigFor),
/* harmony export */   Hj: () => (/* binding */ isCachedModuleTemplate),
/* harmony export */   Le: () => (/* binding */ isRestored),
/* harmony export */   Qw: () => (/* binding */ describeArtifact),
/* harmony export */   qq: () => (/* binding */ parseRegistryReference)
/* harmony export */ });
/* unused harmony exports defaultCacheRoot, encodeTag, artifactDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4942);
/* harmony import */ var _json_nesting_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6092);
/* harmony import */ var _registry_hosts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1392);
/* harmony import */ var _scanned_roots_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3389);








/**
 * What bicep does with registry references (`br:`, `br/alias:`, `ts:`), computed as bicep
 * computes it (Azure/bicep BicepRegistryArtifact.cs, TagEncoder.cs, OciArtifactRegistry.cs), so
 * the scan knows before compiling whether a module is in the cache, which registry a restore
 * would contact, and which bicepconfig.json decides both.
 */
/** bicepconfig.json's `moduleAliases.br.public`, built into bicep. */
const builtInAliases = {
    public: { registry: _registry_hosts_js__WEBPACK_IMPORTED_MODULE_6__/* .publicRegistry */ .t, modulePath: 'bicep' },
};
/** The default module cache of the bicep process this scan starts (it inherits HOME). */
const defaultCacheRoot = () => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.bicep');
const stringRecord = (value) => (0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .isArmObject */ .YY)(value)
    ? Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'string'))
    : {};
function aliasesOf(config) {
    const aliases = { ...builtInAliases };
    const moduleAliases = (0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .getProperty */ .UU)(config, 'moduleAliases');
    const br = (0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .isArmObject */ .YY)(moduleAliases) ? (0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .getProperty */ .UU)(moduleAliases, 'br') : undefined;
    if (!(0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .isArmObject */ .YY)(br))
        return aliases;
    for (const [name, value] of Object.entries(br)) {
        const registry = (0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .isArmObject */ .YY)(value) ? (0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .getProperty */ .UU)(value, 'registry') : undefined;
        const modulePath = (0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .isArmObject */ .YY)(value) ? (0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .getProperty */ .UU)(value, 'modulePath') : undefined;
        if (typeof registry === 'string') {
            aliases[name] = { registry, ...(typeof modulePath === 'string' ? { modulePath } : {}) };
        }
    }
    return aliases;
}
/** The nearest bicepconfig.json at or above `directory`, as bicep looks for it (up to the file system's root). */
function nearestConfig(directory) {
    for (let current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(directory);; current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, 'bicepconfig.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate, { throwIfNoEntry: false })?.isFile())
            return candidate;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current) === current)
            return undefined;
    }
}
/**
 * The configuration bicep will use for files in `directory`, within the workflow's limits: a
 * bicepconfig.json outside the scanned directories (above the repository) is refused, because
 * the pull request's checkout does not own it and it could point restores or the cache anywhere;
 * a `cacheRootDirectory` must be inside the scanned directories or be the default cache.
 */
function bicepConfigFor(directory, roots, limits) {
    const path = nearestConfig(directory);
    if (path === undefined)
        return { config: { cacheRoot: defaultCacheRoot(), aliases: builtInAliases, extensions: {} } };
    if (!(0,_scanned_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .isInsideRoots */ .o)(path, roots)) {
        return {
            refusal: `bicep would use the configuration ${path}, which is outside the scanned directories; a bicepconfig.json above the scanned root is refused`,
        };
    }
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size > limits.maxFileBytes)
        return { refusal: `${path} is larger than ${limits.maxFileBytes} bytes` };
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    if ((0,_json_nesting_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonNestingBeyond */ .S)(text, limits.maxDepth) !== undefined) {
        return {
            refusal: `${path} nests deeper than ${limits.maxDepth} levels, so bicep's configuration is not read`,
        };
    }
    const errors = [];
    const parsed = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.parse)(text, errors, { allowTrailingComma: true });
    if (errors.length > 0 || !(0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .isArmObject */ .YY)(parsed)) {
        return { refusal: `${path} is not a valid JSON object, so bicep's configuration cannot be known` };
    }
    const config = parsed;
    const cacheRootDirectory = (0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .getProperty */ .UU)(config, 'cacheRootDirectory');
    let cacheRoot = defaultCacheRoot();
    if (typeof cacheRootDirectory === 'string' && cacheRootDirectory.trim() !== '') {
        if (!(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(cacheRootDirectory)) {
            return {
                refusal: `${path}: cacheRootDirectory '${cacheRootDirectory}' is not an absolute path, which bicep requires`,
            };
        }
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cacheRootDirectory) !== (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(defaultCacheRoot()) &&
            !(0,_scanned_roots_js__WEBPACK_IMPORTED_MODULE_5__/* .isInsideRoots */ .o)(cacheRootDirectory, roots)) {
            return {
                refusal: `${path}: cacheRootDirectory '${cacheRootDirectory}' is outside the scanned directories and is not bicep's default cache; it is refused`,
            };
        }
        cacheRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cacheRootDirectory);
    }
    return {
        config: {
            path,
            cacheRoot,
            aliases: aliasesOf(config),
            extensions: stringRecord((0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_7__/* .getProperty */ .UU)(config, 'extensions')),
        },
    };
}
/** `br:registry/repo:tag`, `br:registry/repo@sha256:…`, `br/alias:path:tag`, `ts:…`, `ts/alias:…`. */
function parseRegistryReference(reference, config) {
    if (/^ts[:/]/i.test(reference))
        return { kind: 'templateSpec' };
    const aliased = /^br\/([^:]+):(.+)$/i.exec(reference);
    let address;
    if (aliased) {
        const alias = config.aliases[aliased[1]];
        if (alias === undefined)
            return { kind: 'invalid' };
        const path = alias.modulePath ? `${alias.modulePath}/${aliased[2]}` : aliased[2];
        address = `${alias.registry}/${path}`;
    }
    else if (/^br:/i.test(reference)) {
        address = reference.slice(3);
    }
    else {
        return { kind: 'invalid' };
    }
    const withDigest = /^([^/]+)\/(.+)@(sha256:[0-9a-f]{64})$/i.exec(address);
    if (withDigest) {
        const [, registry, repository, digest] = withDigest;
        return { kind: 'oci', artifact: { registry, repository, digest } };
    }
    const withTag = /^([^/]+)\/(.+):([\w][\w.-]{0,127})$/.exec(address);
    if (!withTag)
        return { kind: 'invalid' };
    const [, registry, repository, tag] = withTag;
    return { kind: 'oci', artifact: { registry, repository, tag } };
}
/** bicep's TagEncoder: the tag, `$`, then a hex mask of its upper-case letters (none: nothing). */
function encodeTag(tag) {
    let mask = 0n;
    [...tag].forEach((char, index) => {
        if (char !== char.toLowerCase())
            mask |= 1n << BigInt(index);
    });
    if (mask === 0n)
        return `${tag}$`;
    const low = mask & 0xffffffffffffffffn;
    const high = mask >> 64n;
    return high === 0n
        ? `${tag}$${low.toString(16)}`
        : `${tag}$${high.toString(16)}${low.toString(16).padStart(16, '0')}`;
}
/** The cache directory bicep restores an artifact into. */
function artifactDirectory(cacheRoot, artifact) {
    const registry = artifact.registry.replaceAll(':', '$').toLowerCase();
    const version = artifact.tag !== undefined ? encodeTag(artifact.tag) : (artifact.digest ?? '').replace(':', '#');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cacheRoot, 'br', registry, artifact.repository.replaceAll('/', '$'), version);
}
/**
 * Restored, as bicep decides it (OciArtifactRegistry.IsArtifactRestoreRequired): the entry file
 * (main.json of a module, types.tgz of an extension), `manifest` and `metadata` all exist.
 */
function isRestored(cacheRoot, artifact, kind) {
    const directory = artifactDirectory(cacheRoot, artifact);
    const entry = kind === 'module' ? 'main.json' : 'types.tgz';
    return [entry, 'manifest', 'metadata'].every((name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, name)));
}
/** `mcr.microsoft.com/bicep/avm/res/x:1.0` for messages: the reference as bicep resolves it. */
const describeArtifact = (artifact) => `${artifact.registry}/${artifact.repository}${artifact.tag !== undefined ? `:${artifact.tag}` : `@${artifact.digest}`}`;
/**
 * A module's main.json inside a bicep cache (`…/br/<registry>/<repository>/<tag>$…/main.json`
 * with its manifest and metadata): a cacheRootDirectory inside the repository is walked like
 * any directory, and its compiled modules must not be read as the repository's own templates.
 */
function isCachedModuleTemplate(path) {
    if (!/[\\/]br[\\/][^\\/]+[\\/][^\\/]+[\\/][^\\/]*\$[0-9a-f]*[\\/]main\.json$/i.test(path))
        return false;
    const directory = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, 'manifest')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, 'metadata'));
}


/***/ }),

/***/ 3389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isWithin),
/* harmony export */   o: () => (/* binding */ isInsideRoots)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** The real path when it exists (a symlink is judged by where it leads), else the path as given. */
function realOrResolved(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    }
}
/** Whether `path` is `directory` or inside it. */
function isWithin(path, directory) {
    const real = realOrResolved(path);
    const realDirectory = realOrResolved(directory);
    return (real === realDirectory ||
        real.startsWith(realDirectory.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? realDirectory : realDirectory + node_path__WEBPACK_IMPORTED_MODULE_1__.sep));
}
/**
 * Whether scanned content may read `path`: inside one of the roots, and never inside a
 * repository's .git, which holds what actions/checkout persists (an authorization header).
 */
function isInsideRoots(path, roots) {
    const real = realOrResolved(path);
    return roots.some((root) => isWithin(real, root) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realOrResolved(root), real).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).includes('.git'));
}


/***/ }),

/***/ 6092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ jsonNestingBeyond),
/* harmony export */   z: () => (/* binding */ jsonToken)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);

// jsonc-parser's SyntaxKind is an ambient const enum, which isolatedModules cannot read.
const jsonToken = {
    openBrace: 1,
    closeBrace: 2,
    openBracket: 3,
    closeBracket: 4,
    comma: 5,
    string: 10,
    endOfFile: 17,
};
/**
 * The offset of the first bracket that opens level `maxDepth + 1`, or undefined when the text
 * nests no deeper. jsonc-parser's parse and parseTree recurse once per level, so a hostile file of
 * ten thousand `[` would exhaust the stack: every caller asks this (the scanner is iterative) first.
 */
function jsonNestingBeyond(text, maxDepth) {
    const scanner = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.createScanner)(text, true);
    let depth = 0;
    for (let token = scanner.scan(); token !== jsonToken.endOfFile; token = scanner.scan()) {
        if (token === jsonToken.openBrace || token === jsonToken.openBracket) {
            depth += 1;
            if (depth > maxDepth)
                return scanner.getTokenOffset();
        }
        else if (token === jsonToken.closeBrace || token === jsonToken.closeBracket) {
            depth -= 1;
        }
    }
    return undefined;
}


/***/ }),

/***/ 7460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ inCanonicalOrder)
/* harmony export */ });
/** Compares key lists in order; undefined sorts first. Plain `<`, not locale rules: the same on every runner. */
function compareKeys(left, right) {
    for (const [index, value] of left.entries()) {
        const other = right[index];
        if (value === other)
            continue;
        if (value === undefined)
            return -1;
        if (other === undefined)
            return 1;
        return value < other ? -1 : 1;
    }
    return 0;
}
const locationKeys = (location) => location.kind === 'live'
    ? [location.cluster, 0, 0, location.apiAddress, location.fieldPath]
    : [location.file, location.line, location.column, location.template, location.address];
/** Sorted by `keys`, and by the whole value where they tie (only then is it serialized). */
function sortedBy(items, keys, whole) {
    return [...items].sort((left, right) => compareKeys(keys(left), keys(right)) ||
        compareKeys([JSON.stringify(whole(left))], [JSON.stringify(whole(right))]));
}
const objectKeys = (object) => [
    ...locationKeys(object.location),
    object.apiVersion,
    object.kind,
    object.namespace,
    object.name,
    object.cluster,
];
const clusterKeys = (cluster) => [
    ...locationKeys(cluster.location),
    cluster.id,
    cluster.name,
];
/**
 * What was read, in one order that does not depend on which files were read together or first:
 * by file and position. A whole scan and a merge of shards then give the same report, row by row
 * and finding by finding (which cluster picks the catalog, which finding is listed first).
 */
function inCanonicalOrder(outcome) {
    return {
        ...outcome,
        model: {
            ...outcome.model,
            kubeObjects: sortedBy(outcome.model.kubeObjects, objectKeys, (object) => object.body),
            clusters: sortedBy(outcome.model.clusters, clusterKeys, (cluster) => cluster),
        },
        errors: sortedBy(outcome.errors, (error) => [error.file, error.line, error.column, error.message], () => undefined),
        skipped: sortedBy(outcome.skipped, (skipped) => [skipped.file, skipped.reason], () => undefined),
        notChecked: sortedBy(outcome.notChecked, (entry) => [entry.file, entry.line, entry.reason, entry.fix], () => undefined),
    };
}


/***/ }),

/***/ 3711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ parsedJsonOf),
/* harmony export */   t: () => (/* binding */ forgetParsedJson)
/* harmony export */ });
const parsedFiles = new WeakMap();
/**
 * A file's text read as strict JSON, parsed at most once however many formats look at it: ARM
 * detection decides from the value, and the Terraform plan reader takes the same value instead
 * of parsing a plan of tens of megabytes a second time. `ok: false` when the text is not strict
 * JSON (comments, trailing commas, not JSON at all): each format then reads the text its own way.
 */
function parsedJsonOf(file) {
    let parsed = parsedFiles.get(file);
    if (parsed === undefined) {
        try {
            parsed = { ok: true, value: JSON.parse(file.text.replace(/^\uFEFF/, '')) };
        }
        catch {
            parsed = { ok: false };
        }
        parsedFiles.set(file, parsed);
    }
    return parsed;
}
/**
 * Forgets the file's parsed value: the model keeps what it needs, and the file outlives its
 * read (discovery holds it to the end of the scan), so a value kept here would keep the whole
 * parsed tree in memory through the checks and the report.
 */
function forgetParsedJson(file) {
    parsedFiles.delete(file);
}


/***/ }),

/***/ 9139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dO: () => (/* binding */ discoveredExtensions),
  h0: () => (/* binding */ inputFormats),
  PX: () => (/* binding */ scannedExtensions)
});

// EXTERNAL MODULE: ./src/inputs/input-format.ts
var input_format = __webpack_require__(2933);
// EXTERNAL MODULE: ./src/inputs/arm/parameter-files.ts
var parameter_files = __webpack_require__(7013);
;// CONCATENATED MODULE: ./src/inputs/arm/format.ts


/** ARM templates and their parameter files, told apart from other JSON by their `$schema`. */
const armTemplates = {
    name: 'arm',
    extensions: ['.json', '.jsonc'],
    detect: (file) => (0,input_format/* hasExtension */.Q)(file.path, armTemplates.extensions) && (0,parameter_files/* armKindOf */.KL)(file) !== undefined,
    read: async (files, context) => (await Promise.all(/* import() */[__webpack_require__.e(870), __webpack_require__.e(580)]).then(__webpack_require__.bind(__webpack_require__, 7580))).readArmFiles(files, context),
    companions: (file) => (0,parameter_files/* templateCandidatesOf */.y8)(file.path),
};

// EXTERNAL MODULE: ./src/inputs/bicep/format.ts
var format = __webpack_require__(4402);
;// CONCATENATED MODULE: ./src/inputs/kubernetes-yaml/format.ts

/**
 * Kubernetes manifests: plain or Helm-rendered YAML, JSON, List objects. Registered last, so
 * the Bicep, ARM and Terraform formats see .json files first.
 */
const kubernetesYaml = {
    name: 'kubernetes-yaml',
    extensions: ['.yaml', '.yml', '.json'],
    detect: (file) => (0,input_format/* hasExtension */.Q)(file.path, kubernetesYaml.extensions),
    read: async (files, context) => (await Promise.all(/* import() */[__webpack_require__.e(18), __webpack_require__.e(729)]).then(__webpack_require__.bind(__webpack_require__, 9729))).readManifests(files, context),
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/inputs/terraform-source/format.ts
var terraform_source_format = __webpack_require__(6841);
;// CONCATENATED MODULE: ./src/inputs/terraform-plan/format.ts




/** `terraform show -json` output: a plan has a format version and planned values or resource changes. */
function isTerraformPlan(file) {
    return ((0,input_format/* hasExtension */.Q)(file.path, ['.json']) &&
        /^\uFEFF?\s*\{/.test(file.text) &&
        file.text.includes('"format_version"') &&
        (file.text.includes('"planned_values"') || file.text.includes('"resource_changes"')));
}
/** `source = "./modules/pool"`: a module in this repository (only grouping reads it, never evaluation). */
const localModuleSource = /\bsource\s*=\s*"(\.\.?\/[^"]*)"/g;
function terraformFilesIn(directory) {
    try {
        return (0,external_node_fs_.readdirSync)(directory)
            .filter(terraform_source_format/* isTerraformSource */.mh)
            .map((name) => (0,external_node_path_.join)(directory, name));
    }
    catch {
        return [];
    }
}
/**
 * Terraform plans, and .tf sources. A plan decides the configuration it was made from (its own
 * directory, or --terraform-dir), whose .tf files then only give its lines; sources that no plan
 * covers are evaluated directly. The reader (with the HCL parser) is loaded on the first read.
 */
const terraformPlan = {
    name: 'terraform',
    extensions: ['.json', ...terraform_source_format/* terraformSourceExtensions */._Q],
    readsBeside: terraform_source_format/* terraformVariableExtensions */.Jw,
    detect: (file) => isTerraformPlan(file) || (0,terraform_source_format/* isTerraformSource */.mh)(file.path),
    // The .tf sources beside the plan (or in --terraform-dir) go where the plan is read, whose lines
    // they give; a .tf file also goes with the local modules it calls, which are read through it.
    companions(file, context) {
        const source = (0,terraform_source_format/* isTerraformSource */.mh)(file.path);
        const directory = source ? (0,external_node_path_.dirname)(file.path) : (0,external_node_path_.resolve)(context.terraformDir ?? (0,external_node_path_.dirname)(file.path));
        const calledModules = source
            ? [...file.text.matchAll(localModuleSource)].map((match) => (0,external_node_path_.resolve)(directory, match[1]))
            : [];
        return [directory, ...calledModules].flatMap(terraformFilesIn);
    },
    read: async (files, context) => (await __webpack_require__.e(/* import() */ 521).then(__webpack_require__.bind(__webpack_require__, 9521))).readTerraformFiles(files, context),
};

;// CONCATENATED MODULE: ./src/inputs/registry.ts




/**
 * Every input language, in detection order: the first format whose detect() accepts a file
 * reads it. Adding a language is one module and one line here. Only the declarations are
 * loaded here; each format loads its reader when it first has files to read.
 */
const inputFormats = [
    // Before ARM: an ARM parameter file named after a .bicep file belongs to that template.
    format/* bicepFiles */.Rt,
    // Before Terraform, whose detection looks for words in the text: a template that mentions
    // "format_version" and "planned_values" must still be read as the template it is.
    armTemplates,
    terraformPlan,
    // Last: it takes every .yaml/.yml/.json, so the formats above must see .json files first.
    kubernetesYaml,
];
const unique = (extensions) => [...new Set(extensions)].sort();
/** What discovery collects below a directory: the files some format may claim. */
const discoveredExtensions = unique(inputFormats.flatMap((format) => format.extensions));
/** What a scan may open: discovered files, and the files readers open beside them. */
const scannedExtensions = unique(inputFormats.flatMap((format) => [...format.extensions, ...(format.readsBeside ?? [])]));


/***/ }),

/***/ 6841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ terraformVariableExtensions),
/* harmony export */   _Q: () => (/* binding */ terraformSourceExtensions),
/* harmony export */   mh: () => (/* binding */ isTerraformSource)
/* harmony export */ });
/** What Terraform itself reads as configuration: the `.tf` files of a module's directory (case matters). */
const terraformSourceExtensions = ['.tf'];
/**
 * Variable files, read from a configuration's directory (and --var-file), never handed over by
 * discovery; `*.tfvars.json` ends in `.json`, which discovery collects anyway.
 */
const terraformVariableExtensions = ['.tfvars'];
const isTerraformSource = (path) => terraformSourceExtensions.some((extension) => path.endsWith(extension));


/***/ }),

/***/ 5883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ clusterIdentity),
/* harmony export */   P: () => (/* binding */ referenceTo)
/* harmony export */ });
/**
 * Who a cluster is in counts, fingerprints and the new-versus-base comparison: its source and its
 * id there. Fifty copies of one template declare fifty clusters, even when all share one name;
 * the source is a path relative to the working directory, so neither a checkout's location nor a
 * shard changes it.
 */
const clusterIdentity = (cluster) => `${cluster.source}#${cluster.id}`;
const referenceTo = (cluster) => ({
    cluster: cluster.name,
    clusterSource: cluster.source,
    clusterIdentity: clusterIdentity(cluster),
});


/***/ }),

/***/ 5140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ textsOf),
/* harmony export */   DD: () => (/* binding */ asList),
/* harmony export */   KN: () => (/* binding */ displayValue),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   qI: () => (/* binding */ asFields)
/* harmony export */ });
function asFields(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
function asText(value) {
    return typeof value === 'string' ? value : undefined;
}
/** A value as a message shows it: text as written, anything else as its JSON. */
function displayValue(value) {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
}
/** Strings of a list field, ignoring entries of any other type. */
function textsOf(value) {
    return asList(value).filter((entry) => typeof entry === 'string');
}
/** The value at `path` below `root`, or undefined when any step is missing or null (Kubernetes reads null as unset). */
function valueAt(root, path) {
    let current = root;
    for (const step of path) {
        if (typeof step === 'number') {
            current = Array.isArray(current) ? current[step] : undefined;
        }
        else {
            current = asFields(current)?.[step];
        }
        if (current === undefined || current === null)
            return undefined;
    }
    return current;
}


/***/ }),

/***/ 7989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ unknownReason),
/* harmony export */   Iy: () => (/* binding */ resourceName),
/* harmony export */   es: () => (/* binding */ clusterOf)
/* harmony export */ });
/** The cluster fields of an object tied to a cluster, for a finding about it; none otherwise. */
function clusterOf(object) {
    const { cluster, clusterSource, clusterIdentity } = object;
    return {
        ...(cluster === undefined ? {} : { cluster }),
        ...(clusterSource === undefined ? {} : { clusterSource }),
        ...(clusterIdentity === undefined ? {} : { clusterIdentity }),
    };
}
/** `Kind/namespace/name`, or `Kind/name` for cluster-scoped objects. */
function resourceName(object) {
    return object.namespace === undefined
        ? `${object.kind}/${object.name}`
        : `${object.kind}/${object.namespace}/${object.name}`;
}
/** Why the value at `path` is not known yet, when it (or the block holding it, or a part of it) is unknown. */
function unknownReason(object, path) {
    // Either path leads into the other: an unknown block holds the field, or the field holds an unknown part.
    const overlaps = (unknown) => unknown.every((step, index) => index >= path.length || path[index] === step);
    return object.unknownFields?.find((field) => overlaps(field.path))?.reason;
}


/***/ }),

/***/ 348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ podTemplatesIn),
/* harmony export */   ab: () => (/* binding */ podTemplatesOf),
/* harmony export */   qD: () => (/* binding */ podTemplatePaths),
/* harmony export */   rc: () => (/* binding */ describeContainer)
/* harmony export */ });
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5140);
/* harmony import */ var _read_once_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3095);


/** Where each workload kind keeps its pod template (metadata and spec are siblings). */
const podTemplatePaths = {
    Pod: [],
    Deployment: ['spec', 'template'],
    StatefulSet: ['spec', 'template'],
    DaemonSet: ['spec', 'template'],
    ReplicaSet: ['spec', 'template'],
    ReplicationController: ['spec', 'template'],
    Job: ['spec', 'template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
const containerLists = [
    ['initContainer', 'initContainers'],
    ['container', 'containers'],
    ['ephemeralContainer', 'ephemeralContainers'],
];
/**
 * The pod templates of a workload object: one for the kinds above, none for anything else.
 * Every check reads pod templates; objects are immutable during a scan, so each is read once.
 */
const podTemplatesOf = (0,_read_once_js__WEBPACK_IMPORTED_MODULE_0__/* .readOnce */ .W)(readPodTemplates);
function readPodTemplates(object) {
    const templatePath = podTemplatePaths[object.kind];
    if (templatePath === undefined)
        return [];
    const spec = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .asFields */ .qI)((0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAt */ .fK)(object.body, [...templatePath, 'spec']));
    if (spec === undefined)
        return [];
    const specPath = [...templatePath, 'spec'];
    const key = specPath.join('.');
    return [
        {
            object,
            spec,
            specPath,
            metadata: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .asFields */ .qI)((0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAt */ .fK)(object.body, [...templatePath, 'metadata'])) ?? {},
            key,
            containers: containerLists.flatMap(([kind, field]) => containersIn(spec, kind, field, specPath, key)),
        },
    ];
}
/** The pod templates of all `objects`, read once per list: a model's checks all ask for them. */
const podTemplatesIn = (0,_read_once_js__WEBPACK_IMPORTED_MODULE_0__/* .readOnce */ .W)((objects) => objects.flatMap(podTemplatesOf));
function containersIn(spec, kind, field, specPath, specKey) {
    return (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .asList */ .DD)(spec[field]).flatMap((entry, index) => {
        const body = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .asFields */ .qI)(entry);
        if (body === undefined)
            return [];
        const name = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .asText */ .e1)(body.name) ?? `#${index}`;
        return [{ kind, name, body, path: [...specPath, field, index], key: `${specKey}.${field}[${name}]` }];
    });
}
const containerKindWords = {
    container: 'container',
    initContainer: 'init container',
    ephemeralContainer: 'ephemeral container',
};
/** `container "app"`, `init container "setup"`: how messages name a container. */
function describeContainer(container) {
    return `${containerKindWords[container.kind]} "${container.name}"`;
}


/***/ }),

/***/ 3477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ quoteInput),
/* harmony export */   an: () => (/* binding */ maxKubernetesNameCharacters),
/* harmony export */   wH: () => (/* binding */ maxMessageCharacters)
/* harmony export */ });
/* unused harmony export maxQuotedCharacters */
/** How much of one input value a message may copy. */
const maxQuotedCharacters = 200;
/** A DNS subdomain's length, the longest name the Kubernetes API server accepts. */
const maxKubernetesNameCharacters = 253;
/** How long a message or reason in the report may be, whatever it quotes. */
const maxMessageCharacters = 4000;
/**
 * An input value as a message copies it: at most 200 characters, then how long it was.
 * Values come from the scanned content, so their size is the author's choice, and one
 * value can land in a hundred reasons: unbounded, a 50 MB string exhausts the memory.
 * Strings are copied as they are; anything else as JSON.
 */
function quoteInput(value, maxCharacters = maxQuotedCharacters) {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    return text.length <= maxCharacters ? text : `${text.slice(0, maxCharacters)}…(${text.length} characters)`;
}


/***/ }),

/***/ 3095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readOnce)
/* harmony export */ });
/**
 * `read`, worked out once per key and remembered while the key lives. Scanned objects and
 * the model's lists do not change during a scan, and many checks ask the same question of them.
 */
function readOnce(read) {
    const known = new WeakMap();
    return (key) => {
        if (known.has(key))
            return known.get(key);
        const value = read(key);
        known.set(key, value);
        return value;
    };
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ schemaVersion),
/* harmony export */   a: () => (/* binding */ qualifiedRuleId)
/* harmony export */ });
/** `cis-kubernetes:5.2.2`: how fingerprints, suppressions and SARIF name a rule. */
const qualifiedRuleId = (family, id) => `${family}:${id}`;
/**
 * The JSON format's version: 2 since a row the scan could not decide says "Not evaluated" in
 * `status`; 3 since a finding's `location` is tagged (file or live) and a live one has no file and line.
 */
const schemaVersion = 3;


/***/ }),

/***/ 6658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F3: () => (/* reexport */ assess/* CannotRunError */.F),
  wy: () => (/* binding */ assessOptionsOf),
  JU: () => (/* binding */ prepareScan),
  $p: () => (/* binding */ readDiscovery),
  SQ: () => (/* binding */ scan),
  vQ: () => (/* binding */ withExcluded)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./src/benchmarks/assess.ts + 4 modules
var assess = __webpack_require__(2724);
// EXTERNAL MODULE: ./src/benchmarks/load-catalogs.ts + 1 modules
var load_catalogs = __webpack_require__(5);
// EXTERNAL MODULE: ./src/benchmarks/select-catalogs.ts
var select_catalogs = __webpack_require__(4295);
// EXTERNAL MODULE: ./src/checks/registry.ts + 23 modules
var registry = __webpack_require__(5876);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/inputs/input-format.ts
var input_format = __webpack_require__(2933);
// EXTERNAL MODULE: ./src/inputs/registry.ts + 3 modules
var inputs_registry = __webpack_require__(9139);
;// CONCATENATED MODULE: ./src/inputs/discover.ts






/** A file some input format may claim; the registry decides which one reads it. */
const isCandidate = (path) => (0,input_format/* hasExtension */.Q)(path, inputs_registry/* discoveredExtensions */.dO);
// .terraform holds downloaded providers and registry modules: not the user's code.
const ignoredDirectories = new Set(['.git', 'node_modules', '.terraform']);
const chartSource = {
    reason: 'a Helm chart source (Chart.yaml and templates/): its templates are not Kubernetes objects until rendered',
    fix: 'render it with `helm template RELEASE CHART_DIR -f VALUES` and scan the output',
};
const kustomization = {
    reason: 'a Kustomize directory: the objects it builds (patches, overlays, generated ConfigMaps and Secrets) are not what its files say',
    fix: 'build it with `kubectl kustomize DIR` (or `kustomize build DIR`) and scan the output',
};
/** The names kustomize looks for in a directory. */
const kustomizationFile = /^(kustomization\.ya?ml|Kustomization)$/;
const outsideReason = 'symbolic link to a path outside the scanned directory';
const bom = '\uFEFF';
/**
 * Finds the files to scan: files named on the command line (read whatever their name), and the
 * candidate files below directories and globs. No path means the working directory. Nothing is
 * dropped silently: what is not read is skipped with a reason, or an error.
 */
async function discoverFiles(paths, options) {
    const discovery = new FileDiscovery(options);
    for (const path of paths.length === 0 ? ['.'] : paths)
        await discovery.add(path);
    return discovery.result();
}
class FileDiscovery {
    cwd;
    limits;
    /** By real path. */
    files = new Map();
    errors = [];
    skipped = new Map();
    notChecked = new Map();
    unmatched = [];
    excluded = new Map();
    /** The first exclude glob that matches a cwd-relative path, if any. */
    excludedBy;
    /** Real paths of directories already walked, so a symlink loop ends. */
    walked = new Set();
    /** Answers of isChartDirectory, asked once per directory for every file a glob matches. */
    chartDirectories = new Map();
    constructor(options) {
        this.cwd = options.cwd;
        this.limits = options.limits;
        const matchers = (options.exclude ?? []).map((pattern) => ({
            pattern,
            matches: picomatch_default()(pattern, { dot: true }),
        }));
        this.excludedBy = (path) => matchers.find((matcher) => matcher.matches(path))?.pattern;
    }
    result() {
        return {
            files: [...this.files.values()],
            errors: this.errors,
            skipped: [...this.skipped.values()],
            notChecked: [...this.notChecked.values()],
            unmatched: this.unmatched,
            excluded: [...this.excluded.values()],
        };
    }
    /**
     * Whether the configuration excludes `path`; if so it is listed once. Matched on the path
     * relative to the working directory, whatever name reached it (a link, a glob, a walk).
     */
    isExcluded(path) {
        const shown = this.display(path);
        const pattern = this.excludedBy(shown);
        if (pattern === undefined)
            return false;
        if (!this.excluded.has(shown))
            this.excluded.set(shown, { path: shown, pattern });
        return true;
    }
    async add(path) {
        const absolute = (0,external_node_path_.resolve)(this.cwd, path);
        if (this.isExcluded(absolute))
            return;
        const stats = await (0,promises_.stat)(absolute).catch(() => undefined);
        if (stats?.isDirectory()) {
            const root = await (0,promises_.realpath)(absolute);
            if (await this.isChartDirectory(absolute))
                this.listNotChecked(absolute, chartSource);
            else
                await this.walk(absolute, root);
        }
        else if (stats?.isFile()) {
            await this.addFile(absolute, true);
        }
        else if (stats !== undefined) {
            // A device or pipe could be endless: never read one.
            this.errors.push({ file: this.display(absolute), message: 'not a regular file' });
        }
        else if ((0,dist/* isDynamicPattern */.ey)(path)) {
            await this.addGlob(path);
        }
        else {
            this.unmatched.push(path);
        }
    }
    /**
     * Glob matches are treated like a walk: only candidate files, outside .git and node_modules,
     * and links must resolve inside the pattern's fixed leading directory.
     */
    async addGlob(pattern) {
        const matches = await (0,dist/* glob */.TI)(pattern, {
            cwd: this.cwd,
            absolute: true,
            onlyFiles: true,
            expandDirectories: false,
            ignore: [...ignoredDirectories].map((directory) => `**/${directory}/**`),
        });
        if (matches.length === 0) {
            this.unmatched.push(pattern);
            return;
        }
        const root = await (0,promises_.realpath)((0,external_node_path_.resolve)(this.cwd, fixedPrefix(pattern))).catch(() => this.cwd);
        // Links followed through a loop reach the same outside file by many paths: report it once.
        const refused = new Set();
        for (const match of matches.sort()) {
            const path = (0,external_node_path_.resolve)(match);
            if (this.isExcluded(path))
                continue;
            const real = await (0,promises_.realpath)(path);
            const chart = await this.enclosingChart(path);
            if (chart !== undefined)
                this.listNotChecked(chart, chartSource);
            else if (isInside(real, root)) {
                if (kustomizationFile.test((0,external_node_path_.basename)(path)))
                    this.listNotChecked((0,external_node_path_.dirname)(path), kustomization);
                if (isCandidate(path))
                    await this.addFile(path, false);
            }
            else if (!refused.has(real)) {
                refused.add(real);
                this.skip(path, outsideReason);
            }
        }
    }
    async walk(directory, root) {
        const real = await (0,promises_.realpath)(directory);
        if (this.walked.has(real))
            return;
        this.walked.add(real);
        let entries;
        try {
            entries = await (0,promises_.readdir)(directory, { withFileTypes: true });
        }
        catch (error) {
            this.errors.push({
                file: this.display(directory),
                message: `cannot read directory: ${describe(error)}`,
            });
            return;
        }
        entries.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
        // Its plain manifests are still read below; what kustomize makes of them is not.
        if (entries.some((entry) => kustomizationFile.test(entry.name)))
            this.listNotChecked(directory, kustomization);
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(directory, entry.name);
            if (this.isExcluded(path))
                continue;
            if (entry.isSymbolicLink())
                await this.followLink(path, root);
            else if (entry.isDirectory())
                await this.enterDirectory(path, entry.name, root);
            else if (entry.isFile() && isCandidate(entry.name))
                await this.addFile(path, false);
        }
    }
    async enterDirectory(path, name, root) {
        if (ignoredDirectories.has(name))
            return;
        if (await this.isChartDirectory(path))
            this.listNotChecked(path, chartSource);
        else
            await this.walk(path, root);
    }
    /** A link met on a walk must stay inside the directory being walked. */
    async followLink(path, root) {
        const target = await (0,promises_.realpath)(path).catch(() => undefined);
        if (target === undefined) {
            this.skip(path, 'broken symbolic link');
            return;
        }
        if (!isInside(target, root)) {
            this.skip(path, outsideReason);
            return;
        }
        const stats = await (0,promises_.stat)(target);
        const name = target.slice((0,external_node_path_.dirname)(target).length + 1);
        if (stats.isDirectory())
            await this.enterDirectory(path, name, root);
        else if (stats.isFile() && isCandidate(name))
            await this.addFile(path, false);
    }
    /** Files are keyed by their real path: a file reached twice (by name, by link) is read once. */
    async addFile(path, explicit) {
        const displayPath = this.display(path);
        try {
            const real = await (0,promises_.realpath)(path);
            const known = this.files.get(real);
            if (known !== undefined) {
                known.explicit ||= explicit;
                return;
            }
            // Size first: a file over the limit is never read into memory.
            const { size } = await (0,promises_.stat)(path);
            if (size > this.limits.maxFileBytes) {
                this.errors.push({
                    file: displayPath,
                    message: `file is larger than the limit of ${this.limits.maxFileBytes} bytes (maxFileBytes)`,
                });
                return;
            }
            const decoded = decodeUtf8(await (0,promises_.readFile)(path));
            if (!decoded.ok) {
                this.errors.push({ file: displayPath, line: decoded.line, message: invalidUtf8Message });
                return;
            }
            const { text } = decoded;
            this.files.set(real, {
                path,
                displayPath,
                text: text.startsWith(bom) ? text.slice(1) : text,
                explicit,
            });
        }
        catch (error) {
            this.errors.push({ file: displayPath, message: `cannot read file: ${describe(error)}` });
        }
    }
    /** `Chart.yaml` beside `templates/`: a chart's source, whose templates are not YAML until rendered. */
    isChartDirectory(directory) {
        let answer = this.chartDirectories.get(directory);
        if (answer === undefined) {
            answer = Promise.all([
                (0,promises_.stat)((0,external_node_path_.join)(directory, 'Chart.yaml')).catch(() => undefined),
                (0,promises_.stat)((0,external_node_path_.join)(directory, 'templates')).catch(() => undefined),
            ]).then(([chart, templates]) => chart?.isFile() === true && templates?.isDirectory() === true);
            this.chartDirectories.set(directory, answer);
        }
        return answer;
    }
    /** The chart directory a globbed file belongs to, if any. */
    async enclosingChart(file) {
        for (let directory = (0,external_node_path_.dirname)(file); directory !== (0,external_node_path_.dirname)(directory); directory = (0,external_node_path_.dirname)(directory)) {
            if (await this.isChartDirectory(directory))
                return directory;
        }
        return undefined;
    }
    listNotChecked(path, why) {
        const file = this.display(path);
        if (!this.notChecked.has(file))
            this.notChecked.set(file, { file, ...why });
    }
    skip(path, reason) {
        const file = this.display(path);
        if (!this.skipped.has(file))
            this.skipped.set(file, { file, reason });
    }
    /** Relative to the working directory when inside it, absolute otherwise; always with `/`. */
    display(path) {
        const fromCwd = (0,external_node_path_.relative)(this.cwd, path);
        const shown = isInside(path, this.cwd) ? fromCwd || '.' : path;
        return external_node_path_.sep === '/' ? shown : shown.split(external_node_path_.sep).join('/');
    }
}
const invalidUtf8Message = 'not valid UTF-8 on this line; the Kubernetes API server and the compilers reject such a file, so it is not read';
/**
 * Strict UTF-8: a lenient decoder would turn bad bytes into U+FFFD and check a file that
 * differs from what gets deployed. The newline byte never occurs inside a multi-byte
 * sequence, so decoding line by line finds the first bad line.
 */
function decodeUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    try {
        return { ok: true, text: decoder.decode(bytes) };
    }
    catch {
        let start = 0;
        for (let line = 1;; line += 1) {
            const end = bytes.indexOf(0x0a, start);
            try {
                decoder.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
            }
            catch {
                return { ok: false, line };
            }
            if (end < 0)
                return { ok: false, line };
            start = end + 1;
        }
    }
}
function isInside(path, directory) {
    const fromDirectory = (0,external_node_path_.relative)(directory, path);
    const leaves = fromDirectory === '..' || fromDirectory.startsWith(`..${external_node_path_.sep}`);
    return !leaves && !(0,external_node_path_.isAbsolute)(fromDirectory);
}
/** The directories of a glob before its first wildcard: `deploy/**\/*.yaml` → `deploy`. */
function fixedPrefix(pattern) {
    const segments = pattern.split('/');
    const firstDynamic = segments.findIndex((segment) => (0,dist/* isDynamicPattern */.ey)(segment));
    return segments.slice(0, firstDynamic === -1 ? -1 : firstDynamic).join('/') || '.';
}
function describe(error) {
    const code = error.code;
    return code ?? (error instanceof Error ? error.message : String(error));
}

// EXTERNAL MODULE: ./src/inputs/outcome-order.ts
var outcome_order = __webpack_require__(7460);
;// CONCATENATED MODULE: ./src/model/scan-model.ts
const emptyModel = () => ({ kubeObjects: [], clusters: [] });

// EXTERNAL MODULE: ./src/inputs/parsed-json.ts
var parsed_json = __webpack_require__(3711);
;// CONCATENATED MODULE: ./src/inputs/read-inputs.ts



/**
 * Hands each file to the first registered format that claims it, reads each format's files in
 * one call, and merges their model fragments. A file no format claims is an error when it was
 * named on the command line, and skipped with the reason when it was found by walking.
 */
async function readInputs(files, context, formats = inputs_registry/* inputFormats */.h0) {
    const result = { model: emptyModel(), errors: [], skipped: [], notChecked: [] };
    const claimed = new Map();
    for (const file of files) {
        const format = formats.find((candidate) => candidate.detect(file));
        if (format !== undefined) {
            const formatFiles = claimed.get(format) ?? [];
            formatFiles.push(file);
            claimed.set(format, formatFiles);
        }
        else if (file.explicit) {
            result.errors.push({
                file: file.displayPath,
                message: 'not a Kubernetes manifest or other supported input',
            });
        }
        else {
            result.skipped.push({ file: file.displayPath, reason: 'not a supported input' });
        }
    }
    const outputs = await Promise.all([...claimed].map(([format, claimedFiles]) => readGuarded(format, claimedFiles, context)));
    // What detection parsed and no reader took (a JSON manifest's value) must not outlive the read.
    for (const file of files)
        (0,parsed_json/* forgetParsedJson */.t)(file);
    for (const output of outputs) {
        addFragment(result.model, output.model);
        result.errors.push(...output.errors);
        result.skipped.push(...output.skipped);
        result.notChecked.push(...(output.notChecked ?? []));
    }
    return result;
}
/**
 * Scanned content is hostile: should some file still drive a reader into an exception, that
 * format's files become errors (which block by default) and every other format's results stand.
 */
async function readGuarded(format, files, context) {
    try {
        return await format.read(files, context);
    }
    catch (error) {
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        return {
            model: {},
            errors: files.map((file) => ({
                file: file.displayPath,
                message: `the ${format.name} reader failed: ${reason}`,
            })),
            skipped: [],
        };
    }
}
function addFragment(model, fragment) {
    // concat, not push(...): a 50k-object stream would overflow the argument list.
    if (fragment.kubeObjects !== undefined)
        model.kubeObjects = model.kubeObjects.concat(fragment.kubeObjects);
    if (fragment.clusters !== undefined)
        model.clusters = model.clusters.concat(fragment.clusters);
    if (fragment.unreadable !== undefined)
        model.unreadable = (model.unreadable ?? []).concat(fragment.unreadable);
}

;// CONCATENATED MODULE: ./src/benchmarks/drift.ts
const rowKey = (benchmark, rule) => `${benchmark}\u0000${rule}`;
function rowsOf(report) {
    const rows = new Map();
    for (const benchmark of report?.benchmarks ?? []) {
        for (const rule of benchmark.rules)
            rows.set(rowKey(benchmark.id, rule.id), rule);
    }
    return rows;
}
const decided = (rule) => rule?.decidedBy === 'scan';
/**
 * Who decided a row of the merged report. A failing row names the sides that fail; a passing one
 * the sides that judged it. A row only the two models together could decide counts as both.
 */
function sourceOf(merged, code, live) {
    if (merged.decidedBy === 'platform')
        return 'platform';
    if (merged.decidedBy !== 'scan')
        return undefined;
    const judged = (side) => decided(side) && (merged.status !== 'Fail' || side.status === 'Fail');
    const sides = [judged(code) ? 'code' : '', judged(live) ? 'live' : ''].filter((side) => side !== '');
    return sides.length === 1 ? sides[0] : 'code+live';
}
/** A row the two sides decided with opposite verdicts. */
function driftOf(benchmark, code, live) {
    if (!decided(code) || !decided(live) || code.status === live.status)
        return undefined;
    const opposite = new Set([code.status, live.status]);
    if (!opposite.has('Pass') || !opposite.has('Fail'))
        return undefined;
    return { benchmark, id: code.id, title: code.title, code: code.status, live: live.status };
}
/**
 * Adds to the merged report (code and cluster judged as one model) what the separate assessments
 * show: each row's source and, when code was scanned too, the drift between code and cluster.
 */
function withSources(merged, sides) {
    const codeRows = rowsOf(sides.code);
    const liveRows = rowsOf(sides.live);
    const drift = [];
    const benchmarks = merged.benchmarks.map((benchmark) => ({
        ...benchmark,
        rules: benchmark.rules.map((rule) => {
            const code = codeRows.get(rowKey(benchmark.id, rule.id));
            const live = liveRows.get(rowKey(benchmark.id, rule.id));
            const entry = driftOf(benchmark.id, code, live);
            if (entry)
                drift.push(entry);
            const source = sourceOf(rule, code, live);
            return source === undefined ? rule : { ...rule, source };
        }),
    }));
    return { ...merged, benchmarks, ...(sides.code === undefined ? {} : { drift }) };
}

;// CONCATENATED MODULE: ./src/scan.ts














const silentLog = { info: () => undefined, warn: () => undefined };
/**
 * References from scanned content (Bicep modules, Terraform module sources, symlinks) may
 * point into the working directory and the directories named on the command line.
 */
function defaultAllowedRoots(options) {
    // A named file brings its directory: a plan's .tf sources (and a template's modules) sit beside it.
    const named = options.paths
        .filter((path) => !(0,dist/* isDynamicPattern */.ey)(path))
        .map((path) => (0,external_node_path_.resolve)(options.cwd, path))
        .map((path) => ((0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isFile() === true ? (0,external_node_path_.dirname)(path) : path));
    const terraform = [
        ...(options.terraformDir === undefined ? [] : [options.terraformDir]),
        ...(options.terraformVarFiles ?? []),
    ].map((path) => (0,external_node_path_.resolve)(options.cwd, path));
    return [(0,external_node_path_.resolve)(options.cwd), ...named, ...terraform];
}
/** Adds each fragment's objects, clusters and unreadable kinds to `model`. */
function mergeFragments(model, fragments) {
    return fragments.reduce((merged, fragment) => ({
        kubeObjects: merged.kubeObjects.concat(fragment.kubeObjects ?? []),
        clusters: merged.clusters.concat(fragment.clusters ?? []),
        ...(merged.unreadable === undefined && fragment.unreadable === undefined
            ? {}
            : { unreadable: (merged.unreadable ?? []).concat(fragment.unreadable ?? []) }),
    }), model);
}
const noFiles = {
    files: [],
    errors: [],
    skipped: [],
    notChecked: [],
    unmatched: [],
    excluded: [],
};
/** The engine's options from the scan's: the registered checks, over the catalogs on disk. */
function assessOptionsOf(options) {
    const catalogs = (0,load_catalogs/* loadCatalogs */.J)();
    const refused = (0,select_catalogs/* unknownBenchmark */.kH)(catalogs, options.benchmarks ?? []);
    if (refused !== undefined)
        throw new assess/* CannotRunError */.F(refused);
    return {
        catalogs,
        checks: registry/* checks */.A,
        ...(options.benchmarks === undefined ? {} : { benchmarks: options.benchmarks }),
        ...(options.namespace === undefined ? {} : { namespace: options.namespace }),
        ...(options.ignores === undefined ? {} : { ignores: options.ignores }),
        ...(options.skip === undefined ? {} : { skip: options.skip }),
        ...(options.today === undefined ? {} : { today: options.today }),
    };
}
/** Checks the options and discovers the files; what cannot run throws CannotRunError. */
async function prepareScan(options) {
    const log = options.log ?? silentLog;
    const limits = { ...input_format/* defaultLimits */.M, ...options.limits };
    const assessOptions = assessOptionsOf(options);
    options.progress?.('discovering files');
    // No PATH means the working directory, unless another source (a live cluster) is the input.
    const discovery = options.paths.length === 0 && (options.sources ?? []).length > 0
        ? noFiles
        : await discoverFiles(options.paths, { cwd: options.cwd, limits, exclude: options.exclude ?? [] });
    if (discovery.unmatched.length > 0) {
        const named = discovery.unmatched.map((path) => `"${path}"`).join(', ');
        throw new assess/* CannotRunError */.F(`nothing to scan at ${named}: no such file or directory, or the glob matches no file`);
    }
    const context = {
        allowedRoots: options.allowedRoots ?? defaultAllowedRoots(options),
        defaultNamespace: options.namespace ?? 'default',
        limits,
        ...(options.bicepPath === undefined ? {} : { bicepPath: options.bicepPath }),
        ...(options.bicepCompiler === undefined ? {} : { bicepCompiler: options.bicepCompiler }),
        ...(options.bicepRestore === undefined ? {} : { bicepRestore: options.bicepRestore }),
        ...(options.bicepRegistries === undefined ? {} : { bicepRegistries: options.bicepRegistries }),
        parameterFiles: options.parameterFiles ?? [],
        ...(options.terraformDir === undefined
            ? {}
            : { terraformDir: (0,external_node_path_.resolve)(options.cwd, options.terraformDir) }),
        ...(options.terraformVarFiles === undefined
            ? {}
            : { terraformVarFiles: options.terraformVarFiles.map((path) => (0,external_node_path_.resolve)(options.cwd, path)) }),
        log,
        ...(options.progress === undefined ? {} : { progress: options.progress }),
    };
    return { discovery, context, assessOptions };
}
/**
 * Reads what discovery found: the model, and every error and skipped file, in the order of
 * `inCanonicalOrder`, which does not depend on which files were read together.
 */
async function readDiscovery(discovery, context) {
    if (discovery.files.length > 0)
        context.progress?.(`reading ${discovery.files.length} files`);
    const input = await readInputs(discovery.files, context);
    return (0,outcome_order/* inCanonicalOrder */.u)({
        ...input,
        errors: [...discovery.errors, ...input.errors],
        skipped: [...discovery.skipped, ...input.skipped],
        notChecked: [...discovery.notChecked, ...input.notChecked],
    });
}
/**
 * Discovers and reads the files, and returns what the rest of the scan needs of discovery: not
 * the files, whose texts (a 50 MB plan) are garbage once read, rather than beside the checks'
 * findings and the report. A function of its own: its frame, which holds them, ends here.
 */
async function discoverAndRead(options) {
    const { discovery, context, assessOptions } = await prepareScan(options);
    const input = await readDiscovery(discovery, context);
    return {
        input,
        context,
        assessOptions,
        excluded: discovery.excluded,
        readFiles: discovery.files.length > 0,
    };
}
/** Discover → read → model → select catalogs → evaluate → suppress → fingerprint → report. */
async function scan(options) {
    const sources = options.sources ?? [];
    const { input, context, assessOptions, excluded, readFiles } = await discoverAndRead(options);
    const extra = await Promise.all(sources.map((source) => source(context)));
    const sourceModels = extra.map((result) => result.model);
    options.progress?.('checking');
    const assessed = (0,assess/* assess */.n)({
        model: mergeFragments(input.model, sourceModels),
        errors: [...input.errors, ...extra.flatMap((result) => result.errors)],
        skipped: [...input.skipped, ...extra.flatMap((result) => result.skipped)],
        notChecked: [...input.notChecked, ...extra.flatMap((result) => result.notChecked ?? [])],
    }, assessOptions);
    const report = withExcluded(assessed, excluded);
    if (sources.length === 0)
        return report;
    // Each side alone, under the catalogs the merged scan chose, so that their rows line up.
    const sideOptions = { ...assessOptions, benchmarks: report.benchmarks.map((benchmark) => benchmark.id) };
    const code = readFiles ? assessSide(input.model, sideOptions) : undefined;
    const live = code && assessSide(mergeFragments(emptyModel(), sourceModels), sideOptions);
    return withSources(report, code && live ? { code, live } : { live: report });
}
/** The report with what the exclude globs left out, when they left out anything. */
const withExcluded = (report, excluded) => excluded.length === 0 ? report : { ...report, excluded };
/** One side of a code-and-live scan; undefined when that side alone selects no catalog. */
function assessSide(model, options) {
    try {
        return (0,assess/* assess */.n)({ model, errors: [], skipped: [], notChecked: [] }, options);
    }
    catch (error) {
        if (error instanceof assess/* CannotRunError */.F)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 1374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ gateChanges),
/* harmony export */   HT: () => (/* binding */ loadConfigFile),
/* harmony export */   OL: () => (/* binding */ qualifiedName),
/* harmony export */   X: () => (/* binding */ ignoreRulesOf),
/* harmony export */   Yz: () => (/* binding */ skipRulesOf),
/* harmony export */   hV: () => (/* binding */ gateFromBase),
/* harmony export */   jE: () => (/* binding */ defaultConfigPath),
/* harmony export */   yq: () => (/* binding */ configParser)
/* harmony export */ });
/* unused harmony export parseResourceSelector */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3477);


/** The config file's default place, under the scanned root (the action's workspace, the CLI's directory). */
const defaultConfigPath = '.github/aks-cis-gate.yml';
const maxConfigBytes = 1024 * 1024;
/** The parser (js-yaml and the schema's validator), loaded only when there is a config file to read. */
const configParser = () => Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(324)]).then(__webpack_require__.bind(__webpack_require__, 8324));
/**
 * Reads the config file. A missing file is fine unless it was named explicitly; a file that
 * does not parse or match the schema is an error naming the file and the line.
 */
async function loadConfigFile(absolutePath, displayPath, explicit) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolutePath)) {
        return explicit
            ? { ok: false, error: `${displayPath}: config file not found` }
            : { ok: true, config: { ignores: [] }, found: false };
    }
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolutePath, 'utf8');
    if (text.length > maxConfigBytes)
        return { ok: false, error: `${displayPath}: larger than 1 MiB` };
    return (await configParser()).parseConfigFile(text, { path: displayPath });
}
/** `5.2.2` is CIS Kubernetes' rule, as in ignores and annotations; `cis-aks:4.2.1` names its family. */
const qualifiedName = (rule) => (rule.includes(':') ? rule : `cis-kubernetes:${rule}`);
/**
 * The keys that decide the gate, as the file spells them. On a pull request (and with the CLI's
 * --base) they come from the base commit: a pull request could otherwise switch off the gate
 * that judges it, or exclude and skip what it adds.
 */
const gateKeys = [
    ['paths', 'paths'],
    ['exclude', 'exclude'],
    ['benchmarks', 'benchmarks'],
    ['level', 'level'],
    ['fail-on', 'failOn'],
    ['fail-on-error', 'failOnError'],
    ['fail-on-unchecked', 'failOnUnchecked'],
    ['skip', 'skip'],
];
/** The gate's settings from `base`, the ignores from `head` (they are reviewable code, listed apart). */
function gateFromBase(base, head) {
    return {
        ...Object.fromEntries(gateKeys.map(([, key]) => [key, base[key]])),
        ignores: head.ignores,
    };
}
/** `fail-on: new-automated → none`, for each gate key the head changes. */
function gateChanges(base, head) {
    const show = (value) => (value === undefined ? '(not set)' : (0,_model_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteInput */ .Zs)(value));
    return gateKeys
        .filter(([, key]) => JSON.stringify(base[key]) !== JSON.stringify(head[key]))
        .map(([name, key]) => `${name}: ${show(base[key])} → ${show(head[key])}`);
}
/** `Kind/namespace/name` (or `Kind/name` for cluster-scoped kinds) into the engine's selector. */
function parseResourceSelector(text) {
    const [kind, first, second] = text.split('/');
    const part = (value) => (value === undefined || value === '' ? undefined : value);
    return second === undefined
        ? { kind: part(kind), name: part(first) }
        : { kind: part(kind), namespace: part(first), name: part(second) };
}
/** The config's ignores as the scan takes them; expiry is the scan's to judge (and to report). */
function ignoreRulesOf(ignores, displayPath) {
    return ignores.map((ignore) => ({
        rule: ignore.rule,
        reason: ignore.reason,
        paths: ignore.paths,
        resources: ignore.resources?.map(parseResourceSelector),
        expires: ignore.expires,
        source: { file: displayPath },
    }));
}
/** The config's skips as the scan takes them: each rule by its family (`cis-kubernetes:5.2.2`). */
function skipRulesOf(skips, displayPath) {
    return skips.map((skip) => ({ rule: qualifiedName(skip.rule), reason: skip.reason, source: displayPath }));
}


/***/ }),

/***/ 1291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ storeOutcome),
/* harmony export */   JX: () => (/* binding */ shardReportKind),
/* harmony export */   dd: () => (/* binding */ restoreOutcome),
/* harmony export */   r_: () => (/* binding */ configHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const shardReportKind = 'aks-cis-gate-shard';
function configHash(config) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(config)).digest('hex');
}
/** Every path into a body that holds a value, the root first. */
function* fieldPaths(value, path = []) {
    yield path;
    if (Array.isArray(value)) {
        for (const [index, item] of value.entries())
            yield* fieldPaths(item, [...path, index]);
    }
    else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value))
            yield* fieldPaths(item, [...path, key]);
    }
}
/** A field in the object's own file (and template) is stored as its line and column alone. */
const inObjectFile = (object, field) => object.kind !== 'live' &&
    field.kind !== 'live' &&
    field.file === object.file &&
    field.template === object.template &&
    field.address === object.address;
/**
 * The object's locations for every field it has (and every field known to be unknown): a missing
 * field is located at its nearest present ancestor, so that table answers every `locate`.
 */
function storeKubeObject(object) {
    // The locate function stays behind: a shard report is JSON, its table replaces the function.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const { locate, ...plain } = object;
    const fieldLocations = {};
    const paths = [...fieldPaths(object.body), ...(object.unknownFields ?? []).map((field) => field.path)];
    for (const path of paths) {
        const location = object.locate(path);
        fieldLocations[JSON.stringify(path)] = inObjectFile(object.location, location)
            ? [location.line, location.column]
            : location;
    }
    return { ...plain, fieldLocations };
}
function restoreKubeObject(stored) {
    const { fieldLocations, ...plain } = stored;
    const locate = (path) => {
        for (let length = path.length; length >= 0; length -= 1) {
            const found = fieldLocations[JSON.stringify(path.slice(0, length))];
            if (Array.isArray(found) && stored.location.kind !== 'live')
                return { ...stored.location, line: found[0], column: found[1] };
            if (found !== undefined && !Array.isArray(found))
                return found;
        }
        return stored.location;
    };
    // JSON has no undefined: a cluster-scoped object's namespace comes back as a missing key.
    return { ...plain, namespace: plain.namespace ?? undefined, locate };
}
function storeOutcome(outcome) {
    return {
        ...outcome,
        model: { ...outcome.model, kubeObjects: outcome.model.kubeObjects.map(storeKubeObject) },
    };
}
function restoreOutcome(stored) {
    return {
        ...stored,
        model: { ...stored.model, kubeObjects: stored.model.kubeObjects.map(restoreKubeObject) },
    };
}


/***/ })

};
