import type { AksStatus, BenchmarkFamily, CatalogSection, RuleFix } from '../results/results.js';

export type { AksStatus, BenchmarkFamily, CatalogSection, FixLanguage, RuleFix } from '../results/results.js';
export { qualifiedRuleId } from '../results/results.js';

/** One recommendation, as data (rules/*.yaml). */
export interface CatalogRule {
  /** The CIS ID exactly as the source table prints it. */
  id: string;
  title: string;
  /** The id of the section heading this row sits under (e.g. `5.2`). */
  section: string;
  /** Left out where the source table has none (Azure Linux; levels in CIS AKS). */
  assessment?: 'Automated' | 'Manual';
  level?: 'L1' | 'L2';
  /** Microsoft's AKS attestation status, verbatim; `Not evaluated` where nobody attests. */
  aksStatus: AksStatus;
  /** Microsoft's reason, verbatim (may be empty). */
  aksReason: string;
  /**
   * `platform`: the managed service's to configure (control plane, node OS as shipped);
   * `user`: the user's code or cluster content decides it.
   */
  responsibility: 'platform' | 'user';
  /** Our own advice. */
  remediation: string;
  /** The fix in the input's own terms, where it differs by language; reports fall back to `remediation`. */
  fix?: RuleFix;
  /** Ids of the checks (src/checks) that decide this row. Empty: no check decides it. */
  checks: string[];
}

export interface Catalog {
  /** e.g. `cis-kubernetes-v1.12.0`. */
  id: string;
  family: BenchmarkFamily;
  title: string;
  version: string;
  /** Where the rows come from (repo, path, commit). */
  source: string;
  /** Kubernetes versions this catalog is meant for (inclusive, `major.minor`); absent = open-ended. */
  kubernetes?: { min?: string; max?: string };
  sections: CatalogSection[];
  rules: CatalogRule[];
}

/** What choosing the benchmarks reads of a catalog: all but its rows. */
export type CatalogHeader = Omit<Catalog, 'sections' | 'rules'>;

/** The project's home: SARIF's informationUri, and the root of the rule pages that reports link to. */
export const projectUrl = 'https://github.com/aks-cis-gate/aks-cis-gate';

/** `docs/rules/cis-kubernetes-v1.12.0/5.2.2.md`: one generated page per rule of each catalog. */
export const ruleDocPath = (catalogId: string, ruleId: string): string =>
  `docs/rules/${catalogId}/${ruleId}.md`;

/** The rule's page on the project's default branch, for links from the comment, the terminal and SARIF. */
export const ruleDocUrl = (catalogId: string, ruleId: string): string =>
  `${projectUrl}/blob/main/${ruleDocPath(catalogId, ruleId)}`;
