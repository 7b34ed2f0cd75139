import { createHash } from 'node:crypto';
import type { Discovery } from '../inputs/discover.js';
import { type InputContext, type InputFormat, loadClaims, type SourceFile } from '../inputs/input-format.js';
import { forgetParsedJson } from '../inputs/parsed-json-store.js';
import { inputFormats } from '../inputs/registry.js';
import type { Shard } from './shard.js';

/**
 * The shard a group goes to, from a hash of its key (a display path): the same on every
 * runner and every commit, so a file stays in its shard between the base and the head.
 */
export function shardOfKey(key: string, count: number): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

/**
 * Files that must be read together (a template with its parameter files, a Bicep file with its
 * modules, a plan with its .tf sources): the connected groups of each format's `companions`.
 */
export async function groupFiles(
  files: readonly SourceFile[],
  context: InputContext,
  formats: readonly InputFormat[] = inputFormats,
): Promise<SourceFile[][]> {
  const claimOf = await loadClaims(formats, files);
  const byPath = new Map(files.map((file) => [file.path, file]));
  const parent = new Map(files.map((file) => [file.path, file.path]));
  const root = (path: string): string => {
    let current = path;
    while (parent.get(current) !== current) current = parent.get(current) as string;
    parent.set(path, current);
    return current;
  };
  for (const file of files) {
    for (const companion of claimOf(file)?.detection.companions?.(file, context) ?? []) {
      if (byPath.has(companion)) parent.set(root(companion), root(file.path));
    }
  }
  const groups = new Map<string, SourceFile[]>();
  for (const file of files) {
    const key = root(file.path);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [file]);
    else group.push(file);
  }
  return [...groups.values()];
}

/** The group's key: its first display path, whatever order discovery found its files in. */
const groupKey = (group: readonly SourceFile[]): string =>
  group.map((file) => file.displayPath).reduce((first, path) => (path < first ? path : first));

/**
 * What shard `shard` of a discovery reads: its groups of files, and the discovery's own errors and
 * skipped entries whose file hashes to it, so that across the shards each is reported once.
 */
export async function shardDiscovery(
  discovery: Discovery,
  shard: Shard,
  context: InputContext,
): Promise<Discovery> {
  const mine = (key: string) => shardOfKey(key, shard.count) === shard.index;
  const kept = new Set(
    (await groupFiles(discovery.files, context)).filter((group) => mine(groupKey(group))).flat(),
  );
  // Detection parsed every JSON file; only this shard's are read, and keep their parsed values.
  for (const file of discovery.files) if (!kept.has(file)) forgetParsedJson(file);
  return {
    // In discovery order, as one whole scan would read them.
    files: discovery.files.filter((file) => kept.has(file)),
    errors: discovery.errors.filter((error) => mine(error.file)),
    skipped: discovery.skipped.filter((skipped) => mine(skipped.file)),
    notChecked: discovery.notChecked.filter((entry) => mine(entry.file)),
    unmatched: discovery.unmatched,
    excluded: discovery.excluded,
  };
}
