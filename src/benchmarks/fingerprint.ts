import { createHash } from 'node:crypto';
import type { BenchmarkFamily } from './catalog.js';
import { qualifiedRuleId } from './catalog.js';

/** What identifies a finding, independent of its line and of the catalog version. */
export interface FingerprintSubject {
  resource: string;
  container?: string;
  cluster?: string;
  key: string;
}

/**
 * sha256 of `family:id|cluster|resource|container|key`, first 32 hex characters.
 * The family (not the catalog version) names the rule, so moving a cluster from
 * Kubernetes 1.31 to 1.32 does not make every old finding look new.
 */
export function fingerprint(family: BenchmarkFamily, ruleId: string, subject: FingerprintSubject): string {
  const parts = [
    qualifiedRuleId(family, ruleId),
    subject.cluster ?? '',
    subject.resource,
    subject.container ?? '',
    subject.key,
  ];
  return createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 32);
}
