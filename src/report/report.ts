import type { AksStatus } from '../benchmarks/catalog.js';
import type { InputError, SkippedFile } from '../inputs/input-format.js';

/**
 * The one result type every reporter reads. Its JSON form (schemaVersion 1) is a stable,
 * documented interface (README "JSON format"): add fields, never rename or remove them.
 */
export interface ScanReport {
  schemaVersion: 1;
  benchmarks: BenchmarkResult[];
  skipped: SkippedFile[];
  errors: InputError[];
}

export interface BenchmarkResult {
  /** e.g. `cis-kubernetes-v1.12.0`. */
  id: string;
  title: string;
  version: string;
  /** Why this catalog was chosen, e.g. "Kubernetes 1.32 declared in infra/main.bicep:12". */
  selectedBecause: string;
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
  findings: Finding[];
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
  /** The platform's object (AKS-managed): never makes a row fail. */
  platform?: boolean;
  /** Live objects only. */
  uid?: string;
}
