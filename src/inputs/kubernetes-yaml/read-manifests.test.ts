import { describe, expect, it, vi } from 'vitest';
import { defaultLimits, type InputContext, type SourceFile } from '../input-format.js';
import { readManifests } from './index.js';

/** How often the JSONC reader was loaded: a YAML scan must not pay for it (issue 12, start-up). */
const jsoncReader = vi.hoisted(() => ({ loads: 0 }));
vi.mock('./jsonc-file.js', async (importOriginal) => {
  jsoncReader.loads += 1;
  return importOriginal();
});

const context: InputContext = {
  allowedRoots: ['/repo'],
  defaultNamespace: 'default',
  limits: defaultLimits,
  parameterFiles: [],
  log: { info: () => undefined, warn: () => undefined },
};

const file = (path: string, text: string): SourceFile => ({ path, displayPath: path, text, explicit: false });

describe('readManifests and JSON with comments', () => {
  it('does not load the JSONC reader for YAML, even YAML that does not parse', async () => {
    const result = await readManifests(
      [
        file('/repo/ok.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n'),
        file('/repo/bad.yaml', 'a: [\n'),
      ],
      context,
    );
    expect(result.model.kubeObjects).toHaveLength(1);
    expect(result.errors.map((error) => [error.file, error.line])).toEqual([['/repo/bad.yaml', 1]]);
    expect(jsoncReader.loads).toBe(0);
  });

  it('loads it for a .json file that YAML cannot read, and skips that file when it is JSONC', async () => {
    const result = await readManifests(
      [file('/repo/tsconfig.json', '// options\n{ "strict": true, }\n')],
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.skipped).toEqual([
      { file: '/repo/tsconfig.json', reason: 'JSON with comments (JSONC), no Kubernetes object' },
    ]);
    expect(jsoncReader.loads).toBe(1);
  });
});
