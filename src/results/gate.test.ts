import { describe, expect, test } from 'vitest';
import { benchmark, finding, report, rule } from '../../test/action/report-builder.js';
import {
  decideGate,
  exitStatus,
  verdictLine,
  withVerdict,
  type Baseline,
  type GatePolicy,
  type PolicyWords,
} from './gate.js';
import { headlineCounts } from './counts.js';
import { findingCounts, ruleFails, uniqueFindings } from './findings.js';

const automatedFinding = finding({ fingerprint: 'fp-automated', resource: 'ClusterRoleBinding/web-admin' });
const manualFinding = finding({ fingerprint: 'fp-manual' });
const head = report([
  benchmark([
    rule({ id: '5.1.1', findings: [automatedFinding] }),
    rule({ id: '5.2.2', assessment: 'Manual', findings: [manualFinding] }),
    rule({ id: '5.1.3' }),
    rule({ id: '1.2.2', decidedBy: 'platform', status: 'Fail', aksStatus: 'Fail' }),
  ]),
]);

const baseWith = (...findings: string[]): Baseline => ({
  kind: 'report',
  description: 'the base commit abc1234',
  report: report([
    benchmark([
      rule({ id: '5.1.1', findings: findings.includes('fp-automated') ? [automatedFinding] : [] }),
      rule({
        id: '5.2.2',
        assessment: 'Manual',
        findings: findings.includes('fp-manual') ? [manualFinding] : [],
      }),
      rule({
        id: '5.1.3',
        findings: findings.includes('fp-fixed') ? [finding({ fingerprint: 'fp-fixed' })] : [],
      }),
    ]),
  ]),
});
const nothingOld = baseWith();
const unavailable: Baseline = { kind: 'unavailable', reason: 'there is no base commit (not a pull request)' };
const settings = (failOn: GatePolicy['failOn'], level: GatePolicy['level'] = 'L2'): GatePolicy => ({
  failOn,
  level,
  failOnError: true,
  failOnUnchecked: true,
});

describe('decideGate', () => {
  test.each([
    ['new-automated', nothingOld, false, ['fp-automated']],
    ['new-automated', baseWith('fp-automated'), true, []],
    ['automated', baseWith('fp-automated'), false, ['fp-automated']],
    ['new', baseWith('fp-automated'), false, ['fp-manual']],
    ['new', baseWith('fp-automated', 'fp-manual'), true, []],
    ['all', baseWith('fp-automated', 'fp-manual'), false, ['fp-automated', 'fp-manual']],
    ['none', nothingOld, true, []],
  ] as const)('fail-on %s', (failOn, baseline, passed, blocking) => {
    const verdict = decideGate(head, baseline, settings(failOn));
    expect(verdict.passed).toBe(passed);
    expect(
      verdict.failures.filter((failure) => failure.blocking).map((failure) => failure.finding.fingerprint),
    ).toEqual(blocking);
  });

  test('without a baseline every failure is new', () => {
    const verdict = decideGate(head, unavailable, settings('new-automated'));
    expect(verdict.failures.map((failure) => failure.isNew)).toEqual([true, true]);
    expect(verdict.passed).toBe(false);
  });

  test('L1 leaves L2 rows out of fail-on', () => {
    const l2 = report([benchmark([rule({ id: '5.1.1', level: 'L2', findings: [automatedFinding] })])]);
    expect(decideGate(l2, nothingOld, settings('automated', 'L1')).passed).toBe(true);
    expect(decideGate(l2, nothingOld, settings('automated', 'L2')).passed).toBe(false);
  });

  test('suppressed and platform findings never block and are counted apart', () => {
    const quiet = report([
      benchmark([
        rule({
          id: '5.1.1',
          status: 'Pass',
          findings: [
            finding({ fingerprint: 'a', suppressed: 'accepted until the CSI driver is replaced' }),
            finding({ fingerprint: 'b', platform: true }),
          ],
        }),
      ]),
    ]);
    const verdict = decideGate(quiet, unavailable, settings('all'));
    expect(verdict.passed).toBe(true);
    expect(verdict.failures).toEqual([]);
    expect(verdict.counts.suppressed).toBe(1);
  });

  test('an unreadable input blocks unless fail-on-error is false', () => {
    const broken = report([benchmark([])], {
      errors: [{ file: 'deploy/bad.yaml', line: 3, message: 'bad indentation' }],
    });
    expect(decideGate(broken, nothingOld, settings('none')).passed).toBe(false);
    expect(decideGate(broken, nothingOld, { ...settings('none'), failOnError: false }).passed).toBe(true);
  });

  test('a row the base failed and the head passes is fixed; the score counts Automated rows the scan decided', () => {
    const verdict = decideGate(head, baseWith('fp-fixed'), settings('new-automated'));
    expect(verdict.fixedRows.map((row) => row.rule.id)).toEqual(['5.1.3']);
    // 5.1.1 fails and 5.1.3 passes; 5.2.2 is Manual and 1.2.2 is the platform's.
    expect(verdict.score).toBe(50);
  });

  test('failures come blocking first, then new, each group in report order', () => {
    const [a1, a2, b1, b2, c1] = ['a1', 'a2', 'b1', 'b2', 'c1'].map((fingerprint) =>
      finding({ fingerprint }),
    );
    const rows = (...held: (typeof a1)[]) =>
      report([
        benchmark([
          rule({ id: '5.1.1', findings: [a1!, a2!].filter((entry) => held.includes(entry)) }),
          rule({
            id: '5.2.2',
            assessment: 'Manual',
            findings: [b1!, b2!].filter((entry) => held.includes(entry)),
          }),
          rule({ id: '5.1.3', findings: [c1!].filter((entry) => held.includes(entry)) }),
        ]),
      ]);
    const baseline: Baseline = { kind: 'report', description: 'the base', report: rows(a1, b2) };
    const verdict = decideGate(rows(a1, a2, b1, b2, c1), baseline, settings('automated'));
    expect(
      verdict.failures.map(({ finding, blocking, isNew }) => [finding.fingerprint, blocking, isNew]),
    ).toEqual([
      ['a2', true, true],
      ['c1', true, true],
      ['a1', true, false],
      ['b1', false, true],
      ['b2', false, false],
    ]);
    expect(verdict.counts).toMatchObject({ new: 3, blocking: 3, findings: 5 });
  });
});

