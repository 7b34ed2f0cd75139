import { describe, expect, test } from 'vitest';
import type { AksStatus } from './catalog.js';
import { schemaVersion, type DecidedBy, type RuleResult, type ScanReport } from '../results/results.js';
import { withSources } from './drift.js';

type Row = [id: string, status: AksStatus, decidedBy: DecidedBy];

/** A one-catalog report whose rows have the given statuses. */
function report(rows: Row[]): ScanReport {
  const rules: RuleResult[] = rows.map(([id, status, decidedBy]) => ({
    id,
    title: `Rule ${id}`,
    section: '5',
    status,
    reason: '',
    decidedBy,
    aksStatus: 'Fail',
    remediation: '',
    findings: [],
  }));
  return {
    schemaVersion,
    benchmarks: [
      {
        id: 'cis-kubernetes-v1.12.0',
        family: 'cis-kubernetes',
        title: 'CIS',
        version: '1.12.0',
        selectedBecause: '',
        rules,
      },
    ],
    skipped: [],
    notChecked: [],
    errors: [],
  };
}

const sources = (merged: ScanReport) =>
  Object.fromEntries(merged.benchmarks[0]?.rules.map((rule) => [rule.id, rule.source]) ?? []);

describe('withSources', () => {
  const code = report([
    ['a', 'Pass', 'scan'],
    ['b', 'Fail', 'scan'],
    ['c', 'Fail', 'scan'],
    ['d', 'Pass', 'scan'],
    ['e', 'Fail', 'none'],
    ['f', 'Fail', 'platform'],
  ]);
  const live = report([
    ['a', 'Fail', 'scan'],
    ['b', 'Pass', 'scan'],
    ['c', 'Fail', 'scan'],
    ['d', 'Fail', 'none'],
    ['e', 'Pass', 'scan'],
    ['f', 'Fail', 'platform'],
  ]);
  const merged = report([
    ['a', 'Fail', 'scan'],
    ['b', 'Fail', 'scan'],
    ['c', 'Fail', 'scan'],
    ['d', 'Pass', 'scan'],
    ['e', 'Pass', 'scan'],
    ['f', 'Fail', 'platform'],
  ]);

  test('drift lists the rows one side passed and the other failed, both ways, and nothing else', () => {
    expect(withSources(merged, { code, live }).drift).toEqual([
      { benchmark: 'cis-kubernetes-v1.12.0', id: 'a', title: 'Rule a', code: 'Pass', live: 'Fail' },
      { benchmark: 'cis-kubernetes-v1.12.0', id: 'b', title: 'Rule b', code: 'Fail', live: 'Pass' },
    ]);
  });

  test('a failing row names the sides that fail; a passing one the sides that judged it', () => {
    expect(sources(withSources(merged, { code, live }))).toEqual({
      a: 'live',
      b: 'code',
      c: 'code+live',
      d: 'code',
      e: 'live',
      f: 'platform',
    });
  });

  test('a live-only scan: every decided row is the live one, and no drift is claimed', () => {
    const result = withSources(live, { live });
    expect(result.drift).toBeUndefined();
    expect(sources(result)).toEqual({
      a: 'live',
      b: 'live',
      c: 'live',
      d: undefined,
      e: 'live',
      f: 'platform',
    });
  });
});
