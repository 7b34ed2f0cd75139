export const id = 720;
export const ids = [720];
export const modules = {

/***/ 5720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli),
  toolVersion: () => (/* binding */ toolVersion)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/package-root.ts
var package_root = __webpack_require__(4956);
// EXTERNAL MODULE: ./src/results/gate.ts
var gate = __webpack_require__(4107);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/inputs/bicep/registry-hosts.ts
var registry_hosts = __webpack_require__(1392);
// EXTERNAL MODULE: ./src/inputs/input-format.ts
var input_format = __webpack_require__(2933);
// EXTERNAL MODULE: ./src/inputs/live/live-source.ts
var live_source = __webpack_require__(4556);
;// CONCATENATED MODULE: ./src/report/report-formats.ts
/**
 * The output formats by name, for the command line to parse before any renderer is loaded;
 * report/registry.ts maps each to its renderer (the compiler checks that they agree).
 */
const reportFormats = ['table', 'markdown', 'json', 'sarif'];

;// CONCATENATED MODULE: ./src/shard/shard.ts
/** `I/N` with 1 ≤ I ≤ N; undefined when the text is anything else. */
function parseShard(text) {
    const match = /^(\d+)\/(\d+)$/.exec(text.trim());
    if (match === null)
        return undefined;
    const shard = { index: Number(match[1]), count: Number(match[2]) };
    return shard.index >= 1 && shard.index <= shard.count ? shard : undefined;
}

;// CONCATENATED MODULE: ./src/cli/args.ts