const words: PolicyWords = {
  failOn: (value) => `--fail-on ${value}`,
  level: (value) => `--level ${value}`,
  allowErrors: '--allow-errors',
  allowUnchecked: '--allow-unchecked',
};

describe('which rows count', () => {
  const rows = {
    automatedL1: rule({ id: '5.2.2', findings: [finding({ fingerprint: 'a1' })] }),
    automatedL2: rule({ id: '5.2.12', level: 'L2', findings: [finding({ fingerprint: 'a2' })] }),
    manualL1: rule({ id: '5.1.1', assessment: 'Manual', findings: [finding({ fingerprint: 'm1' })] }),
    noLevel: rule({
      id: '4.2.1',
      assessment: 'Manual',
      level: undefined,
      findings: [finding({ fingerprint: 'n' })],
    }),
  };
  const all = report([benchmark(Object.values(rows))]);
  test.each([
    ['automated', 'L2', ['a1', 'a2']],
    ['automated', 'L1', ['a1']],
    ['all', 'L2', ['a1', 'a2', 'm1', 'n']],
    ['all', 'L1', ['a1', 'm1', 'n']],
    ['none', 'L2', []],
  ] as const)('fail-on %s, level %s blocks %j', (failOn, level, expected) => {
    const verdict = decideGate(all, unavailable, settings(failOn, level));
    expect(
      verdict.failures
        .filter((failure) => failure.blocking)
        .map((failure) => failure.finding.fingerprint)
        .sort(),
    ).toEqual([...expected].sort());
  });

  test('the same finding under two catalogs of one family counts once, as its rule does', () => {
    const twice = report([
      benchmark([rows.automatedL1]),
      benchmark([rows.automatedL1], { id: 'cis-kubernetes-v1.11.1' }),
    ]);
    const verdict = decideGate(twice, unavailable, settings('automated'));
    expect(verdict.failures).toHaveLength(1);
    expect(verdict.counts).toMatchObject({ failingRules: 1, findings: 1, new: 1, blocking: 1 });
    expect(exitStatus(verdict)).toBe(1);
  });
});

