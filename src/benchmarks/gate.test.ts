import { describe, expect, test } from 'vitest';
import type { Finding, RuleResult, ScanReport } from '../report/report.js';
import {
  blockingFindings,
  exitStatus,
  fingerprintsOf,
  newFindings,
  ruleCounts,
  score,
  type GatePolicy,
} from './gate.js';

const finding = (fingerprint: string, extra: Partial<Finding> = {}): Finding => ({
  file: 'deploy.yaml',
  line: 1,
  column: 1,
  resource: 'Deployment/shop/web',
  message: 'm',
  check: 'c',
  fingerprint,
  ...extra,
});

const row = (id: string, extra: Partial<RuleResult>): RuleResult => ({
  id,
  title: id,
  section: '5',
  status: 'Fail',
  reason: '',
  decidedBy: 'scan',
  aksStatus: 'Depends on Environment',
  remediation: '',
  findings: [finding(`fp-${id}`)],
  ...extra,
});

const rows = {
  automatedL1: row('5.2.2', { assessment: 'Automated', level: 'L1' }),
  automatedL2: row('5.2.12', { assessment: 'Automated', level: 'L2' }),
  manualL1: row('5.1.1', { assessment: 'Manual', level: 'L1' }),
  noLevel: row('4.2.1', { assessment: 'Manual' }),
  platform: row('1.2.2', { assessment: 'Automated', level: 'L1', decidedBy: 'platform' }),
};

const report = (rules: RuleResult[], errors: ScanReport['errors'] = []): ScanReport => ({
  schemaVersion: 1,
  benchmarks: [
    {
      id: 'cis-kubernetes-v1.12.0',
      family: 'cis-kubernetes',
      title: 't',
      version: '1.12.0',
      selectedBecause: '',
      rules,
    },
  ],
  skipped: [],
  notChecked: [],
  errors,
});

describe('ruleCounts', () => {
  test.each([
    ['automated', 'L2', ['automatedL1', 'automatedL2']],
    ['automated', 'L1', ['automatedL1']],
    ['all', 'L2', ['automatedL1', 'automatedL2', 'manualL1', 'noLevel']],
    ['all', 'L1', ['automatedL1', 'manualL1', 'noLevel']],
    ['none', 'L2', []],
  ] as const)('--fail-on %s --level %s counts %j', (failOn, level, expected) => {
    const counted = Object.entries(rows).filter(([, rule]) => ruleCounts(rule, { failOn, level }));
    expect(counted.map(([name]) => name)).toEqual(expected);
  });
});

describe('blocking and exit status', () => {
  const policy: GatePolicy = { failOn: 'automated', level: 'L2', allowErrors: false };

  test('suppressed and platform findings never block', () => {
    const quiet = row('5.2.2', {
      assessment: 'Automated',
      level: 'L1',
      findings: [finding('a', { suppressed: 'accepted' }), finding('b', { platform: true })],
    });
    expect(blockingFindings(report([quiet]), policy)).toEqual([]);
    expect(exitStatus(report([quiet]), policy)).toBe(0);
  });

  test('a counted failure exits 1; a Manual-only failure does not under automated', () => {
    expect(exitStatus(report([rows.automatedL1]), policy)).toBe(1);
    expect(exitStatus(report([rows.manualL1, rows.platform]), policy)).toBe(0);
  });

  test('input errors exit 1 unless allowed', () => {
    const broken = report([], [{ file: 'bad.yaml', line: 3, message: 'syntax error' }]);
    expect(exitStatus(broken, policy)).toBe(1);
    expect(exitStatus(broken, { ...policy, allowErrors: true })).toBe(0);
  });

  test('the same finding under two catalogs blocks once; a baseline keeps only new findings', () => {
    const twice: ScanReport = {
      ...report([rows.automatedL1]),
      benchmarks: [...report([rows.automatedL1]).benchmarks, ...report([rows.automatedL1]).benchmarks],
    };
    expect(blockingFindings(twice, policy)).toHaveLength(1);
    const baseline = fingerprintsOf(report([rows.automatedL1]));
    expect(
      blockingFindings(report([rows.automatedL1, rows.automatedL2]), policy, baseline).map(
        (entry) => entry.rule.id,
      ),
    ).toEqual(['5.2.12']);
    expect(
      newFindings(report([rows.automatedL1, rows.manualL1]), baseline).map((entry) => entry.rule.id),
    ).toEqual(['5.1.1']);
  });
});

test('score counts passed Automated rules over Automated rules the scan decided', () => {
  const passing = row('5.2.3', { assessment: 'Automated', level: 'L1', status: 'Pass', findings: [] });
  expect(score(report([rows.automatedL1, passing, rows.manualL1, rows.platform]))).toEqual({
    passed: 1,
    decided: 2,
    ratio: 0.5,
  });
  expect(score(report([])).ratio).toBeUndefined();
});
