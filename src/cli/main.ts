#!/usr/bin/env node
import { runCli } from './run.js';

// No top-level await: the bundler (ncc) may emit this entry as a CommonJS-style chunk.
runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
}).then(
  (status) => {
    process.exitCode = status;
  },
  // runCli turns its own failures into exit 2; this is the last resort, with the same meaning.
  (error: unknown) => {
    console.error(`aks-cis-gate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
