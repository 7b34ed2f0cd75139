import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';

export interface CapturedRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process as a user's shell would, capturing what it prints. */
export async function runCliCaptured(argv: string[], cwd: string): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: {},
  });
  return { status, stdout, stderr };
}

/** A temporary directory holding `files`; `remove` deletes it. */
export function temporaryWorkspace(files: Record<string, string>): { directory: string; remove(): void } {
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return { directory, remove: () => rmSync(directory, { recursive: true, force: true }) };
}
