#!/usr/bin/env node
import { writeSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import manifest from '../../package.json' with { type: 'json' };
import { chooseCompilerTiers, withDefaultFlags } from '../compiler-tiers.js';
import { logLine } from '../log.js';
import { cacheCompiledCode } from './code-cache.js';
import { descriptorOutput, type Output } from './descriptor-output.js';

const argv = process.argv.slice(2);

// stderr carries progress and diagnostics, not the report: a reader that closed it loses them,
// not the report or the verdict (unhandled, its EPIPE ended the run with exit 1 and no report).
let stderrOutput: Output | undefined;
const stderr = (): Output =>
  (stderrOutput ??= descriptorOutput(
    2,
    () => process.stderr.on('error', () => undefined),
    () => undefined,
  ));

// A reader that stops early (`| head`) closes the pipe, and the next write fails (EPIPE), which
// Node raises as an unhandled error with its stack. The report was not delivered whole, as with
// an --output that cannot be written: exit 2, whatever the verdict, and one line on stderr. The
// failure is named as the stream names it ("write EPIPE"), whichever way stdout was written.
const stdoutFailed = (error: NodeJS.ErrnoException) => {
  const failure = error.code === undefined ? error.message : `${error.syscall ?? 'write'} ${error.code}`;
  stderr().write(`aks-cis-gate: the report could not be written whole to stdout (${failure})\n`);
  process.exitCode = 2;
};

// `--version` alone is answered before anything else loads (issue 12: within 1.3× of `node -e 0`),
// with the version the bundle was built from, and written to the descriptor: creating
// process.stdout loads the stream modules, a tenth of this run. runCli gives the same answer.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  try {
    writeSync(1, `${manifest.version}\n`);
  } catch (error) {
    stdoutFailed(error as NodeJS.ErrnoException);
  }
} else {
  // Node 22+ keeps V8's compiled code of the modules loaded after this call (the bundle's chunk
  // with the whole tool) in the system's temporary directory: compiling it was half of the start-up.
  // The bundle's own chunks keep theirs as a run left it (code-cache.ts), in the same directory.
  const compileCache = (
    nodeModule as { enableCompileCache?: () => { directory?: string } | undefined }
  ).enableCompileCache?.();
  if (compileCache?.directory !== undefined) {
    cacheCompiledCode(dirname(fileURLToPath(import.meta.url)), compileCache.directory, withDefaultFlags);
  }

  let stdoutFailedOnce = false;
  const stdoutFailure = (error: NodeJS.ErrnoException) => {
    if (!stdoutFailedOnce) stdoutFailed(error);
    stdoutFailedOnce = true;
  };
  const stdout = descriptorOutput(1, () => process.stdout.on('error', stdoutFailure), stdoutFailure);

  // No top-level await: the bundle is CommonJS (scripts/bundle-build.ts). The dynamic import puts
  // everything else in a chunk of its own, loaded after the cache is on.
  import('./run.js')
    .then(({ runCli }) =>
      runCli(argv, {
        stdout,
        stderr: stderr(),
        cwd: process.cwd(),
        env: process.env,
        onDiscovered: chooseCompilerTiers,
      }),
    )
    .then(
      (status) => {
        if (!stdoutFailedOnce) process.exitCode = status;
        // The run has ended everything it started. When all it printed went straight to the
        // descriptors, nothing is left to wait for, and leaving now spares Node's tear-down of
        // V8's heap, which the kernel does at once (issue 12: about 3 % of a small scan's CPU).
        // Output that a stream still holds (a pipe that refused a write) is left to drain.
        if (stdout.allWritten === true && stderr().allWritten === true) process.exit();
      },
      // runCli turns its own failures into exit 2; this is the last resort, with the same meaning.
      (error: unknown) => {
        stderr().write(`aks-cis-gate: ${logLine(error instanceof Error ? error.message : String(error))}\n`);
        process.exitCode = 2;
      },
    );
}
