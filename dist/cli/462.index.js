export const id = 462;
export const ids = [462];
export const modules = {

/***/ 462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderBenchmarkTables: () => (/* binding */ renderBenchmarkTables),
  renderMarkdown: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./src/results/findings.ts
var findings = __webpack_require__(5846);
// EXTERNAL MODULE: ./src/results/gate.ts
var results_gate = __webpack_require__(4107);
;// CONCATENATED MODULE: ./src/report/escape.ts
/** U+2060 WORD JOINER: invisible, and it splits `#12`, `GH-7` and `@user` so GitHub links none of them. */
const wordJoiner = '&#8288;';
/**
 * Text from scanned files (names, messages, paths, reasons) as inert Markdown: no HTML,
 * no links or images, no code spans, no emphasis, no math, no @mentions, issue references
 * or autolinks, no table breaks, one line.
 */
function escape_escapeMarkdown(text) {
    return (text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~!#]/g, (character) => `\\${character}`)
        // GitHub turns `#12`, `owner/repo#12` and `GH-12` into issue links after Markdown is
        // parsed, so a backslash does not stop them; an invisible joiner does.
        .replace(/\\#/g, `\\#${wordJoiner}`)
        .replace(/\b(gh)-/gi, `$1-${wordJoiner}`)
        .replace(/@/g, '&#64;')
        // A backslash does not stop GitHub's `$…$` math either; a dollar in its own HTML element does.
        .replace(/\$/g, () => '<span>$</span>')
        .replace(/:\/\//g, ':&#47;&#47;')
        .replace(/\b(www)\./gi, '$1&#46;'));
}
/** Our own catalog text (titles, remediation, Microsoft's reasons) keeps its Markdown but stays in its table cell. */
function catalogCell(text) {
    return text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
}
/**
 * At most `max` characters of text from a scanned file: a 70,000-character resource name must
 * not push everything else out of a report. The cut says how long the whole was.
 */
function escape_shorten(text, max = 160) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, max)}…(${text.length} characters)`;
}
/** A path inside a Markdown link target: every segment percent-encoded, parentheses too (`)` ends the link). */
function linkPath(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
        .join('/');
}

// EXTERNAL MODULE: ./src/benchmarks/catalog.ts
var catalog = __webpack_require__(5687);
// EXTERNAL MODULE: ./src/report/problems.ts
var report_problems = __webpack_require__(3300);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/problem-markdown.ts




const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/**
 * Reference-style links, each target defined once at the end: the same rule page or line is
 * linked from several entries, and a comment has a size limit.
 */
class LinkReferences {
    labels = new Map();
    /** `[text][n]`, with `text` already Markdown. */
    link(text, url) {
        let label = this.labels.get(url);
        if (label === undefined) {
            label = `${this.labels.size + 1}`;
            this.labels.set(url, label);
        }
        return `[${text}][${label}]`;
    }
    definitions() {
        return [...this.labels].map(([url, label]) => `[${label}]: ${url}`);
    }
}
/**
 * Problems as Markdown, grouped by object: each with its line, message, rule ids linked to
 * their pages, and the fix in the file's language. A fix shown once is referred to after.
 */
class ProblemWriter {
    references;
    lineUrl;
    fixesShown = new Map();
    constructor(references, lineUrl = () => undefined) {
        this.references = references;
        this.lineUrl = lineUrl;
    }
    ruleLinks(problem) {
        return problem.rows
            .map(({ benchmark, rule }) => this.references.link(`${benchmark.family} ${rule.id}`, (0,catalog/* ruleDocUrl */.Cg)(benchmark.id, rule.id)))
            .join(', ');
    }
    place(problem) {
        const { location } = problem.finding;
        if (location.kind === 'live')
            return escape_escapeMarkdown(escape_shorten(location.apiAddress));
        const url = this.lineUrl(location.file, location.line);
        const label = `L${location.line}`;
        return url === undefined ? label : this.references.link(label, url);
    }
    fix(problem) {
        const { label, text } = (0,report_problems/* problemFix */.Fb)(problem);
        const first = problem.rows[0];
        const key = `${label}\u0000${text}`;
        const shownFor = this.fixesShown.get(key);
        if (shownFor !== undefined)
            return `${label}: as above (${shownFor}).`;
        if (first !== undefined)
            this.fixesShown.set(key, `${first.benchmark.family} ${first.rule.id}`);
        return `${label}: ${text.replace(/\s*\n\s*/g, ' ')}`;
    }
    entry(problem) {
        const { finding } = problem;
        // Most messages name their container already; the template is on the object's line.
        const container = finding.container === undefined || finding.message.includes(`"${finding.container}"`)
            ? ''
            : ` (container ${escape_escapeMarkdown(escape_shorten(finding.container))})`;
        return [
            // A backslash at the end of the line is a hard break: the fix goes on a line of its own.
            `- ${this.place(problem)} ${escape_escapeMarkdown(escape_shorten(finding.message, 300))}${container} · ${this.ruleLinks(problem)}\\`,
            `  ${this.fix(problem)}`,
        ];
    }
    /** The first `limit` problems, by object, then how many were left out. */
    write(problems, limit = problems.length) {
        const shown = problems.slice(0, limit);
        const lines = (0,report_problems/* groupByResource */.vr)(shown).flatMap((group) => {
            const first = group.problems[0]?.finding;
            const live = first?.location.kind === 'live';
            const template = (0,summary/* templateOf */.kW)(first);
            const shownTemplate = template === undefined ? '' : ` (template ${escape_escapeMarkdown(escape_shorten(template))})`;
            const where = live ? '' : ` in ${escape_escapeMarkdown(escape_shorten(group.file))}${shownTemplate}`;
            const heading = live && first?.cluster !== undefined
                ? escape_escapeMarkdown(escape_shorten((0,summary/* describeSubject */.qy)(first)))
                : escape_escapeMarkdown(escape_shorten(group.resource));
            return ['', `**${heading}**${where}`, '', ...group.problems.flatMap((problem) => this.entry(problem))];
        });
        const cut = problems.length - shown.length;
        return cut === 0 ? lines : [...lines, '', `…and ${plural(cut, 'more problem')}, left out for space.`];
    }
    /** `### Title (N)` and the problems, or nothing when there are none. */
    section(title, problems, limit = problems.length) {
        if (problems.length === 0)
            return [];
        return ['', `### ${title} (${problems.length})`, ...this.write(problems, limit)];
    }
}

