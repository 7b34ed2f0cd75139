import type { Check, CheckOptions, CheckResult, FindingDraft, Undecided } from '../checks/check.js';
import type { ScanModel } from '../model/scan-model.js';
import type { BenchmarkResult, Finding, RuleResult } from '../results/results.js';
import type { Catalog, CatalogRule } from './catalog.js';
import { findingCounts } from '../results/findings.js';
import { fingerprint, nameOnlyFingerprint } from './fingerprint.js';
import type { CatalogSelection } from './select-catalogs.js';
import { missingReasonCheck, type SuppressionProblem, type Suppressions } from './suppressions.js';
import { maxMessageCharacters, quoteInput } from '../model/quote.js';
import { tagged } from '../model/location.js';

export interface EvaluationContext {
  checks: readonly Check[];
  options: CheckOptions;
  suppressions: Suppressions;
}

/** A check's result on one part of the model; each check runs once per part. */
type CheckRunner = (checkId: string, model: ScanModel) => CheckResult | undefined;

function memoizedRunner(checks: readonly Check[], options: CheckOptions): CheckRunner {
  const byId = new Map<string, Check>();
  for (const check of checks) byId.set(check.id, check);
  const results = new Map<ScanModel, Map<string, CheckResult>>();
  return (checkId, model) => {
    const check = byId.get(checkId);
    if (check === undefined) return undefined;
    const forModel = results.get(model) ?? new Map<string, CheckResult>();
    results.set(model, forModel);
    const cached = forModel.get(checkId);
    if (cached !== undefined) return cached;
    const result = withUnreadable(check, model, check.run(model, options));
    forModel.set(checkId, result);
    return result;
  };
}

/**
 * A live scan that could not read a kind the check reads saw only part of the cluster:
 * what it found still counts, but it cannot pass.
 */
function withUnreadable(check: Check, model: ScanModel, result: CheckResult): CheckResult {
  if (model.unreadable === undefined) return result;
  const missed = model.unreadable.filter((entry) => check.reads?.includes(entry.kind));
  if (missed.length === 0) return result;
  return {
    ...result,
    undecided: [
      ...result.undecided,
      ...missed.map((entry) => ({ reason: `cannot read ${entry.kind}: ${entry.reason}` })),
    ],
  };
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** At most three reasons, then a count: a reason must stay readable in a table cell. */
function summarize(reasons: string[]): string {
  if (reasons.length === 1) return reasons[0] as string;
  const unique = [...new Set(reasons)];
  const shown = unique.slice(0, 3).join('; ');
  return unique.length > 3 ? `${shown}; and ${unique.length - 3} more` : shown;
}

const describeUndecided = (undecided: Undecided): string =>
  undecided.resource === undefined ? undecided.reason : `${undecided.resource}: ${undecided.reason}`;

/**
 * The same text as one flat string. The checks build messages and names by concatenation, a tree
 * of pieces that every collection copies for as long as the finding lives, and that the report
 * flattens in the end anyway; V8 flattens a string when a character of it is first read.
 */
function flattened(text: string): string {
  text.charCodeAt(0);
  return text;
}

function toFinding(
  catalog: Catalog,
  rule: CatalogRule,
  check: string,
  draft: FindingDraft,
  suppressions: Suppressions,
): Finding {
  const location = tagged(draft.location);
  const suppression = suppressions.suppressionFor(
    catalog.family,
    rule.id,
    draft,
    location.kind === 'file' ? location.file : undefined,
  );
  const legacy = nameOnlyFingerprint(catalog.family, rule.id, draft);
  const finding: Finding = {
    location,
    resource: flattened(draft.resource),
    // The last bound on what a check quotes: no message outgrows a report's table cell by much.
    message: flattened(quoteInput(draft.message, maxMessageCharacters)),
    check,
    fingerprint: fingerprint(catalog.family, rule.id, draft),
  };
  // Optional fields set one by one, absent when undefined: a merge builds 40,000 findings, and
  // an object spread for each field cost it tens of milliseconds.
  if (draft.container !== undefined) finding.container = draft.container;
  if (draft.cluster !== undefined) finding.cluster = draft.cluster;
  if (draft.clusterSource !== undefined) finding.clusterSource = draft.clusterSource;
  if (legacy !== undefined) finding.legacyFingerprint = legacy;
  if (suppression !== undefined && check !== missingReasonCheck) {
    finding.suppressed = suppression.reason;
    finding.suppressedBy = suppression.by;
  }
  if (draft.platform === true) finding.platform = true;
  return finding;
}

/** What a row's findings count: those that count and the resources they are in, the suppressed, those on the platform's objects. */
interface FindingTally {
  counted: number;
  resources: number;
  suppressed: number;
  /** Not suppressed, on platform-managed objects. */
  platform: number;
}

/** A row without findings. */
const nothingFound: FindingTally = { counted: 0, resources: 0, suppressed: 0, platform: 0 };

/** One pass over a row's findings (a plan's rows hold thousands). */
function tally(findings: Finding[]): FindingTally {
  if (findings.length === 0) return nothingFound;
  const resources = new Set<string>();
  let suppressed = 0;
  let platform = 0;
  for (const finding of findings) {
    if (findingCounts(finding))
      resources.add(`${finding.clusterSource ?? ''}|${finding.cluster ?? ''}|${finding.resource}`);
    else if (finding.suppressed !== undefined) suppressed += 1;
    else platform += 1;
  }
  return {
    counted: findings.length - suppressed - platform,
    resources: resources.size,
    suppressed,
    platform,
  };
}

/** What a decided row's reason adds about findings that do not count. */
function uncountedNote({ suppressed, platform }: FindingTally): string {
  if (suppressed === 0 && platform === 0) return '';
  const notes = [
    suppressed > 0 ? `${plural(suppressed, 'finding')} suppressed` : '',
    platform > 0 ? `${plural(platform, 'finding')} on platform-managed objects, not counted` : '',
  ].filter((note) => note !== '');
  return ` (${notes.join('; ')})`;
}

type RowVerdict = Pick<RuleResult, 'status' | 'reason' | 'decidedBy'>;

/**
 * Microsoft's reasons keep the reference-style links of their docs page (`[Azure KMS][azure-kms]`),
 * whose targets are not in the table: the report shows their text.
 */
const microsoftReason = (rule: CatalogRule): string => rule.aksReason.replace(referenceLink, '$1').trim();
const referenceLink = /\[([^\]]+)\]\[[^\]]*\]/g;

