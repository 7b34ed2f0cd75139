import type { ScanModel } from '../model/scan-model.js';
import type { SourceFile } from './input-format.js';

/** What a read took in and what it keeps. */
export interface ReadSize {
  /** The characters of the files read. */
  characters: number;
  /** The model's objects and clusters. */
  objectsKept: number;
  /** The characters of the longest file read. */
  longestText: number;
}

/** The size of a read of `files` into `model`. */
export const readSizeOf = (files: readonly SourceFile[], model: ScanModel): ReadSize => ({
  characters: files.reduce((total, file) => total + file.text.length, 0),
  objectsKept: model.kubeObjects.length + model.clusters.length,
  longestText: files.reduce((longest, file) => Math.max(longest, file.text.length), 0),
});

/**
 * When a collection after the read pays (measured on generated plans and YAML streams, docs/benchmarks.md,
 * "Big JSON, fifth round"): from 16 Mi characters it takes 50 MiB or more off the peak, for about
 * 0.1 s of CPU; below, 15 MiB at most. It costs what stays live, about 2 KiB of heap per model
 * object, and it must free more than that: a 100,000-object YAML stream (650 characters an
 * object) paid a sixth to a quarter more CPU for 7% less peak.
 */
export const largeRead = { characters: 16 * 1024 * 1024, charactersPerObject: 2048 };

/** From here a string lives in V8's large-object space (objects of more than 128 KiB go there). */
const largeObjectCharacters = 1024 * 1024;

/** The bytes in V8's large-object spaces and outside the heap: wherever a text of a mebibyte can be. */
export const largeAndExternalBytes = (v8: typeof import('node:v8')): number =>
  v8
    .getHeapSpaceStatistics()
    .reduce(
      (sum, space) => (space.space_name.includes('large_object') ? sum + space.space_used_size : sum),
      0,
    ) + v8.getHeapStatistics().external_memory;

/**
 * V8's `gc`: Node's own when started with `--expose-gc`, else one read from a new context with the
 * flag set for that moment only. V8's flags are part of what a code cache is checked against: left
 * set, they would reject every chunk's cache in the next run and have it written again (measured).
 */
function collector(v8: typeof import('node:v8'), vm: typeof import('node:vm')): () => void {
  const own = (globalThis as { gc?: () => void }).gc;
  if (typeof own === 'function') return own;
  v8.setFlagsFromString('--expose-gc');
  try {
    return vm.runInNewContext('gc') as () => void;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}

/**
 * Frees what a large read leaves behind once it is garbage: the files' texts and the parsed trees
 * the readers mapped. V8 frees them only at its next full collection, which on a 50 MB plan comes
 * late or not at all, after the checks and the report have grown the heap beside them. One full
 * collection (V8's `gc`, the flag set at run time and read from a new context, since `global.gc`
 * needs a Node flag) frees them, unless V8 was marking while the read held them: that marking is
 * what the collection finishes, and what it found live stays. Then the longest text is still in
 * the large-object space or outside the heap, which holds fewer bytes than it has characters only
 * once it is freed; a second collection, which marks afresh, follows whenever that is not so.
 * The inspector's collection of "all available garbage" (two memory-reducing collections, the
 * young generation shrunk, which the checks then regrow) cost more CPU for the same peak
 * (docs/benchmarks.md, "Big JSON, tenth round"). Only memory: should a call fail, nothing more is
 * collected. Resolves to whether it collected.
 */
export async function releaseReadMemory(read: ReadSize, bounds = largeRead): Promise<boolean> {
  if (read.characters < bounds.characters || read.characters < read.objectsKept * bounds.charactersPerObject)
    return false;
  try {
    const [v8, vm] = await Promise.all([import('node:v8'), import('node:vm')]);
    const collect = collector(v8, vm);
    collect();
    if (read.longestText < largeObjectCharacters || largeAndExternalBytes(v8) >= read.longestText) collect();
    return true;
  } catch {
    return false;
  }
}
