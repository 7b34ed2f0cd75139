import { expect, test } from 'vitest';
import { renderTable } from './table.js';
import { liveSampleReport, sampleReport } from './testing.js';

test('failures are grouped by rule with their findings, then the counts', () => {
  const table = renderTable(sampleReport(), { color: false });
  expect(table).toContain(
    '  FAIL 5.2.2 Minimize the admission of privileged containers (Automated L1)\n    deploy/web.yaml:12  Deployment/shop/web|',
  );
  expect(table).toContain(
    '    csi.yaml:30  DaemonSet/kube-system/csi, container driver\n      driver runs privileged [suppressed: the CSI driver needs host access]',
  );
  expect(table).toContain('  PASS 5.2.3 Rule 5.2.3');
  expect(table).toContain('  ERROR broken.yaml:4: bad indentation of a mapping entry');
  expect(table.trimEnd().split('\n').at(-1)).toBe(
    '1 failing rule, 1 finding, 1 new, 0 blocking, 1 suppressed, 1 not evaluated, 0 inputs not checked, 1 input error, 1/2 Automated rules pass',
  );
  expect(table).not.toContain('\u001b[');
});

test('colour only when asked (on a terminal), and never from scanned text', () => {
  const report = sampleReport();
  const rule = report.benchmarks[0]?.rules.find((candidate) => candidate.id === '5.2.2');
  if (rule?.findings[0]) rule.findings[0].message = 'evil \u001b[2J clear screen';
  const coloured = renderTable(report, { color: true });
  expect(coloured).toContain('\u001b[31mFAIL\u001b[0m');
  expect(coloured).not.toContain('\u001b[2J');
});

test('the row tally names who decided each row; rows that do not apply count as N/A', () => {
  const report = sampleReport();
  expect(renderTable(report, { color: false })).toContain(
    '  rows: platform 1, Fail 1, Pass 1, not evaluated 1\n',
  );
  const notEvaluated = report.benchmarks[0]?.rules[3];
  if (notEvaluated)
    Object.assign(notEvaluated, { status: 'N/A', reason: 'N/A: aks/pool0 runs Ubuntu, not Azure Linux.' });
  expect(renderTable(report, { color: false })).toContain('  rows: platform 1, Fail 1, Pass 1, N/A 1\n');
});

test("live scans: the drift first, each row's source, live findings without a line", () => {
  const table = renderTable(liveSampleReport(), { color: false });
  expect(
    table.startsWith(
      'Drift between the code and the cluster\n  DRIFT cis-kubernetes-v1.12.0 5.2.3 Rule 5.2.3: code Pass, live Fail\n',
    ),
  ).toBe(true);
  expect(table).toMatch(
    /FAIL 5\.2\.2 Minimize the admission of privileged containers \(Automated L1\) \[code\+live\]/,
  );
  expect(table).toContain(
    '    live:aks-prod  DaemonSet/kube-system/ama-logs, uid 00000000-0000-4000-8000-000000000042',
  );
});
