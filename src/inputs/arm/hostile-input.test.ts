import { inFile } from '../../../test/support/check-testing.js';
/**
 * Attacks on the ARM input from a pull request's content, driven through the CLI as a workflow
 * would run it: detection that a file could evade, and one bad file taking the others down.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { runCliCaptured, temporaryWorkspace } from '../../../test/support/cli-run.js';
import { lineOf } from '../../../test/support/arm.js';

// Stands for a defect the reader does not know of yet: building clusters from `crash.json` throws.
vi.mock('./build-clusters.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./build-clusters.js')>();
  return {
    ...actual,
    buildClusters: (...args: Parameters<typeof actual.buildClusters>) => {
      if (inFile(args[1].locate([])).file === 'crash.json') throw new TypeError('a defect in the reader');
      return actual.buildClusters(...args);
    },
  };
});

const schema = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** A cluster with Kubernetes RBAC off (CIS Kubernetes 1.2.8 fails) at the line `"enableRBAC"` is on. */
function rbacOffTemplate(header: Record<string, unknown>): string {
  const cluster = {
    type: 'Microsoft.ContainerService/managedClusters',
    apiVersion: '2025-10-01',
    name: 'aks-pr',
    properties: { enableRBAC: false },
  };
  return JSON.stringify({ ...header, resources: [cluster] }, null, 2);
}

interface JsonReport {
  errors: { file: string; line?: number; message: string }[];
  skipped: { file: string }[];
  benchmarks: { family: string; rules: { id: string; findings: { file: string; line: number }[] }[] }[];
}

function rbacFindings(report: JsonReport): string[] {
  const rule = report.benchmarks
    .find((benchmark) => benchmark.family === 'cis-kubernetes')
    ?.rules.find((candidate) => candidate.id === '1.2.8');
  return (rule?.findings ?? []).map((finding) => `${finding.file}:${finding.line}`);
}

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((remove) => remove());
  cleanup = [];
});

async function scanFiles(files: Record<string, string>): Promise<{ status: number; report: JsonReport }> {
  const workspace = temporaryWorkspace(files);
  cleanup.push(workspace.remove);
  const run = await runCliCaptured(
    ['scan', '.', '--format', 'json', '--benchmark', 'cis-kubernetes'],
    workspace.directory,
  );
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

describe('ARM detection reads the JSON rather than sniffing bytes', () => {
  test.each([
    ['a $schema after the first 4 KB', { metadata: { padding: 'x'.repeat(8192) }, $schema: schema }],
    ['a $schema spelt with a \\u0024 escape', 'escaped'],
    ['no $schema, but resources with a type and an apiVersion', {}],
    [
      'a template that mentions the words a Terraform plan is detected by',
      { format_version: '1.0', metadata: { description: 'planned_values' }, $schema: schema },
    ],
  ])('%s is still a template: its failure blocks', async (_, header) => {
    const text =
      header === 'escaped'
        ? rbacOffTemplate({ $schema: schema }).replace('"$schema"', '"\\u0024schema"')
        : rbacOffTemplate(header as Record<string, unknown>);
    const { status, report } = await scanFiles({ 'cluster.json': text });
    expect(report.skipped).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(rbacFindings(report)).toEqual([`cluster.json:${lineOf(text, '"enableRBAC"')}`]);
    expect(status).toBe(1);
  });
});

describe('one malformed resource does not take the other ARM files down', () => {
  test.each([
    ['a resource whose type is an object', '{ "type": {}, "apiVersion": "2021-05-01", "name": "x" }', 'type'],
    [
      'a copy loop named by an object (String() of a parsed object throws)',
      '{ "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-04-01", "name": "[concat(\'v\', copyIndex())]", "copy": { "name": {}, "count": 2 } }',
      undefined,
    ],
    [
      'a diagnostic setting without properties',
      '{ "type": "Microsoft.Insights/diagnosticSettings", "apiVersion": "2021-05-01-preview", "name": "d", "scope": "Microsoft.ContainerService/managedClusters/aks-bad" }',
      undefined,
    ],
  ])('%s', async (_, resource, errorAt) => {
    const bad = `{\n  "$schema": "${schema}",\n  "resources": [\n    ${resource}\n  ]\n}\n`;
    const good = rbacOffTemplate({ $schema: schema });
    const { status, report } = await scanFiles({ 'bad.json': bad, 'good.json': good });
    expect(report.errors).toEqual(
      errorAt === undefined
        ? []
        : [
            {
              file: 'bad.json',
              line: 4,
              column: 7,
              message: "a resource's type must be a string, found an object: ARM would reject the template",
            },
          ],
    );
    expect(rbacFindings(report)).toEqual([`good.json:${lineOf(good, '"enableRBAC"')}`]);
    expect(status).toBe(1);
  });
});

test('an unexpected exception while reading one ARM file makes that file an error; the others are read', async () => {
  const good = rbacOffTemplate({ $schema: schema });
  const { status, report } = await scanFiles({ 'crash.json': good, 'good.json': good });
  expect(report.errors).toEqual([
    {
      file: 'crash.json',
      line: 1,
      message: 'the ARM reader could not read this file: TypeError: a defect in the reader',
    },
  ]);
  expect(rbacFindings(report)).toEqual([`good.json:${lineOf(good, '"enableRBAC"')}`]);
  expect(status).toBe(1);
});
