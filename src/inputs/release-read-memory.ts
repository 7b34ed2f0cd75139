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

/**
 * How the read's garbage is collected, chosen by what follows the read (docs/benchmarks.md, "Big
 * JSON, tenth and eleventh rounds"):
 * - `regular`: V8's own full collection, once (twice while the longest text is still held). A
 *   scan's findings and report fit under the read's peak, and it costs 8% less CPU on a 50 MB plan.
 * - `memory-reducing`: the inspector's collection of "all available garbage" (two memory-reducing
 *   collections, the young generation shrunk). Its tight heap limits keep what follows small: a
 *   shard's outcome, kept to the end, peaked 60 MiB higher after a regular one.
 */
export type ReadCollection = 'regular' | 'memory-reducing';

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
 * A flag of the user's that exposes `gc` (`--expose-gc-as=NAME` exposes it under another name, and
 * implies `--expose-gc`): it stands, as the flag turned off after our read would have turned it off.
 */
const gcFlagOfUser = /^--expose[-_]gc(?:[-_]as)?(?:=|$)/;

/**
 * V8's `gc`: Node's own when started with `--expose-gc`, else one read from a new context with the
 * flag set for that moment only; none when the user's own flag put it elsewhere. V8 checks a code
 * cache against its flags: left set, the flag would have every chunk's cache refused in the next
 * run and written again (measured).
 */
function collector(v8: typeof import('node:v8'), vm: typeof import('node:vm')): (() => void) | undefined {
  const own = (globalThis as { gc?: () => void }).gc;
  if (typeof own === 'function') return own;
  if (process.execArgv.some((flag) => gcFlagOfUser.test(flag))) return undefined;
  v8.setFlagsFromString('--expose-gc');
  try {
    return vm.runInNewContext('gc') as () => void;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}

/**
 * One regular collection frees the read's texts and trees unless V8 was marking while the read held
 * them: that marking is what it finishes, and what it found live stays. The longest text is then
 * still in the large-object spaces or outside the heap, which hold fewer bytes than it has
 * characters only once it is freed; a second collection, which marks afresh, follows otherwise.
 */
async function collectRegularly(read: ReadSize): Promise<void> {
  const [v8, vm] = await Promise.all([import('node:v8'), import('node:vm')]);
  const collect = collector(v8, vm);
  if (collect === undefined) return collectReducingMemory();
  collect();
  if (read.longestText < largeObjectCharacters || largeAndExternalBytes(v8) >= read.longestText) collect();
}

/** The inspector's collection, through an in-process session, which opens no port. */
async function collectReducingMemory(): Promise<void> {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.collectGarbage');
  } finally {
    session.disconnect();
  }
}

/**
 * Frees what a large read leaves behind once it is garbage: the files' texts and the parsed trees
 * the readers mapped. V8 frees them only at its next full collection, which on a 50 MB plan comes
 * late or not at all, after the checks and the report have grown the heap beside them. Only
 * memory: should a call fail (a Node without the inspector), nothing more is collected. Resolves
 * to whether it collected.
 */
export async function releaseReadMemory(
  read: ReadSize,
  collection: ReadCollection,
  bounds = largeRead,
): Promise<boolean> {
  if (read.characters < bounds.characters || read.characters < read.objectsKept * bounds.charactersPerObject)
    return false;
  try {
    await (collection === 'regular' ? collectRegularly(read) : collectReducingMemory());
    return true;
  } catch {
    return false;
  }
}
