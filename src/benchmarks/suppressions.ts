import picomatch from 'picomatch';
import type { FindingDraft } from '../checks/check.js';
import { displayValue } from '../model/fields.js';
import { describeLocation } from '../model/location.js';
import { clusterOf, resourceName } from '../model/kubernetes.js';
import type { ScanModel } from '../model/scan-model.js';
import { benchmarkFamilies } from './select-catalogs.js';
import { qualifiedRuleId, type BenchmarkFamily } from './catalog.js';

/** The object annotation that suppresses findings: one `[family:]id: reason` entry per line. */
export const ignoreAnnotation = 'aks-cis-gate/ignore';

/** The check id of the finding that reports a suppression written without a reason. */
export const missingReasonCheck = 'suppressions.missing-reason';

/** Which resources a config ignore covers; each field is a glob, absent fields match anything. */
export interface ResourceSelector {
  kind?: string;
  namespace?: string;
  name?: string;
}

/** An ignore from the config file (`.github/aks-cis-gate.yml`). */
export interface IgnoreRule {
  /** `cis-aks:5.4.1`, or a bare id for CIS Kubernetes. */
  rule: string;
  reason: string;
  /** Globs on the finding's file (relative to the working directory). */
  paths?: string[];
  resources?: ResourceSelector[];
  /** `YYYY-MM-DD`: the ignore applies through this day, then stops and the report says so. */
  expires?: string;
  /** Where the ignore is written, for messages. */
  source?: { file: string; line?: number };
}

/** A finding as suppression sees it. */
export interface SuppressionSubject {
  /** Undefined for a live object: an ignore by `paths` names files, not clusters. */
  file: string | undefined;
  resource: string;
  cluster?: string;
}

/** A suppression written without a reason: it does not apply and becomes a finding of its own. */
export interface SuppressionProblem {
  family: BenchmarkFamily;
  ruleId: string;
  finding: FindingDraft;
}

/** Why a finding is suppressed, and where that was written: on the object itself, or in the config file. */
export interface Suppression {
  reason: string;
  by: 'annotation' | 'config';
}

export interface Suppressions {
  /**
   * The suppression of this finding of this rule, if any. The finding is given as its draft and
   * file, its subject built only when something is suppressed (most scans suppress nothing).
   */
  suppressionFor(
    family: BenchmarkFamily,
    ruleId: string,
    draft: Pick<FindingDraft, 'resource' | 'cluster'>,
    file: string | undefined,
  ): Suppression | undefined;
  problems: SuppressionProblem[];
  /** Expired ignores, unreadable annotation entries and the like, for the report. */
  notices: string[];
}

interface RuleReference {
  family: BenchmarkFamily;
  ruleId: string;
}

/** `5.2.2` → CIS Kubernetes; `cis-aks:4.2.1` → CIS AKS. */
function parseRuleReference(text: string): RuleReference | undefined {
  const match = /^(?:([a-z-]+):)?(\d+(?:\.\d+)*)$/.exec(text.trim());
  if (!match) return undefined;
  const family = match[1] ?? 'cis-kubernetes';
  if (!(benchmarkFamilies as readonly string[]).includes(family)) return undefined;
  return { family: family as BenchmarkFamily, ruleId: match[2] as string };
}

interface AnnotationEntry extends RuleReference {
  reason: string;
}

/** `5.2.2: CSI driver needs host access` → the rule and the reason (empty when none was written). */
function parseAnnotationLine(line: string): AnnotationEntry | undefined {
  const match = /^((?:[a-z-]+:)?\d+(?:\.\d+)*)\s*(?::(.*))?$/.exec(line.trim());
  const reference = match ? parseRuleReference(match[1] as string) : undefined;
  return reference && { ...reference, reason: (match?.[2] ?? '').trim() };
}

const subjectKey = (resource: string, cluster: string | undefined): string => `${cluster ?? ''}|${resource}`;
const entryKey = (family: BenchmarkFamily, ruleId: string, subject: string): string =>
  `${qualifiedRuleId(family, ruleId)}|${subject}`;

/** `Kind/namespace/name` or `Kind/name` back into its parts. */
function resourceParts(resource: string): Required<ResourceSelector> {
  const [kind = '', first = '', second] = resource.split('/');
  return second === undefined
    ? { kind, namespace: '', name: first }
    : { kind, namespace: first, name: second };
}

interface CompiledIgnore extends RuleReference {
  reason: string;
  matches(subject: SuppressionSubject): boolean;
}

function compileIgnore(ignore: IgnoreRule, reference: RuleReference): CompiledIgnore {
  const glob = (pattern: string) => picomatch(pattern, { dot: true });
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
      const pathMatches =
        pathMatchers.length === 0 ||
        (subject.file !== undefined && pathMatchers.some((matcher) => matcher(subject.file as string)));
      const resourceMatches =
        selectors.length === 0 ||
        selectors.some(
          (selector) =>
            selector.kind(parts.kind) && selector.namespace(parts.namespace) && selector.name(parts.name),
        );
      return pathMatches && resourceMatches;
    },
  };
}

