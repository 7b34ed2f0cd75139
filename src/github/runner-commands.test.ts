import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as library from '@actions/core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as ours from './runner-commands.js';

// Each function against @actions/core 3 (a dev dependency, kept for this comparison): the same
// stdout, the same GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the same exit status.

let directory: string;
let stdout: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'runner-commands-'));
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  // Restores the variables in the same process.env object, which other files in this worker share.
  vi.unstubAllEnvs();
  process.exitCode = undefined;
  rmSync(directory, { recursive: true, force: true });
});

/** What `write` left on stdout, in a file, and as the exit status. */
function effects(write: () => void, file?: string) {
  stdout = '';
  if (file !== undefined) writeFileSync(file, '');
  process.exitCode = undefined;
  write();
  const written = file === undefined ? '' : readFileSync(file, 'utf8');
  return {
    stdout,
    written: written.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER'),
    exitCode: process.exitCode,
  };
}

// Text that could end a command early or start one: each escape the runner decodes.
const hostile = 'a%b\r\nc::d,e:f\n::error::x';

describe('workflow commands', () => {
  test.each([
    ['info', (api: typeof ours) => api.info(hostile)],
    ['debug', (api: typeof ours) => api.debug(hostile)],
    ['setSecret', (api: typeof ours) => api.setSecret('s3cr%t\n')],
    ['warning', (api: typeof ours) => api.warning(hostile)],
    ['error', (api: typeof ours) => api.error(hostile)],
    [
      'warning with a location',
      (api: typeof ours) => api.warning(hostile, { title: 't:1,2', file: 'a,b:c.yaml', startLine: 7 }),
    ],
    ['error with a file and no line', (api: typeof ours) => api.error('m', { title: '', file: 'x.yaml' })],
    ['setFailed', (api: typeof ours) => api.setFailed(`two\nlines ${hostile}`)],
  ])('%s writes what @actions/core writes', (_name, write) => {
    const theirs = effects(() => write(library as unknown as typeof ours));
    expect(theirs.stdout).not.toBe('');
    expect(effects(() => write(ours))).toEqual(theirs);
  });

  test('setOutput appends to GITHUB_OUTPUT as @actions/core does, with a fresh delimiter', () => {
    const file = join(directory, 'output');
    vi.stubEnv('GITHUB_OUTPUT', file);
    const write = (api: typeof ours) => api.setOutput('report-json', `/tmp/r.json\n${hostile}`);
    const theirs = effects(() => write(library as unknown as typeof ours), file);
    expect(theirs.written).toContain('report-json<<DELIMITER');
    expect(effects(() => write(ours), file)).toEqual(theirs);
    writeFileSync(file, '');
    ours.setOutput('a', '1');
    ours.setOutput('b', '2');
    const delimiters = readFileSync(file, 'utf8').match(/ghadelimiter_[0-9a-f-]{36}/g) ?? [];
    expect(new Set(delimiters).size).toBe(2);
  });

  test('setOutput without GITHUB_OUTPUT writes the set-output command as @actions/core does', () => {
    vi.stubEnv('GITHUB_OUTPUT', undefined);
    const write = (api: typeof ours) => api.setOutput('passed', 'true');
    expect(effects(() => write(ours))).toEqual(effects(() => write(library as unknown as typeof ours)));
  });

  test('getInput reads INPUT_<NAME> trimmed, as @actions/core does', () => {
    vi.stubEnv('INPUT_FAIL-ON', '  high \n');
    vi.stubEnv('INPUT_GITHUB_TOKEN', ' t ');
    for (const name of ['fail-on', 'github token', 'missing'])
      expect(ours.getInput(name)).toBe(library.getInput(name));
    expect(ours.getInput('fail-on')).toBe('high');
  });
});

describe('appendJobSummary', () => {
  test('appends to GITHUB_STEP_SUMMARY as core.summary.addRaw(...).write() does', async () => {
    const file = join(directory, 'summary');
    vi.stubEnv('GITHUB_STEP_SUMMARY', file);
    writeFileSync(file, 'before\n');
    await library.summary.addRaw('## théirs\n').write();
    await ours.appendJobSummary('## théirs\n');
    expect(readFileSync(file, 'utf8')).toBe('before\n## théirs\n## théirs\n');
  });

  // The library keeps the first path it found, so its failures are not compared in the same process.
  test('fails without the file or without its variable', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', join(directory, 'absent'));
    await expect(ours.appendJobSummary('x')).rejects.toThrow(/Unable to access summary file/);
    vi.stubEnv('GITHUB_STEP_SUMMARY', undefined);
    await expect(ours.appendJobSummary('x')).rejects.toThrow(/GITHUB_STEP_SUMMARY/);
  });
});
