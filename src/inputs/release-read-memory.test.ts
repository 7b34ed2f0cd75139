import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v8 from 'node:v8';
import { expect, test } from 'vitest';
import {
  largeAndExternalBytes,
  largeRead,
  releaseReadMemory,
  type ReadCollection,
} from './release-read-memory.js';

const bounds = { characters: 1000, charactersPerObject: 100 };

/** An object that only a weak reference reaches, made in a frame of its own. */
const unreferenced = (): WeakRef<object> => new WeakRef({ items: Array.from({ length: 1000 }, () => ({})) });

test.each<ReadCollection>(['regular', 'memory-reducing'])(
  'a large read that keeps few objects is followed by a full collection (%s)',
  async (collection) => {
    const reference = unreferenced();
    // A weak reference keeps its target to the end of the task that made it.
    await new Promise((resolve) => setImmediate(resolve));
    const read = { characters: 1000, objectsKept: 10, longestText: 1000 };
    expect(await releaseReadMemory(read, collection, bounds)).toBe(true);
    expect(reference.deref()).toBeUndefined();
  },
);

test.each([
  ['a small read', { characters: 999, objectsKept: 0, longestText: 999 }],
  ['a large read that keeps many objects', { characters: 1000, objectsKept: 11, longestText: 1000 }],
])('%s is not', async (_name, read) => {
  expect(await releaseReadMemory(read, 'regular', bounds)).toBe(false);
  expect(await releaseReadMemory(read, 'memory-reducing', bounds)).toBe(false);
});

test('the bounds: from 16 Mi characters, 2,048 of them an object', async () => {
  const characters = 16 * 1024 * 1024;
  const longestText = characters;
  expect(
    await releaseReadMemory({ characters: characters - 1, objectsKept: 0, longestText }, 'regular'),
  ).toBe(false);
  expect(await releaseReadMemory({ characters, objectsKept: 8193, longestText }, 'regular')).toBe(false);
  expect(await releaseReadMemory({ characters, objectsKept: 8192, longestText }, 'regular')).toBe(true);
  expect(largeRead).toEqual({ characters, charactersPerObject: 2048 });
});

/** The full collections `releaseReadMemory` makes after a read whose longest text had `characters`. */
async function fullCollections(characters: number, collection: ReadCollection): Promise<number> {
  const profiler = new v8.GCProfiler();
  profiler.start();
  await releaseReadMemory({ characters, objectsKept: 0, longestText: characters }, collection, bounds);
  const { statistics } = profiler.stop() ?? { statistics: [] };
  return statistics.filter((entry) => entry.gcType === 'MarkSweepCompact').length;
}

test('a regular release collects a second time while the longest text is held, once when it is gone', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-release-'));
  try {
    const file = join(directory, 'plan.json');
    // Beyond what the worker holds there already (other files' modules, their sources).
    const characters = 16 * 1024 * 1024 + largeAndExternalBytes(v8);
    writeFileSync(file, 'x'.repeat(characters));
    // Read as discovery reads a file (one flat string, without a buffer), and held in a frame of its own.
    const whileHeld = async () => {
      const text = readFileSync(file, 'utf8');
      const collections = await fullCollections(text.length, 'regular');
      expect(text.length).toBe(characters);
      return collections;
    };
    expect(await whileHeld()).toBe(2);
    // Gone (reading it may have started a marking that kept it through one collection).
    await releaseReadMemory({ characters: 1000, objectsKept: 0, longestText: 1000 }, 'regular', bounds);
    expect(await fullCollections(characters, 'regular')).toBe(1);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('a memory-reducing release collects all it can: two full collections at least', async () => {
  expect(await fullCollections(1000, 'memory-reducing')).toBeGreaterThanOrEqual(2);
});
