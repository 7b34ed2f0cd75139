import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';

// A reader that stops early closes the pipe under the CLI (src/cli/main.ts): the run ends with
// exit 2 and one line, not Node's unhandled EPIPE and its stack.
test('the CLI piped into `head -c 100` exits 2 with one line on stderr', () => {
  const directory = mkdtempSync(join(tmpdir(), 'cli-stdout-'));
  try {
    const manifest = join(directory, 'pod.yaml');
    writeFileSync(
      manifest,
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: web, image: web:1}]\n',
    );
    // The JSON report lists every rule (about 90 kB): more than a pipe holds, so the CLI is still
    // writing when head has read its 100 bytes and gone.
    const run = spawnSync(
      'bash',
      [
        '-c',
        '"$0" "$1" scan "$2" --format json --fail-on none | head -c 100; echo "status ${PIPESTATUS[0]}" >&2',
        process.execPath,
        join(inject('cliBundleDirectory'), 'index.js'),
        manifest,
      ],
      {
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', NODE_DISABLE_COMPILE_CACHE: '1' },
        // Standard input a socket would make bash read ~/.bashrc, as under sshd.
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(run.stdout).toHaveLength(100);
    expect(run.stdout.startsWith('{\n  "schemaVersion"')).toBe(true);
    expect(run.stderr).toBe(
      'aks-cis-gate: the report could not be written whole to stdout (write EPIPE)\nstatus 2\n',
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
