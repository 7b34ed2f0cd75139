import { changeFlag } from './compiler-tiers.js';

/**
 * V8 doubles its young generation (up to two semi-spaces of 32 MB under Node 24) whenever as many
 * bytes as it holds have survived its scavenges since it last grew. A large plan's parse keeps
 * every resource it reads, and its checks keep every finding, so the young generation grows to its
 * largest during the parse, and again during the checks (the collection after the read shrinks
 * it). Each page it grows into is memory touched for the first time, which the kernel charges to
 * the process (docs/benchmarks.md, "Big JSON, twelfth round": a 50 MB plan's scan 40,000 minor page
 * faults instead of 54,000, 0.90× the CPU, the same peak RSS). What survives is promoted instead.
 */
const keptSmall = '--semi-space-growth-factor=1';
/** V8's default, set back after the work. */
const grows = '--semi-space-growth-factor=2';

/** The user's own choice on node's command line stands. */
const growthFlagOfUser = /^--semi[-_]space[-_]growth[-_]factor(?:=|$)/;

/** How many stretches keep it now: one inside another must not let it grow before the outer ends. */
let keeping = 0;
let letGrowAgain: () => void = () => undefined;

/** Keeps the young generation at the size it has; the function returned lets it grow again. */
function keepYoungGeneration(): () => void {
  if (process.execArgv.some((flag) => growthFlagOfUser.test(flag))) return () => undefined;
  if (keeping === 0) letGrowAgain = changeFlag(keptSmall, grows);
  keeping += 1;
  return () => {
    keeping -= 1;
    if (keeping === 0) letGrowAgain();
  };
}

/**
 * Runs `work` with the young generation kept at the size it has. A chunk that `work` loads is
 * compiled under V8's defaults all the same (`withDefaultFlags`), so its code cache stands.
 */
export function withYoungGenerationKept<T>(work: () => T): T {
  const letGrow = keepYoungGeneration();
  try {
    return work();
  } finally {
    letGrow();
  }
}

/**
 * `withYoungGenerationKept` for work that awaits, kept until it settles (a merge, from its reading
 * to its report).
 */
export async function withYoungGenerationKeptAsync<T>(work: () => Promise<T>): Promise<T> {
  const letGrow = keepYoungGeneration();
  try {
    return await work();
  } finally {
    letGrow();
  }
}
