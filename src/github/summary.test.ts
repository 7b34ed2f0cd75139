import { describe, expect, test } from 'vitest';
import { benchmark, finding, report, rule } from '../../test/action/report-builder.js';
import { decideGate, type Baseline } from '../results/gate.js';
import { renderJobSummary } from './summary.js';

const baseline: Baseline = { kind: 'unavailable', reason: 'baseline is none' };
const links = { serverUrl: 'https://github.com', owner: 'octo-org', repo: 'shop', headSha: 'a1b2c3d' };

function viewOf(rows: number) {
  const scanReport = report([
    benchmark([
      rule({ id: '5.1.1', findings: [finding({ message: 'Übergröße ✓ '.repeat(10) })] }),
      ...Array.from({ length: rows }, (_, index) => rule({ id: `5.9.${index}`, reason: 'ü'.repeat(200) })),
    ]),
  ]);
  const verdict = decideGate(scanReport, baseline, {
    failOn: 'new-automated',
    level: 'L2',
    failOnError: true,
    failOnUnchecked: true,
  });
  return { report: scanReport, verdict, baseline, links };
}

describe('renderJobSummary', () => {
  test('holds what the comment says, then the whole report collapsed', () => {
    const summary = renderJobSummary(viewOf(3), '/tmp/report.json');
    expect(summary).toContain('aks-cis-gate: blocked');
    expect(summary.indexOf('### 🛑 Blocking failures (1)')).toBeLessThan(
      summary.indexOf('<details><summary>Every row of every benchmark'),
    );
    expect(summary).toContain('## CIS Kubernetes Benchmark v1.12.0 (cis-kubernetes-v1.12.0)');
    expect(summary).toContain('| 5.9.2 |');
  });

  test('past the byte limit, the whole report gives way to a pointer to the JSON, the first screen stays', () => {
    const limit = 50_000;
    const view = viewOf(150);
    // The whole text fits in characters but not in bytes: the limit is GitHub's, in bytes.
    const whole = renderJobSummary(view, '/tmp/report.json', Number.POSITIVE_INFINITY);
    expect(whole.length).toBeLessThan(limit);
    expect(Buffer.byteLength(whole, 'utf8')).toBeGreaterThan(limit);

    const summary = renderJobSummary(view, '/tmp/report.json', limit);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(limit);
    expect(summary).not.toContain('| 5.9.2 |');
    expect(summary).toContain('### 🛑 Blocking failures (1)');
    expect(summary).toContain(
      "passes the job summary's 1 MiB limit and was cut: every row and finding is in the JSON report (/tmp/report.json",
    );
  });
});
