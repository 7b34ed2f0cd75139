import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { configValidatorPath, configValidatorSource } from './config-validator-source.js';
import { ignoreRulesOf, parseResourceSelector, skipRulesOf } from './config-file.js';
import { parseConfigFile } from './config-parse.js';

const display = { path: '.github/aks-cis-gate.yml' };

describe('parseConfigFile', () => {
  test('reads paths, benchmarks, level, fail-on and ignores', () => {
    const result = parseConfigFile(
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
    expect(parseConfigFile('', display)).toEqual({ ok: true, found: true, config: { ignores: [] } });
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
    const result = parseConfigFile(text, display);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^\.github\/aks-cis-gate\.yml:\d+: /);
    expect(!result.ok && result.error).toContain(message);
  });

  test('reads exclude and skip, each skipped rule by its family', () => {
    const result = parseConfigFile(
      [
        'exclude: [vendor/**, "**/*.generated.yaml"]',
        'skip:',
        '  - rule: 5.2.2',
        '    reason: privileged pods are admitted by our policy engine',
        '  - rule: cis-aks:4.2.1',
        '    reason: no host namespaces here',
      ].join('\n'),
      display,
    );
    expect(result.ok && result.config.exclude).toEqual(['vendor/**', '**/*.generated.yaml']);
    expect(result.ok && skipRulesOf(result.config.skip ?? [], display.path)).toEqual([
      {
        rule: 'cis-kubernetes:5.2.2',
        reason: 'privileged pods are admitted by our policy engine',
        source: display.path,
      },
      { rule: 'cis-aks:4.2.1', reason: 'no host namespaces here', source: display.path },
    ]);
  });

  test.each([
    ['level: L1\nskip:\n  - rule: 5.2.2\n', ":3: /skip/0 must have required property 'reason'"],
    ['skip:\n  - rule: 5.2.2\n    reason: "  "\n', ':3: /skip/0/reason must match pattern'],
    ['level: L1\n\nexclude: deploy\n', ':3: /exclude must be array'],
    ['paths: [a]\npathz: [deploy]\n', ':2: (top level) must NOT have additional properties'],
  ])('a schema error names the line: %j', (text, message) => {
    const result = parseConfigFile(text, display);
    expect(!result.ok && result.error).toContain(`${display.path}${message}`);
  });

  test('a skipped rule no catalog has is an error at its line, with the closest ids', () => {
    const result = parseConfigFile('skip:\n  - rule: 5.2.22\n    reason: x\n', display);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^\.github\/aks-cis-gate\.yml:2: skip: no catalog has the rule 5\.2\.22; the closest are cis-kubernetes:1\.2\.22, cis-kubernetes:5\.2\.2, /,
      ),
    });
    const family = parseConfigFile('skip:\n  - {rule: "cis-aks:5.2.2", reason: x}\n', display);
    expect(family.ok).toBe(false);
  });

  test('an error at the base commit says so after the line', () => {
    const result = parseConfigFile('fail-on: never\n', { path: 'gate.yml', at: ' at the base commit' });
    expect(!result.ok && result.error).toMatch(/^gate\.yml:1 at the base commit: \/fail-on must be equal/);
  });

  test('a YAML error names the file and line', () => {
    expect(parseConfigFile('paths:\n  - deploy\n bad: [\n', display)).toEqual({
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
      [{ rule: '5.2.2', reason: 'r', paths: ['deploy/csi/**'], expires: '2020-01-01' }],
      display.path,
    );
    expect(rules).toEqual([
      {
        rule: '5.2.2',
        reason: 'r',
        paths: ['deploy/csi/**'],
        expires: '2020-01-01',
        source: { file: display.path },
      },
    ]);
  });
});

describe('the compiled config validator', () => {
  test('matches config.schema.json', async () => {
    expect(
      readFileSync(configValidatorPath, 'utf8'),
      'the validator is stale: run `npx vite-node scripts/generate-docs.ts`',
    ).toBe(await configValidatorSource());
  });
});