const usage = `Usage: aks-cis-gate scan [PATH...] [options]
       aks-cis-gate scan [PATH...] --live [live options]
       aks-cis-gate scan [PATH...] --shard I/N --output FILE [options]
       aks-cis-gate merge SHARD-FILE... [--format F] [--output FILE] [--config FILE] [gate options]
       aks-cis-gate rules [--benchmark ID]
       aks-cis-gate explain RULE

Checks Kubernetes YAML, Bicep, ARM and Terraform plan JSON against the CIS Kubernetes,
CIS AKS and CIS Azure Linux benchmarks. With no PATH, scans the current directory.
With --live, reads the running cluster instead (no PATH) or as well (PATH...: the
report then lists the drift between the code and the cluster first).

Options:
  --benchmark ID        a family (cis-kubernetes, cis-aks, cis-azure-linux) or an exact
                        catalog id (cis-kubernetes-v1.12.0); repeatable. Default: chosen
                        from the Kubernetes version the input declares
  --level L1|L2         rules that count for --fail-on: L1 only, or L1 and L2 (default L2)
  --fail-on MODE        automated (default): failing Automated rules block; all: any
                        failing rule decided by the scan; new-automated, new: the same
                        for findings the baseline lacks (needs --baseline or --base);
                        none: never block
  --baseline REPORT     compare with an earlier scan's JSON report (--format json)
  --base REF            compare with the git commit REF (a branch, tag or sha), scanned
                        as the action scans a pull request's base; the gate settings,
                        exclude and skip then come from REF's config file
  --config FILE         the config file (default .github/aks-cis-gate.yml under the
                        working directory, when present): paths, exclude, benchmarks,
                        level, fail-on, skip, ignores; options given here win over it
  --exclude GLOB        never scan what GLOB matches (relative to the working
                        directory); repeatable; listed as excluded in the report
  --allow-errors        files that cannot be read or parsed do not fail the run
  --allow-unchecked     deployable code found but not checked (a Helm chart source, a
                        Kustomize directory) does not fail the run
  --namespace NS        namespace of objects without metadata.namespace (default default)
  -f, --format FORMAT   table, markdown, json or sarif (default: table on a terminal,
                        markdown otherwise)
  -o, --output FILE     write the report to FILE instead of stdout
  --verbose             table: every row, not only the failures
  --progress            progress on stderr even when it is no terminal (CI logs)
  --bicep-path PATH     the bicep executable (else BICEP_PATH, .tools/bicep/bicep, PATH)
  --bicep-registry HOST a registry bicep may restore modules from; repeatable (default
                        mcr.microsoft.com, the public registry)
  --no-restore          use only bicep's module cache: never contact a registry
  --parameters FILE     a .bicepparam or ARM parameters file; repeatable
  --terraform-dir DIR   the .tf sources of a Terraform plan, for line numbers
  --var-file FILE       a Terraform variables file for .tf sources read without a
                        plan (after terraform.tfvars and *.auto.tfvars); repeatable
  --limit NAME=N        raise or lower an input bound; repeatable. Names (defaults):
                        maxFileBytes (268435456), maxDocumentBytes (16777216),
                        maxDocuments (200000), maxAliases (10000), maxDepth (100),
                        maxMergeKeys (100000)
  --shard I/N           read only shard I of N (I from 1 to N) and write what it read
                        as JSON, for \`merge\`: no checks, no report, exit 0 once written
  -h, --help            this help
  -v, --version         the version

Rules:
  rules                 every rule of every catalog: assessment, level and how this tool
                        decides it (its checks, or the platform's attestation);
                        --benchmark ID lists one family or catalog
  explain RULE          one rule (5.2.2, cis-kubernetes:5.2.2 or
                        cis-kubernetes-v1.12.0:5.2.2): what the scan checks and the fix
                        in Bicep, Terraform and YAML; its page is docs/rules/<catalog>/<id>.md

Live options (only with --live; docs/live.md):
  --live                read the cluster of the kubeconfig's context (GET requests only)
  --kubeconfig FILE     the kubeconfig (else KUBECONFIG, in-cluster, ~/.kube/config)
  --context NAME        the kubeconfig context (default: its current context)
  --azure-cluster-id ID also read the managed cluster from Azure Resource Manager
                        (/subscriptions/…/managedClusters/NAME; DefaultAzureCredential)
  --arm-endpoint URL    Resource Manager endpoint (sovereign clouds)
  --authority-host URL  Entra ID authority host (sovereign clouds)
  --request-timeout S   bound on each request, in seconds (default ${live_source/* defaultRequestTimeoutSeconds */.fI})
  --page-size N         objects per list request (default ${live_source/* defaultPageSize */.eW})
  --count-platform-workloads
                        count AKS-managed objects (kube-system …) as yours
  --node-audit          run one read-only Job per node pool to read host files,
                        kernel modules and sysctls: this WRITES to the cluster
  --node-audit-image IMAGE
                        the audit Job's image (default ${live_source/* defaultNodeAuditImage */.kM})
  --node-audit-namespace NS
                        where the audit Jobs run (default ${live_source/* defaultNodeAuditNamespace */.uc})

merge reads the files of every shard of one run (same commit, options and version,
each shard exactly once), runs the checks over all of it as one scan would, and reports;
a missing or repeated shard is exit status 2. It takes --format, --output, --level,
--fail-on, --allow-errors, --allow-unchecked and --config (the gate's settings, read as
scan reads them; its skip and ignores must be the shards'); the scan options are the shards'.

Exit status: 0 nothing blocks; 1 a counted rule fails, an input could not be read
(unless --allow-errors) or was found but not checked (unless --allow-unchecked); 2 the
tool cannot run (bad arguments, a PATH that does not exist or matches nothing, a live
cluster that refuses the credentials, times out or cannot be reached, an unexpected error).
`;
const options = {
    benchmark: { type: 'string', multiple: true },
    level: { type: 'string' },
    'fail-on': { type: 'string' },
    'allow-errors': { type: 'boolean' },
    'allow-unchecked': { type: 'boolean' },
    namespace: { type: 'string' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    verbose: { type: 'boolean' },
    progress: { type: 'boolean' },
    'bicep-path': { type: 'string' },
    'bicep-registry': { type: 'string', multiple: true },
    'no-restore': { type: 'boolean' },
    parameters: { type: 'string', multiple: true },
    'terraform-dir': { type: 'string' },
    'var-file': { type: 'string', multiple: true },
    limit: { type: 'string', multiple: true },
    live: { type: 'boolean' },
    kubeconfig: { type: 'string' },
    context: { type: 'string' },
    'azure-cluster-id': { type: 'string' },
    'arm-endpoint': { type: 'string' },
    'authority-host': { type: 'string' },
    'request-timeout': { type: 'string' },
    'page-size': { type: 'string' },
    'count-platform-workloads': { type: 'boolean' },
    'node-audit': { type: 'boolean' },
    'node-audit-image': { type: 'string' },
    'node-audit-namespace': { type: 'string' },
    shard: { type: 'string' },
    config: { type: 'string' },
    exclude: { type: 'string', multiple: true },
    baseline: { type: 'string' },
    base: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
/** A value from a fixed list; `problems` collects what is wrong instead of stopping at the first. */
function oneOf(name, value, allowed, fallback, problems) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    problems.push(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
}
const liveOnlyOptions = [
    'kubeconfig',
    'context',
    'azure-cluster-id',
    'arm-endpoint',
    'authority-host',
    'request-timeout',
    'page-size',
    'count-platform-workloads',
    'node-audit',
    'node-audit-image',
    'node-audit-namespace',
];
/** A positive whole number given as text. */
function positive(name, value, fallback, problems) {
    if (value === undefined)
        return fallback;
    const number = Number(value);
    if (value.trim() !== '' && Number.isInteger(number) && number > 0)
        return number;
    problems.push(`--${name} must be a positive whole number (got "${value}")`);
    return fallback;
}
/** The live options; each of them without --live is a usage error, not silently ignored. */
function liveCommand(values, problems) {
    if (values.live !== true) {
        const given = liveOnlyOptions.filter((name) => values[name] !== undefined);
        if (given.length > 0)
            problems.push(`${given.map((name) => `--${name}`).join(', ')} need --live`);
        return undefined;
    }
    const auditOnly = ['node-audit-image', 'node-audit-namespace'].filter((name) => values[name] !== undefined);
    if (values['node-audit'] !== true && auditOnly.length > 0) {
        problems.push(`${auditOnly.map((name) => `--${name}`).join(', ')} need --node-audit`);
    }
    return {
        kubeconfig: values.kubeconfig,
        context: values.context,
        azureClusterId: values['azure-cluster-id'],
        armEndpoint: values['arm-endpoint'],
        authorityHost: values['authority-host'],
        requestTimeoutSeconds: positive('request-timeout', values['request-timeout'], live_source/* defaultRequestTimeoutSeconds */.fI, problems),
        pageSize: positive('page-size', values['page-size'], live_source/* defaultPageSize */.eW, problems),
        countPlatformWorkloads: values['count-platform-workloads'] ?? false,
        nodeAudit: values['node-audit'] === true
            ? {
                image: values['node-audit-image'] ?? live_source/* defaultNodeAuditImage */.kM,
                namespace: values['node-audit-namespace'] ?? live_source/* defaultNodeAuditNamespace */.uc,
            }
            : undefined,
    };
}
/** `--limit maxAliases=500`: one bound of `InputLimits`, a positive whole number. */
function limitsFrom(entries, problems) {
    const limits = {};
    for (const entry of entries) {
        const match = /^(\w+)=(\d+)$/.exec(entry);
        const name = match?.[1];
        if (match === null || name === undefined || !(name in input_format/* defaultLimits */.M) || Number(match[2]) < 1) {
            problems.push(`--limit takes NAME=N with N ≥ 1 and NAME one of ${Object.keys(input_format/* defaultLimits */.M).join(', ')} (got "${entry}")`);
            continue;
        }
        limits[name] = Number(match[2]);
    }
    return limits;
}
/** `rules [--benchmark ID]` and `explain RULE` take no scan options: any other is a mistake, said so. */
function lookupCommand(command, rest, values) {
    const allowed = command === 'rules' ? ['benchmark'] : [];
    const extra = Object.keys(values).filter((name) => !allowed.includes(name));
    if (extra.length > 0)
        return { ok: false, message: `${command} takes no --${extra[0]}` };
    if (command === 'rules') {
        if (rest.length > 0)
            return { ok: false, message: `rules takes no PATH (got "${rest[0]}")` };
        return { ok: true, command: { kind: 'rules', benchmarks: values.benchmark ?? [] } };
    }
    const [rule, ...more] = rest;
    if (rule === undefined || more.length > 0)
        return { ok: false, message: 'explain takes one RULE, e.g. 5.2.2 or cis-aks:4.2.1' };
    return { ok: true, command: { kind: 'explain', rule } };
}
/** Parses `aks-cis-gate …` arguments; `interactive` picks the default format. */
function parseCliArgs(argv, interactive) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        // parseArgs reports unknown options and missing values by throwing; that is bad input, not a bug.
        return { ok: false, message: error.message };
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { ok: true, command: { kind: 'help' } };
    if (values.version)
        return { ok: true, command: { kind: 'version' } };
    const [command, ...paths] = positionals;
    if (command === 'rules' || command === 'explain')
        return lookupCommand(command, paths, values);
    if (command !== 'scan' && command !== 'merge') {
        return {
            ok: false,
            message: command === undefined
                ? 'missing command: scan, rules or explain'
                : `unknown command "${command}" (commands: scan, rules, explain)`,
        };
    }
    const problems = [];
    const format = oneOf('format', values.format, reportFormats, interactive ? 'table' : 'markdown', problems);
    const policy = policyFlags(values, problems);
    if (command === 'merge')
        return mergeCommand(values, paths, format, policy, problems);
    if (values.namespace === '')
        problems.push('--namespace must not be empty');
    const live = liveCommand(values, problems);
    const limits = limitsFrom(values.limit ?? [], problems);
    const bicepRegistries = values['bicep-registry'] ?? [];
    for (const registry of bicepRegistries.filter((candidate) => !(0,registry_hosts/* isRegistryHost */.E)(candidate))) {
        problems.push(`--bicep-registry "${registry}" is not a registry host name (example: myregistry.azurecr.io)`);
    }
    const shard = shardOf(values, live, problems);
    const compareWith = compareWithOf(values, live, shard, problems);
    if (problems.length > 0)
        return { ok: false, message: problems.join('; ') };
    return {
        ok: true,
        command: {
            kind: 'scan',
            paths,
            benchmarks: values.benchmark ?? [],
            namespace: values.namespace ?? 'default',
            format,
            output: values.output,
            verbose: values.verbose ?? false,
            progress: values.progress ?? false,
            bicepPath: values['bicep-path'],
            bicepRestore: !(values['no-restore'] ?? false),
            bicepRegistries,
            parameterFiles: values.parameters ?? [],
            terraformDir: values['terraform-dir'],
            terraformVarFiles: values['var-file'] ?? [],
            limits,
            policy,
            config: values.config,
            exclude: values.exclude ?? [],
            compareWith,
            live,
            shard,
        },
    };
}
/** Only the gate options given: the config file and the defaults fill in the rest. */
function policyFlags(values, problems) {
    const given = (name, allowed) => values[name] === undefined ? undefined : oneOf(name, values[name], allowed, allowed[0], problems);
    const level = given('level', gate/* levelValues */.LM);
    const failOn = given('fail-on', gate/* failOnValues */.IK);
    return {
        ...(failOn === undefined ? {} : { failOn }),
        ...(level === undefined ? {} : { level }),
        ...(values['allow-errors'] === true ? { failOnError: false } : {}),
        ...(values['allow-unchecked'] === true ? { failOnUnchecked: false } : {}),
    };
}
/** `--baseline` or `--base`, not both; a live cluster has no earlier commit, and a shard decides nothing. */
function compareWithOf(values, live, shard, problems) {
    const { baseline, base } = values;
    if (baseline !== undefined && base !== undefined)
        problems.push('give --baseline or --base, not both');
    const given = baseline !== undefined ? '--baseline' : base !== undefined ? '--base' : undefined;
    if (given === undefined)
        return undefined;
    if (live !== undefined)
        problems.push(`${given} does not apply to --live: a cluster has no earlier commit`);
    if (shard !== undefined)
        problems.push(`${given} does not apply to --shard: give it to merge's scan instead`);
    return baseline !== undefined
        ? { kind: 'report', path: baseline }
        : { kind: 'commit', ref: base };
}
/** `--shard I/N`: a shard of the files; a live cluster is one read, not shardable. */
function shardOf(values, live, problems) {
    if (values.shard === undefined)
        return undefined;
    const shard = parseShard(values.shard);
    if (shard === undefined)
        problems.push(`--shard takes I/N with 1 ≤ I ≤ N (got "${values.shard}")`);
    if (live !== undefined)
        problems.push('--shard does not apply to --live');
    if (values.format !== undefined)
        problems.push('--shard writes its own JSON: --format does not apply');
    return shard;
}
/** Options that decide what the shards read: given to `scan --shard`, never to `merge`. */
const scanOnlyOptions = [
    'benchmark',
    'namespace',
    'bicep-path',
    'parameters',
    'terraform-dir',
    'limit',
    'bicep-registry',
    'no-restore',
    'progress',
    'live',
    'shard',
    'exclude',
    'baseline',
    'base',
    ...liveOnlyOptions,
];
function mergeCommand(values, files, format, policy, problems) {
    if (files.length === 0)
        problems.push('merge needs the shard files (written by scan --shard I/N --output FILE)');
    const given = scanOnlyOptions.filter((name) => values[name] !== undefined);
    if (given.length > 0)
        problems.push(`${given.map((name) => `--${name}`).join(', ')}: give it to scan --shard, not to merge`);
    if (problems.length > 0)
        return { ok: false, message: problems.join('; ') };
    return {
        ok: true,
        command: {
            kind: 'merge',
            files,
            format,
            output: values.output,
            policy,
            config: values.config,
            verbose: values.verbose ?? false,
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/run.ts






function toolVersion() {
    const manifest = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,package_root/* packageRoot */.Z)(), 'package.json'), 'utf8'));
    return manifest.version;
}
/**
 * The whole command line: arguments in, exit status out. Only the report goes to stdout. Help
 * and --version load nothing more; the commands (and with them the scan) load when asked for.
 */
