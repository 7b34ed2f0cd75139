import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, inject, test } from 'vitest';

// A reader that stops early closes the pipe under the CLI (src/cli/main.ts): the run ends with
// exit 2 and one line, not Node's unhandled EPIPE and its stack.
const pod =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: web, image: web:1}]\n';

/**
 * Runs `script` in bash with node as $0 and the CLI as $1, in a directory holding pod.yaml (and
 * `file` holding `text`, when given).
 */
function runInBash(script: string, file?: string, text?: string) {
  const directory = mkdtempSync(join(tmpdir(), 'cli-stdout-'));
  try {
    writeFileSync(join(directory, 'pod.yaml'), pod);
    if (file !== undefined) writeFileSync(join(directory, file), text ?? '');
    const run = spawnSync(
      'bash',
      ['-c', script, process.execPath, join(inject('cliBundleDirectory'), 'index.js')],
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
  expect(run.stderr).toBe('aks-cis-gate: the report could not be written whole to stdout (write EPIPE)\n');
});

// A report to a file or a pipe is written to the descriptor (src/cli/descriptor-output.ts):
// process.stdout and process.stderr would load Node's stream modules.
test('a scan into files loads none of node:stream', () => {
  const run = runInBash(
    'exec 3>&1; "$0" --require ./probe.cjs "$1" scan pod.yaml --format json --fail-on none >report.json 2>stderr.txt; cat loaded >&3',
    'probe.cjs',
    "process.on('exit', () => require('node:fs').writeFileSync('loaded', String(process.moduleLoadList.includes('NativeModule stream'))));",
  );
  expect(run.stdout).toBe('false');
  expect(JSON.parse(run.report)).toMatchObject({ verdict: { passed: true } });
});

// Its report and messages written, the CLI has nothing to wait for (src/cli/main.ts): it leaves
// without tearing down its heap, so a handle left open, here a preloaded 60 s timer, holds it no longer.
test('a scan into files ends once its report is written', () => {
  const started = Date.now();
  const run = runInBash(
    '"$0" --require ./timer.cjs "$1" scan pod.yaml --format json --fail-on none >report.json 2>stderr.txt; echo "status $?"',
    'timer.cjs',
    'setTimeout(() => undefined, 60_000);',
  );
  expect(run.stdout).toBe('status 0\n');
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(JSON.parse(run.report)).toMatchObject({ verdict: { passed: true } });
});

// Another process sharing the pipe (a parent, a sibling) may have made it non-blocking: when it is
// full, the write fails with EAGAIN where process.stdout would wait for the reader. The rest of the
// report must still arrive, whole and in order.
test.skipIf(process.platform === 'win32')(
  'a report larger than a full non-blocking pipe arrives whole to a slow reader',
  async () => {
    const directory = mkdtempSync(join(tmpdir(), 'cli-stdout-'));
    try {
      writeFileSync(join(directory, 'pod.yaml'), pod);
      const fifo = join(directory, 'pipe');
      execFileSync('mkfifo', [fifo]);
      const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
      const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
      // As descriptor 3, which the child's start leaves as it is (0 to 2 it makes blocking);
      // bash then makes it the CLI's stdout.
      const cli = spawn(
        'bash',
        [
          '-c',
          '"$0" "$1" scan pod.yaml --format json --fail-on none >&3 3>&-; echo "status $?"',
          process.execPath,
          join(inject('cliBundleDirectory'), 'index.js'),
        ],
        {
          cwd: directory,
          env: { PATH: process.env['PATH'] ?? '', NODE_DISABLE_COMPILE_CACHE: '1' },
          stdio: ['ignore', 'pipe', 'pipe', writer],
        },
      );
      const closed = new Promise((resolve) => cli.on('close', resolve));
      closeSync(writer);
      let status = '';
      cli.stdout?.on('data', (chunk: Buffer) => (status += chunk.toString()));
      // The report (about 90 kB) is written at once, more than the pipe holds (64 kB); the reader
      // starts late and takes 4 kB at a time.
      await sleep(500);
      const received: Buffer[] = [];
      const buffer = Buffer.alloc(4096);
      for (;;) {
        let read: number;
        try {
          read = readSync(reader, buffer);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
          await sleep(10);
          continue;
        }
        if (read === 0) break;
        received.push(Buffer.from(buffer.subarray(0, read)));
        await sleep(2);
      }
      closeSync(reader);
      await closed;
      expect(status).toBe('status 0\n');
      const report = Buffer.concat(received).toString('utf8');
      expect(report.length).toBeGreaterThan(65_536);
      expect(JSON.parse(report)).toMatchObject({ verdict: { passed: true } });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  },
);
