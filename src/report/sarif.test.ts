import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type * as Sarif from 'sarif';
import { expect, test } from 'vitest';
import { renderSarif, securitySeverity } from './sarif.js';
import { liveSampleReport, sampleReport } from '../../test/support/report.js';

/**
 * The official SARIF 2.1.0 schema (draft-04: its top-level `id` is what ajv 8 reads as `$id`;
 * its language pattern is not valid with the u flag, hence unicodeRegExp: false).
 */
function sarifValidator() {
  const schemaFile = new URL('../../test/schemas/sarif-2.1.0-rtm.5.json', import.meta.url);
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  return new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false }).compile(
    schema,
  );
}

test('the SARIF output is valid against the SARIF 2.1.0 schema', () => {
  const validate = sarifValidator();
  const valid = validate(JSON.parse(renderSarif(sampleReport(), { toolVersion: '0.1.0' })));
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
});

test('the schema check can fail: a result without a message is rejected', () => {
  const validate = sarifValidator();
  const log = JSON.parse(renderSarif(sampleReport(), { toolVersion: '0.1.0' })) as Sarif.Log;
  delete (log.runs[0]?.results?.[0] as Partial<Sarif.Result>).message;
  expect(validate(log)).toBe(false);
});

test('rules are named by family and id, with help; results carry region, fingerprint and suppression', () => {
  const log = JSON.parse(renderSarif(sampleReport(), { toolVersion: '0.1.0' })) as Sarif.Log;
  const run = log.runs[0] as Sarif.Run;
  expect(run.tool.driver.rules?.map((rule) => rule.id)).toEqual(['cis-kubernetes:5.2.2']);
  expect(run.tool.driver.rules?.[0]?.help?.text).toBe('Fix 5.2.2');
  const [first, suppressed, platform] = run.results ?? [];
  expect(first?.locations?.[0]?.physicalLocation).toEqual({
    artifactLocation: { uri: 'deploy/web.yaml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 12, startColumn: 1 },
  });
  expect(first?.partialFingerprints?.['aksCisGate/v1']).toMatch(/^[0-9a-f]{32}$/);
  expect(first?.level).toBe('error');
  expect(suppressed?.suppressions).toEqual([
    { kind: 'inSource', status: 'accepted', justification: 'the CSI driver needs host access' },
  ]);
  expect(platform?.level).toBe('note');
  expect(run.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toBe(
    'bad indentation of a mapping entry',
  );
});

test('a live finding names its object as a logical location and no file', () => {
  const validate = sarifValidator();
  const log = JSON.parse(renderSarif(liveSampleReport(), { toolVersion: '0.1.0' })) as Sarif.Log;
  expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  const live = log.runs[0]?.results?.find((result) => result.properties?.['cluster'] === 'aks-prod');
  expect(live?.locations).toEqual([
    {
      logicalLocations: [
        {
          fullyQualifiedName: 'aks-prod/apis/apps/v1/namespaces/kube-system/daemonsets/ama-logs',
          kind: 'resource',
        },
        { fullyQualifiedName: 'DaemonSet/kube-system/ama-logs', kind: 'resource' },
      ],
    },
  ]);
  expect(live?.properties).toMatchObject({ api: 'kubernetes', uid: '00000000-0000-4000-8000-000000000042' });
  expect(JSON.stringify(log)).not.toContain('physicalLocation":{"artifactLocation":{"uri":"aks-prod');
});

test('rules link their page and carry a security-severity from assessment and level, keeping their tags', () => {
  const log = JSON.parse(renderSarif(sampleReport(), { toolVersion: '0.1.0' })) as Sarif.Log;
  const [rule] = log.runs[0]?.tool.driver.rules ?? [];
  expect(rule?.helpUri).toBe(
    'https://github.com/aks-cis-gate/aks-cis-gate/blob/main/docs/rules/cis-kubernetes-v1.12.0/5.2.2.md',
  );
  expect(rule?.properties).toMatchObject({
    tags: ['security', 'cis-kubernetes', 'Automated', 'L1'],
    'security-severity': '8.0',
  });
  expect(
    [
      { assessment: 'Automated', level: 'L1' },
      { assessment: 'Automated', level: 'L2' },
      { assessment: 'Manual', level: 'L1' },
      { assessment: 'Manual', level: 'L2' },
      {},
    ].map((grading) => securitySeverity(grading as Parameters<typeof securitySeverity>[0])),
  ).toEqual(['8.0', '6.0', '5.0', '3.0', '5.0']);
});
