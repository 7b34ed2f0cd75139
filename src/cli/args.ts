import { parseArgs } from 'node:util';
import { isRegistryHost } from '../inputs/bicep/registry-hosts.js';
import { defaultLimits, type InputLimits } from '../inputs/input-format.js';
import { failOnValues, levelValues, type FailOn, type GatePolicy, type Level } from '../results/gate.js';
import {
  defaultNodeAuditImage,
  defaultNodeAuditNamespace,
  defaultPageSize,
  defaultRequestTimeoutSeconds,
  type LiveSettings,
} from '../inputs/live/live-source.js';
import { reportFormats, type ReportFormat } from '../report/report-formats.js';
import { parseShard, type Shard } from '../shard/shard.js';

export const usage = `Usage: aks-cis-gate scan [PATH...] [options]
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
  --request-timeout S   bound on each request, in seconds (default ${defaultRequestTimeoutSeconds})
  --page-size N         objects per list request (default ${defaultPageSize})
  --count-platform-workloads
                        count AKS-managed objects (kube-system …) as yours
  --node-audit          run one read-only Job per node pool to read host files,
                        kernel modules and sysctls: this WRITES to the cluster
  --node-audit-image IMAGE
                        the audit Job's image (default ${defaultNodeAuditImage})
  --node-audit-namespace NS
                        where the audit Jobs run (default ${defaultNodeAuditNamespace})

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

export interface ScanCommand {
  kind: 'scan';
  paths: string[];
  benchmarks: string[];
  namespace: string;
  format: ReportFormat;
  output: string | undefined;
  /** Table: every row, not only the failures. */
  verbose: boolean;
  /** Progress on stderr even when stderr is no terminal. */
  progress: boolean;
  bicepPath: string | undefined;
  /** Restore registry modules missing from bicep's cache (--no-restore turns it off). */
  bicepRestore: boolean;
  /** Registries restores may contact (--bicep-registry); empty: the default. */
  bicepRegistries: string[];
  parameterFiles: string[];
  terraformDir: string | undefined;
  terraformVarFiles: string[];
  /** Input bounds changed with --limit. */
  limits: Partial<InputLimits>;
  /** The gate options given on the command line; they win over the config file. */
  policy: Partial<GatePolicy>;
  /** --config FILE; undefined: .github/aks-cis-gate.yml under the working directory, when present. */
  config: string | undefined;
  /** --exclude GLOB: paths never scanned. */
  exclude: string[];
  /** What the findings are compared with, for --fail-on new-automated and new. */
  compareWith: CompareWith | undefined;
  live: LiveSettings | undefined;
  shard: Shard | undefined;
}

/** `--baseline REPORT.json`: an earlier scan's JSON report; `--base REF`: a git commit, scanned as the action scans the base. */
export type CompareWith = { kind: 'report'; path: string } | { kind: 'commit'; ref: string };

/** `merge SHARD-FILE...`: the shards' reports in, one report and exit status out. */
export interface MergeCommand {
  kind: 'merge';
  files: string[];
  format: ReportFormat;
  output: string | undefined;
  /** Only the gate options given: the config file and the defaults fill in the rest, as for scan. */
  policy: Partial<GatePolicy>;
  /** --config FILE: the gate's settings, as scan reads them; its skips and ignores must be the shards'. */
  config: string | undefined;
  verbose: boolean;
}

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'rules'; benchmarks: string[] }
  | { kind: 'explain'; rule: string }
  | ScanCommand
  | MergeCommand;

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; message: string };

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
} as const;

/** A value from a fixed list; `problems` collects what is wrong instead of stopping at the first. */
function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return fallback;
}

type Values = ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];

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
] as const;

/** A positive whole number given as text. */
function positive(name: string, value: string | undefined, fallback: number, problems: string[]): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() !== '' && Number.isInteger(number) && number > 0) return number;
  problems.push(`--${name} must be a positive whole number (got "${value}")`);
  return fallback;
}

/** The live options; each of them without --live is a usage error, not silently ignored. */
function liveCommand(values: Values, problems: string[]): LiveSettings | undefined {
  if (values.live !== true) {
    const given = liveOnlyOptions.filter((name) => values[name] !== undefined);
    if (given.length > 0) problems.push(`${given.map((name) => `--${name}`).join(', ')} need --live`);
    return undefined;
  }
  const auditOnly = (['node-audit-image', 'node-audit-namespace'] as const).filter(
    (name) => values[name] !== undefined,
  );
  if (values['node-audit'] !== true && auditOnly.length > 0) {
    problems.push(`${auditOnly.map((name) => `--${name}`).join(', ')} need --node-audit`);
  }
  return {
    kubeconfig: values.kubeconfig,
    context: values.context,
    azureClusterId: values['azure-cluster-id'],
    armEndpoint: values['arm-endpoint'],
    authorityHost: values['authority-host'],
    requestTimeoutSeconds: positive(
      'request-timeout',
      values['request-timeout'],
      defaultRequestTimeoutSeconds,
      problems,
    ),
    pageSize: positive('page-size', values['page-size'], defaultPageSize, problems),
    countPlatformWorkloads: values['count-platform-workloads'] ?? false,
    nodeAudit:
      values['node-audit'] === true
        ? {
            image: values['node-audit-image'] ?? defaultNodeAuditImage,
            namespace: values['node-audit-namespace'] ?? defaultNodeAuditNamespace,
          }
        : undefined,
  };
}

/** `--limit maxAliases=500`: one bound of `InputLimits`, a positive whole number. */
function limitsFrom(entries: readonly string[], problems: string[]): Partial<InputLimits> {
  const limits: Partial<InputLimits> = {};
  for (const entry of entries) {
    const match = /^(\w+)=(\d+)$/.exec(entry);
    const name = match?.[1] as keyof InputLimits | undefined;
    if (match === null || name === undefined || !(name in defaultLimits) || Number(match[2]) < 1) {
      problems.push(
        `--limit takes NAME=N with N ≥ 1 and NAME one of ${Object.keys(defaultLimits).join(', ')} (got "${entry}")`,
      );
      continue;
    }
    limits[name] = Number(match[2]);
  }
  return limits;
}

/** `rules [--benchmark ID]` and `explain RULE` take no scan options: any other is a mistake, said so. */
function lookupCommand(command: 'rules' | 'explain', rest: string[], values: Values): ParsedArgs {
  const allowed = command === 'rules' ? ['benchmark'] : [];
  const extra = Object.keys(values).filter((name) => !allowed.includes(name));
  if (extra.length > 0) return { ok: false, message: `${command} takes no --${extra[0]}` };
  if (command === 'rules') {
    if (rest.length > 0) return { ok: false, message: `rules takes no PATH (got "${rest[0]}")` };
    return { ok: true, command: { kind: 'rules', benchmarks: values.benchmark ?? [] } };
  }
  const [rule, ...more] = rest;
  if (rule === undefined || more.length > 0)
    return { ok: false, message: 'explain takes one RULE, e.g. 5.2.2 or cis-aks:4.2.1' };
  return { ok: true, command: { kind: 'explain', rule } };
}

/** Parses `aks-cis-gate …` arguments; `interactive` picks the default format. */
export function parseCliArgs(argv: readonly string[], interactive: boolean): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs reports unknown options and missing values by throwing; that is bad input, not a bug.
    return { ok: false, message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, command: { kind: 'help' } };
  if (values.version) return { ok: true, command: { kind: 'version' } };
  const [command, ...paths] = positionals;
  if (command === 'rules' || command === 'explain') return lookupCommand(command, paths, values);
  if (command !== 'scan' && command !== 'merge') {
    return {
      ok: false,
      message:
        command === undefined
          ? 'missing command: scan, rules or explain'
          : `unknown command "${command}" (commands: scan, rules, explain)`,
    };
  }
  const problems: string[] = [];
  const format = oneOf<ReportFormat>(
    'format',
    values.format,
    reportFormats,
    interactive ? 'table' : 'markdown',
    problems,
  );
  const policy = policyFlags(values, problems);
  if (command === 'merge') return mergeCommand(values, paths, format, policy, problems);
  if (values.namespace === '') problems.push('--namespace must not be empty');
  const live = liveCommand(values, problems);
  const limits = limitsFrom(values.limit ?? [], problems);
  const bicepRegistries = values['bicep-registry'] ?? [];
  for (const registry of bicepRegistries.filter((candidate) => !isRegistryHost(candidate))) {
    problems.push(
      `--bicep-registry "${registry}" is not a registry host name (example: myregistry.azurecr.io)`,
    );
  }
  const shard = shardOf(values, live, problems);
  const compareWith = compareWithOf(values, live, shard, problems);
  if (problems.length > 0) return { ok: false, message: problems.join('; ') };
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
function policyFlags(values: Values, problems: string[]): Partial<GatePolicy> {
  const given = <T extends string>(name: 'level' | 'fail-on', allowed: readonly T[]) =>
    values[name] === undefined ? undefined : oneOf<T>(name, values[name], allowed, allowed[0] as T, problems);
  const level = given<Level>('level', levelValues);
  const failOn = given<FailOn>('fail-on', failOnValues);
  return {
    ...(failOn === undefined ? {} : { failOn }),
    ...(level === undefined ? {} : { level }),
    ...(values['allow-errors'] === true ? { failOnError: false } : {}),
    ...(values['allow-unchecked'] === true ? { failOnUnchecked: false } : {}),
  };
}

/** `--baseline` or `--base`, not both; a live cluster has no earlier commit, and a shard decides nothing. */
function compareWithOf(
  values: Values,
  live: LiveSettings | undefined,
  shard: Shard | undefined,
  problems: string[],
): CompareWith | undefined {
  const { baseline, base } = values;
  if (baseline !== undefined && base !== undefined) problems.push('give --baseline or --base, not both');
  const given = baseline !== undefined ? '--baseline' : base !== undefined ? '--base' : undefined;
  if (given === undefined) return undefined;
  if (live !== undefined) problems.push(`${given} does not apply to --live: a cluster has no earlier commit`);
  if (shard !== undefined)
    problems.push(`${given} does not apply to --shard: give it to merge's scan instead`);
  return baseline !== undefined
    ? { kind: 'report', path: baseline }
    : { kind: 'commit', ref: base as string };
}

/** `--shard I/N`: a shard of the files; a live cluster is one read, not shardable. */
function shardOf(values: Values, live: LiveSettings | undefined, problems: string[]): Shard | undefined {
  if (values.shard === undefined) return undefined;
  const shard = parseShard(values.shard);
  if (shard === undefined) problems.push(`--shard takes I/N with 1 ≤ I ≤ N (got "${values.shard}")`);
  if (live !== undefined) problems.push('--shard does not apply to --live');
  if (values.format !== undefined) problems.push('--shard writes its own JSON: --format does not apply');
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
] as const;

function mergeCommand(
  values: Values,
  files: string[],
  format: ReportFormat,
  policy: Partial<GatePolicy>,
  problems: string[],
): ParsedArgs {
  if (files.length === 0)
    problems.push('merge needs the shard files (written by scan --shard I/N --output FILE)');
  const given = scanOnlyOptions.filter((name) => values[name] !== undefined);
  if (given.length > 0)
    problems.push(`${given.map((name) => `--${name}`).join(', ')}: give it to scan --shard, not to merge`);
  if (problems.length > 0) return { ok: false, message: problems.join('; ') };
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
