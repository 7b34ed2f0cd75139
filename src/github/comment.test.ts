import { beforeAll, describe, expect, test } from 'vitest';
import { benchmark, finding, report, rule } from '../../test/action/report-builder.js';
import { examplesView, scanExamples } from '../../test/report/examples-view.js';
import { commentLimit, commentMarker, renderComment } from './comment.js';
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

/** `count` failing Automated rows (blocking) and as many Manual ones (not blocking), each on its own Deployment. */
function manyFailures(count: number) {
  const rows = (assessment: 'Automated' | 'Manual', section: string) =>
    Array.from({ length: count }, (_, index) =>
      rule({
        id: `${section}.${index + 1}`,
        assessment,
        findings: [
          finding({
            fingerprint: `fp-${section}-${index}`,
            resource: `Deployment/shop/${assessment.toLowerCase()}-${index}`,
            line: index + 1,
            message: 'x'.repeat(120),
          }),
        ],
      }),
    );
  return report([benchmark([...rows('Automated', '5.1'), ...rows('Manual', '5.2')])]);
}

describe('the comment on the scan of examples/', () => {
  let body = '';
  beforeAll(async () => {
    body = renderComment(examplesView(await scanExamples()), marker);
  }, 60_000);

  test('is short enough to read, and says where the rest is', () => {
    expect(body.length).toBeLessThan(12_000);
    expect(body).toMatch(/…and \d+ more problems, left out for space\./);
    expect(body).toContain('the job summary of this run and its JSON report');
  });

  test('first screen: the verdict, why, then the blocking failures, then the other new ones', () => {
    const order = [
      '## ❌ aks-cis-gate: blocked',
      '**Why:** 2 blocking findings (2 blocking problems below).',
      '### 🛑 Blocking failures (2)',
      '**Role/shop/shop-orders** in examples/helm-rendered/shop.yaml',
      '### New failures that do not block (',
      '### The platform’s rows',
    ].map((text) => body.indexOf(text));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('one entry per problem: the KMS finding lists its three rule ids, each linked to its page, once', () => {
    const kms = body.split('\n').filter((line) => line.includes('Key Vault KMS is off'));
    expect(kms).toHaveLength(1);
    expect(kms[0]).toMatch(
      /\[cis-kubernetes 1\.2\.27\]\[(\d+)\], \[cis-kubernetes 1\.2\.28\]\[\d+\], \[cis-aks 5\.3\.1\]\[\d+\]\\$/,
    );
    const label = /\[cis-kubernetes 1\.2\.27\]\[(\d+)\]/.exec(kms[0] ?? '')?.[1];
    expect(body).toContain(
      `[${label}]: https://github.com/aks-cis-gate/aks-cis-gate/blob/main/docs/rules/cis-kubernetes-v1.12.0/1.2.27.md`,
    );
    const entries = body.split('\n').filter((line) => /^- \[L\d+\]/.test(line));
    expect(entries.length).toBeGreaterThan(10);
    expect(new Set(entries).size).toBe(entries.length);
  });

  test("each entry links its line at the head commit and gives the fix in the file's language", () => {
    const line = body.split('\n').find((text) => text.includes('Key Vault KMS is off')) ?? '';
    const label = /^- \[L16\]\[(\d+)\]/.exec(line)?.[1];
    expect(body).toContain(
      `[${label}]: https://github.com/octo-org/shop/blob/4f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39/examples/aks-bicep/main.bicep#L16`,
    );
    const next = body.split('\n')[body.split('\n').indexOf(line) + 1];
    expect(next).toBe(
      '  Fix (Bicep): Set `properties.securityProfile.azureKeyVaultKms` to `{ enabled: true, keyId: <key URL> }`.',
    );
    expect(body).toContain(
      '  Fix (Terraform): Set `automount_service_account_token = false` in the pod `spec` (or on the `kubernetes_service_account`).',
    );
  });

  test("the platform's rows are one line per benchmark", () => {
    expect(body).toContain(
      "- CIS Kubernetes Benchmark v1.12.0: 87 rows are AKS's (Microsoft's attestation): 6 of them Fail, none blocks.",
    );
    expect(body).not.toContain('| 1.1.1 |');
  });
});

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

  test('rules skipped and paths excluded by configuration are listed with the reason, escaped', () => {
    const skipped = {
      ...report([benchmark([rule({ id: '5.1.1' })])]),
      skippedRules: [
        { rule: 'cis-kubernetes:5.3.2', reason: 'policies come from **Calico**', source: 'gate.yml' },
      ],
      excluded: [{ path: 'vendor', pattern: 'vendor/**' }],
    };
    const body = renderComment(viewOf(skipped), marker);
    expect(body).toContain('### Left out by configuration');
    expect(body).toContain(
      '- cis-kubernetes:5.3.2 skipped by configuration: policies come from \\*\\*Calico\\*\\* (gate.yml)',
    );
    expect(body).toContain('- excluded by configuration: vendor (vendor/\\*\\*)');
  });

  test('text from scanned files reaches the comment as text, never as markup, math or links', () => {
    const hostile = finding({
      resource: 'ConfigMap/shop/<img src=x onerror=alert(1)>',
      message:
        '**bold** [click](https://evil.example) `code` @octo-org/admins | cell </details> <script> $x^2$ GH-7 #12 octo/shop#3',
      template: 'chart/templates/<b>x</b>.yaml',
      file: 'deploy/a)b (c).yaml',
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
      '$x^2$',
      'GH-7',
      '#12',
      'shop#3',
    ]) {
      expect(body).not.toContain(markup);
    }
    expect(body).not.toMatch(/[^\\]\| cell/);
    expect(body).toContain('&lt;img src=x onerror=alert');
    expect(body).toContain('\\*\\*bold\\*\\*');
    expect(body).toContain('&#64;octo-org/admins');
    expect(body).toContain('<span>$</span>x^2<span>$</span>');
    expect(body).toContain('GH-&#8288;7 \\#&#8288;12');
    expect(body).toContain('/blob/a1b2c3d/deploy/a%29b%20%28c%29.yaml#L12');
  });

  test('a finding that several catalogs report is one entry listing every rule id', () => {
    const shared = finding({ message: 'Container "app" runs privileged.' });
    const body = renderComment(
      viewOf(
        report([
          benchmark([rule({ id: '5.2.2', findings: [{ ...shared, fingerprint: 'fp-k8s' }] })]),
          benchmark([rule({ id: '4.2.1', findings: [{ ...shared, fingerprint: 'fp-aks' }] })], {
            id: 'cis-aks-v1.7',
            family: 'cis-aks',
            title: 'CIS AKS v1.7',
          }),
        ]),
      ),
      marker,
    );
    const entries = body.split('\n').filter((line) => line.includes('runs privileged'));
    expect(entries).toEqual([
      '- [L12][1] Container "app" runs privileged. · [cis-kubernetes 5.2.2][2], [cis-aks 4.2.1][3]\\',
    ]);
    expect(body).toContain('**Deployment/shop/web** in deploy/app.yaml');
    expect(body).toContain('  Fix: Fix it.');
  });

  test('old failures are a count and a collapsed list; a fixed row is named', () => {
    const old = finding({ fingerprint: 'fp-old', resource: 'Deployment/shop/old' });
    const head = report([benchmark([rule({ id: '5.1.1' }), rule({ id: '5.1.2', findings: [old] })])]);
    const base: Baseline = {
      kind: 'report',
      description: 'the base commit 0f0f0f0',
      report: report([
        benchmark([rule({ id: '5.1.1', findings: [finding()] }), rule({ id: '5.1.2', findings: [old] })]),
      ]),
    };
    const body = renderComment(viewOf(head, base), marker);
    expect(body).toContain('<details><summary>1 failing problem the base already had</summary>');
    expect(body).toContain('**Deployment/shop/old** in deploy/app.yaml');
    expect(body).toContain('✅ Fixed since the base: cis-kubernetes 5.1.1.');
    expect(body).toContain(
      '**Why it passed:** 1 failing finding is in the baseline (fail-on: automated blocks it).',
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

  test('with hundreds of problems, the blocking ones come first and the rest is cut from the bottom', () => {
    const body = renderComment(viewOf(manyFailures(300)), marker);
    expect(body.length).toBeLessThanOrEqual(commentLimit);
    expect(body.indexOf('Deployment/shop/automated-0*')).toBeLessThan(body.indexOf('…and'));
    expect(body).toContain('### 🛑 Blocking failures (300)');
    expect(body).toMatch(/…and \d+ more problems, left out for space\./);
    expect(body).not.toContain('Deployment/shop/manual-0');
    expect(body).toContain('have every finding.');
  });

  test('a 70,000-character resource name is shortened and does not push the other failures out', () => {
    const scanReport = manyFailures(3);
    const first = scanReport.benchmarks[0]?.rules[0]?.findings[0];
    if (first) first.resource = `Deployment/shop/${'n'.repeat(70_000)}`;
    const body = renderComment(viewOf(scanReport), marker);
    expect(body).toContain('…(70016 characters)');
    for (const name of ['automated-1', 'automated-2', 'manual-0', 'manual-2']) expect(body).toContain(name);
  });
});