async function runCli(argv, io) {
    const parsed = parseCliArgs(argv, io.stdout.isTTY === true);
    if (!parsed.ok) {
        // One line that names the offending value; the whole usage would bury it.
        io.stderr.write(`aks-cis-gate: ${(0,log/* logLine */.B)(parsed.message)}; see \`aks-cis-gate scan --help\`\n`);
        return gate/* cannotRunStatus */.PL;
    }
    const { command } = parsed;
    if (command.kind === 'help') {
        io.stdout.write(usage);
        return 0;
    }
    if (command.kind === 'version') {
        io.stdout.write(`${toolVersion()}\n`);
        return 0;
    }
    const { runCommand } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(644)]).then(__webpack_require__.bind(__webpack_require__, 5644));
    return runCommand(command, io);
}


/***/ }),

/***/ 1392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ isRegistryHost),
/* harmony export */   t: () => (/* binding */ publicRegistry)
/* harmony export */ });
// Apart from registry-modules.ts, so that parsing arguments and inputs does not load jsonc-parser.
/** The registry the workflow allows restores from when it names none: Microsoft's public one. */
const publicRegistry = 'mcr.microsoft.com';
/** A registry as the workflow names it: a host name, optionally with a port (`myregistry.azurecr.io`). */
const isRegistryHost = (name) => /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?(:\d{1,5})?$/i.test(name);


/***/ }),

/***/ 2933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ defaultLimits),
/* harmony export */   Q: () => (/* binding */ hasExtension)
/* harmony export */ });
const defaultLimits = {
    maxFileBytes: 256 * 1024 * 1024,
    maxDocumentBytes: 16 * 1024 * 1024,
    maxDocuments: 200_000,
    maxAliases: 10_000,
    maxDepth: 100,
    maxMergeKeys: 100_000,
};
/** Whether `path` ends with one of `extensions`, in any case (discovery's rule). */
function hasExtension(path, extensions) {
    const lower = path.toLowerCase();
    return extensions.some((extension) => lower.endsWith(extension));
}


