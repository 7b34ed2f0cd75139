import { Ajv } from 'ajv';
import { expect, test } from 'vitest';
import schema from './report.schema.json' with { type: 'json' };
import { renderJson } from './json.js';
import { liveSampleReport, sampleReport } from '../../test/support/report.js';

const documentedKeys = ['schemaVersion', 'benchmarks', 'skipped', 'errors', 'notChecked', 'notices'];

test('the JSON keeps the documented shape and key order', () => {
  const document = JSON.parse(renderJson(sampleReport()));
  expect(Object.keys(document)).toEqual(documentedKeys);
  const [benchmark] = document.benchmarks;
  expect(Object.keys(benchmark).join(' ')).toBe('id family title version selectedBecause sections rules');
  const privileged = benchmark.rules.find((rule: { id: string }) => rule.id === '5.2.2');
  // The order of the documented keys, then the added ones, as one line each.
  expect(Object.keys(privileged).join(' ')).toBe(
    'id title assessment level status reason decidedBy section aksStatus remediation findings',
  );
  expect(Object.keys(privileged.findings[0]).join(' ')).toBe(
    'file line column resource container template message fingerprint check location',
  );
  expect(privileged.findings[0].location).toEqual({
    kind: 'file',
    file: privileged.findings[0].file,
    line: privileged.findings[0].line,
    column: privileged.findings[0].column,
    template: privileged.findings[0].template,
  });
  expect(privileged.findings[1]).toMatchObject({
    file: 'csi.yaml',
    line: 30,
    suppressed: 'the CSI driver needs host access',
  });
  expect(privileged.findings[2]).toMatchObject({ platform: true });
  expect(document.errors).toEqual([
    { file: 'broken.yaml', line: 4, column: 3, message: 'bad indentation of a mapping entry' },
  ]);
});

test('rows without an assessment or level leave the field out', () => {
  const report = sampleReport();
  const rule = report.benchmarks[0]?.rules[0];
  if (rule) {
    delete rule.assessment;
    delete rule.level;
  }
  const document = JSON.parse(renderJson(report));
  expect(document.benchmarks[0].rules[0]).not.toHaveProperty('assessment');
  expect(document.benchmarks[0].rules[0]).not.toHaveProperty('level');
});

test('the JSON is valid against the published schema (src/report/report.schema.json), which can fail', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const document = JSON.parse(renderJson(sampleReport()));
  expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  document.benchmarks[0].rules[1].findings[0].fingerprint = 'not-a-hash';
  expect(validate(document)).toBe(false);
});

test("the schema refuses a row nobody decided whose status is Microsoft's", () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const document = JSON.parse(renderJson(sampleReport()));
  const undecided = document.benchmarks[0].rules.find(
    (rule: { decidedBy: string }) => rule.decidedBy === 'none',
  );
  expect(undecided.status).toBe('Not evaluated');
  expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  undecided.status = undecided.aksStatus;
  expect(validate(document)).toBe(false);
});

test('the verdict and its counts come first when an entry point decided the gate', () => {
  const report = sampleReport();
  report.verdict = {
    passed: false,
    summary: 'blocked: 1 blocking finding',
    counts: {
      failingRules: 1,
      findings: 1,
      new: 1,
      blocking: 1,
      suppressed: 1,
      notEvaluated: 1,
      notChecked: 0,
      inputErrors: 1,
    },
  };
  const document = JSON.parse(renderJson(report));
  expect(Object.keys(document).slice(0, 2)).toEqual(['schemaVersion', 'verdict']);
  expect(document.verdict.summary).toBe('blocked: 1 blocking finding');
  const validate = new Ajv({ allErrors: true }).compile(schema);
  expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
});

test("live scans add each row's source and the drift, after the documented keys, valid against the schema", () => {
  const document = JSON.parse(renderJson(liveSampleReport()));
  expect(Object.keys(document)).toEqual([...documentedKeys, 'drift']);
  const privileged = document.benchmarks[0].rules.find((rule: { id: string }) => rule.id === '5.2.2');
  expect(Object.keys(privileged).slice(-2)).toEqual(['source', 'findings']);
  // A live finding has no file and no line: its location is the object's address in the API.
  expect(privileged.findings[2]).not.toHaveProperty('file');
  expect(privileged.findings[2]).not.toHaveProperty('line');
  expect(privileged.findings[2]).toMatchObject({
    platform: true,
    location: {
      kind: 'live',
      api: 'kubernetes',
      cluster: 'aks-prod',
      apiAddress: expect.stringMatching(/^\/apis\/apps\/v1\/namespaces\/kube-system\//),
      uid: expect.any(String),
    },
  });
  const validate = new Ajv({ allErrors: true }).compile(schema);
  expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  document.drift[0].live = 'Broken';
  expect(validate(document)).toBe(false);
});

test('every key of a row, a benchmark and the top level in the documented order, optional ones left out when unset', () => {
  const report = liveSampleReport();
  report.notices = ['a notice'];
  report.skippedRules = [
    { rule: 'cis-kubernetes:5.2.2', reason: 'skipped in config', source: '.aks-cis.yaml' },
  ];
  report.excluded = [{ path: 'vendor/x.yaml', pattern: 'vendor/**' }];
  report.errors.push({ file: 'other.yaml', message: 'no line' });
  const [benchmark] = report.benchmarks;
  const [rule] = benchmark?.rules ?? [];
  if (rule) rule.fix = { yaml: 'securityContext.privileged: false' };
  const document = JSON.parse(renderJson(report));
  expect(Object.keys(document).join(' ')).toBe(
    'schemaVersion benchmarks skipped errors notChecked notices drift skippedRules excluded',
  );
  expect(Object.keys(document.benchmarks[0].rules[0]).join(' ')).toBe(
    'id title assessment level status reason decidedBy section aksStatus remediation source fix findings',
  );
  expect(document.errors.at(-1)).toEqual({ file: 'other.yaml', message: 'no line' });
  expect(document.excluded).toEqual([{ path: 'vendor/x.yaml', pattern: 'vendor/**' }]);
});

test('a report of more findings than one call writes, written in pieces, is JSON.stringify of the same document', () => {
  const report = sampleReport();
  const rule = report.benchmarks[0]?.rules.find((entry) => entry.findings.length > 0);
  if (rule)
    rule.findings = Array.from({ length: 100 }, (_, index) => rule.findings[index % rule.findings.length]!);
  const text = renderJson(report);
  expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  expect(
    JSON.parse(text).benchmarks[0].rules.find((entry: { id: string }) => entry.id === rule?.id).findings,
  ).toHaveLength(100);
});
