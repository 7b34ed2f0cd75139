import { describe, expect, test } from 'vitest';
import { benchmark, finding, report, rule } from '../../test/action/report-builder.js';
import { commentMarker, renderComment } from './comment.js';
import { decideGate, type Baseline } from '../results/gate.js';
import type { ResultsView } from './results-markdown.js';

const links = { serverUrl: 'https://github.com', owner: 'octo-org', repo: 'shop', headSha: 'a1b2c3d' };
const marker = commentMarker('CIS gate');
const baseline: Baseline = { kind: 'report', description: 'the base commit 0f0f0f0', report: report([]) };

function viewOf(scanReport: ReturnType<typeof report>, base: Baseline = baseline): ResultsView {
  const verdict = decideGate(scanReport, base, {
    failOn: 'new-automated',
    level: 'L2',
    failOnError: true,
    failOnUnchecked: true,
  });
  return { report: scanReport, verdict, baseline: base, links };
}

/** Many rows of every kind, each with a long reason: far more than a comment holds. */
function hugeReport(failures: number) {
  const long = 'x'.repeat(300);
  return report([
    benchmark([
      ...Array.from({ length: failures }, (_, index) =>
        rule({
          id: `5.1.${index + 1}`,
          findings: [
            finding({ fingerprint: `fp-${index}`, resource: `Deployment/shop/web-${index}`, message: long }),
          ],
        }),
      ),
      ...Array.from({ length: 300 }, (_, index) => rule({ id: `5.7.${index}`, reason: long })),
      ...Array.from({ length: 300 }, (_, index) =>
        rule({ id: `1.2.${index}`, decidedBy: 'platform', reason: long }),
      ),
    ]),
  ]);
}

describe('renderComment', () => {
  test('starts with the hidden marker, and the marker cannot close its HTML comment early', () => {
    expect(marker).toBe('<!-- aks-cis-gate:CIS gate -->');
    const hostile = commentMarker('evil --> <img src=x>');
    expect(hostile.slice(4, -3)).not.toMatch(/--|[<>]/);
    expect(hostile.endsWith(' -->')).toBe(true);
    expect(
      renderComment(viewOf(report([benchmark([rule({ id: '5.1.1' })])])), marker).startsWith(marker),
    ).toBe(true);
  });

  test('text from scanned files reaches the comment as text, never as markup', () => {
    const hostile = finding({
      resource: 'ConfigMap/shop/<img src=x onerror=alert(1)>',
      message: '**bold** [click](https://evil.example) `code` @octo-org/admins | cell </details> <script>',
      template: 'chart/templates/<b>x</b>.yaml',
      fingerprint: 'fp-hostile',
    });
    const body = renderComment(
      viewOf(report([benchmark([rule({ id: '5.1.1', findings: [hostile] })])])),
      marker,
    );
    for (const markup of [
      '<img',
      '<script>',
      '</details> <',
      '**bold**',
      '[click](',
      '`code`',
      '@octo-org',
      '<b>',
    ]) {
      expect(body).not.toContain(markup);
    }
    expect(body).not.toMatch(/[^\\]\| cell/);
    expect(body).toContain('&lt;img src=x onerror=alert');
    expect(body).toContain('\\*\\*bold\\*\\*');
    expect(body).toContain('&#64;octo-org/admins');
  });

  test('new failures come first, with a link to the file and line at the head commit', () => {
    const body = renderComment(
      viewOf(
        report([
          benchmark([rule({ id: '5.1.1', findings: [finding({ file: 'deploy/my app.yaml', line: 9 })] })]),
        ]),
      ),
      marker,
    );
    expect(body.indexOf('### New failures')).toBeLessThan(body.indexOf('### CIS Kubernetes Benchmark'));
    expect(body).toContain(
      '[deploy/my app.yaml:9](https://github.com/octo-org/shop/blob/a1b2c3d/deploy/my%20app.yaml#L9)',
    );
    expect(body).toContain('| 5.1.1 | Recommendation 5.1.1 | Automated | L1 | 🆕 **Fail** |');
  });

  test('passing, not-evaluated and platform rows are collapsed; a fixed row is marked', () => {
    const head = report([
      benchmark([
        rule({ id: '5.1.1' }),
        rule({
          id: '5.1.2',
          decidedBy: 'none',
          status: 'Not evaluated',
          reason: 'Not evaluated: no roles',
        }),
        rule({ id: '1.2.2', decidedBy: 'platform', status: 'Fail', aksStatus: 'Fail' }),
      ]),
    ]);
    const base: Baseline = {
      kind: 'report',
      description: 'the base commit 0f0f0f0',
      report: report([benchmark([rule({ id: '5.1.1', findings: [finding()] })])]),
    };
    const body = renderComment(viewOf(head, base), marker);
    expect(body).toContain('| 5.1.1 | Recommendation 5.1.1 | Automated | L1 | ✅ fixed: Pass |');
    expect(body).toContain('<summary>1 row not evaluated by the scan</summary>');
    expect(body).toContain('<summary>1 row the AKS platform attests</summary>');
    expect(body).toContain(
      '| 1.2.2 | Recommendation 1.2.2 | Automated | L1 | 🏢 Fail | Fail | AKS platform attestation:',
    );
  });

  test('says when there is no baseline', () => {
    const body = renderComment(
      viewOf(report([]), { kind: 'unavailable', reason: 'the base commit 0f0f0f0 could not be read' }),
      marker,
    );
    expect(body).toContain(
      'No baseline: the base commit 0f0f0f0 could not be read, so every failure counts as new.',
    );
  });

  test('stays under the limit by dropping platform rows first and points to the job summary', () => {
    const view = viewOf(hugeReport(20));
    const body = renderComment(view, marker);
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toContain('platform rows left out for space');
    expect(body).toContain('The job summary has the whole report.');
    // Every new failure is still listed, with its link.
    for (let index = 0; index < 20; index += 1) expect(body).toContain(`Deployment/shop/web-${index}`);
  });

  test('when new failures alone pass the limit, it keeps as many as fit and says how many were cut', () => {
    const body = renderComment(viewOf(hugeReport(400)), marker);
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toMatch(/…and \d+ more failures, listed in the job summary\./);
    expect(body).toContain('Deployment/shop/web-0,');
  });
});
