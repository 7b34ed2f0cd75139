import { getHeapSpaceStatistics } from 'node:v8';
import { Script } from 'node:vm';
import { createRequire } from 'node:module';
import { afterEach, expect, test, vi } from 'vitest';
import { withDefaultFlags } from './compiler-tiers.js';
import { releaseReadMemory } from './inputs/release-read-memory.js';
import { withYoungGenerationKept, withYoungGenerationKeptAsync } from './young-generation.js';

const youngGeneration = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;

/** V8's collection of all available garbage, which also shrinks the young generation to its least. */
const collectAllGarbage = () =>
  releaseReadMemory({ characters: 1, objectsKept: 0, longestText: 0 }, 'memory-reducing', {
    characters: 0,
    charactersPerObject: 0,
  });

/** About 40 MB of objects, each kept until the end: every scavenge meanwhile finds them alive. */
function keepMany(): unknown[] {
  const kept: unknown[] = [];
  for (let index = 0; index < 400_000; index += 1) kept.push({ index, text: `item ${index}`, list: [index] });
  return kept;
}

const userFlags = [...process.execArgv];
afterEach(() => {
  process.execArgv.splice(0, process.execArgv.length, ...userFlags);
});

test('the young generation stays small while the work keeps what it makes, and grows as before after', async () => {
  await collectAllGarbage();
  expect(withYoungGenerationKept(keepMany)).toHaveLength(400_000);
  const kept = youngGeneration();
  await collectAllGarbage();
  expect(keepMany()).toHaveLength(400_000);
  // V8 doubles it up to 32 MB or more; kept, it grew by a step at most (1 MB to 2 MB).
  expect(youngGeneration()).toBeGreaterThanOrEqual(8 * kept);
});

test("a growth factor on node's command line stands", async () => {
  process.execArgv.push('--semi-space-growth-factor=2');
  await collectAllGarbage();
  const least = youngGeneration();
  expect(withYoungGenerationKept(keepMany)).toHaveLength(400_000);
  expect(youngGeneration()).toBeGreaterThanOrEqual(8 * least);
});

test('kept while work that awaits runs, to its end', async () => {
  await collectAllGarbage();
  const kept = await withYoungGenerationKeptAsync(async () => {
    const parts: unknown[][] = [];
    // Scavenges fall between the tasks as well as within them.
    for (let part = 0; part < 4; part += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      parts.push(keepMany());
    }
    return parts;
  });
  expect(kept).toHaveLength(4);
  expect(youngGeneration()).toBeLessThanOrEqual(4 * 1024 * 1024);
});

let scripts = 0;
/** A script compiled afresh: V8 keeps each script by its source and name, and would not read a cache. */
function compiled(source: string, cachedData?: Buffer): Script {
  scripts += 1;
  return new Script(source, { filename: `script-${scripts}.js`, ...(cachedData ? { cachedData } : {}) });
}

test("V8's flags are its defaults again after, so that a code cache made before is read", async () => {
  const cachedData = compiled('(1 + 1)').createCachedData();
  const refusedInside = await withYoungGenerationKeptAsync(
    async () => compiled('(1 + 1)', cachedData).cachedDataRejected,
  );
  expect(refusedInside).toBe(true);
  expect(compiled('(1 + 1)', cachedData).cachedDataRejected).toBe(false);
  expect(withYoungGenerationKept(() => compiled('(1 + 1)', cachedData).cachedDataRejected)).toBe(true);
  expect(compiled('(1 + 1)', cachedData).cachedDataRejected).toBe(false);
});

test('a code cache read through withDefaultFlags inside a kept stretch is read, and the stretch goes on', () => {
  const cachedData = compiled('(2 + 2)').createCachedData();
  const [refused, refusedAfter] = withYoungGenerationKept(() => [
    withDefaultFlags(() => compiled('(2 + 2)', cachedData).cachedDataRejected),
    compiled('(2 + 2)', cachedData).cachedDataRejected,
  ]);
  expect(refused).toBe(false);
  // Still kept after: V8 refuses the cache outside withDefaultFlags.
  expect(refusedAfter).toBe(true);
});

test('a stretch inside another lets the young generation grow only when the outer one ends', async () => {
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  const setFlags = vi.spyOn(v8, 'setFlagsFromString');
  try {
    await withYoungGenerationKeptAsync(async () => {
      withYoungGenerationKept(() => undefined);
      expect(setFlags.mock.calls).toEqual([['--semi-space-growth-factor=1']]);
      await Promise.resolve();
    });
    expect(setFlags.mock.calls).toEqual([['--semi-space-growth-factor=1'], ['--semi-space-growth-factor=2']]);
  } finally {
    setFlags.mockRestore();
  }
});
