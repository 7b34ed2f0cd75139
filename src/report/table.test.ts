import { expect, test } from 'vitest';
import fc from 'fast-check';
import wrapAnsi from 'wrap-ansi';
import { plainLine, renderTable } from './table.js';
import { liveSampleReport, sampleReport } from '../../test/support/report.js';

test('by default the failures only, by object, each with its place, message, rules and fix, then one line of counts', () => {
  const table = renderTable(sampleReport(), { color: false });
  expect(table).toContain('  BLOCKS deploy/web.yaml:12\n    container app of web|');
  expect(table).toContain('    rules: cis-kubernetes 5.2.2 (Automated L1)\n    Fix: Fix 5.2.2\n');
  expect(table).toContain('  ERROR broken.yaml:4: bad indentation of a mapping entry');
  expect(table).not.toContain('PASS');
  expect(table).not.toContain('values.yaml');
  // A bare report has no verdict line; its counts are those of the default policy's gate.
  expect(table.trimEnd().replace(/\n/g, ' ')).toMatch(
    '1 failing rule, 1 finding, 1 new, 1 blocking, 1 suppressed, 1 not evaluated, 0 inputs not checked, 1 input error, 1/2 Automated rules pass',
  );
  expect(table).not.toContain('\u001b[');
});

test('a failure that no policy counts is marked as failing, not blocking', () => {
  const table = renderTable(sampleReport(), {
    color: false,
    policy: { failOn: 'none', level: 'L2', failOnError: true, failOnUnchecked: true },
  });
  expect(table).toContain('  fails  deploy/web.yaml:12');
  expect(table).not.toContain('BLOCKS');
  expect(table).toContain('1 finding, 1 new, 0 blocking,');
});

test('colour only when asked, rule ids link to their pages, and scanned text never drives the terminal', () => {
  const report = sampleReport();
  const rule = report.benchmarks[0]?.rules.find((candidate) => candidate.id === '5.2.2');
  if (rule?.findings[0]) rule.findings[0].message = 'evil \u001b[2J clear screen';
  const coloured = renderTable(report, { color: true });
  expect(coloured).toContain('\u001b[31mBLOCKS\u001b[0m');
  expect(coloured).toContain(
    '\u001b]8;;https://github.com/aks-cis-gate/aks-cis-gate/blob/main/docs/rules/cis-kubernetes-v1.12.0/5.2.2.md\u001b\\cis-kubernetes 5.2.2\u001b]8;;\u001b\\',
  );
  expect(coloured).not.toContain('\u001b[2J');
});

test('--verbose: every row, with the tally of who decided each, and the skipped files', () => {
  const report = sampleReport();
  const verbose = renderTable(report, { color: false, verbose: true });
  expect(verbose).toContain('  rows: platform 1, Fail 1, Pass 1, not evaluated 1\n');
  expect(verbose).toContain('  PASS 5.2.3 Rule 5.2.3 (Automated L1)\n');
  expect(verbose).toMatch(/ {2}N\/E {2}5\.2\.4 Rule 5\.2\.4 \(Manual L2\): Not evaluated: no workloads/);
  expect(verbose).toContain("  AKS  1.2.2 Rule 1.2.2 (Automated L1): Fail (Microsoft's attestation)");
  expect(verbose).toContain('  values.yaml: no Kubernetes object (apiVersion and kind) in the file');
  const notEvaluated = report.benchmarks[0]?.rules[3];
  if (notEvaluated)
    Object.assign(notEvaluated, { status: 'N/A', reason: 'N/A: aks/pool0 runs Ubuntu, not Azure Linux.' });
  expect(renderTable(report, { color: false, verbose: true })).toContain(
    '  rows: platform 1, Fail 1, Pass 1, N/A 1\n',
  );
});

test.each([80, 120])('at %i columns no line is wider, and long lines wrap under their indent', (width) => {
  const table = renderTable(sampleReport(), { color: false, verbose: true, width });
  const lines = table.split('\n');
  expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(width);
  expect(lines.some((line) => /^ {4}\S/.test(line))).toBe(true);
});

test("live scans: the drift first, each row's source, live findings without a line", () => {
  const table = renderTable(liveSampleReport(), { color: false, verbose: true, width: 200 });
  expect(
    table.startsWith(
      'Drift between the code and the cluster\n  DRIFT cis-kubernetes-v1.12.0 5.2.3 Rule 5.2.3: code Pass, live Fail\n',
    ),
  ).toBe(true);
  expect(table).toMatch(
    /FAIL 5\.2\.2 Minimize the admission of privileged containers \(Automated L1\) \[code\+live\]/,
  );
  expect(table).toContain(
    '    aks-prod /apis/apps/v1/namespaces/kube-system/daemonsets/ama-logs  DaemonSet/kube-system/ama-logs, uid 00000000-0000-4000-8000-000000000042',
  );
});

test('a line of printable ASCII that fits is what wrap-ansi would give back, so it is not wrapped', () => {
  const printable = fc.constantFrom(
    ...Array.from({ length: 95 }, (_, code) => String.fromCharCode(32 + code)),
  );
  fc.assert(
    fc.property(
      fc
        .string({ unit: fc.oneof(printable, fc.constantFrom(' ', '  ', 'a')), maxLength: 130 })
        .chain((text) =>
          fc.tuple(fc.constant(text), fc.integer({ min: Math.max(20, text.length), max: 140 })),
        ),
      ([text, columns]) => {
        fc.pre(plainLine.test(text));
        expect(wrapAnsi(text, columns, { hard: true, trim: true })).toBe(text);
      },
    ),
    { numRuns: 3000 },
  );
});
