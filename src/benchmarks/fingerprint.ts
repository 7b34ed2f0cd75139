import { crypto } from '../lazy-crypto.js';
import type { BenchmarkFamily } from './catalog.js';
import { qualifiedRuleId } from './catalog.js';

/** What identifies a finding, independent of its line and of the catalog version. */
export interface FingerprintSubject {
  resource: string;
  container?: string;
  /** The cluster's name. */
  cluster?: string;
  /** The cluster's source and id (model/cluster.ts `clusterIdentity`): it names the cluster when set. */
  clusterIdentity?: string;
  key: string;
}

// Node 20.12+ hashes a string in one call, several times faster than a Hash object per finding
// (a merge fingerprints 40,000); earlier Node 20 releases, which the CLI still runs on, lack it.
// Chosen at the first fingerprint, when node:crypto is loaded (lazy-crypto.ts).
function sha256HexFunction(): (text: string) => string {
  const loaded = crypto();
  const { hash: hashOnce } = loaded as { hash?: typeof loaded.hash };
  return hashOnce === undefined
    ? (text) => loaded.createHash('sha256').update(text).digest('hex')
    : (text) => hashOnce('sha256', text, 'hex');
}

let sha256Hex: ((text: string) => string) | undefined;

/** How many of a run's fingerprints a SHA-256 in JavaScript hashes, when given one. */
const hashedInJavaScript = 16;
let inJavaScript: { sha256Hex: (text: string) => string; left: number } | undefined;

/**
 * Loading node:crypto costs a small scan about 5 ms, more than hashing its few findings in
 * JavaScript, which past a few is far slower per hash (a merge fingerprints 40,000). A caller that
 * may find little (the CLI's scan) gives a SHA-256 in JavaScript for the first fingerprints; the
 * rest go to node:crypto, with the same hex. The action loads node:crypto for its outputs anyway.
 */
export function hashFirstFingerprintsWith(javaScriptSha256Hex: (text: string) => string): void {
  inJavaScript = { sha256Hex: javaScriptSha256Hex, left: hashedInJavaScript };
}

// The first 32 of 64 hex digits as a string of their own (toLowerCase copies it: the digits are
// lower-case already): a slice would keep all 64 alive beside it for as long as the finding lives.
const hash = (text: string): string =>
  (inJavaScript !== undefined && inJavaScript.left-- > 0
    ? inJavaScript.sha256Hex(text)
    : (sha256Hex ??= sha256HexFunction())(text)
  )
    .slice(0, 32)
    .toLowerCase();

// One template string, not an array joined: a merge fingerprints 40,000 findings.
const fingerprintOf = (family: BenchmarkFamily, ruleId: string, subject: FingerprintSubject, cluster = '') =>
  hash(
    `${qualifiedRuleId(family, ruleId)}|${cluster}|${subject.resource}|${subject.container ?? ''}|${subject.key}`,
  );

/**
 * sha256 of `family:id|cluster|resource|container|key`, first 32 hex characters, where the
 * cluster is named by its identity (its source and id), so two files that declare clusters of
 * one name give two fingerprints. The family (not the catalog version) names the rule, so moving
 * a cluster from Kubernetes 1.31 to 1.32 does not make every old finding look new.
 */
export function fingerprint(family: BenchmarkFamily, ruleId: string, subject: FingerprintSubject): string {
  return fingerprintOf(family, ruleId, subject, subject.clusterIdentity ?? subject.cluster);
}

/**
 * The fingerprint reports written before clusters were keyed by their source gave this finding
 * (the cluster named by its name alone), or undefined where it is the same as `fingerprint`.
 * The gate matches it, together with the finding's file, against such reports used as a baseline.
 */
export function nameOnlyFingerprint(
  family: BenchmarkFamily,
  ruleId: string,
  subject: FingerprintSubject,
): string | undefined {
  return subject.clusterIdentity === undefined
    ? undefined
    : fingerprintOf(family, ruleId, subject, subject.cluster);
}
