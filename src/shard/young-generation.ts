import { createRequire } from 'node:module';

/**
 * V8's young generation doubles each time more of it survives a scavenge than it holds. A merge
 * keeps nearly all it builds (the four reports' trees, then 40,000 findings), so it grew to its
 * largest (128 MiB reserved on the 2-core build machine), 76–96 MiB of it touched: fresh pages,
 * each paid for in kernel time (docs/benchmarks.md, "Merge, fifth round"). Held at its size, its
 * pages are reused and what survives is promoted sooner. Only the growth factor is read at each
 * growth (the semi-spaces' bounds are set when the heap is made); the user's own choice of it, on
 * node's command line (NODE_OPTIONS refuses it), stands.
 */
const growthFactor = /^--semi[-_]space[-_]growth[-_]factor(?:=|$)/;

/** V8's default growth factor, which a held young generation goes back to. */
const defaultGrowthFactor = 2;

export const growthChosenByUser = (execArgv: readonly string[]): boolean =>
  execArgv.some((flag) => growthFactor.test(flag));

/**
 * Runs `work` with the young generation held at the size it has, and lets it grow again after.
 * V8 stamps a code cache with its flags and refuses one made under others: a module first loaded
 * inside `work` compiles without its cache, so load modules before (the CLI's caches are made at
 * exit, after this).
 */
export async function withYoungGenerationHeld<T>(
  work: () => Promise<T>,
  execArgv: readonly string[] = process.execArgv,
): Promise<T> {
  if (growthChosenByUser(execArgv)) return work();
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  try {
    return await work();
  } finally {
    v8.setFlagsFromString(`--semi-space-growth-factor=${defaultGrowthFactor}`);
  }
}
