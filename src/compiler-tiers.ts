import { createRequire } from 'node:module';
import { extname } from 'node:path';
import type { SourceFile } from './inputs/input-format.js';

/**
 * Where V8's optimizing compiler, Turbofan, pays for itself in a scan (issue 12; measured in
 * docs/benchmarks.md, "Twelfth round: the optimizing compiler"). A scan is one short process:
 * Turbofan compiles the reader's and the checks' hot functions again on a second thread, and on a
 * read of a few megabytes that compiling costs more CPU than its faster code saves. Maglev, the tier
 * below, still compiles them. A 10,000-object YAML stream (6.4 MB) took 0.80× the CPU without
 * Turbofan, in the same wall time; from 50,000 objects (32 MB) its code wins back the wall time.
 */
export const turbofanPays = {
  /**
   * Text read in JavaScript from which Turbofan is left on. JSON is not counted: V8's own parser
   * reads it, at one speed under any tier (the 50 MB plan took 0.88× the CPU without Turbofan).
   */
  fromCharacters: 16 * 1024 * 1024,
  /** Below this much text in all, no function gets hot enough for the choice to matter. */
  ignoredBelowCharacters: 32 * 1024,
};

/** Whether the read of `files` should run without Turbofan. */
export function turbofanCostsMore(files: readonly Pick<SourceFile, 'path' | 'text'>[]): boolean {
  let all = 0;
  let readInJavaScript = 0;
  for (const file of files) {
    all += file.text.length;
    if (extname(file.path).toLowerCase() !== '.json') readInJavaScript += file.text.length;
  }
  return all >= turbofanPays.ignoredBelowCharacters && readInJavaScript < turbofanPays.fromCharacters;
}

/**
 * A V8 tiering flag on node's command line (NODE_OPTIONS refuses them): the user's choice, which
 * stands. V8 also reads `--nomaglev` as `--no-maglev`.
 */
const tieringFlag = /^--(?:no[-_]?)?(?:turbofan|maglev|opt|max[-_]opt)(?:=|$)/;

export const tiersChosenByUser = (execArgv: readonly string[]): boolean =>
  execArgv.some((flag) => tieringFlag.test(flag));

// Required on first use: node:v8 loads stream and heap modules a small scan does without.
const v8Flags = () => createRequire(import.meta.url)('node:v8') as typeof import('node:v8');

/** The V8 flags this process has changed from their defaults, each with its default's setting. */
const changedFlags = new Map<string, string>();

/**
 * Sets V8's flag `setting` (`--no-turbofan`) in place of `defaultSetting` (`--turbofan`) until the
 * function returned is called. `withDefaultFlags` sets every such flag back for its work.
 */
export function changeFlag(setting: string, defaultSetting: string): () => void {
  v8Flags().setFlagsFromString(setting);
  changedFlags.set(setting, defaultSetting);
  return () => {
    changedFlags.delete(setting);
    v8Flags().setFlagsFromString(defaultSetting);
  };
}

/** Set once this process has turned Turbofan off: it stays off. */
let turbofanTurnedOff = false;

/**
 * Leaves Turbofan off for the rest of the process when the read of `files` costs less without it
 * (the CLI's and the action's scans call this once discovery has found the files). Only V8's
 * choice of compiled code changes: what runs, and so every result, is the same.
 */
export function chooseCompilerTiers(files: readonly SourceFile[]): void {
  if (turbofanTurnedOff || !turbofanCostsMore(files) || tiersChosenByUser(process.execArgv)) return;
  changeFlag('--no-turbofan', '--turbofan');
  turbofanTurnedOff = true;
}

/**
 * Runs `work` under V8's default flags. V8 stamps a code cache with the flags it was made under and
 * refuses one stamped with others, so the CLI's code caches (code-cache.ts) are made and read under
 * the defaults: otherwise a scan that turned Turbofan off, or a chunk first loaded while the young
 * generation is kept (young-generation.ts), would leave caches that the next run refuses and makes
 * again, every run.
 */
export function withDefaultFlags<T>(work: () => T): T {
  if (changedFlags.size === 0) return work();
  const changed = [...changedFlags];
  const flags = v8Flags();
  for (const [, defaultSetting] of changed) flags.setFlagsFromString(defaultSetting);
  try {
    return work();
  } finally {
    for (const [setting] of changed) flags.setFlagsFromString(setting);
  }
}
