/**
 * The template behind the cluster and node-pool checks (kube-linter style): a check is a
 * configuration — which setting, what AKS does when the input leaves it out, what counts as
 * compliant — not a hand-written function. Values the input cannot know (`unknown`) are never
 * judged: they become `Undecided` with the setting's own reason and location.
 */
import { referenceTo, type Cluster, type NodePool } from '../../model/cluster.js';
import type { SourceLocation } from '../../model/location.js';
import type { ScanModel } from '../../model/scan-model.js';
import type { Setting } from '../../model/setting.js';
import type { Check, CheckResult, FindingDraft, Undecided } from '../check.js';
import { quoteInput } from '../../model/quote.js';

/** One way a subject falls short of a requirement. */
export interface Shortfall {
  /** The property it is about (ARM name): becomes the finding's key. */
  key: string;
  location: SourceLocation;
  message: string;
  /** The input states the failing value (rather than AKS's default applying). */
  stated: boolean;
}

/** What a requirement concludes about one subject. */
export type Verdict =
  | { outcome: 'met' }
  | { outcome: 'not met'; shortfalls: Shortfall[] }
  | { outcome: 'undecided'; reason: string; location: SourceLocation };

/** Anything a requirement judges belongs to a cluster, whose origin names the properties. */
export interface ClusterScoped {
  cluster: Cluster;
}

export type Requirement<Subject extends ClusterScoped> = (subject: Subject) => Verdict;

/** A property as ARM and, where azurerm has an argument for it, Terraform spell it. */
export interface PropertyName {
  arm: string;
  terraform?: string;
}

export interface SettingRequirementSpec<Subject extends ClusterScoped, T> {
  property: PropertyName;
  read(subject: Subject): Setting<T>;
  /**
   * AKS's value when the input leaves the property out. Absent when the rule only constrains
   * a stated value (an unset property then meets it).
   */
  aksDefault?: T;
  /** Whose default `aksDefault` is, for the message (AKS unless the property belongs to another service). */
  defaultOwner?: string;
  holds(value: T): boolean;
  /** Why a value that does not hold matters, in our words. */
  explain(value: T, subject: Subject): string;
}

const met: Verdict = { outcome: 'met' };

function displayName(property: PropertyName, cluster: Cluster): string {
  return cluster.origin === 'terraform' && property.terraform !== undefined
    ? property.terraform
    : property.arm;
}

/** A requirement on one setting, with AKS's default applied when the input leaves it out. */
export function settingRequirement<Subject extends ClusterScoped, T>(
  spec: SettingRequirementSpec<Subject, T>,
): Requirement<Subject> {
  return (subject) => {
    const setting = spec.read(subject);
    const name = displayName(spec.property, subject.cluster);
    if (setting.state === 'unknown') {
      return { outcome: 'undecided', reason: `${name}: ${setting.reason}`, location: setting.location };
    }
    const stated = setting.state === 'set';
    const platformDefault = setting.state === 'unset' ? setting.platformDefault : undefined;
    if (!stated && platformDefault === undefined && spec.aksDefault === undefined) return met;
    // The early return above leaves a default whenever the input states nothing.
    const value = stated ? setting.value : (platformDefault?.value ?? spec.aksDefault)!;
    if (spec.holds(value)) return met;
    const how = stated
      ? `${name} = ${quoteInput(JSON.stringify(value))}`
      : platformDefault !== undefined
        ? `${name} not set; ${platformDefault.reason}`
        : `${name} not set; ${spec.defaultOwner ?? 'AKS'} default ${quoteInput(JSON.stringify(value))}`;
    return {
      outcome: 'not met',
      shortfalls: [
        {
          key: spec.property.arm,
          location: setting.location,
          message: `${spec.explain(value, subject)} (${how})`,
          stated,
        },
      ],
    };
  };
}

/** Met when every verdict is met; a shortfall anywhere outweighs an undecided part. */
function allVerdicts(verdicts: Verdict[]): Verdict {
  const shortfalls = verdicts.flatMap((verdict) => (verdict.outcome === 'not met' ? verdict.shortfalls : []));
  if (shortfalls.length > 0) return { outcome: 'not met', shortfalls };
  return verdicts.find((verdict) => verdict.outcome === 'undecided') ?? met;
}

/**
 * Met when any verdict is met. When none is, one shortfall sums them up, located at the first
 * value the input states (the line a reader would change), else at the first default.
 */
export function anyVerdict(key: string, summary: string, verdicts: Verdict[]): Verdict {
  if (verdicts.some((verdict) => verdict.outcome === 'met')) return met;
  const undecided = verdicts.find((verdict) => verdict.outcome === 'undecided');
  if (undecided !== undefined) return undecided;
  const shortfalls = verdicts.flatMap((verdict) => (verdict.outcome === 'not met' ? verdict.shortfalls : []));
  const blamed = shortfalls.find((shortfall) => shortfall.stated) ?? shortfalls[0];
  // With no alternative at all nothing was judged; passing it would be a silent Pass.
  if (blamed === undefined) throw new Error(`anyVerdict(${key}): no alternative to judge`);
  const reasons = shortfalls.map((shortfall) => shortfall.message).join('; ');
  return {
    outcome: 'not met',
    shortfalls: [
      { key, location: blamed.location, message: `${summary}: ${reasons}`, stated: blamed.stated },
    ],
  };
}