/** One sentence: no doubled full stop where `text` already ends one. */
const sentence = (text: string): string => (endOfSentence.test(text) ? text : `${text}.`);
const endOfSentence = /[.!?]$/;

/** The two texts joined by a space, or the one that is not empty. */
const joinedWords = (first: string, second: string): string =>
  first === '' || second === '' ? first + second : `${first} ${second}`;

function notDecided(rule: CatalogRule, why: string): RowVerdict {
  if (rule.responsibility === 'platform') {
    // Microsoft's words stay first; where a check tried (a live read forbidden, SSH left enabled),
    // what this scan saw follows, so a 403 is never mistaken for the platform's Pass.
    const seen = rule.checks.length === 0 ? '' : `This scan: ${sentence(why)}`;
    return {
      status: rule.aksStatus,
      reason: joinedWords(microsoftReason(rule), seen),
      decidedBy: 'platform',
    };
  }
  const theirs = microsoftReason(rule);
  const microsoft = theirs === '' ? '' : ` Microsoft: ${theirs}`;
  // Microsoft's status stays in aksStatus: in `status` it would read as this scan's Pass.
  return {
    status: 'Not evaluated',
    reason: `Not evaluated: ${sentence(why)}${microsoft}`,
    decidedBy: 'none',
  };
}

/** `text`, then the checks' notes on it. */
const withNotes = (notes: string[], text: string): string =>
  notes.length === 0 ? text : `${sentence(text)} ${summarize(notes)}`;

function verdict(
  rule: CatalogRule,
  results: CheckResult[],
  missing: string[],
  findings: Finding[],
): RowVerdict {
  const notes: string[] = [];
  let applicable = 0;
  let undecided: Undecided[] = [];
  for (let index = 0; index < results.length; index += 1) {
    const result = results[index] as CheckResult;
    if (result.note !== undefined) notes.push(result.note);
    applicable += result.applicable;
    if (result.undecided.length > 0) undecided = undecided.concat(result.undecided);
  }
  const counts = tally(findings);
  if (counts.counted > 0) {
    return {
      status: 'Fail',
      reason: withNotes(
        notes,
        `${plural(counts.counted, 'finding')} in ${plural(counts.resources, 'resource')}${uncountedNote(counts)}`,
      ),
      decidedBy: 'scan',
    };
  }
  // A platform row whose findings are all on the platform's own objects (AKS's kube-proxy, 4.3.1)
  // keeps Microsoft's attestation: those objects are theirs to judge, so the scan shows no Pass.
  const onPlatform = findings.filter((finding) => finding.platform === true).length;
  if (rule.responsibility === 'platform' && onPlatform > 0) {
    return notDecided(rule, `${plural(onPlatform, 'finding')} on platform-managed objects, not counted`);
  }
  if (rule.checks.length === 0) return notDecided(rule, 'no check of this tool decides this recommendation');
  if (applicable > 0 && undecided.length === 0 && missing.length === 0) {
    return {
      status: 'Pass',
      reason: withNotes(
        notes,
        `${plural(applicable, 'subject')} checked, none fails${uncountedNote(counts)}`,
      ),
      decidedBy: 'scan',
    };
  }
  const why = [
    ...missing.map((checkId) => `the check ${checkId} is not available`),
    ...undecided.map(describeUndecided),
    // Nothing to judge is only worth saying when nothing was left undecided either.
    ...(applicable === 0 && undecided.length === 0
      ? results.map((result) => result.notApplicableReason ?? 'nothing in the input to judge')
      : []),
  ];
  return notDecided(rule, withNotes(notes, summarize(why)));
}

