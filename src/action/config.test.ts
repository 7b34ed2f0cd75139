import { describe, expect, test } from 'vitest';
import { ignoreRulesOf, parseActionConfig, parseResourceSelector } from './config.js';

const display = '.github/aks-cis-gate.yml';

describe('parseActionConfig', () => {
  test('reads paths, benchmarks, level, fail-on and ignores', () => {
    const result = parseActionConfig(
      [
        'paths: [deploy, "charts/**/rendered.yaml"]',
        'benchmarks: [cis-kubernetes]',
        'level: L1',
        'fail-on: automated',
        'ignores:',
        '  - rule: cis-aks:4.2.1',
        '    reason: CSI driver needs host access',
        '    resources: [DaemonSet/kube-system/csi-*]',
        '    expires: 2027-01-31',
      ].join('\n'),
      display,
    );
    expect(result).toEqual({
      ok: true,
      found: true,
      config: {
        paths: ['deploy', 'charts/**/rendered.yaml'],
        benchmarks: ['cis-kubernetes'],
        level: 'L1',
        failOn: 'automated',
        ignores: [
          {
            rule: 'cis-aks:4.2.1',
            reason: 'CSI driver needs host access',
            resources: ['DaemonSet/kube-system/csi-*'],
            expires: '2027-01-31',
          },
        ],
      },
    });
  });

  test('an empty file is an empty config', () => {
    expect(parseActionConfig('', display)).toEqual({ ok: true, found: true, config: { ignores: [] } });
  });

  test.each([
    ['ignores:\n  - rule: 5.2.2\n    paths: [x]\n', "/ignores/0 must have required property 'reason'"],
    ['ignores:\n  - rule: 5.2.2\n    reason: accepted\n', "/ignores/0 must have required property 'paths'"],
    ['ignores:\n  - rule: privileged\n    reason: r\n    paths: [x]\n', '/ignores/0/rule must match pattern'],
    [
      'ignores:\n  - rule: 5.2.2\n    reason: r\n    paths: [x]\n    expires: soon\n',
      '/ignores/0/expires must match pattern',
    ],
    ['fail-on: sometimes\n', '/fail-on must be equal to one of the allowed values'],
    ['pathz: [deploy]\n', '(top level) must NOT have additional properties'],
  ])('rejects %j', (text, message) => {
    const result = parseActionConfig(text, display);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(`${display}: `);
    expect(!result.ok && result.error).toContain(message);
  });

  test('a YAML error names the file and line', () => {
    expect(parseActionConfig('paths:\n  - deploy\n bad: [\n', display)).toEqual({
      ok: false,
      error: expect.stringMatching(/^\.github\/aks-cis-gate\.yml:3: /),
    });
  });
});

describe('ignores for the scan', () => {
  test('resource selectors split into kind, namespace and name', () => {
    expect(parseResourceSelector('DaemonSet/kube-system/csi-*')).toEqual({
      kind: 'DaemonSet',
      namespace: 'kube-system',
      name: 'csi-*',
    });
    expect(parseResourceSelector('ClusterRoleBinding/ops-admin')).toEqual({
      kind: 'ClusterRoleBinding',
      name: 'ops-admin',
    });
  });

  test('carry the config file as their source', () => {
    const rules = ignoreRulesOf(
      { ignores: [{ rule: '5.2.2', reason: 'r', paths: ['deploy/csi/**'], expires: '2020-01-01' }] },
      display,
    );
    expect(rules).toEqual([
      {
        rule: '5.2.2',
        reason: 'r',
        paths: ['deploy/csi/**'],
        expires: '2020-01-01',
        source: { file: display },
      },
    ]);
  });
});