export const allOf =
  <Subject extends ClusterScoped>(...requirements: Requirement<Subject>[]): Requirement<Subject> =>
  (subject) =>
    allVerdicts(requirements.map((requirement) => requirement(subject)));

export const anyOf =
  <Subject extends ClusterScoped>(
    key: string,
    summary: string,
    ...requirements: Requirement<Subject>[]
  ): Requirement<Subject> =>
  (subject) =>
    anyVerdict(
      key,
      summary,
      requirements.map((requirement) => requirement(subject)),
    );

/** What a check judges: every cluster, or every node pool, of the model. */
export interface SubjectKind<Subject extends ClusterScoped> {
  subjectsOf(model: ScanModel): Subject[];
  /** `ManagedCluster/<name>` or `NodePool/<cluster>/<pool>`. */
  resourceOf(subject: Subject): string;
  /** Prefix that keeps keys distinct between subjects of one resource kind. */
  keyOf(subject: Subject, property: string): string;
  /** Why nothing was judged when the model holds no subject. */
  noneReason(model: ScanModel): string;
}

export const noCluster = 'no AKS cluster in the scanned input';

export const clusters: SubjectKind<ClusterScoped> = {
  subjectsOf: (model) => model.clusters.map((cluster) => ({ cluster })),
  resourceOf: ({ cluster }) => `ManagedCluster/${cluster.name}`,
  keyOf: (_subject, property) => property,
  noneReason: () => noCluster,
};

export interface PoolSubject extends ClusterScoped {
  pool: NodePool;
}

export const poolResource = ({ cluster, pool }: PoolSubject): string =>
  `NodePool/${cluster.name}/${pool.name}`;

/** Every node pool of every cluster that `admits` (all pools by default). */
export function nodePools(
  noneReason: string,
  admits: (pool: NodePool) => boolean = () => true,
): SubjectKind<PoolSubject> {
  return {
    subjectsOf: (model) =>
      model.clusters.flatMap((cluster) =>
        cluster.nodePools.filter(admits).map((pool) => ({ cluster, pool })),
      ),
    resourceOf: poolResource,
    keyOf: ({ pool }, property) => `${pool.name}:${property}`,
    noneReason: (model) => (model.clusters.length === 0 ? noCluster : noneReason),
  };
}

export interface RequirementCheckSpec<Subject extends ClusterScoped> {
  id: string;
  description: string;
  subjects: SubjectKind<Subject>;
  requirement: Requirement<Subject>;
  /** Context for the result, e.g. what the input cannot show; a function when it depends on the model. */
  note?: string | ((model: ScanModel) => string | undefined);
}

function noteFor(note: RequirementCheckSpec<ClusterScoped>['note'], model: ScanModel): { note?: string } {
  const text = typeof note === 'function' ? note(model) : note;
  return text === undefined ? {} : { note: text };
}

/** A check that applies one requirement to every subject of a kind. */
export function requirementCheck<Subject extends ClusterScoped>(spec: RequirementCheckSpec<Subject>): Check {
  return {
    id: spec.id,
    description: spec.description,
    run(model): CheckResult {
      const subjects = spec.subjects.subjectsOf(model);
      if (subjects.length === 0) {
        return {
          findings: [],
          applicable: 0,
          undecided: [],
          notApplicableReason: spec.subjects.noneReason(model),
        };
      }
      const findings: FindingDraft[] = [];
      const undecided: Undecided[] = [];
      for (const subject of subjects) {
        const verdict = spec.requirement(subject);
        const resource = spec.subjects.resourceOf(subject);
        if (verdict.outcome === 'undecided') {
          undecided.push({ reason: verdict.reason, resource, location: verdict.location });
        } else if (verdict.outcome === 'not met') {
          for (const shortfall of verdict.shortfalls) {
            findings.push({
              resource,
              ...referenceTo(subject.cluster),
              location: shortfall.location,
              message: shortfall.message,
              key: spec.subjects.keyOf(subject, shortfall.key),
            });
          }
        }
      }
      return {
        findings,
        applicable: subjects.length,
        undecided,
        ...noteFor(spec.note, model),
      };
    },
  };
}

export interface ClusterSwitchSpec {
  id: string;
  description: string;
  property: PropertyName;
  read: (cluster: Cluster) => Setting<boolean>;
  /** AKS's value when the input leaves the property out. */
  aksDefault: boolean;
  /** What it means that the switch is off, in our words. */
  whenOff: string;
  note?: string;
}

/** The commonest cluster check: a boolean property of the cluster that must be on. */
export const clusterSwitchCheck = ({
  read,
  aksDefault,
  property,
  whenOff,
  ...check
}: ClusterSwitchSpec): Check =>
  requirementCheck({
    ...check,
    subjects: clusters,
    requirement: settingRequirement({
      property,
      read: ({ cluster }) => read(cluster),
      aksDefault,
      holds: (on: boolean) => on,
      explain: () => whenOff,
    }),
  });
