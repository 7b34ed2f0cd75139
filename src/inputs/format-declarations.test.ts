import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isScanned } from '../github/baseline.js';
import { discoverFiles } from './discover.js';
import { defaultLimits, hasExtension, type InputFormat, type SourceFile } from './input-format.js';
import { discoveredExtensions, inputFormats, scannedExtensions } from './registry.js';

// A probe extension declared by one format only here: discovery and the baseline reader accept it
// only if they derive their lists from the declarations, as a hard-coded list would not.
vi.mock('./kubernetes-yaml/format.js', async (importOriginal) => {
  const { kubernetesYaml } = await importOriginal<{ kubernetesYaml: InputFormat }>();
  return { kubernetesYaml: { ...kubernetesYaml, extensions: [...kubernetesYaml.extensions, '.probe'] } };
});

/** Extensions no format declares, including one a reader opens beside the others (.tfvars). */
const undeclared = ['.md', '.txt', '.hcl', '.tfvars', '.yaml.tpl', '.bicep.bak'];

const declaredOnce = (formats: readonly InputFormat[], pick: (format: InputFormat) => readonly string[]) =>
  [...new Set(formats.flatMap(pick))].sort();

describe('input formats declare their extensions once', () => {
  let root: string;

  beforeAll(async () => {
    root = await realpath(await mkdtemp(join(tmpdir(), 'format-declarations-')));
    const extensions = [...declaredOnce(inputFormats, (format) => format.extensions), ...undeclared];
    for (const [index, extension] of extensions.entries()) {
      await writeFile(join(root, `file-${index}${extension}`), '{}\n');
      await writeFile(join(root, `upper-${index}${extension.toUpperCase()}`), '{}\n');
    }
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('the registry holds the union of the declarations', () => {
    expect(discoveredExtensions).toEqual(declaredOnce(inputFormats, (format) => format.extensions));
    expect(discoveredExtensions).toContain('.probe');
    expect(scannedExtensions).toEqual(
      declaredOnce(inputFormats, (format) => [...format.extensions, ...(format.readsBeside ?? [])]),
    );
  });

  it('discovery walks exactly the declared extensions, in any case', async () => {
    const { files } = await discoverFiles([root], { cwd: root, limits: defaultLimits });
    const found = new Set(files.map((file) => lowerExtension(file.path)));
    expect([...found].sort()).toEqual(discoveredExtensions);
    // Each declared extension in both cases; nothing undeclared.
    expect(files).toHaveLength(2 * discoveredExtensions.length);
  });

  it('the base commit reader keeps the declared extensions and what readers open beside them', () => {
    const names = [...scannedExtensions, ...undeclared].flatMap((extension) => [
      `deploy/x${extension}`,
      `deploy/X${extension.toUpperCase()}`,
    ]);
    const kept = new Set(names.filter(isScanned).map(lowerExtension));
    expect([...kept].sort()).toEqual(scannedExtensions.map((extension) => extension));
    expect(isScanned('infra/terraform.tfvars')).toBe(true);
    expect(isScanned('README.md')).toBe(false);
  });

  it('no format detects a file outside its declared extensions', async () => {
    // Texts that each format's detection looks for: an ARM template and parameter file, a plan.
    const texts = [
      '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"}',
      '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"}',
      '{"format_version": "1.2", "planned_values": {}}',
      'apiVersion: v1\nkind: ConfigMap\n',
    ];
    const extensions = [...scannedExtensions, ...undeclared];
    for (const format of inputFormats) {
      const { detect } = await format.detection();
      for (const extension of extensions) {
        for (const text of texts) {
          const file: SourceFile = {
            path: `/nowhere/main${extension}`,
            displayPath: 'x',
            text,
            explicit: true,
          };
          if (detect(file)) expect(hasExtension(file.path, format.extensions), format.name).toBe(true);
        }
      }
    }
  });
});

/** `.yaml`, `.bicepparam`, or the declared compound ending the name has. */
function lowerExtension(path: string): string {
  const lower = path.toLowerCase();
  return (
    [...scannedExtensions, ...undeclared].find((extension) => lower.endsWith(extension)) ?? extname(lower)
  );
}
