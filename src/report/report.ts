import type { AksStatus, BenchmarkFamily, CatalogSection, RuleFix } from '../benchmarks/catalog.js';
import type { InputError, NotCheckedInput, SkippedFile } from '../inputs/input-format.js';

/**
 * The one result type every reporter reads. Its JSON form (schemaVersion 1) is a stable,
 * documented interface (README "JSON format"): add fields, never rename or remove them.
 */
export interface ScanReport {
  schemaVersion: 1;
  benchmarks: BenchmarkResult[];
  skipped: SkippedFile[];
  /** Deployable code found but not checked: blocks unless the user opts out. */
  notChecked: NotCheckedInput[];
  errors: InputError[];
  /** Things the reader should know that are neither errors nor findings: expired ignores, unreadable ignore entries. */
  notices?: string[];
  /** Code and live scan together: the rows where the code and the cluster disagree. */
  drift?: DriftEntry[];
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

export type DecidedBy = 'scan' | 'platform' | 'none';

export interface RuleResult {
  /** The CIS ID exactly as the table prints it. */
  id: string;
  title: string;
  /** Section heading id, for grouping in tables. */
  section: string;
  assessment?: 'Automated' | 'Manual';
  level?: 'L1' | 'L2';
  status: AksStatus;
  reason: string;
  decidedBy: DecidedBy;
  /** Microsoft's own status for the row, for comparison. */
  aksStatus: AksStatus;
  remediation: string;
  /** The fix per input language, where the catalog gives one. */
  fix?: RuleFix;
  findings: Finding[];
  /** Scans with live input only. */
  source?: RuleSource;
}

export interface Finding {
  file: string;
  line: number;
  column: number;
  /** `Kind/namespace/name`. */
  resource: string;
  container?: string;
  template?: string;
  cluster?: string;
  message: string;
  /** The check that produced it (src/checks), e.g. `pod-security.privileged`. */
  check: string;
  /** Stable across line moves and catalog versions: family + id + resource + container + key. */
  fingerprint: string;
  /** The suppression's reason, when an ignore matched. */
  suppressed?: string;
  /** Where the suppression was written: an annotation on the object, or the config file. */
  suppressedBy?: 'annotation' | 'config';
  /** The platform's object (AKS-managed): never makes a row fail. */
  platform?: boolean;
  /** Live objects only. */
  uid?: string;
}
