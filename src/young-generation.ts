import { createRequire } from 'node:module';

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

/**
 * Runs `work` with the young generation kept at the size it has. Nothing is compiled with a code
 * cache meanwhile (V8 refuses a cache made under other flags): `work` loads no module.
 */
export function withYoungGenerationKept<T>(work: () => T): T {
  if (process.execArgv.some((flag) => growthFlagOfUser.test(flag))) return work();
  // Required here: node:v8 loads modules a small scan does without, and only large reads come here.
  const { setFlagsFromString } = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  setFlagsFromString(keptSmall);
  try {
    return work();
  } finally {
    setFlagsFromString(grows);
  }
}