/***/ }),

/***/ 8547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ connect),
/* harmony export */   QP: () => (/* binding */ LiveScanError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   pm: () => (/* binding */ fatalError)
/* harmony export */ });
/* unused harmony export defaultLiveKubernetesOptions */
const defaultLiveKubernetesOptions = {
    requestTimeoutMs: 30_000,
    pageSize: 500,
};
/**
 * Loads credentials the way kubectl does. The client library is imported here, lazily, so the
 * code-only scan never pays its start-up cost.
 */
async function connect(options) {
    const client = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(543)]).then(__webpack_require__.bind(__webpack_require__, 5543));
    const kubeConfig = new client.KubeConfig();
    if (options.kubeconfig !== undefined)
        kubeConfig.loadFromFile(options.kubeconfig);
    else
        kubeConfig.loadFromDefault();
    if (options.context !== undefined) {
        if (!kubeConfig.getContextObject(options.context)) {
            throw new LiveScanError(`the kubeconfig has no context named '${options.context}'`);
        }
        kubeConfig.setCurrentContext(options.context);
    }
    const cluster = kubeConfig.getCurrentCluster();
    if (!cluster)
        throw new LiveScanError('the kubeconfig names no cluster for the current context');
    // The object-parameter APIs take observable middleware; this one bounds every request's time.
    const timeout = {
        pre: (context) => {
            context.setSignal(AbortSignal.timeout(options.requestTimeoutMs));
            return new client.Observable(Promise.resolve(context));
        },
        post: (context) => new client.Observable(Promise.resolve(context)),
    };
    return {
        client,
        kubeConfig,
        contextName: kubeConfig.getCurrentContext(),
        server: cluster.server,
        requestOptions: { middleware: [timeout], middlewareMergeStrategy: 'append' },
    };
}
/** The live scan cannot go on (401, timeout, unreachable server): the CLI exits 2. */
class LiveScanError extends Error {
    name = 'LiveScanError';
}
/** The HTTP status of a client-node failure, when the server answered. */
function statusOf(error) {
    if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number') {
        return error.code;
    }
    return undefined;
}
/** A failure that must stop the scan: anything but a 403 or 404 for one kind. */
function fatalError(error, what, server) {
    const status = statusOf(error);
    if (status === 401)
        return new LiveScanError(`${what}: 401 Unauthorized from ${server}: the credentials were refused`);
    if (status !== undefined)
        return new LiveScanError(`${what}: HTTP ${status} from ${server}`);
    const name = error instanceof Error ? error.name : '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'AbortError' || /abort|timeout/i.test(message)) {
        return new LiveScanError(`${what}: no answer from ${server} in time (${message})`);
    }
    return new LiveScanError(`${what}: cannot reach ${server} (${message})`);
}


/***/ }),

/***/ 6057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ln: () => (/* binding */ runNodeAudit),
/* harmony export */   kM: () => (/* binding */ defaultNodeAuditImage)
/* harmony export */ });
/* unused harmony exports auditedFiles, auditedHostPaths, auditedModules, auditedSysctls, nodeAuditScript, nodeAuditJob, parseNodeAuditLog */
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8547);

const processSignals = {
    once: (signal, listener) => process.once(signal, listener),
    off: (signal, listener) => process.off(signal, listener),
    stop: (signal) => process.kill(process.pid, signal),
};
/**
 * Pullable by every AKS node (MCR is on AKS's required egress list), and pinned by digest: a
 * tag can be moved to other content, and this image reads the host.
 */
const defaultNodeAuditImage = 'mcr.microsoft.com/azurelinux/busybox:1.36@sha256:330ce7e940f7476089c4c74565c63767988e188b06988e58e76b54890e7f621b';
const marker = 'AKS-CIS-GATE ';
/** Host files the benchmarks judge (CIS Kubernetes 4.1.x as AKS lays them out, Azure Linux 6.1.x / 7.1.x, banners, sshd_config). */
const auditedFiles = [
    '/etc/systemd/system/kubelet.service',
    '/var/lib/kubelet/kubeconfig',
    '/var/lib/kube-proxy/kubeconfig',
    '/etc/kubernetes/certs/ca.crt',
    '/var/lib/kubelet/config.yaml',
    '/etc/default/kubeletconfig.json',
    '/etc/passwd',
    '/etc/passwd-',
    '/etc/group',
    '/etc/group-',
    '/etc/shadow',
    '/etc/shadow-',
    '/etc/gshadow',
    '/etc/gshadow-',
    '/etc/motd',
    '/etc/issue',
    '/etc/issue.net',
    '/etc/ssh/sshd_config',
];
/**
 * What the Job mounts, each read-only at /host<path>: the directories that hold the audited
 * files and the module settings, and the kernel's module list. Never the host's root.
 */
const auditedHostPaths = [
    { path: '/etc', type: 'Directory' },
    { path: '/var/lib/kubelet', type: 'Directory' },
    { path: '/var/lib/kube-proxy', type: 'Directory' },
    { path: '/usr/lib/modprobe.d', type: 'Directory' },
    { path: '/proc/modules', type: 'File' },
];
const auditedModules = ['cramfs', 'freevxfs', 'hfs', 'hfsplus', 'jffs2'];
const auditedSysctls = ['kernel.randomize_va_space'];
/**
 * The audit script: only constants from this file go into it, never scanned content. It needs no
 * privilege: stat needs search permission on directories only, and /proc/modules and the sysctls
 * it reads are world-readable.
 */
