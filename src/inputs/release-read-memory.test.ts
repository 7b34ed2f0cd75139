import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v8 from 'node:v8';
import { expect, test } from 'vitest';
import { largeAndExternalBytes, largeRead, releaseReadMemory } from './release-read-memory.js';

const bounds = { characters: 1000, charactersPerObject: 100 };

/** An object that only a weak reference reaches, made in a frame of its own. */
const unreferenced = (): WeakRef<object> => new WeakRef({ items: Array.from({ length: 1000 }, () => ({})) });

test('a large read that keeps few objects is followed by a full collection', async () => {
  const reference = unreferenced();
  // A weak reference keeps its target to the end of the task that made it.
  await new Promise((resolve) => setImmediate(resolve));
  expect(await releaseReadMemory({ characters: 1000, objectsKept: 10, longestText: 1000 }, bounds)).toBe(
    true,
  );
  expect(reference.deref()).toBeUndefined();
});

test.each([
  ['a small read', { characters: 999, objectsKept: 0, longestText: 999 }],
  ['a large read that keeps many objects', { characters: 1000, objectsKept: 11, longestText: 1000 }],
])('%s is not', async (_name, read) => {
  expect(await releaseReadMemory(read, bounds)).toBe(false);
});

test('the bounds: from 16 Mi characters, 2,048 of them an object', async () => {
  const characters = 16 * 1024 * 1024;
  const longestText = characters;
  expect(await releaseReadMemory({ characters: characters - 1, objectsKept: 0, longestText })).toBe(false);
  expect(await releaseReadMemory({ characters, objectsKept: 8193, longestText })).toBe(false);
  expect(await releaseReadMemory({ characters, objectsKept: 8192, longestText })).toBe(true);
  expect(largeRead).toEqual({ characters, charactersPerObject: 2048 });
});

/** The full collections `releaseReadMemory` makes after a read whose longest text had `characters`. */
async function fullCollections(characters: number): Promise<number> {
  const profiler = new v8.GCProfiler();
  profiler.start();
  await releaseReadMemory({ characters, objectsKept: 0, longestText: characters }, bounds);
  const { statistics } = profiler.stop() ?? { statistics: [] };
  return statistics.filter((entry) => entry.gcType === 'MarkSweepCompact').length;
}

test('a second full collection while the longest text is held, none once it is gone', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-release-'));
  try {
    const file = join(directory, 'plan.json');
    // Beyond what the worker holds there already (other files' modules, their sources).
    const characters = 16 * 1024 * 1024 + largeAndExternalBytes(v8);
    writeFileSync(file, 'x'.repeat(characters));
    // Read as discovery reads a file (one flat string, without a buffer), and held in a frame of its own.
    const whileHeld = async () => {
      const text = readFileSync(file, 'utf8');
      const collections = await fullCollections(text.length);
      expect(text.length).toBe(characters);
      return collections;
    };
    expect(await whileHeld()).toBe(2);
    // Gone (reading it may have started a marking that kept it through one collection).
    await releaseReadMemory({ characters: 1000, objectsKept: 0, longestText: 1000 }, bounds);
    expect(await fullCollections(characters)).toBe(1);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
