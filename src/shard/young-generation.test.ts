import { getHeapSpaceStatistics } from 'node:v8';
import { Script } from 'node:vm';
import { expect, test } from 'vitest';
import { collectReducingMemory } from '../inputs/release-read-memory.js';
import { growthChosenByUser, withYoungGenerationHeld } from './young-generation.js';

const youngGenerationBytes = (): number =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;

/** Makes 40 MiB or so of objects that survive every scavenge, as a merge's trees and findings do. */
const survivors = async (): Promise<number> => {
  const kept: { index: number; name: string }[] = [];
  for (let index = 0; index < 600_000; index += 1) {
    kept.push({ index, name: `finding ${index}` });
    // Scavenges fall between the tasks as well as within them.
    if (index % 100_000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return kept.length;
};

let scripts = 0;
/** A script compiled afresh: V8 keeps each script it compiled by its source and name, and would not read a cache. */
const compiled = (source: string, cachedData?: Buffer) => {
  scripts += 1;
  return new Script(source, { filename: `script-${scripts}.js`, ...(cachedData ? { cachedData } : {}) });
};

/** Whether a code cache made now, under the flags of this moment, is refused under those of `later`. */
function cacheRefusedUnder(later: (read: () => boolean) => Promise<boolean>): Promise<boolean> {
  const source = '(1 + 1)';
  const cachedData = compiled(source).createCachedData();
  return later(() => compiled(source, cachedData).cachedDataRejected === true);
}

const mebibytes = 1024 * 1024;

test('held, the young generation stays small while what survives grows', async () => {
  // The inspector's collection shrinks the young generation to its least.
  await collectReducingMemory();
  await withYoungGenerationHeld(survivors);
  expect(youngGenerationBytes()).toBeLessThanOrEqual(4 * mebibytes);
});

test('not held, it grows (what the test above would see without the hold)', async () => {
  // The inspector's collection shrinks the young generation to its least.
  await collectReducingMemory();
  await survivors();
  expect(youngGenerationBytes()).toBeGreaterThan(16 * mebibytes);
});

test("after the hold V8's flags are its defaults again: a code cache made before is read", async () => {
  expect(await cacheRefusedUnder((read) => withYoungGenerationHeld(async () => read()))).toBe(true);
  expect(await cacheRefusedUnder(async (read) => read())).toBe(false);
  const cachedBefore = compiled('(2 + 2)').createCachedData();
  await withYoungGenerationHeld(async () => undefined);
  expect(compiled('(2 + 2)', cachedBefore).cachedDataRejected).toBe(false);
});

test("a growth factor on node's command line is the user's, and stands", async () => {
  expect(growthChosenByUser(['--semi-space-growth-factor=4'])).toBe(true);
  expect(growthChosenByUser(['--semi_space_growth_factor', '4'])).toBe(true);
  expect(growthChosenByUser(['--max-semi-space-size=4', '--expose-gc'])).toBe(false);
  const refused = await cacheRefusedUnder((read) =>
    withYoungGenerationHeld(async () => read(), ['--semi-space-growth-factor=4']),
  );
  expect(refused).toBe(false);
});