describe('a fingerprint in two rows', () => {
  // x: suppressed in a passing row, then counted in a failing row of the older catalog;
  // y: counted in a failing row, then suppressed in the older catalog's row.
  const x = (fields = {}) => finding({ fingerprint: 'x', resource: 'Pod/shop/x', ...fields });
  const y = (fields = {}) => finding({ fingerprint: 'y', resource: 'Pod/shop/y', ...fields });
  const twoRows = report([
    benchmark([
      rule({ id: '5.1.1', status: 'Pass', findings: [x({ suppressed: 'accepted' })] }),
      rule({ id: '5.1.2', findings: [y()] }),
    ]),
    benchmark(
      [rule({ id: '5.1.1', findings: [x()] }), rule({ id: '5.1.2', findings: [y({ suppressed: 'old' })] })],
      {
        id: 'cis-kubernetes-v1.11.1',
      },
    ),
  ]);
  const where = (
    entries: { benchmark: { id: string }; rule: { id: string }; finding: { fingerprint: string } }[],
  ) => entries.map((entry) => `${entry.finding.fingerprint} ${entry.benchmark.id} ${entry.rule.id}`);

  test('each part of the verdict takes it from the first row that qualifies for that part', () => {
    const verdict = decideGate(twoRows, unavailable, settings('automated'));
    // A failure is the first row where the finding counts and the row fails: x from the older catalog.
    expect(where(verdict.failures)).toEqual([
      'y cis-kubernetes-v1.12.0 5.1.2',
      'x cis-kubernetes-v1.11.1 5.1.1',
    ]);
    expect(where(verdict.addedSuppressions)).toEqual([
      'x cis-kubernetes-v1.12.0 5.1.1',
      'y cis-kubernetes-v1.11.1 5.1.2',
    ]);
    // The headline reads each fingerprint's first row: x suppressed, y counted.
    expect(verdict.counts).toMatchObject({
      failingRules: 2,
      findings: 1,
      new: 2,
      blocking: 2,
      suppressed: 1,
    });
    expect(verdict.passed).toBe(false);
  });

  test('its one pass gives each part exactly what uniqueFindings gives it alone', () => {
    const verdict = decideGate(twoRows, unavailable, settings('automated'));
    const failing = uniqueFindings(twoRows, (row, entry) => ruleFails(row) && findingCounts(entry));
    expect(verdict.failures.map(({ benchmark, rule, finding }) => ({ benchmark, rule, finding }))).toEqual(
      failing,
    );
    expect(verdict.addedSuppressions).toEqual(
      uniqueFindings(twoRows, (_row, entry) => entry.suppressed !== undefined),
    );
    const { new: _new, blocking: _blocking, ...alone } = headlineCounts(twoRows);
    expect(verdict.counts).toMatchObject(alone);
  });

  test('a suppression the base holds with the same reason is not added', () => {
    const base: Baseline = { kind: 'report', description: 'the base', report: twoRows };
    const verdict = decideGate(twoRows, base, settings('new-automated'));
    expect(verdict.addedSuppressions).toEqual([]);
    expect(verdict.failures.map((failure) => failure.isNew)).toEqual([false, false]);
    expect(verdict.passed).toBe(true);
  });
});

describe('inputs not checked', () => {
  const chartOnly = report([], {
    notChecked: [
      { file: 'charts/shop', reason: 'a Helm chart source', fix: 'render it with `helm template`' },
    ],
  });

  test('block unless the policy lets them through, and the verdict line says which way', () => {
    const blocked = decideGate(chartOnly, unavailable, settings('automated'));
    expect(blocked.passed).toBe(false);
    expect(verdictLine(blocked, words)).toBe('blocked: 1 input not checked');
    const allowed = decideGate(chartOnly, unavailable, { ...settings('automated'), failOnUnchecked: false });
    expect(allowed.passed).toBe(true);
    expect(verdictLine(allowed, words)).toBe(
      'not blocked: 1 input not checked let through by --allow-unchecked',
    );
  });

  test('are counted in the headline the report carries', () => {
    const verdict = decideGate(chartOnly, unavailable, settings('automated'));
    expect(withVerdict(chartOnly, verdict, words).verdict).toEqual({
      passed: false,
      summary: 'blocked: 1 input not checked',
      counts: {
        failingRules: 0,
        findings: 0,
        new: 0,
        blocking: 0,
        suppressed: 0,
        notEvaluated: 0,
        notChecked: 1,
        inputErrors: 0,
      },
    });
  });
});

describe('the verdict line says why a gate passed while rules fail', () => {
  test.each([
    [
      'new',
      'L2',
      baseWith('fp-automated', 'fp-manual'),
      'not blocked: 2 failing findings are in the baseline (--fail-on all blocks them)',
    ],
    [
      'new-automated',
      'L2',
      baseWith('fp-automated'),
      'not blocked: 1 failing rule is Manual (--fail-on all blocks it); 1 failing finding is in the baseline (--fail-on automated blocks it)',
    ],
    ['none', 'L2', nothingOld, 'not blocked: 2 failing rules do not block under --fail-on none'],
  ] as const)('fail-on %s, level %s', (failOn, level, baseline, line) => {
    const head2 = report([
      benchmark([
        rule({ id: '5.1.1', findings: [automatedFinding] }),
        rule({ id: '5.2.2', assessment: 'Manual', findings: [manualFinding] }),
      ]),
    ]);
    const verdict = decideGate(head2, baseline, settings(failOn, level));
    expect(verdict.passed).toBe(true);
    expect(verdictLine(verdict, words)).toBe(line);
  });

  test('an L2 rule under level L1', () => {
    const l2 = report([benchmark([rule({ id: '5.1.1', level: 'L2', findings: [automatedFinding] })])]);
    const verdict = decideGate(l2, unavailable, settings('automated', 'L1'));
    expect(verdictLine(verdict, words)).toBe(
      'not blocked: 1 failing rule is above --level L1 (--level L2 counts it)',
    );
  });

  test('nothing fails', () => {
    const clean = report([benchmark([rule({ id: '5.1.3' })])]);
    expect(verdictLine(decideGate(clean, unavailable, settings('all')), words)).toBe(
      'not blocked: no rule fails',
    );
  });
});
