#!/usr/bin/env node
import * as nodeModule from 'node:module';
import { logLine } from '../log.js';

// Node 22+ keeps V8's compiled code of the modules loaded after this call (the bundle's chunk
// with the whole tool) in the system's temporary directory: compiling it was half of the start-up.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// No top-level await: the bundler (ncc) may emit this entry as a CommonJS-style chunk. The
// dynamic import puts everything else in a chunk of its own, loaded after the cache is on.
import('./run.js')
  .then(({ runCli }) =>
    runCli(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      cwd: process.cwd(),
      env: process.env,
    }),
  )
  .then(
    (status) => {
      process.exitCode = status;
    },
    // runCli turns its own failures into exit 2; this is the last resort, with the same meaning.
    (error: unknown) => {
      console.error(`aks-cis-gate: ${logLine(error instanceof Error ? error.message : String(error))}`);
      process.exitCode = 2;
    },
  );
