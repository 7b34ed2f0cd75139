import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';

// A reader that stops early closes the pipe under the CLI (src/cli/main.ts): the run ends with
// exit 2 and one line, not Node's unhandled EPIPE and its stack.
const pod =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: web, image: web:1}]\n';

/** Runs `script` in bash with the CLI as $0 and its arguments, in a directory holding pod.yaml. */
function runInBash(script: string, ...cliArguments: string[]) {
  const directory = mkdtempSync(join(tmpdir(), 'cli-stdout-'));
  try {
    writeFileSync(join(directory, 'pod.yaml'), pod);
    const run = spawnSync(
      'bash',
      ['-c', script, process.execPath, join(inject('cliBundleDirectory'), 'index.js'), ...cliArguments],
      {
        cwd: directory,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', NODE_DISABLE_COMPILE_CACHE: '1' },
        // Standard input a socket would make bash read ~/.bashrc, as under sshd.
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const report = spawnSync('cat', ['report.json'], { cwd: directory, encoding: 'utf8' }).stdout;
    return { stdout: run.stdout, stderr: run.stderr, report };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

// A reader that stops early closes the pipe under the CLI (src/cli/main.ts): the run ends with
// exit 2 and one line, not Node's unhandled EPIPE and its stack.
test('the CLI piped into `head -c 100` exits 2 with one line on stderr', () => {
  // The JSON report lists every rule (about 90 kB): more than a pipe holds, so the CLI is still
  // writing when head has read its 100 bytes and gone.
  const run = runInBash(
    '"$0" "$1" scan pod.yaml --format json --fail-on none | head -c 100; echo "status ${PIPESTATUS[0]}" >&2',
  );
  expect(run.stdout).toHaveLength(100);
  expect(run.stdout.startsWith('{\n  "schemaVersion"')).toBe(true);
  expect(run.stderr).toBe(
    'aks-cis-gate: the report could not be written whole to stdout (write EPIPE)\nstatus 2\n',
  );
});

// What blocks goes to stderr after the report: with both in the same closed pipe, that write fails too.
test('the CLI piped with its stderr into `head -c 100` exits 2 when its findings block', () => {
  const run = runInBash(
    '"$0" "$1" scan pod.yaml --format json 2>&1 | head -c 100; echo "status ${PIPESTATUS[0]}"',
  );
  expect(run.stdout.startsWith('{\n  "schemaVersion"')).toBe(true);
  expect(run.stdout.slice(100)).toBe('status 2\n');
});

// stderr carries progress and diagnostics only: its reader gone, the report and the verdict stand.
test('a closed stderr changes neither the report nor the exit status', () => {
  // The pipe's reader has exited before the CLI starts.
  const run = runInBash(
    'exec 3>&2 2> >(exec true); wait $!; "$0" "$1" scan pod.yaml --progress --format json --fail-on none >report.json; echo "status $?" >&3',
  );
  expect(run.stderr).toBe('status 0\n');
  expect(JSON.parse(run.report)).toMatchObject({ verdict: { passed: true } });
});

// `--version` writes to the descriptor itself, before the stream exists (src/cli/main.ts).
test('`--version` into a closed stdout exits 2 with one line on stderr', () => {
  const run = runInBash('exec 3>&1 > >(exec true); wait $!; "$0" "$1" --version; echo "status $?" >&3');
  expect(run.stdout).toBe('status 2\n');
  expect(run.stderr).toBe(
    'aks-cis-gate: the report could not be written whole to stdout (EPIPE: broken pipe, write)\n',
  );
});
