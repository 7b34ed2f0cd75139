import fc from 'fast-check';
import { expect, test } from 'vitest';
import { catalogCell, escapeMarkdown } from './escape.js';
import { renderMarkdown } from './markdown.js';
import { liveSampleReport, sampleReport } from '../../test/support/report.js';

test("the table has Microsoft's columns, section heading rows and one row per rule", () => {
  const markdown = renderMarkdown(sampleReport());
  expect(markdown).toContain(
    "| CIS ID | Recommendation | Assessment status | Level | Status | Microsoft's AKS status | Reason |",
  );
  expect(markdown).toContain('| **5.2** | **Pod Security Standards** |  |  |  |  |  |');
  expect(markdown).toContain(
    '| 5.2.2 | Minimize the admission of privileged containers | Automated | L1 | **Fail** | Depends on Environment | 1 finding in 1 resource (1 finding suppressed; 1 finding on platform-managed objects, not counted) |',
  );
  expect(markdown).toContain(
    "| 1.2.2 | Rule 1.2.2 | Automated | L1 | Fail | Fail | AKS platform (Microsoft's attestation): Managed by AKS. |",
  );
  // A row nobody decided says so in Status; Microsoft's word stays in its own column.
  expect(markdown).toMatch(
    /\| 5\.2\.4 \| Rule 5\.2\.4 \| Manual \| L2 \| Not evaluated \| Depends on Environment \| Not evaluated: /,
  );
  expect(markdown).toContain(
    'Catalog cis-kubernetes-v1.12.0, selected because: no Kubernetes version in the input: newest catalog.',
  );
});

test('evidence names file:line, resource, container and template; suppressed findings keep their reason', () => {
  const markdown = renderMarkdown(sampleReport());
  expect(markdown).toContain(
    '- csi.yaml:30: DaemonSet/kube-system/csi, container driver: driver runs privileged (suppressed: the CSI driver needs host access)',
  );
  expect(markdown).toMatch(
    /- deploy\/web\.yaml:12: Deployment\/shop\/web\\\|.*, container app, template shop\/templates\/web\.yaml:/,
  );
  expect(markdown).toContain('- broken.yaml:4: bad indentation of a mapping entry');
  expect(markdown).toContain('- values.yaml: no Kubernetes object (apiVersion and kind) in the file');
});

test('text from scanned files cannot become markup', () => {
  const markdown = renderMarkdown(sampleReport());
  expect(markdown).not.toContain('<img');
  expect(markdown).not.toContain('](https://');
  expect(markdown).not.toMatch(/[^\\]`/);
  expect(escapeMarkdown('a|b\n<b>x</b> `c` [l](http://e) @team **s** www.x.io &amp;')).toBe(
    'a\\|b &lt;b&gt;x&lt;/b&gt; \\`c\\` \\[l\\](http:&#47;&#47;e) &#64;team \\*\\*s\\*\\* www&#46;x.io &amp;amp;',
  );
});

/** escapeMarkdown as first written, a pass per rule: its fewer passes must give the same text. */
const escapedRuleByRule = (text: string): string =>
  text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~!#]/g, (character) => `\\${character}`)
    .replace(/\\#/g, '\\#&#8288;')
    .replace(/\b(gh)-/gi, '$1-&#8288;')
    .replace(/@/g, '&#64;')
    .replace(/\$/g, () => '<span>$</span>')
    .replace(/:\/\//g, ':&#47;&#47;')
    .replace(/\b(www)\./gi, '$1&#46;');

test('text is escaped as by one pass per rule, whatever it holds', () => {
  const markup = fc.constantFrom(
    ...'\r\n&<>\\`*_[]|~!#@$:/.-;ghGHwW a0é',
    'gh-',
    'GH-',
    'www.',
    '://',
    '\r\n',
  );
  fc.assert(
    fc.property(
      fc.oneof(
        fc.array(markup, { maxLength: 30 }).map((parts) => parts.join('')),
        fc.string(),
      ),
      (text) => {
        expect(escapeMarkdown(text)).toBe(escapedRuleByRule(text));
      },
    ),
    { numRuns: 5000 },
  );
});

test('our own catalog text keeps its Markdown but cannot break the table', () => {
  expect(catalogCell('ownership is set to `root: root` | see\nbelow')).toBe(
    'ownership is set to `root: root` \\| see below',
  );
});

test('live scans: the drift comes first, rows gain a Source column, live evidence has no line', () => {
  const markdown = renderMarkdown(liveSampleReport());
  expect(markdown.indexOf('## Drift')).toBeLessThan(markdown.indexOf('## CIS Kubernetes'));
  expect(markdown).toContain('| cis-kubernetes-v1.12.0 | 5.2.3 | Rule 5.2.3 | Pass | **Fail** |');
  expect(markdown).toContain(
    "| CIS ID | Recommendation | Assessment status | Level | Status | Microsoft's AKS status | Reason | Source |",
  );
  expect(markdown).toContain('| **5.2** | **Pod Security Standards** |  |  |  |  |  |  |');
  expect(markdown).toMatch(/\| 5\.2\.2 \|.*\| code\+live \|\n/);
  expect(markdown).toContain(
    '- aks-prod /apis/apps/v1/namespaces/kube-system/daemonsets/ama-logs: DaemonSet/kube-system/ama-logs, uid 00000000-0000-4000-8000-000000000042:',
  );
  // Platform findings come after the counted ones.
  expect(markdown.indexOf('ama-logs')).toBeGreaterThan(markdown.indexOf('- csi.yaml:30'));
});

test('code scans keep the table as it was: no Source column, no Drift section', () => {
  const markdown = renderMarkdown(sampleReport());
  expect(markdown).not.toContain('Source');
  expect(markdown).not.toContain('## Drift');
});

test('the failures come first, one entry per problem with its fix and rule page, before any table', () => {
  const markdown = renderMarkdown(sampleReport());
  expect(markdown.indexOf('### Blocking failures (1)')).toBeLessThan(markdown.indexOf('| CIS ID |'));
  expect(markdown).toContain('** in deploy/web.yaml (template shop/templates/web.yaml)');
  expect(markdown).toMatch(
    /- L12 container app of .* runs privileged \(container app\) · \[cis-kubernetes 5\.2\.2\]\[1\]\\\n {2}Fix: Fix 5\.2\.2\n/,
  );
  expect(markdown).toContain(
    '[1]: https://github.com/aks-cis-gate/aks-cis-gate/blob/main/docs/rules/cis-kubernetes-v1.12.0/5.2.2.md',
  );
  // Under --fail-on none nothing blocks: the same problem is listed as not blocking.
  const none = renderMarkdown(sampleReport(), {
    policy: { failOn: 'none', level: 'L2', failOnError: true, failOnUnchecked: true },
  });
  expect(none).toContain('### Failures that do not block (1)');
  expect(none).not.toContain('### Blocking failures');
});
