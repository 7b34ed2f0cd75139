import { expect, test } from 'vitest';
import { largeRead, releaseReadMemory } from './release-read-memory.js';

const bounds = { characters: 1000, charactersPerObject: 100 };

/** An object that only a weak reference reaches, made in a frame of its own. */
const unreferenced = (): WeakRef<object> => new WeakRef({ items: Array.from({ length: 1000 }, () => ({})) });

test('a large read that keeps few objects is followed by a full collection', async () => {
  const reference = unreferenced();
  // A weak reference keeps its target to the end of the task that made it.
  await new Promise((resolve) => setImmediate(resolve));
  expect(await releaseReadMemory({ characters: 1000, objectsKept: 10 }, bounds)).toBe(true);
  expect(reference.deref()).toBeUndefined();
});

test.each([
  ['a small read', { characters: 999, objectsKept: 0 }],
  ['a large read that keeps many objects', { characters: 1000, objectsKept: 11 }],
])('%s is not', async (_name, read) => {
  expect(await releaseReadMemory(read, bounds)).toBe(false);
});

test('the bounds: from 16 Mi characters, 2,048 of them an object', async () => {
  const characters = 16 * 1024 * 1024;
  expect(await releaseReadMemory({ characters: characters - 1, objectsKept: 0 })).toBe(false);
  expect(await releaseReadMemory({ characters, objectsKept: 8193 })).toBe(false);
  expect(await releaseReadMemory({ characters, objectsKept: 8192 })).toBe(true);
  expect(largeRead).toEqual({ characters, charactersPerObject: 2048 });
});