;// CONCATENATED MODULE: ./src/report/markdown-rows.ts

/** The whole value, escaped: a report file has no size limit. */
const wholeCell = (text) => escape_escapeMarkdown(text);
/** Escaped and cut to `limit` characters (shorten's default unless told). */
const shortCell = (text, limit) => escapeMarkdown(shorten(text, limit));
/** One table row of cells already written. */
const tableRow = (cells) => `| ${cells.join(' | ')} |`;
/** A table's header row and the separator under it. */
const tableHead = (names) => `${tableRow(names)}\n${tableRow(names.map(() => '---'))}`;
/** A heading over a bulleted list; nothing at all when the list is empty. */
const bulletSection = (heading, items) => items.length === 0 ? [] : [heading, '', ...items.map((item) => `- ${item}`)];
/** Messages and reasons are cut later than places: they carry the fix. */
const messageLimit = 300;
/** A file that could not be read: where, and why. */
const inputErrorItem = (error, cell) => `${cell(error.line === undefined ? error.file : `${error.file}:${error.line}`)}: ${cell(error.message, messageLimit)}`;
/** A notice or a line of what the configuration left out. */
const noteItem = (text, cell) => cell(text, messageLimit);

;// CONCATENATED MODULE: ./src/report/markdown.ts







// Microsoft's status has its own column: in Status it would read as this scan's finding.
const columns = [
    'CIS ID',
    'Recommendation',
    'Assessment status',
    'Level',
    'Status',
    "Microsoft's AKS status",
    'Reason',
];
/** Scans with live input add a Source column (code, live, code+live, platform). */
const withSource = (benchmark) => benchmark.rules.some((rule) => rule.source !== undefined);
const header = (source) => tableHead(source ? [...columns, 'Source'] : columns);
/** Heading rows for the sections a rule sits under (`5`, then `5.2`), each printed once. */
function sectionRows(benchmark, rule, printed, source) {
    const titles = new Map((benchmark.sections ?? []).map((section) => [section.id, section.title]));
    const parts = rule.section.split('.');
    const rows = [];
    for (let depth = 1; depth <= parts.length; depth += 1) {
        const id = parts.slice(0, depth).join('.');
        const title = titles.get(id);
        if (title === undefined || printed.has(id))
            continue;
        printed.add(id);
        rows.push(tableRow([
            `**${id}**`,
            `**${catalogCell(title)}**`,
            ...columns.slice(2).map(() => ''),
            ...(source ? [''] : []),
        ]));
    }
    return rows;
}
const reasonCell = (rule) => rule.decidedBy === 'platform'
    ? ["AKS platform (Microsoft's attestation)", catalogCell(rule.reason)]
        .filter((part) => part !== '')
        .join(': ')
    : escape_escapeMarkdown(rule.reason);