function nodeAuditScript(hostRoot = '/host') {
    const files = auditedFiles.join(' ');
    const modules = auditedModules.join(' ');
    const sysctls = auditedSysctls.map((name) => name.replaceAll('.', '/')).join(' ');
    return [
        `emit() { echo "${marker}$1"; }`,
        `for f in ${files}; do`,
        `  if [ -e "${hostRoot}$f" ]; then emit "$(stat -c "{\\"kind\\":\\"file\\",\\"path\\":\\"$f\\",\\"exists\\":true,\\"mode\\":\\"%a\\",\\"uid\\":%u,\\"gid\\":%g}" "${hostRoot}$f")";`,
        `  else emit "{\\"kind\\":\\"file\\",\\"path\\":\\"$f\\",\\"exists\\":false}"; fi`,
        'done',
        `for m in ${modules}; do`,
        `  loaded=false; grep -q "^$m " ${hostRoot}/proc/modules 2>/dev/null && loaded=true`,
        `  disabled=false; cat ${hostRoot}/etc/modprobe.d/*.conf ${hostRoot}/usr/lib/modprobe.d/*.conf 2>/dev/null | grep -Eq "^[[:space:]]*(install[[:space:]]+$m[[:space:]]+/bin/(true|false)|blacklist[[:space:]]+$m)" && disabled=true`,
        '  emit "{\\"kind\\":\\"module\\",\\"name\\":\\"$m\\",\\"loaded\\":$loaded,\\"disabled\\":$disabled}"',
        'done',
        `for s in ${sysctls}; do`,
        '  v=$(cat "/proc/sys/$s" 2>/dev/null | tr -cd "0-9a-zA-Z ._-")',
        '  emit "{\\"kind\\":\\"sysctl\\",\\"name\\":\\"$(echo "$s" | tr / .)\\",\\"value\\":\\"$v\\"}"',
        'done',
        `emit '{"kind":"done"}'`,
    ].join('\n');
}
/** The Job for one pool: read-only, unprivileged, pinned to `node`, cleaned up by TTL as a safety net. */
function nodeAuditJob(pool, node, runId, options) {
    const name = `aks-cis-gate-audit-${pool}-${runId}`
        .toLowerCase()
        .replace(/[^a-z0-9-]/g, '-')
        .slice(0, 63);
    return {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: {
            name,
            namespace: options.namespace,
            labels: { 'app.kubernetes.io/name': 'aks-cis-gate-node-audit', 'aks-cis-gate/run': runId },
        },
        spec: {
            backoffLimit: 0,
            activeDeadlineSeconds: Math.ceil(options.timeoutMs / 1000),
            ttlSecondsAfterFinished: 300,
            template: {
                metadata: {
                    labels: { 'app.kubernetes.io/name': 'aks-cis-gate-node-audit', 'aks-cis-gate/run': runId },
                },
                spec: {
                    nodeName: node,
                    restartPolicy: 'Never',
                    automountServiceAccountToken: false,
                    // System pools carry the CriticalAddonsOnly taint; the audit must reach every pool.
                    tolerations: [{ operator: 'Exists' }],
                    securityContext: {
                        runAsNonRoot: true,
                        runAsUser: 65534,
                        runAsGroup: 65534,
                        seccompProfile: { type: 'RuntimeDefault' },
                    },
                    containers: [
                        {
                            name: 'audit',
                            image: options.image,
                            command: ['/bin/sh', '-c', nodeAuditScript()],
                            securityContext: {
                                allowPrivilegeEscalation: false,
                                readOnlyRootFilesystem: true,
                                capabilities: { drop: ['ALL'] },
                            },
                            resources: {
                                requests: { cpu: '10m', memory: '16Mi' },
                                limits: { cpu: '100m', memory: '64Mi' },
                            },
                            volumeMounts: auditedHostPaths.map(({ path }, index) => ({
                                name: `host-${index}`,
                                mountPath: `/host${path}`,
                                readOnly: true,
                            })),
                        },
                    ],
                    volumes: auditedHostPaths.map(({ path, type }, index) => ({
                        name: `host-${index}`,
                        hostPath: { path, type },
                    })),
                },
            },
        },
    };
}
/** Reads the audit's records from its log; anything else the log holds is ignored. */
function parseNodeAuditLog(log) {
    const records = [];
    let complete = false;
    for (const line of log.split('\n')) {
        if (!line.startsWith(marker))
            continue;
        let value;
        try {
            value = JSON.parse(line.slice(marker.length));
        }
        catch {
            continue;
        }
        const record = toRecord(value);
        if (record === 'done')
            complete = true;
        else if (record)
            records.push(record);
    }
    return { records, complete };
}
function toRecord(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const entry = value;
    if (entry.kind === 'done')
        return 'done';
    if (entry.kind === 'file' && typeof entry.path === 'string' && typeof entry.exists === 'boolean') {
        if (!entry.exists)
            return { kind: 'file', path: entry.path, exists: false };
        const mode = typeof entry.mode === 'string' ? Number.parseInt(entry.mode, 8) : Number.NaN;
        if (Number.isNaN(mode) || typeof entry.uid !== 'number' || typeof entry.gid !== 'number')
            return undefined;
        return { kind: 'file', path: entry.path, exists: true, mode, uid: entry.uid, gid: entry.gid };
    }
    if (entry.kind === 'module' && typeof entry.name === 'string') {
        return {
            kind: 'module',
            name: entry.name,
            loaded: entry.loaded === true,
            disabled: entry.disabled === true,
        };
    }
    if (entry.kind === 'sysctl' && typeof entry.name === 'string') {
        return {
            kind: 'sysctl',
            name: entry.name,
            ...(typeof entry.value === 'string' && entry.value !== '' ? { value: entry.value } : {}),
        };
    }
    return undefined;
}
/**
 * Runs the audit Job on each pool in turn and always deletes it, also on failure or timeout.
 * Returns the audits that completed and a reason for each pool that did not.
 */
async function runNodeAudit(connection, pools, options, runId) {
    const batch = connection.kubeConfig.makeApiClient(connection.client.BatchV1Api);
    const core = connection.kubeConfig.makeApiClient(connection.client.CoreV1Api);
    const audits = new Map();
    const failures = new Map();
    const signals = options.stopSignals ?? processSignals;
    for (const { pool, node } of pools) {
        const job = nodeAuditJob(pool, node, runId, options);
        const name = job.metadata.name;
        const deleteJob = () => batch.deleteNamespacedJob({ name, namespace: options.namespace, propagationPolicy: 'Background' }, connection.requestOptions);
        // Ctrl-C or a cancelled workflow: the Job is deleted before the process ends, not left to its TTL.
        const onStop = (signal) => {
            void deleteJob()
                .catch(() => undefined)
                .finally(() => signals.stop(signal));
        };
        signals.once('SIGINT', onStop);
        signals.once('SIGTERM', onStop);
        try {
            await batch.createNamespacedJob({ namespace: options.namespace, body: job }, connection.requestOptions);
            const log = await waitForLog(core, connection, name, options);
            const parsed = parseNodeAuditLog(log);
            if (parsed.complete)
                audits.set(pool, { node, records: parsed.records });
            else
                failures.set(pool, `the audit Job on ${node} ended without reporting every result`);
        }
        catch (error) {
            failures.set(pool, error instanceof Error ? error.message : String(error));
        }
        finally {
            signals.off('SIGINT', onStop);
            signals.off('SIGTERM', onStop);
            await deleteJob().catch((error) => {
                const deletion = `could not delete Job ${name}: ${(0,_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .fatalError */ .pm)(error, 'delete', connection.server).message}`;
                const earlier = failures.get(pool);
                failures.set(pool, earlier ? `${earlier}; ${deletion}` : deletion);
            });
        }
    }
    return { audits, failures };
}
async function waitForLog(core, connection, jobName, options) {
    const deadline = Date.now() + options.timeoutMs;
    while (Date.now() < deadline) {
        const pods = await core.listNamespacedPod({ namespace: options.namespace, labelSelector: `job-name=${jobName}` }, connection.requestOptions);
        const pod = pods.items[0];
        const phase = pod?.status?.phase;
        if (pod?.metadata?.name && (phase === 'Succeeded' || phase === 'Failed')) {
            return core.readNamespacedPodLog({ name: pod.metadata.name, namespace: options.namespace }, connection.requestOptions);
        }
        await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs));
    }
    throw new Error(`the audit Job ${jobName} did not finish within ${Math.round(options.timeoutMs / 1000)} s`);
}


