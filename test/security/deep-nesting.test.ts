import { afterEach, describe, expect, test } from 'vitest';
import type { ScanReport } from '../../src/results/results.js';
import { runCliCaptured, temporaryWorkspace } from '../support/cli-run.js';

const removals: (() => void)[] = [];
afterEach(() => {
  for (const remove of removals.splice(0)) remove();
});

const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  greeting: hello\n';
const privilegedPod =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  containers:\n' +
  '    - name: app\n      image: nginx\n      securityContext:\n        privileged: true\n';
const armSchema = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
// Far beyond the default maxDepth of 100, and deep enough to overflow a recursive parser's stack.
const brackets = 20_000;

describe('nesting deep enough to exhaust a recursive parser', () => {
  test.each([
    // The counterexample the fuzzer found: a .json file no other reader claims goes to the YAML reader,
    // whose JSONC fallback recursed once per bracket.
    { name: 'bare.json', text: '['.repeat(brackets), line: 1 },
    { name: 'flow.yaml', text: `${configMap}---\nkey: ${'['.repeat(brackets)}\n`, line: 8 },
    { name: 'template.json', text: `{\n"$schema": "${armSchema}",\n"x": ${'['.repeat(brackets)}`, line: 3 },
    {
      name: 'plan.json',
      text: `{\n"format_version": "1.2",\n"planned_values": ${'{"a":'.repeat(brackets)}`,
      line: 3,
    },
  ])(
    '$name is one input error at its line, and the other files are still read',
    async ({ name, text, line }) => {
      const workspace = temporaryWorkspace({ [name]: text, 'pod.yaml': privilegedPod });
      removals.push(workspace.remove);
      const result = await runCliCaptured(
        ['scan', name, 'pod.yaml', '--format', 'json'],
        workspace.directory,
      );
      expect(result.status).toBe(1);
      const report = JSON.parse(result.stdout) as ScanReport;
      expect(report.errors).toEqual([
        expect.objectContaining({ file: name, line, message: expect.stringMatching(/\(maxDepth\)/) }),
      ]);
      expect(report.verdict?.counts.inputErrors).toBe(1);
      const podFindings = report.benchmarks
        .flatMap((benchmark) => benchmark.rules)
        .flatMap((rule) => rule.findings ?? [])
        .filter((finding) => finding.file === 'pod.yaml');
      expect(podFindings.length).toBeGreaterThan(0);
    },
  );
});
