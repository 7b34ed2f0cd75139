import { asFields, valueAt, type Fields } from '../model/fields.js';
import type { KubeObject } from '../model/kubernetes.js';
import { readOnce } from '../model/read-once.js';
import type { Check, FindingDraft, Undecided } from './check.js';
import { findingOn, noWorkloads, resultOf, undecidedAt, undecidedPods } from './findings.js';
import {
  fieldIdentity,
  fieldReads,
  pathsRead,
  podField,
  readFields,
  whereSet,
  type FieldReads,
  type FieldSource,
  type PodField,
  type SetField,
} from './pod-fields.js';
import {
  subjectKey,
  subjectPath,
  subjectsIn,
  subjectWords,
  type Subject,
  type SubjectLevel,
} from './pod-subjects.js';

export type { FieldSource } from './pod-fields.js';

/**
 * Two templates (in the manner of kube-linter) that the pod-security and secrets checks
 * configure: "a pod or container field has a failing value" and "an entry of a pod or
 * container list fails". A rule is data plus a small judging function.
 */

/** What a failing subject is blamed for: a field that is set (else the subject itself), and why. */
export interface Violation<F extends string> {
  blame?: F;
  message: string;
}

interface RuleBase {
  id: string;
  description: string;
}

export interface PodFieldRule<F extends string> extends RuleBase {
  /** Judge each pod (pod-level fields) or each container. */
  subject: SubjectLevel;
  fields: Record<F, FieldSource>;
  /**
   * Judges a subject by its fields' effective values (undefined: set nowhere). `nameOf` tells what
   * a message calls a field that is set: `securityContext.runAsUser`, `pod securityContext.runAsUser`…
   */
  judge(values: Record<F, unknown>, nameOf: (field: F) => string): Violation<F> | undefined;
}

export interface ListEntryRule extends RuleBase {
  subject: SubjectLevel;
  lists: readonly ListSpec[];
}

export interface ListSpec {
  /** The list, below the pod spec or the container. */
  path: readonly string[];
  /** For a failing entry: the path inside it to blame, a name for the finding key, and why. */
  judge(entry: Fields): { blame: readonly string[]; name: string; message: string } | undefined;
}

/** A rule with what is worked out once per scan: its fields, each with its place in its level's. */
interface LevelRule {
  rule: PodFieldRule<string>;
  keys: readonly string[];
  fields: readonly PodField[];
  /** Where each field sits among the values its level reads for each subject. */
  slots: readonly number[];
}

/** The rules of one level (pods or containers), and the distinct fields they read between them. */
interface Level {
  rules: LevelRule[];
  fields: PodField[];
  reads: FieldReads;
}

/** A rule's verdicts on a model: its failing subjects, with the field each blames if set, and those it cannot decide. */
interface RuleOutcome {
  failing: { subject: Subject; violation: Violation<string>; blamed: SetField | undefined }[];
  undecided: Undecided[];
}

/**
 * Checks from field rules: one finding per failing pod or container. The rules of a level are
 * judged together, subject by subject, on the first run over a model: a field that several rules
 * read (privileged, capabilities, securityContext) is read once per subject, and where a field is
 * set, with its path and name, is worked out only for the field a finding blames.
 */
export function podFieldChecks(rules: readonly PodFieldRule<string>[]): Check[] {
  const levels: Record<SubjectLevel, Level> = {
    pod: levelOf(rules, 'pod'),
    container: levelOf(rules, 'container'),
  };
  const outcomesIn = readOnce((objects: readonly KubeObject[]): Record<SubjectLevel, RuleOutcome[]> => ({
    pod: judgeSubjects(subjectsIn(objects, 'pod'), levels.pod),
    container: judgeSubjects(subjectsIn(objects, 'container'), levels.container),
  }));
  return rules.map((rule) => {
    const index = levels[rule.subject].rules.findIndex((entry) => entry.rule === rule);
    return subjectCheck(rule, (objects) => {
      const { failing, undecided } = outcomesIn(objects)[rule.subject][index] as RuleOutcome;
      const findings = failing.map(({ subject, violation, blamed }) => {
        const object = subject.template.object;
        return findingOn(object, {
          location: object.locate(blamed === undefined ? subjectPath(subject) : blamed.path),
          message: `${subjectWords(subject)} ${violation.message}`,
          key: blamed === undefined ? subjectKey(subject) : `${subjectKey(subject)}:${blamed.name}`,
          container: subject.container?.name,
        });
      });
      return { findings, undecided };
    });
  });
}

/**
 * A check that judges the pods or containers of a model: `judge` gives its findings and the
 * subjects it cannot decide; workloads whose pods are not known yet are undecided too.
 */
function subjectCheck(
  rule: RuleBase & { subject: SubjectLevel },
  judge: (
    objects: readonly KubeObject[],
    subjects: readonly Subject[],
  ) => { findings: FindingDraft[]; undecided: Undecided[] },
): Check {
  return {
    id: rule.id,
    description: rule.description,
    scope: 'object',
    run(model) {
      const subjects = subjectsIn(model.kubeObjects, rule.subject);
      const { findings, undecided } = judge(model.kubeObjects, subjects);
      return resultOf(findings, subjects.length - undecided.length, noWorkloads, [
        ...undecided,
        ...undecidedPods(model.kubeObjects, rule.subject),
      ]);
    },
  };
}

