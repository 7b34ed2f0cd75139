import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BicepRequestError, bicepProcessStarts, findBicep, withBicepCompiler } from './compiler.js';

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

  test('an explicit path that is not executable is an error naming how to install bicep', () => {
    const result = findBicep(join(scratch, 'missing'));
    expect('error' in result && result.error).toContain('npm run install-bicep');
  });
});