/***/ }),

/***/ 4556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MC: () => (/* binding */ liveSource),
/* harmony export */   QP: () => (/* reexport safe */ _live_kubernetes_connection_js__WEBPACK_IMPORTED_MODULE_0__.QP),
/* harmony export */   eW: () => (/* binding */ defaultPageSize),
/* harmony export */   fI: () => (/* binding */ defaultRequestTimeoutSeconds),
/* harmony export */   kM: () => (/* reexport safe */ _live_kubernetes_node_audit_js__WEBPACK_IMPORTED_MODULE_1__.kM),
/* harmony export */   uc: () => (/* binding */ defaultNodeAuditNamespace)
/* harmony export */ });
/* harmony import */ var _live_kubernetes_connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8547);
/* harmony import */ var _live_kubernetes_node_audit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6057);
// The live input's public face: entry points reach the live readers through this module only.


/** Where the node audit's Jobs run unless told otherwise; the node audit Role is granted there. */
const defaultNodeAuditNamespace = 'aks-cis-gate';
/** A request bound that survives a busy API server; the page size the issue's targets are measured at. */
const defaultRequestTimeoutSeconds = 30;
const defaultPageSize = 500;
/** A node audit Job may wait for its image pull and scheduling; beyond this it is given up and deleted. */
const nodeAuditTimeoutMs = 5 * 60_000;
const nodeAuditPollIntervalMs = 2_000;
/** The live read as a scan source: its model joins the scan; LiveScanError stops it. */
function liveSource(settings, access = {}) {
    const requestTimeoutMs = settings.requestTimeoutSeconds * 1000;
    return async (context) => {
        // Loaded on a live scan only: the readers are no part of a scan of code.
        const [{ readLive }, { defaultArmEndpoint }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(870), __webpack_require__.e(597)]).then(__webpack_require__.bind(__webpack_require__, 193)),
            Promise.all(/* import() */[__webpack_require__.e(870), __webpack_require__.e(904)]).then(__webpack_require__.bind(__webpack_require__, 3940)),
        ]);
        const { model } = await readLive({
            kubernetes: {
                ...(settings.kubeconfig === undefined ? {} : { kubeconfig: settings.kubeconfig }),
                ...(settings.context === undefined ? {} : { context: settings.context }),
                requestTimeoutMs,
                pageSize: settings.pageSize,
                countPlatformAsUser: settings.countPlatformWorkloads,
            },
            ...(settings.azureClusterId === undefined
                ? {}
                : {
                    arm: {
                        clusterId: settings.azureClusterId,
                        armEndpoint: settings.armEndpoint ?? defaultArmEndpoint,
                        ...(settings.authorityHost === undefined ? {} : { authorityHost: settings.authorityHost }),
                        requestTimeoutMs,
                        ...access,
                    },
                }),
            ...(settings.nodeAudit === undefined
                ? {}
                : {
                    nodeAudit: {
                        ...settings.nodeAudit,
                        timeoutMs: nodeAuditTimeoutMs,
                        pollIntervalMs: nodeAuditPollIntervalMs,
                    },
                }),
            log: context.log,
            ...(context.progress === undefined ? {} : { progress: context.progress }),
        });
        return { model, errors: [], skipped: [] };
    };
}


/***/ }),