/** The rules of `level`, each field they read given one slot however many rules read it. */
function levelOf(rules: readonly PodFieldRule<string>[], level: SubjectLevel): Level {
  const slotOf = new Map<string, number>();
  const fields: PodField[] = [];
  const slotFor = (source: FieldSource) => {
    const identity = fieldIdentity(source);
    let slot = slotOf.get(identity);
    if (slot === undefined) {
      slot = fields.push(podField(source)) - 1;
      slotOf.set(identity, slot);
    }
    return slot;
  };
  const levelRules = rules
    .filter((rule) => rule.subject === level)
    .map((rule): LevelRule => {
      const keys = Object.keys(rule.fields);
      const slots = keys.map((key) => slotFor(rule.fields[key] as FieldSource));
      return { rule, keys, slots, fields: slots.map((slot) => fields[slot] as PodField) };
    });
  return { rules: levelRules, fields, reads: fieldReads(fields) };
}

/** Every rule's verdict on every subject of a level, each field read once per subject. */
function judgeSubjects(subjects: readonly Subject[], { rules, fields, reads }: Level): RuleOutcome[] {
  const outcomes = rules.map((): RuleOutcome => ({ failing: [], undecided: [] }));
  const values: unknown[] = fields.map(() => undefined);
  const read: unknown[] = reads.steps.map(() => undefined);
  // One record per rule, refilled for each subject: a judge reads it and keeps nothing of it.
  const records = rules.map(({ keys }) => Object.fromEntries(keys.map((key) => [key, undefined])));
  let subject: Subject;
  // What a message calls a field: asked of the subject being judged, for a failing one only.
  const namers = rules.map(
    (rule) => (key: string) => whereBlamed(rule, key, subject)?.name ?? fieldOf(rule, key).name,
  );
  for (subject of subjects) {
    readFields(reads, subject, read, values);
    for (let index = 0; index < rules.length; index += 1) {
      const rule = rules[index] as LevelRule;
      const record = records[index] as Record<string, unknown>;
      for (let at = 0; at < rule.keys.length; at += 1)
        record[rule.keys[at] as string] = values[rule.slots[at] as number];
      const violation = rule.rule.judge(record, namers[index] as (key: string) => string);
      const outcome = outcomes[index] as RuleOutcome;
      if (violation !== undefined) {
        const blamed =
          violation.blame === undefined ? undefined : whereBlamed(rule, violation.blame, subject);
        outcome.failing.push({ subject, violation, blamed });
      } else if (subject.template.unknownFields !== undefined) {
        // A value that looks compliant only because it is not known yet is no Pass.
        const unknown = undecidedIn(subject, rule.fields);
        if (unknown !== undefined) outcome.undecided.push(unknown);
      }
    }
  }
  return outcomes;
}

const fieldOf = (rule: LevelRule, key: string) => rule.fields[rule.keys.indexOf(key)] as PodField;

const whereBlamed = (rule: LevelRule, key: string, subject: Subject): SetField | undefined =>
  whereSet(fieldOf(rule, key), subject);

/** Why a subject cannot be judged: a field it reads is known only at deploy time. */
function undecidedIn(subject: Subject, fields: readonly PodField[]): Undecided | undefined {
  for (const field of fields) {
    for (const path of pathsRead(field, subject)) {
      const undecided = undecidedAt(subject.template.object, path);
      if (undecided !== undefined) return undecided;
    }
  }
  return undefined;
}

/** Why a subject cannot be judged: a list it reads is known only at deploy time. */
function undecidedInLists(subject: Subject, lists: readonly ListSpec[]): Undecided | undefined {
  if (subject.template.unknownFields === undefined) return undefined;
  for (const list of lists) {
    const undecided = undecidedAt(subject.template.object, [...subjectPath(subject), ...list.path]);
    if (undecided !== undefined) return undecided;
  }
  return undefined;
}

/** A check from a list rule: one finding per failing entry. */
export function listEntryCheck(rule: ListEntryRule): Check {
  return subjectCheck(rule, (_objects, subjects) => {
    const undecided: Undecided[] = [];
    const findings: FindingDraft[] = [];
    for (const subject of subjects) {
      const unknown = undecidedInLists(subject, rule.lists);
      if (unknown) undecided.push(unknown);
      // Each list is read from the subject's own pod spec or container; its path is built for a finding only.
      const base = subject.container?.body ?? subject.template.spec;
      for (const list of rule.lists) {
        const entries = valueAt(base, list.path);
        if (!Array.isArray(entries)) continue;
        for (let index = 0; index < entries.length; index += 1) {
          const entry = asFields(entries[index]);
          const violation = entry && list.judge(entry);
          if (violation !== undefined) findings.push(entryFinding(subject, list, index, violation));
        }
      }
    }
    return { findings, undecided };
  });
}

/** The finding on a failing list entry: its path and key built here, for it alone. */
function entryFinding(
  subject: Subject,
  list: ListSpec,
  index: number,
  violation: { blame: readonly string[]; name: string; message: string },
): FindingDraft {
  const object = subject.template.object;
  return findingOn(object, {
    location: object.locate([...subjectPath(subject), ...list.path, index, ...violation.blame]),
    message: `${subjectWords(subject)} ${violation.message}`,
    key: `${subjectKey(subject)}.${list.path.join('.')}[${violation.name}]`,
    container: subject.container?.name,
  });
}