const describeSource = (ignore: IgnoreRule): string =>
  ignore.source
    ? ` (${ignore.source.file}${ignore.source.line === undefined ? '' : `:${ignore.source.line}`})`
    : '';

/** `YYYY-MM-DD` of a date, in UTC. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Reads the ignore annotations of every object and the config ignores. A suppression
 * without a reason does not apply: it is reported as a finding under the rule it names.
 */
export function buildSuppressions(
  model: ScanModel,
  ignores: readonly IgnoreRule[],
  today: Date,
): Suppressions {
  const annotated = new Map<string, string>();
  const problems: SuppressionProblem[] = [];
  const notices: string[] = [];

  for (const object of model.kubeObjects) {
    const annotations = (object.body.metadata as { annotations?: Record<string, unknown> } | undefined)
      ?.annotations;
    const value = annotations?.[ignoreAnnotation];
    if (value === undefined) continue;
    const location = object.locate(['metadata', 'annotations', ignoreAnnotation]);
    const subject = subjectKey(resourceName(object), object.cluster);
    for (const line of displayValue(value)
      .split('\n')
      .filter((text) => text.trim() !== '')) {
      const entry = parseAnnotationLine(line);
      if (entry === undefined) {
        notices.push(
          `${describeLocation(location)}: ${ignoreAnnotation} entry "${line.trim()}" on ${resourceName(object)} names no rule; write "5.2.2: reason" or "cis-aks:4.2.1: reason"`,
        );
        continue;
      }
      const rule = qualifiedRuleId(entry.family, entry.ruleId);
      if (entry.reason !== '') {
        annotated.set(entryKey(entry.family, entry.ruleId, subject), entry.reason);
        continue;
      }
      problems.push({
        family: entry.family,
        ruleId: entry.ruleId,
        finding: {
          resource: resourceName(object),
          location,
          message: `The ${ignoreAnnotation} entry for ${rule} gives no reason, so it does not apply; write "${entry.ruleId}: <why this is accepted>".`,
          key: `${missingReasonCheck}:${rule}`,
          ...clusterOf(object),
          ...(object.platform === undefined ? {} : { platform: object.platform }),
        },
      });
    }
  }

  const active: CompiledIgnore[] = [];
  for (const ignore of ignores) {
    const reference = parseRuleReference(ignore.rule);
    const where = describeSource(ignore);
    if (reference === undefined) {
      notices.push(`ignore${where}: "${ignore.rule}" is not a rule id; write "5.2.2" or "cis-aks:5.4.1"`);
    } else if (ignore.reason.trim() === '') {
      problems.push({
        ...reference,
        finding: {
          resource: 'Config/ignore',
          location: { file: ignore.source?.file ?? '(config)', line: ignore.source?.line ?? 1, column: 1 },
          message: `The config ignore for ${qualifiedRuleId(reference.family, reference.ruleId)} gives no reason, so it does not apply.`,
          // The rule and scope name the ignore; its line would move with unrelated edits.
          key: `${missingReasonCheck}:config:${JSON.stringify([ignore.paths ?? [], ignore.resources ?? []])}`,
        },
      });
    } else if (ignore.expires !== undefined && ignore.expires < isoDay(today)) {
      notices.push(
        `ignore of ${qualifiedRuleId(reference.family, reference.ruleId)}${where} expired on ${ignore.expires} and no longer applies ("${ignore.reason}")`,
      );
    } else if ((ignore.paths ?? []).length === 0 && (ignore.resources ?? []).length === 0) {
      notices.push(
        `ignore of ${qualifiedRuleId(reference.family, reference.ruleId)}${where} names no paths and no resources, so it does not apply`,
      );
    } else {
      active.push(compileIgnore(ignore, reference));
    }
  }

  return {
    problems,
    notices,
    suppressionFor(family, ruleId, draft, file) {
      // Most scans suppress nothing: no key or subject to build for each of their (in a merge, 40,000) findings.
      if (annotated.size === 0 && active.length === 0) return undefined;
      const annotation = annotated.get(entryKey(family, ruleId, subjectKey(draft.resource, draft.cluster)));
      if (annotation !== undefined) return { reason: annotation, by: 'annotation' };
      const subject: SuppressionSubject = {
        file,
        resource: draft.resource,
        ...(draft.cluster === undefined ? {} : { cluster: draft.cluster }),
      };
      const ignore = active.find(
        (candidate) =>
          candidate.family === family && candidate.ruleId === ruleId && candidate.matches(subject),
      );
      return ignore === undefined ? undefined : { reason: ignore.reason, by: 'config' };
    },
  };
}
