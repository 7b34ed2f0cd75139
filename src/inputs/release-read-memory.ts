import type { ScanModel } from '../model/scan-model.js';
import type { SourceFile } from './input-format.js';

/** What a read took in and what it keeps. */
export interface ReadSize {
  /** The characters of the files read. */
  characters: number;
  /** The model's objects and clusters. */
  objectsKept: number;
}

/** The size of a read of `files` into `model`. */
export const readSizeOf = (files: readonly SourceFile[], model: ScanModel): ReadSize => ({
  characters: files.reduce((total, file) => total + file.text.length, 0),
  objectsKept: model.kubeObjects.length + model.clusters.length,
});

/**
 * When a collection after the read pays (measured on generated plans and YAML streams, docs/benchmarks.md,
 * "Big JSON, fifth round"): from 16 Mi characters it takes 50 MiB or more off the peak, for about
 * 0.1 s of CPU; below, 15 MiB at most. It costs what stays live, about 2 KiB of heap per model
 * object, and it must free more than that: a 100,000-object YAML stream (650 characters an
 * object) paid a sixth to a quarter more CPU for 7% less peak.
 */
export const largeRead = { characters: 16 * 1024 * 1024, charactersPerObject: 2048 };

/**
 * Frees what a large read leaves behind once it is garbage: the files' texts (outside the heap)
 * and the parsed trees the readers mapped. V8 frees them only at its next full collection, which
 * on a 50 MB plan comes late or not at all, after the checks and the report have grown the heap
 * beside them. `global.gc` needs a Node flag, hence an in-process inspector session, which opens
 * no port. Only memory: without the inspector (a Node built without it), or should the call fail,
 * nothing is collected. Resolves to whether it collected. The inspector's collection is V8's
 * "all available garbage" (two full collections, the young generation shrunk); V8's own `gc`
 * (`--expose-gc` set at run time, read from a new context) was measured instead and not kept
 * (docs/benchmarks.md, "Big JSON, sixth round"): one regular collection can only finish a marking
 * V8 began while the read was live, and frees none of it; two keep the young generation's size,
 * 30 MiB more peak for no CPU measurably saved. One, and a second only while the longest text was
 * still held, took 8% off the 50 MB plan's scan but raised its shard's peak from 200 to 260 MiB:
 * the memory-reducing collections' tight heap limits are what keep that down ("Big JSON, tenth round").
 */
export async function releaseReadMemory(read: ReadSize, bounds = largeRead): Promise<boolean> {
  if (read.characters < bounds.characters || read.characters < read.objectsKept * bounds.charactersPerObject)
    return false;
  try {
    const { Session } = await import('node:inspector/promises');
    const session = new Session();
    session.connect();
    try {
      await session.post('HeapProfiler.collectGarbage');
    } finally {
      session.disconnect();
    }
    return true;
  } catch {
    return false;
  }
}
