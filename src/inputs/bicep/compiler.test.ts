import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BicepRequestError, bicepProcessStarts, withBicepCompiler } from './compiler.js';
import { findBicep } from './find-bicep.js';

/** Signal 0 tests for existence; a reaped or killed process is gone (a zombie counts as gone). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = readFileSync(`/proc/${pid}/stat`, { encoding: 'utf8', flag: 'r' });
  return /^\S+ \(.*\) (\S)/.exec(stat)?.[1] !== 'Z';
}

const scratch = mkdtempSync(join(tmpdir(), 'bicep-compiler-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the bicep process', () => {
  test('answers version over JSON-RPC and is stopped afterwards', async () => {
    const bicep = findBicep(undefined);
    if ('error' in bicep) throw new Error(bicep.error);
    const version = await withBicepCompiler(bicep.path, (compiler) => compiler.version());
    expect(version).toBe('0.49.2');
  });

  test('a compiler that never answers is bounded by the request timeout, then restarted at most once', async () => {
    const silent = join(scratch, 'silent-bicep');
    writeFileSync(silent, '#!/bin/sh\nexec sleep 30\n');
    chmodSync(silent, 0o755);
    const before = bicepProcessStarts();
    const outcomes = await withBicepCompiler(
      silent,
      async (compiler) => {
        const results: string[] = [];
        for (let attempt = 0; attempt < 3; attempt += 1) {
          results.push(
            await compiler.compile('/nowhere/main.bicep').then(
              () => 'answered',
              (error: unknown) => (error instanceof BicepRequestError ? error.message : 'other'),
            ),
          );
        }
        return results;
      },
      { requestTimeoutMs: 300 },
    );
    expect(outcomes).toEqual([
      'bicep did not answer within 0.3 s',
      'bicep did not answer within 0.3 s',
      'the bicep process failed twice in this run; not restarted again',
    ]);
    expect(bicepProcessStarts() - before).toBe(2);
  });

  test('a hung wrapper whose forked child keeps the pipes is killed with its whole process group', async () => {
    const wrapper = join(scratch, 'forking-bicep');
    const childPidFile = join(scratch, 'child.pid');
    // The child inherits stdout, so only killing the group ends the pipe (and lets the scan finish).
    writeFileSync(wrapper, `#!/bin/sh\nsleep 60 &\necho $! > '${childPidFile}'\nwait\n`);
    chmodSync(wrapper, 0o755);
    const outcome = await withBicepCompiler(
      wrapper,
      (compiler) => compiler.compile('/nowhere/main.bicep').then(String, (error: Error) => error.message),
      { requestTimeoutMs: 500 },
    );
    expect(outcome).toBe('bicep did not answer within 0.5 s');
    const childPid = Number(readFileSync(childPidFile, 'utf8'));
    await expect.poll(() => isRunning(childPid), { timeout: 5000 }).toBe(false);
  });

  test('an explicit path that is not executable is an error naming how to install bicep', () => {
    const result = findBicep(join(scratch, 'missing'));
    expect('error' in result && result.error).toContain('npm run install-bicep');
  });
});
