import { fuzzReader, fuzzTargets } from '../test/fuzz/fuzz-readers.js';

/**
 * `npm run fuzz -- [--runs N] [--bicep-runs N] [--minutes M] [--seed S] [--only NAME]`: the
 * long run of the fuzz targets, with the figures docs/security.md quotes. Bicep cases compile
 * eight files each through the real compiler, so they get their own, smaller count.
 * `--minutes` caps each reader's run; the cases run until then count.
 */
function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
}

const runs = Number(option('runs') ?? 100_000);
const bicepRuns = Number(option('bicep-runs') ?? 50);
const seed = option('seed') === undefined ? Date.now() % 2 ** 31 : Number(option('seed'));
const only = option('only');
const minutes = option('minutes') === undefined ? undefined : Number(option('minutes'));

console.warn(`seed ${seed}`);
for (const target of fuzzTargets.filter((candidate) => only === undefined || candidate.name === only)) {
  const numRuns = target.name === 'bicep' ? bicepRuns : runs;
  const started = performance.now();
  const statistics = await fuzzReader(target, {
    numRuns,
    seed,
    bounds: { maxCaseMilliseconds: target.filesPerCase > 1 ? 300_000 : 30_000, maxHeapBytes: 2 * 1024 ** 3 },
    ...(minutes === undefined ? {} : { timeLimitSeconds: minutes * 60 }),
    progress: ({ cases }) => {
      if (cases % 1000 === 0) console.warn(`${target.name}: ${cases} cases`);
    },
  }).catch((error: unknown) => {
    // One reader's counterexample does not stop the others from running.
    // fast-check keeps the property's own failure (what broke, where the files are) in `cause`.
    const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
    console.error(`${target.name}: ${error instanceof Error ? error.message : String(error)}${cause}`);
    process.exitCode = 1;
    return undefined;
  });
  if (statistics === undefined) continue;
  const seconds = (performance.now() - started) / 1000;
  console.warn(
    [
      `${target.name}: ${statistics.cases} cases, ${statistics.files} files, ${statistics.unparsable} unparsable`,
      `${seconds.toFixed(0)} s`,
      `slowest case ${statistics.slowestCaseMilliseconds.toFixed(0)} ms`,
      `peak heap ${(statistics.peakHeapBytes / 1024 ** 2).toFixed(0)} MiB`,
    ].join(', '),
  );
}
