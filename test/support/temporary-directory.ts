import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest globalSetup: every temporary file of the run (tests, the servers they start, the
 * processes they spawn) goes under one directory, removed when the run ends, so no test can
 * leave its folders behind in the system's temp directory. Workers inherit TMPDIR, which
 * os.tmpdir() reads.
 */
export default function isolateTemporaryFiles(): () => void {
  const runDirectory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-test-run-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = runDirectory;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(runDirectory, { recursive: true, force: true });
  };
}