/***/ 3214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VK: () => (/* binding */ tagged),
/* harmony export */   lR: () => (/* binding */ describeLocation),
/* harmony export */   vZ: () => (/* binding */ formatFieldPath)
/* harmony export */ });
const tagged = (location) => location.kind === 'live' ? location : { ...location, kind: 'file' };
/** `spec.containers[0].securityContext`: a field path as people write it. */
const formatFieldPath = (path) => path
    .map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`))
    .join('');
/** Where a location is, in one line of plain text: `file:line`, or the live cluster and the object's address. */
const describeLocation = (location) => location.kind === 'live'
    ? `${location.cluster} ${location.apiAddress}${location.fieldPath === undefined ? '' : ` ${location.fieldPath}`}`
    : `${location.file}:${location.line}`;


/***/ }),

/***/ 4956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/**
 * The directory holding our package.json and rules/, found from this module's own file
 * (src/ in development, dist/ or dist/cli/ in the bundles), never from the working
 * directory: a scanned repository must not be able to supply its own rules or tools.
 */
function packageRoot() {
    let directory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let depth = 0; depth < 5; depth += 1) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, 'rules')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, 'package.json')))
            return directory;
        directory = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(directory);
    }
    throw new Error(`aks-cis-gate: cannot find the package root (rules/) above ${(0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)}`);
}


/***/ }),

/***/ 9244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ headlineCounts),
/* harmony export */   J7: () => (/* binding */ countsLine),
/* harmony export */   fN: () => (/* binding */ score)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5846);

function headlineCounts(report, gate) {
    const failing = new Set();
    const notEvaluated = new Set();
    for (const benchmark of report.benchmarks) {
        for (const rule of benchmark.rules) {
            if ((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleFails */ .K8)(rule))
                failing.add((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rowKey */ .om)(benchmark, rule));
            else if (rule.status === 'Not evaluated')
                notEvaluated.add((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rowKey */ .om)(benchmark, rule));
        }
    }
    const findings = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .uniqueFindings */ .GQ)(report).map((entry) => entry.finding);
    const counted = findings.filter(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .findingCounts */ .s_).length;
    return {
        failingRules: failing.size,
        findings: counted,
        new: gate?.new ?? counted,
        blocking: gate?.blocking ?? 0,
        suppressed: findings.filter((finding) => finding.suppressed !== undefined).length,
        notEvaluated: [...notEvaluated].filter((key) => !failing.has(key)).length,
        notChecked: report.notChecked.length,
        inputErrors: report.errors.length,
    };
}
/** Passed Automated rules over Automated rules the scan decided, across every benchmark. */
function score(report) {
    const decided = report.benchmarks.flatMap((benchmark) => benchmark.rules.filter((rule) => rule.decidedBy === 'scan' && rule.assessment === 'Automated'));
    const passed = decided.filter((rule) => rule.status === 'Pass').length;
    return {
        passed,
        decided: decided.length,
        ratio: decided.length === 0 ? undefined : passed / decided.length,
    };
}
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** The counts as one line, in the same words in every format. */
function countsLine(counts) {
    return [
        plural(counts.failingRules, 'failing rule'),
        plural(counts.findings, 'finding'),
        `${counts.new} new`,
        `${counts.blocking} blocking`,
        `${counts.suppressed} suppressed`,
        `${counts.notEvaluated} not evaluated`,
        `${plural(counts.notChecked, 'input')} not checked`,
        plural(counts.inputErrors, 'input error'),
    ].join(', ');
}


/***/ }),

/***/ 5846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ baselineLookup),
/* harmony export */   GD: () => (/* binding */ describeNotChecked),
/* harmony export */   GQ: () => (/* binding */ uniqueFindings),
/* harmony export */   K8: () => (/* binding */ ruleFails),
/* harmony export */   om: () => (/* binding */ rowKey),
/* harmony export */   s_: () => (/* binding */ findingCounts)
/* harmony export */ });
/** Findings that make their row fail: neither suppressed nor on platform-managed objects. */
const findingCounts = (finding) => finding.suppressed === undefined && finding.platform !== true;
/**
 * Every finding of the report once: a finding judged under two catalogs of one family (v1.11.1
 * and v1.12.0 for two clusters) shares its fingerprint, and the first row that holds it wins.
 */
function uniqueFindings(report, include = () => true) {
    const seen = new Set();
    const found = [];
    for (const benchmark of report.benchmarks) {
        for (const rule of benchmark.rules) {
            for (const finding of rule.findings) {
                if (seen.has(finding.fingerprint) || !include(rule, finding))
                    continue;
                seen.add(finding.fingerprint);
                found.push({ benchmark, rule, finding });
            }
        }
    }
    return found;
}
/**
 * What a report holds, to serve as the baseline of a later scan. A finding is there when its
 * fingerprint is. Reports written before clusters were keyed by their source named a cluster by
 * its name alone: a cluster finding matches such a report through its `legacyFingerprint` and
 * its file together, so one of fifty copies matches only itself, never a copy in another file.
 * Every finding is read, not one per fingerprint: in such a report fifty copies share one.
 */
function baselineLookup(report, include = () => true, extraOf = () => '') {
    const keys = new Set();
    for (const benchmark of report.benchmarks) {
        for (const rule of benchmark.rules) {
            for (const finding of rule.findings.filter(include)) {
                keys.add(`${finding.fingerprint}|${extraOf(finding)}`);
                // Only an old report's cluster findings (a cluster, no source) are named the old way.
                if (finding.cluster !== undefined && finding.clusterSource === undefined)
                    keys.add(`${finding.fingerprint}@${fileOf(finding)}|${extraOf(finding)}`);
            }
        }
    }
    return (finding, extra = '') => keys.has(`${finding.fingerprint}|${extra}`) ||
        (finding.legacyFingerprint !== undefined &&
            keys.has(`${finding.legacyFingerprint}@${fileOf(finding)}|${extra}`));
}
/**
 * The file a finding is in, if any. A report of schemaVersion 1 or 2 read as a baseline has no
 * `location`; its flat `file` says the same.
 */
function fileOf(finding) {
    const written = finding;
    if (written.location === undefined)
        return written.file;
    return written.location.kind === 'file' ? written.location.file : undefined;
}
/** A row the scan decided as failing. */
const ruleFails = (rule) => rule.status === 'Fail' && rule.decidedBy === 'scan';
/**
 * How a row is named across catalogs: by its family, not the catalog version, so moving from
 * v1.11.1 to v1.12.0 fixes nothing by itself and one rule failing under both counts once.
 */
const rowKey = (benchmark, rule) => `${benchmark.family}:${rule.id}`;
/** An input not checked in one line of plain text (each format escapes it): where, why, and how to get it checked. */
const describeNotChecked = (entry) => `${entry.line === undefined ? entry.file : `${entry.file}:${entry.line}`}: ${entry.reason}. To check it: ${entry.fix}`;


/***/ }),

/***/ 4107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ exitStatus),
/* harmony export */   Ap: () => (/* binding */ cliDefaultPolicy),
/* harmony export */   IK: () => (/* binding */ failOnValues),
/* harmony export */   LM: () => (/* binding */ levelValues),
/* harmony export */   PL: () => (/* binding */ cannotRunStatus),
/* harmony export */   RB: () => (/* binding */ blockReasons),
/* harmony export */   m3: () => (/* binding */ withVerdict),
/* harmony export */   q7: () => (/* binding */ decideGate)
/* harmony export */ });
/* unused harmony exports verdictLine, verdictExplanation */
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9244);
/* harmony import */ var _model_location_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3214);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5846);



const failOnValues = ['new-automated', 'automated', 'new', 'all', 'none'];
const levelValues = ['L1', 'L2'];
/** The command line's default: failing Automated rules, input errors and inputs not checked block. */
const cliDefaultPolicy = {
    failOn: 'automated',
    level: 'L2',
    failOnError: true,
    failOnUnchecked: true,
};
/** Exit status when the tool cannot run: bad arguments, a PATH that does not exist, an unexpected exception. */
const cannotRunStatus = 2;
/** 0 when nothing blocks; 1 when the verdict blocks. */
const exitStatus = (verdict) => (verdict.passed ? 0 : 1);
const filterOf = (policy) => ({
    level: policy.level,
    everyRule: policy.failOn === 'all' || policy.failOn === 'new',
});
const onlyNew = (failOn) => failOn === 'new-automated' || failOn === 'new';
/** Under level L1, an L2 row is left out; a row with no level is left out only where Automated rules count. */
const aboveLevel = (rule, filter) => filter.level === 'L1' && rule.level !== 'L1' && (!filter.everyRule || rule.level !== undefined);
/** Rows without assessment or level count only when every rule does. */
const assessmentCounts = (rule, filter) => filter.everyRule || (rule.assessment === 'Automated' && rule.level !== undefined);
function countedFailures(report) {
    return (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .uniqueFindings */ .GQ)(report, (rule, finding) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleFails */ .K8)(rule) && (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .findingCounts */ .s_)(finding));
}
const suppressedFindings = (report) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .uniqueFindings */ .GQ)(report, (_rule, finding) => finding.suppressed !== undefined);
/** Suppressions the baseline does not hold with the same reason. */
function addedSuppressions(report, baseline) {
    const suppressed = (finding) => finding.suppressed !== undefined;
    const inBase = baseline.kind === 'report'
        ? (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .baselineLookup */ .ET)(baseline.report, suppressed, (finding) => finding.suppressed ?? '')
        : () => false;
    return suppressedFindings(report).filter(({ finding }) => !inBase(finding, finding.suppressed));
}
/**
 * The gate, for the CLI and the action alike: which failing findings block under the policy,
 * which are new against the baseline, which rows the head fixed, and whether input errors or
 * inputs not checked block. Entry points only word the verdict.
 */
function decideGate(report, baseline, policy) {
    const inBase = baseline.kind === 'report' ? (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .baselineLookup */ .ET)(baseline.report) : () => false;
    const isNew = (entry) => !inBase(entry.finding);
    const filter = filterOf(policy);
    const unblocked = {
        failOnNone: policy.failOn === 'none',
        manualRules: 0,
        aboveLevelRules: 0,
        oldFindings: 0,
    };
    const manual = new Set();
    const high = new Set();
    const failures = countedFailures(report)
        .map((entry) => {
        const fresh = isNew(entry);
        const key = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rowKey */ .om)(entry.benchmark, entry.rule);
        let blocking = false;
        if (policy.failOn === 'none')
            blocking = false;
        else if (aboveLevel(entry.rule, filter))
            high.add(key);
        else if (!assessmentCounts(entry.rule, filter))
            manual.add(key);
        else if (onlyNew(policy.failOn) && !fresh)
            unblocked.oldFindings += 1;
        else
            blocking = true;
        return { ...entry, isNew: fresh, blocking };
    })
        .sort((a, b) => Number(b.blocking) - Number(a.blocking) || Number(b.isNew) - Number(a.isNew));
    unblocked.manualRules = manual.size;
    unblocked.aboveLevelRules = high.size;
    const headFailingRows = new Set(failures.map((failure) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rowKey */ .om)(failure.benchmark, failure.rule)));
    const baseFailingRows = baseline.kind === 'report'
        ? new Set(countedFailures(baseline.report).map((entry) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rowKey */ .om)(entry.benchmark, entry.rule)))
        : new Set();
    const fixedRows = report.benchmarks.flatMap((benchmark) => benchmark.rules
        .filter((rule) => baseFailingRows.has((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rowKey */ .om)(benchmark, rule)) && !headFailingRows.has((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .rowKey */ .om)(benchmark, rule)))
        .map((rule) => ({ benchmark, rule })));
    const blocking = failures.filter((failure) => failure.blocking).length;
    const errorsBlock = policy.failOnError && report.errors.length > 0;
    const uncheckedBlock = policy.failOnUnchecked && report.notChecked.length > 0;
    const { ratio } = (0,_counts_js__WEBPACK_IMPORTED_MODULE_1__/* .score */ .fN)(report);
    return {
        passed: blocking === 0 && !errorsBlock && !uncheckedBlock,
        policy,
        failures,
        fixedRows,
        addedSuppressions: addedSuppressions(report, baseline),
        counts: (0,_counts_js__WEBPACK_IMPORTED_MODULE_1__/* .headlineCounts */ .Bi)(report, {
            new: failures.filter((failure) => failure.isNew).length,
            blocking,
        }),
        score: ratio === undefined ? undefined : Math.round(ratio * 1000) / 10,
        unblocked,
        errorsBlock,
        uncheckedBlock,
    };
}
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
const isAre = (count) => (count === 1 ? 'is' : 'are');
const them = (count) => (count === 1 ? 'it' : 'them');
/**
 * The verdict in one line: what blocks, or, when the gate passes while rules fail, why they did
 * not block and how to make them block.
 */
const verdictLine = (verdict, words) => `${verdict.passed ? 'not blocked' : 'blocked'}: ${verdictExplanation(verdict, words)}`;
/** The verdict line without its first word: what blocks, or why nothing does. */
function verdictExplanation(verdict, words) {
    const { counts, unblocked, policy } = verdict;
    if (!verdict.passed) {
        const parts = [
            counts.blocking > 0 ? plural(counts.blocking, 'blocking finding') : '',
            verdict.uncheckedBlock ? `${plural(counts.notChecked, 'input')} not checked` : '',
            verdict.errorsBlock ? plural(counts.inputErrors, 'input error') : '',
        ].filter((part) => part !== '');
        return parts.join(', ');
    }
    const why = [
        unblocked.failOnNone && counts.findings > 0
            ? `${plural(counts.failingRules, 'failing rule')} do not block under ${words.failOn('none')}`
            : '',
        unblocked.manualRules > 0
            ? `${plural(unblocked.manualRules, 'failing rule')} ${isAre(unblocked.manualRules)} Manual (${words.failOn('all')} blocks ${them(unblocked.manualRules)})`
            : '',
        unblocked.aboveLevelRules > 0
            ? `${plural(unblocked.aboveLevelRules, 'failing rule')} ${isAre(unblocked.aboveLevelRules)} above ${words.level(policy.level)} (${words.level('L2')} counts ${them(unblocked.aboveLevelRules)})`
            : '',
        unblocked.oldFindings > 0
            ? `${plural(unblocked.oldFindings, 'failing finding')} ${isAre(unblocked.oldFindings)} in the baseline (${words.failOn(policy.failOn === 'new' ? 'all' : 'automated')} blocks ${them(unblocked.oldFindings)})`
            : '',
        counts.notChecked > 0
            ? `${plural(counts.notChecked, 'input')} not checked let through by ${words.allowUnchecked}`
            : '',
        counts.inputErrors > 0
            ? `${plural(counts.inputErrors, 'input error')} let through by ${words.allowErrors}`
            : '',
    ].filter((part) => part !== '');
    return why.length === 0 ? 'no rule fails' : why.join('; ');
}
/** One line per thing that blocks, for a failure message: findings, inputs not checked, input errors. */
function blockReasons(report, verdict, words) {
    const reasons = verdict.failures
        .filter((failure) => failure.blocking)
        .map(({ benchmark, rule, finding }) => `${benchmark.id} ${rule.id} (${rule.title}): ${finding.resource} at ${(0,_model_location_js__WEBPACK_IMPORTED_MODULE_2__/* .describeLocation */ .lR)(finding.location)}`);
    if (verdict.uncheckedBlock) {
        reasons.push(...report.notChecked.map((entry) => `not checked: ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .describeNotChecked */ .GD)(entry)} (or ${words.allowUnchecked} to only list it)`));
    }
    if (verdict.errorsBlock) {
        reasons.push(`${plural(report.errors.length, 'file')} could not be read or parsed; set ${words.allowErrors} to only report them`);
    }
    return reasons;
}
/** The report with the verdict every format prints in its headline. */
const withVerdict = (report, verdict, words) => ({
    ...report,
    verdict: { passed: verdict.passed, summary: verdictLine(verdict, words), counts: verdict.counts },
});


/***/ })

};
