import type { ExcludedPath, InputError, NotCheckedInput, SkippedFile } from '../model/input-problems.js';
import type { TaggedLocation } from '../model/location.js';
import type { HeadlineCounts } from './counts.js';

/** Microsoft's attestation words, plus ours for rows nobody attests and rows the config file switches off. */
export type AksStatus =
  'Pass' | 'Fail' | 'N/A' | 'Depends on Environment' | 'Equivalent Control' | 'Not evaluated' | 'Skipped';

/** A benchmark family: ids repeat across families, never within one. */
export type BenchmarkFamily = 'cis-kubernetes' | 'cis-aks' | 'cis-azure-linux';

export interface CatalogSection {
  id: string;
  title: string;
}

/** Where a finding's file is written in: the words its fix is given in. */
export type FixLanguage = 'yaml' | 'bicep' | 'terraform';

/** One or two lines per language: the YAML field, the Bicep (and ARM) property, the Terraform argument. */
export type RuleFix = Partial<Record<FixLanguage, string>>;

/** `cis-kubernetes:5.2.2`: how fingerprints, suppressions and SARIF name a rule. */
export const qualifiedRuleId = (family: BenchmarkFamily, id: string): string => `${family}:${id}`;

/**
 * The JSON format's version: 2 since a row the scan could not decide says "Not evaluated" in
 * `status`; 3 since a finding's `location` is tagged (file or live) and a live one has no file and line.
 */
export const schemaVersion = 3;

/**
 * The one result type every reporter reads: the results stage, below both the engine that
 * produces it and the reporters that print it. Its JSON form is a stable, documented
 * interface (README "JSON format"): add fields; renaming or removing one bumps `schemaVersion`.
 */
export interface ScanReport {
  schemaVersion: typeof schemaVersion;
  /** The gate's verdict, set by the entry point that decided it (CLI, action); absent on a bare scan. */
  verdict?: ReportVerdict;
  benchmarks: BenchmarkResult[];
  skipped: SkippedFile[];
  /** Deployable code found but not checked: blocks unless the user opts out. */
  notChecked: NotCheckedInput[];
  errors: InputError[];
  /** Things the reader should know that are neither errors nor findings: expired ignores, unreadable ignore entries. */
  notices?: string[];
  /** Code and live scan together: the rows where the code and the cluster disagree. */
  drift?: DriftEntry[];
  /** Rules the config file switches off (`skip:`): their rows say Skipped, never Pass. */
  skippedRules?: SkippedRule[];
  /** Files and directories the configuration excludes (`exclude:`, `--exclude`): never read. */
  excluded?: ExcludedPath[];
}

export type { ExcludedPath };

/** A rule switched off by configuration, once per family and id. */
export interface SkippedRule {
  /** `cis-kubernetes:5.2.2`. */
  rule: string;
  reason: string;
  /** The config file that skips it. */
  source: string;
}

/** What every format's headline says: blocked or not, why, and the counts. */
export interface ReportVerdict {
  passed: boolean;
  /** e.g. "not blocked: 12 failing rules are Manual (`--fail-on all` blocks them)". */
  summary: string;
  counts: HeadlineCounts;
}

/** A row the code scan and the live scan decided differently (one Pass, the other Fail). */
export interface DriftEntry {
  /** The catalog id, e.g. `cis-kubernetes-v1.12.0`. */
  benchmark: string;
  id: string;
  title: string;
  code: AksStatus;
  live: AksStatus;
}

/** What decided a row: the code, the live cluster, both, or Microsoft's attestation for the platform. */
export type RuleSource = 'code' | 'live' | 'code+live' | 'platform';

export interface BenchmarkResult {
  /** e.g. `cis-kubernetes-v1.12.0`. */
  id: string;
  /** The family that names its rules in fingerprints, suppressions and SARIF (`cis-kubernetes`). */
  family: BenchmarkFamily;
  title: string;
  version: string;
  /** Why this catalog was chosen, e.g. "Kubernetes 1.32 declared in infra/main.bicep:12". */
  selectedBecause: string;
  /** The catalog's section headings, for heading rows in tables. */
  sections?: CatalogSection[];
  rules: RuleResult[];
}

/** Who decided a row: our checks, Microsoft's attestation, nobody, or the config file (`skip:`). */
export type DecidedBy = 'scan' | 'platform' | 'none' | 'config';

export interface RuleResult {
  /** The CIS ID exactly as the table prints it. */
  id: string;
  title: string;
  /** Section heading id, for grouping in tables. */
  section: string;
  assessment?: 'Automated' | 'Manual';
  level?: 'L1' | 'L2';
  /**
   * What this scan found: Pass or Fail when it decided the row (`decidedBy: scan`), Microsoft's
   * status for the platform's rows, and "Not evaluated" whenever nobody decided it (`none`).
   */
  status: AksStatus;
  reason: string;
  decidedBy: DecidedBy;
  /** Microsoft's own status for the row, for comparison; never shown as this scan's status. */
  aksStatus: AksStatus;
  remediation: string;
  /** The fix per input language, where the catalog gives one. */
  fix?: RuleFix;
  findings: Finding[];
  /** Scans with live input only. */
  source?: RuleSource;
}

export interface Finding {
  /** A file position (with its Helm template, Terraform address), or a live object's API address and uid. */
  location: TaggedLocation;
  /** `Kind/namespace/name`. */
  resource: string;
  container?: string;
  /** The cluster's name. */
  cluster?: string;
  /** The input the cluster was read from (template, parameter file, plan, live cluster): which copy. */
  clusterSource?: string;
  message: string;
  /** The check that produced it (src/checks), e.g. `pod-security.privileged`. */
  check: string;
  /**
   * Stable across line moves and catalog versions: family + id + cluster (its source and id) +
   * resource + container + key.
   */
  fingerprint: string;
  /**
   * Cluster findings only: the fingerprint with the cluster named by its name alone, as reports
   * before clusters were keyed by their source wrote it; the gate matches it (with `file`) against such baselines.
   */
  legacyFingerprint?: string;
  /** The suppression's reason, when an ignore matched. */
  suppressed?: string;
  /** Where the suppression was written: an annotation on the object, or the config file. */
  suppressedBy?: 'annotation' | 'config';
  /** The platform's object (AKS-managed): never makes a row fail. */
  platform?: boolean;
}
