#!/usr/bin/env node
import { runCli } from './run.js';

// No top-level await: the bundler (ncc) may emit this entry as a CommonJS-style chunk.
void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
}).then((status) => {
  process.exitCode = status;
});