/**
 * A pool whose OS is not known before deployment may run this image: what the known pools pass,
 * or leave to Microsoft's attestation, cannot pass for it. Their failures stand.
 */
function withUndecidedPools(decided: RowVerdict, undecidedPools: string | undefined): RowVerdict {
  if (undecidedPools === undefined) return decided;
  if (decided.status === 'Fail') {
    return {
      ...decided,
      reason: `${sentence(decided.reason)} Not evaluated for the other pools: ${undecidedPools}.`,
    };
  }
  return {
    status: 'Not evaluated',
    reason: [
      `Not evaluated: ${undecidedPools}.`,
      `For the pools known to run Azure Linux: ${decided.status}${decided.decidedBy === 'platform' ? " (Microsoft's attestation)" : ''}.`,
      decided.reason,
    ]
      .filter((part) => part !== '')
      .join(' '),
    decidedBy: 'none',
  };
}

/**
 * The row's result: its catalog fields and its verdict in one object, the optional fields set
 * only where the catalog has them. Built from spreads, each row cost three objects more, young
 * garbage that a small scan makes 132 times (issue 12).
 */
function ruleResult(rule: CatalogRule, decided: RowVerdict, findings: Finding[]): RuleResult {
  const result: RuleResult = {
    id: rule.id,
    title: rule.title,
    section: rule.section,
    aksStatus: rule.aksStatus,
    remediation: rule.remediation,
    status: decided.status,
    reason: decided.reason,
    decidedBy: decided.decidedBy,
    findings,
  };
  if (rule.assessment !== undefined) result.assessment = rule.assessment;
  if (rule.level !== undefined) result.level = rule.level;
  if (rule.fix !== undefined) result.fix = rule.fix;
  return result;
}

function evaluateRule(
  selection: CatalogSelection,
  rule: CatalogRule,
  run: CheckRunner,
  suppressions: Suppressions,
): RuleResult {
  const { catalog } = selection;
  if (selection.notApplicable !== undefined) {
    // The scan saw what makes the catalog not apply (an Ubuntu pool for Azure Linux): its decision.
    const reason = `N/A: ${selection.notApplicable}.`;
    return ruleResult(rule, { status: 'N/A', reason, decidedBy: 'scan' }, []);
  }
  if (selection.notEvaluated !== undefined) {
    // Even platform rows: without the node pools, Microsoft's attestation has nothing to apply to.
    const reason = `Not evaluated: ${selection.notEvaluated}.`;
    return ruleResult(rule, { status: 'Not evaluated', reason, decidedBy: 'none' }, []);
  }
  const results: CheckResult[] = [];
  const missing: string[] = [];
  const findings: Finding[] = [];
  // Indexed loops: this runs once per row, before V8 optimizes it, where `for…of` makes an
  // iterator and a result object for each element (a small scan's rows, 32 kB of young garbage).
  for (let index = 0; index < rule.checks.length; index += 1) {
    const checkId = rule.checks[index] as string;
    const result = run(checkId, selection.model);
    if (result === undefined) {
      missing.push(checkId);
      continue;
    }
    results.push(result);
    for (const draft of result.findings)
      findings.push(toFinding(catalog, rule, checkId, draft, suppressions));
  }
  for (let index = 0; index < suppressions.problems.length; index += 1) {
    const problem = suppressions.problems[index] as SuppressionProblem;
    if (problem.family === catalog.family && problem.ruleId === rule.id) {
      findings.push(toFinding(catalog, rule, missingReasonCheck, problem.finding, suppressions));
    }
  }
  const { status, reason, decidedBy } = withUndecidedPools(
    verdict(rule, results, missing, findings),
    selection.undecidedPools,
  );
  return ruleResult(rule, { status, reason: quoteInput(reason, maxMessageCharacters), decidedBy }, findings);
}

/**
 * Every row of every selected catalog: decided by the scan (Fail/Pass), the platform's
 * attestation, or Microsoft's status kept with the reason the scan could not decide it.
 */
export function evaluate(
  selections: readonly CatalogSelection[],
  context: EvaluationContext,
): BenchmarkResult[] {
  const run = memoizedRunner(context.checks, context.options);
  return selections.map((selection) => ({
    id: selection.catalog.id,
    family: selection.catalog.family,
    title: selection.catalog.title,
    version: selection.catalog.version,
    selectedBecause: quoteInput(selection.selectedBecause, maxMessageCharacters),
    sections: selection.catalog.sections,
    rules: selection.catalog.rules.map((rule) => evaluateRule(selection, rule, run, context.suppressions)),
  }));
}
