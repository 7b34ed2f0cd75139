import { getHeapSpaceStatistics } from 'node:v8';
import { afterEach, expect, test } from 'vitest';
import { releaseReadMemory } from './inputs/release-read-memory.js';
import { withYoungGenerationKept } from './young-generation.js';

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
