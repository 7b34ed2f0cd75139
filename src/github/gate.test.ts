import { describe, expect, test } from 'vitest';
import { benchmark, finding, report, rule } from '../../test/action/report-builder.js';
import { blockedMessage, decideGate, type Baseline, type GateSettings } from './gate.js';

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
const settings = (failOn: GateSettings['failOn'], level: GateSettings['level'] = 'L2'): GateSettings => ({
  failOn,
  level,
  failOnError: true,
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
    expect(verdict.suppressed).toBe(1);
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
});

test('the failure message lists the first twenty reasons and counts the rest', () => {
  const reasons = Array.from({ length: 23 }, (_, index) => `reason ${index + 1}`);
  const message = blockedMessage(reasons);
  expect(message.split('\n')).toEqual([
    'aks-cis-gate blocks this change:',
    ...reasons.slice(0, 20).map((reason) => `- ${reason}`),
    '…and 3 more in the job summary',
  ]);
});