function ruleRow(rule, source) {
    return tableRow([
        rule.id,
        catalogCell(rule.title),
        rule.assessment ?? '',
        rule.level ?? '',
        rule.status === 'Fail' && rule.decidedBy === 'scan' ? '**Fail**' : rule.status,
        rule.aksStatus,
        reasonCell(rule),
        ...(source ? [rule.source ?? ''] : []),
    ]);
}
function findingLine(finding) {
    const status = finding.suppressed !== undefined ? ` (suppressed: ${escape_escapeMarkdown(finding.suppressed)})` : '';
    const platform = finding.platform === true ? ' (platform-managed object: shown, not counted)' : '';
    return `- ${escape_escapeMarkdown((0,summary/* findingPlace */.ps)(finding))}: ${escape_escapeMarkdown((0,summary/* describeSubject */.qy)(finding))}: ${escape_escapeMarkdown(finding.message)}${status}${platform}`;
}
function evidence(benchmark) {
    const rules = benchmark.rules.filter((rule) => rule.findings.length > 0);
    if (rules.length === 0)
        return [];
    return [
        '',
        '### Evidence',
        ...rules.flatMap((rule) => [
            '',
            `#### ${rule.id} ${catalogCell(rule.title)}`,
            '',
            ...(0,summary/* platformLast */._L)(rule.findings).map(findingLine),
            '',
            `Remediation: ${catalogCell(rule.remediation)}`,
        ]),
    ];
}
function benchmarkSection(benchmark) {
    const printed = new Set();
    const source = withSource(benchmark);
    return [
        '',
        `## ${benchmark.title} (${benchmark.id})`,
        '',
        `Catalog ${escape_escapeMarkdown(benchmark.id)}, selected because: ${escape_escapeMarkdown(benchmark.selectedBecause)}. Rows: ${(0,summary/* statusTally */.X8)(benchmark)}.`,
        '',
        header(source),
        ...benchmark.rules.flatMap((rule) => [
            ...sectionRows(benchmark, rule, printed, source),
            ruleRow(rule, source),
        ]),
        ...evidence(benchmark),
    ];
}
function listSection(title, lines) {
    const section = bulletSection(`## ${title}`, lines);
    return section.length === 0 ? [] : ['', ...section];
}
/** Rows where the code and the cluster disagree, before the tables. */
function driftSection(drift) {
    if (drift === undefined)
        return [];
    if (drift.length === 0)
        return ['', '## Drift', '', 'The code and the cluster agree on every row both decided.'];
    return [
        '',
        '## Drift',
        '',
        'Rows the code scan and the live scan decided differently.',
        '',
        tableHead(['Benchmark', 'CIS ID', 'Recommendation', 'Code', 'Live']),
        ...drift.map((entry) => tableRow([
            escape_escapeMarkdown(entry.benchmark),
            escape_escapeMarkdown(entry.id),
            catalogCell(entry.title),
            entry.code,
            `**${entry.live}**`,
        ])),
    ];
}
/** Every row of every benchmark in Microsoft's columns, with our evidence under each, then errors, skipped files and notices. */
function renderBenchmarkTables(report) {
    return [
        ...driftSection(report.drift),
        ...report.benchmarks.flatMap(benchmarkSection),
        ...listSection('Input errors', report.errors.map((error) => inputErrorItem(error, wholeCell))),
        ...listSection('Skipped files', report.skipped.map((skipped) => `${escape_escapeMarkdown(skipped.file)}: ${escape_escapeMarkdown(skipped.reason)}`)),
        ...listSection('Notices', (report.notices ?? []).map((notice) => noteItem(notice, wholeCell))),
    ];
}
/** The failures first, one entry per problem with its fix, blocking ones (under `policy`) on top. */
function failureSections(report, failures) {
    const problems = (0,report_problems/* groupProblems */.Uh)(failures);
    const blocks = (problem) => problem.members.some((member) => member.blocking);
    const references = new LinkReferences();
    const writer = new ProblemWriter(references);
    const lines = [
        ...writer.section('Blocking failures', problems.filter(blocks)),
        ...writer.section('Failures that do not block', problems.filter((problem) => !blocks(problem))),
    ];
    const definitions = references.definitions();
    return definitions.length === 0 ? lines : [...lines, '', ...definitions];
}
/** The report: counts, the failures with their fixes, then the benchmark tables in Microsoft's columns. */
function renderMarkdown(report, options = {}) {
    // A bare report (no entry point decided the gate) is gated here with the given policy, to mark what blocks.
    const gate = (0,results_gate/* decideGate */.q7)(report, options.baseline ?? { kind: 'unavailable', reason: 'a bare report' }, options.policy ?? results_gate/* cliDefaultPolicy */.Ap);
    const { verdict, counts, score } = (0,summary/* headlineOf */.gD)(report, gate.counts);
    const headline = [counts, ...(score === undefined ? [] : [score])].join(', ');
    const lines = [
        '# aks-cis-gate report',
        '',
        ...(verdict === undefined ? [] : [`**${escape_escapeMarkdown(verdict)}**`, '']),
        escape_escapeMarkdown(headline),
        ...listSection('Inputs not checked', report.notChecked.map((entry) => escape_escapeMarkdown((0,findings/* describeNotChecked */.GD)(entry)))),
        ...listSection('Left out by configuration', (0,summary/* configurationLines */.Qr)(report).map((line) => noteItem(line, wholeCell))),
        ...failureSections(report, gate.failures),
        ...renderBenchmarkTables(report),
    ];
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 3300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fb: () => (/* binding */ problemFix),
/* harmony export */   Uh: () => (/* binding */ groupProblems),
/* harmony export */   vr: () => (/* binding */ groupByResource)
/* harmony export */ });
/* unused harmony export fixLanguage */
/* harmony import */ var _benchmarks_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9820);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7994);
/* harmony import */ var _inputs_input_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2933);
/* harmony import */ var _inputs_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9139);




