import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLimits, type InputContext, type InputFormat, type SourceFile } from './input-format.js';
import { kubernetesYaml } from './kubernetes-yaml/format.js';
import { readInputs } from './read-inputs.js';
import { inputFormats } from './registry.js';

const fixtures = join(import.meta.dirname, '../../test/fixtures/yaml-input');

const context: InputContext = {
  allowedRoots: [fixtures],
  defaultNamespace: 'default',
  limits: defaultLimits,
  parameterFiles: [],
  log: { info: () => undefined, warn: () => undefined },
};

function sourceFile(
  name: string,
  explicit: boolean,
  text = readFileSync(join(fixtures, name), 'utf8'),
): SourceFile {
  return { path: join(fixtures, name), displayPath: name, text, explicit };
}

/** Stands in for the Bicep format: claims .bicep files and one kind of .json, records its calls. */
function recordingFormat(): InputFormat & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    name: 'recording',
    extensions: ['.bicep', '.json'],
    calls,
    detection: async () => ({
      detect: (file) => file.path.endsWith('.bicep') || file.text.includes('"$schema"'),
    }),
    read: async (files) => {
      calls.push(files.map((file) => file.displayPath));
      return { model: { clusters: [] }, errors: [], skipped: [] };
    },
  };
}

describe('readInputs', () => {
  it('registers the Kubernetes format last, so other formats see .json files first', () => {
    expect(inputFormats.at(-1)).toBe(kubernetesYaml);
  });

  it('gives each file to the first format that claims it, calling each format once', async () => {
    const recording = recordingFormat();
    const result = await readInputs(
      [
        sourceFile('helm-stream.yaml', false),
        sourceFile('main.bicep', false, 'param x string'),
        sourceFile('template.json', false, '{"$schema": "arm", "apiVersion": "x", "kind": "y"}'),
        sourceFile('list.yaml', true),
      ],
      context,
      [recording, kubernetesYaml],
    );
    expect(recording.calls).toEqual([['main.bicep', 'template.json']]);
    expect(result.model.kubeObjects.map((object) => object.name)).toEqual([
      'shop',
      'shop',
      'shop-reader',
      'settings',
      'team-a',
    ]);
    expect(result.model.clusters).toEqual([]);
    expect(result.errors.map((error) => [error.file, error.line])).toEqual([['list.yaml', 15]]);
  });

  it('a reader that fails on hostile content turns its files into errors; the other formats still count', async () => {
    const failing: InputFormat = {
      name: 'arm',
      extensions: ['.bicep'],
      detection: async () => ({ detect: (file) => file.path.endsWith('.bicep') }),
      read: async () => {
        throw new RangeError('Invalid string length');
      },
    };
    const result = await readInputs(
      [sourceFile('main.bicep', true, 'param x string'), sourceFile('helm-stream.yaml', false)],
      context,
      [failing, kubernetesYaml],
    );
    expect(result.errors).toEqual([
      { file: 'main.bicep', message: 'the arm reader failed: RangeError: Invalid string length' },
    ]);
    expect(result.model.kubeObjects.length).toBeGreaterThan(0);
  });

  it('skips a walked file that no format claims, and rejects one named explicitly', async () => {
    const result = await readInputs(
      [
        sourceFile('notes.txt', false, 'hello'),
        sourceFile('main.tf', false, 'resource "x" "y" {}'),
        sourceFile('main.bicep', true, 'param x string'),
      ],
      context,
      [kubernetesYaml],
    );
    expect(result.skipped).toEqual([
      { file: 'notes.txt', reason: 'not a supported input' },
      { file: 'main.tf', reason: 'not a supported input' },
    ]);
    expect(result.errors).toEqual([
      { file: 'main.bicep', message: 'not a Kubernetes manifest or other supported input' },
    ]);
  });
});

describe('the Kubernetes YAML format on files that hold no objects', () => {
  it('skips a walked values.yaml and kustomization, and rejects them when named', async () => {
    const walked = await readInputs(
      [sourceFile('values.yaml', false), sourceFile('kustomization.yaml', false)],
      context,
      [kubernetesYaml],
    );
    expect(walked.errors).toEqual([]);
    expect(walked.skipped).toEqual([
      { file: 'values.yaml', reason: 'no Kubernetes object (a document with apiVersion and kind)' },
      { file: 'kustomization.yaml', reason: 'kustomize configuration: build it first (`kustomize build`)' },
    ]);
    const named = await readInputs([sourceFile('values.yaml', true)], context, [kubernetesYaml]);
    expect(named.errors).toEqual([
      { file: 'values.yaml', message: 'no Kubernetes object (a document with apiVersion and kind)' },
    ]);
  });

  it('skips tool configuration (kind, kubeconfig) rather than scanning it as cluster objects', async () => {
    const kindCluster =
      'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n  - role: control-plane\n';
    const mixed = `${readFileSync(join(fixtures, 'bom.yaml'), 'utf8')}---\napiVersion: v1\nkind: Config\nclusters: []\n`;
    const result = await readInputs(
      [sourceFile('kind.yaml', false, kindCluster), sourceFile('mixed.yaml', false, mixed)],
      context,
      [kubernetesYaml],
    );
    expect(result.model.kubeObjects.map((object) => object.name)).toEqual(['with-bom']);
    expect(result.errors).toEqual([]);
    expect(result.skipped).toEqual([
      {
        file: 'kind.yaml',
        reason: 'Cluster (kind.x-k8s.io/v1alpha4) configures a Kubernetes tool; it is not a cluster object',
      },
      {
        file: 'mixed.yaml',
        reason: 'line 6: Config (v1) configures a Kubernetes tool; it is not a cluster object',
      },
    ]);
  });

  it('skips a walked JSON-with-comments file (tsconfig.json), which JSONC reads', async () => {
    const tsconfig = '/* a block comment: not YAML */\n{\n  "compilerOptions": { "strict": true, },\n}\n';
    const result = await readInputs([sourceFile('tsconfig.json', false, tsconfig)], context, [
      kubernetesYaml,
    ]);
    expect(result.errors).toEqual([]);
    expect(only(result.skipped)).toEqual({
      file: 'tsconfig.json',
      reason: 'JSON with comments (JSONC), no Kubernetes object',
    });
  });

  it.each([
    ['settings.json', '{\n  "a": [\n}\n'],
    ['values.yaml', 'image:\n  tag: [\n'],
  ])('reports a walked %s that does not parse, even without apiVersion or kind', async (name, text) => {
    const result = await readInputs([sourceFile(name, false, text)], context, [kubernetesYaml]);
    expect(result.skipped).toEqual([]);
    expect(only(result.errors)).toMatchObject({ file: name, line: expect.any(Number) });
  });

  it('reports a walked file that mentions kind but cannot be parsed', async () => {
    const result = await readInputs([sourceFile('broken.yaml', false, 'kind: Pod\nmetadata: [\n')], context, [
      kubernetesYaml,
    ]);
    expect(result.skipped).toEqual([]);
    expect(only(result.errors)).toMatchObject({
      file: 'broken.yaml',
      message: expect.stringMatching(/^YAML syntax error/),
    });
  });
});

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}
