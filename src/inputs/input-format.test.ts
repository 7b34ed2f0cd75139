import { describe, expect, it } from 'vitest';
import { hasExtension, loadClaims, type InputFormat, type SourceFile } from './input-format.js';

const file = (path: string, text = ''): SourceFile => ({ path, displayPath: path, text, explicit: true });

/** A format whose detection claims every file of its extensions, and counts its loads. */
function countingFormat(name: string, extensions: string[]): InputFormat & { loads: number } {
  const format = {
    name,
    extensions,
    loads: 0,
    detection: async () => {
      format.loads += 1;
      return { detect: (candidate: SourceFile) => hasExtension(candidate.path, extensions) };
    },
    read: async () => ({ model: {}, errors: [], skipped: [] }),
  };
  return format;
}

describe('loadClaims', () => {
  it('loads the detection of the formats that declare one of the files’ extensions only', async () => {
    const bicep = countingFormat('bicep', ['.bicep', '.json']);
    const yaml = countingFormat('yaml', ['.yaml', '.yml', '.json']);
    const claimOf = await loadClaims([bicep, yaml], [file('/a/deploy.YAML'), file('/a/b.yml')]);
    expect([bicep.loads, yaml.loads]).toEqual([0, 1]);
    expect(claimOf(file('/a/deploy.YAML'))?.format).toBe(yaml);

    const both = await loadClaims([bicep, yaml], [file('/a/deploy.yaml'), file('/a/main.json')]);
    expect([bicep.loads, yaml.loads]).toEqual([1, 2]);
    // Registry order decides between the formats that may claim a file.
    expect(both(file('/a/main.json'))?.format).toBe(bicep);
  });

  it('loads no detection for files no format declares, and claims none of them', async () => {
    const yaml = countingFormat('yaml', ['.yaml']);
    const claimOf = await loadClaims([yaml], [file('/a/notes.txt')]);
    expect(yaml.loads).toBe(0);
    expect(claimOf(file('/a/notes.txt'))).toBeUndefined();
  });
});