const problemKey = (finding) => [
    finding.check,
    (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .findingPlace */ .ps)(finding),
    finding.location.kind === 'file' ? finding.location.column : '',
    finding.resource,
    finding.container ?? '',
    finding.message,
].join('\u0000');
/** Merges the entries that are one problem, keeping the order in which each was first seen. */
function groupProblems(entries) {
    const problems = new Map();
    for (const entry of entries) {
        const key = problemKey(entry.finding);
        const problem = problems.get(key) ?? { finding: entry.finding, rows: [], members: [] };
        problems.set(key, problem);
        problem.members.push(entry);
        const id = (0,_benchmarks_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedRuleId */ .a)(entry.benchmark.family, entry.rule.id);
        if (!problem.rows.some((row) => (0,_benchmarks_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .qualifiedRuleId */ .a)(row.benchmark.family, row.rule.id) === id)) {
            problem.rows.push({ benchmark: entry.benchmark, rule: entry.rule });
        }
    }
    return [...problems.values()];
}
/** Problems by object and file, each group where its first problem was. */
function groupByResource(problems) {
    const groups = new Map();
    for (const problem of problems) {
        const { resource } = problem.finding;
        const file = (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .findingSource */ .B5)(problem.finding);
        const key = `${resource}\u0000${file}`;
        const group = groups.get(key) ?? { resource, file, problems: [] };
        groups.set(key, group);
        group.problems.push(problem);
    }
    return [...groups.values()];
}
const languageNames = { yaml: 'YAML', bicep: 'Bicep', terraform: 'Terraform' };
/** The catalogs' fix languages of the input formats (by name) that have one. */
const formatFixLanguages = {
    'kubernetes-yaml': 'yaml',
    bicep: 'bicep',
    terraform: 'terraform',
};
/**
 * The language a finding's file is written in: that of the one format whose extensions claim
 * it. A `.json` file is an ARM template, a Terraform plan or a manifest, which the file name
 * does not tell apart: its fix is the general remediation.
 */
function fixLanguage(file) {
    const claiming = _inputs_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .inputFormats */ .h0.filter((format) => (0,_inputs_input_format_js__WEBPACK_IMPORTED_MODULE_0__/* .hasExtension */ .Q)(file, format.extensions));
    return claiming.length === 1 ? formatFixLanguages[claiming[0]?.name ?? ''] : undefined;
}
/** The fix for a problem in its file's language ("Fix (Terraform)"), else the rule's remediation. */
function problemFix(problem) {
    const { location } = problem.finding;
    const language = location.kind === 'file' ? fixLanguage(location.file) : undefined;
    for (const { rule } of problem.rows) {
        const text = language === undefined ? undefined : rule.fix?.[language];
        if (text !== undefined && language !== undefined)
            return { label: `Fix (${languageNames[language]})`, text };
    }
    return { label: 'Fix', text: problem.rows[0]?.rule.remediation ?? '' };
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
