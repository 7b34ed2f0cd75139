import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { InputError, InputLimits, NotCheckedInput } from '../input-format.js';
import { BicepSource, isRegistryReference } from './bicep-source.js';
import {
  type BicepConfig,
  type ConfigLookup,
  type OciArtifact,
  bicepConfigFor,
  describeArtifact,
  isRestored,
  parseRegistryReference,
} from './registry-modules.js';
import { isInsideRoots } from './scanned-roots.js';

/** A registry artifact that is not in bicep's cache, and that bicep may restore from an allowed registry. */
export interface PendingRestore {
  artifact: OciArtifact;
  kind: 'module' | 'extension';
  cacheRoot: string;
  /** The entry file's line that leads to the reference (the reference itself, or its `module`/`using` line). */
  file: string;
  line: number;
  /** Where the reference is written when that is another file than the entry (`main.bicep:3`). */
  through?: string;
}

/** What a Bicep entry file pulls in, found by reading sources before anything is compiled. */
export interface ReferenceScan {
  /** References that leave the allowed roots: the entry must not be compiled. */
  refused: InputError[];
  /** Registry artifacts that cannot be had (not cached, and not restorable here): the entry is not compiled. */
  notChecked: NotCheckedInput[];
  /** Registry artifacts that compiling will restore; after it, each must be in the cache. */
  pendingRestore: PendingRestore[];
  /** Local modules (absolute paths), followed transitively. */
  localModules: string[];
  /** A .bicepparam's template (absolute path). */
  usingTarget?: string;
  /** The module caches bicep may read for this entry: the default one, or the configured ones. */
  cacheRoots: string[];
}

/** How the workflow lets bicep reach registries. */
export interface RegistryPolicy {
  /** Restore missing registry modules (network), or use only what is cached. */
  restore: boolean;
  /** Registries (host names) that restores may contact. */
  allowedRegistries: string[];
}

/** Modules nest; a chain this deep is either a mistake or hostile. */
const maxModuleDepth = 32;

/** A module or import target that bicep reads as Bicep source (anything but an ARM JSON template). */
const isReadAsBicep = (target: string): boolean => !/\.jsonc?$/i.test(target);

const restoreFix =
  'run `bicep restore` on it with network access before the scan (or let the scan restore it)';

export interface SourceReader {
  /** The text of a file: from the scan's inputs when there, else read from disk within bounds. */
  read(path: string): string | { error: string };
  displayPath(path: string): string;
}

export function sourceReader(
  inputs: Map<string, { text: string; displayPath: string }>,
  limits: InputLimits,
): SourceReader {
  return {
    read(path) {
      const input = inputs.get(path);
      if (input) return input.text;
      try {
        if (statSync(path).size > limits.maxFileBytes)
          return { error: `larger than ${limits.maxFileBytes} bytes` };
        return readFileSync(path, 'utf8');
      } catch (error) {
        return { error: (error as NodeJS.ErrnoException).code ?? 'unreadable' };
      }
    },
    displayPath(path) {
      const input = inputs.get(path);
      if (input) return input.displayPath;
      const fromCwd = relative(process.cwd(), path);
      return fromCwd.startsWith('..') ? path : fromCwd;
    },
  };
}

/**
 * Where a registry reference is reported: in the entry file, so that each scanned file is listed
 * on its own. A reference written in a local module or a .bicepparam's template is reported at the
 * entry's line that leads to it, naming where it is written.
 */
interface EntryPlacement {
  file: string;
  line: number;
  through?: string;
}

/** "the registry module 'x' …", prefixed with where it is written when that is another file. */
export const throughPrefix = (through: string | undefined): string =>
  through === undefined ? '' : `through ${through}, `;

/** Decides what happens to one registry reference: cached, restored by compiling, or not checked. */
function judgeRegistryReference(
  reference: { target: string; kind: 'module' | 'extension' },
  placement: EntryPlacement,
  config: BicepConfig,
  policy: RegistryPolicy,
  scan: ReferenceScan,
): void {
  const parsed = parseRegistryReference(reference.target, config);
  const named = `'${reference.target}'`;
  const at = { file: placement.file, line: placement.line };
  const through = throughPrefix(placement.through);
  if (parsed.kind === 'invalid') return;
  if (parsed.kind === 'templateSpec') {
    scan.notChecked.push({
      ...at,
      reason: `${through}the template spec ${named} is restored from Azure, which needs Azure credentials that the scan does not use`,
      fix: 'check the template spec from its own source, or replace it with a local module or a registry module',
    });
    return;
  }
  const { artifact } = parsed;
  if (isRestored(config.cacheRoot, artifact, reference.kind)) return;
  const describedAt = `${through}the registry ${reference.kind} ${named} (${describeArtifact(artifact)}) is not in bicep's module cache (${config.cacheRoot})`;
  if (!policy.restore) {
    scan.notChecked.push({
      ...at,
      reason: `${describedAt}, and restoring is turned off`,
      fix: restoreFix,
    });
    return;
  }
  const registry = artifact.registry.toLowerCase();
  if (!policy.allowedRegistries.some((allowed) => allowed.toLowerCase() === registry)) {
    scan.notChecked.push({
      ...at,
      reason: `${describedAt}, and the registry ${artifact.registry} is not one the workflow allows restoring from (${policy.allowedRegistries.join(', ') || 'none'})`,
      fix: `allow it with --bicep-registry ${artifact.registry} (action input bicep-registries), or ${restoreFix}`,
    });
    return;
  }
  scan.pendingRestore.push({ artifact, kind: reference.kind, cacheRoot: config.cacheRoot, ...placement });
}

/**
 * Follows `module`, `using`, `import`, `extension` and `load*()` references from `entry` through
 * local files, and judges every registry reference against the cache and the workflow's policy.
 */
export function scanReferences(
  entry: string,
  roots: string[],
  reader: SourceReader,
  policy: RegistryPolicy,
  limits: Pick<InputLimits, 'maxFileBytes' | 'maxDepth'>,
): ReferenceScan {
  const scan: ReferenceScan = {
    refused: [],
    notChecked: [],
    pendingRestore: [],
    localModules: [],
    cacheRoots: [],
  };
  const configs = new Map<string, ConfigLookup>();
  const visited = new Set<string>([entry]);
  const entryFile = reader.displayPath(entry);
  /** `entryLine`: the entry's `module`/`using`/`import` line through which a followed file is reached. */
  const queue: { path: string; depth: number; entryLine?: number }[] = [{ path: entry, depth: 0 }];
  while (queue.length > 0) {
    const { path, depth, entryLine } = queue.shift() as (typeof queue)[number];
    const text = reader.read(path);
    if (typeof text !== 'string') continue;
    const file = reader.displayPath(path);
    const placeAt = (line: number): EntryPlacement =>
      entryLine === undefined
        ? { file, line }
        : { file: entryFile, line: entryLine, through: `${file}:${line}` };
    const directory = dirname(path);
    const lookup = configs.get(directory) ?? bicepConfigFor(directory, roots, limits);
    configs.set(directory, lookup);
    if ('refusal' in lookup) {
      scan.refused.push({ file, line: 1, message: `${lookup.refusal}; the file is not compiled` });
      continue;
    }
    const { config } = lookup;
    if (!scan.cacheRoots.includes(config.cacheRoot)) scan.cacheRoots.push(config.cacheRoot);
    const source = new BicepSource(text);
    if (source.truncated) {
      scan.refused.push({
        file,
        line: 1,
        message: 'the file is too large to inspect its references safely; it is not compiled',
      });
      continue;
    }
    for (const reference of source.references()) {
      if (reference.kind === 'configuredExtension') {
        const configured = reference.target === undefined ? undefined : config.extensions[reference.target];
        if (configured !== undefined && isRegistryReference(configured)) {
          judgeRegistryReference(
            { target: configured, kind: 'extension' },
            placeAt(reference.line),
            config,
            policy,
            scan,
          );
        }
        continue;
      }
      if (reference.target === undefined) {
        scan.refused.push({
          file,
          line: reference.line,
          message: `the ${reference.kind} path is not a plain string, so where it leads cannot be checked; the file is not compiled`,
        });
        continue;
      }
      if (isRegistryReference(reference.target)) {
        if (path === entry && reference.kind === 'using') {
          scan.notChecked.push({
            file,
            line: reference.line,
            reason: `its template is the registry module '${reference.target}', whose source lines the scan cannot point at`,
            fix: 'deploy it through a local .bicep file that uses the module, and scan that',
          });
        } else {
          const kind = reference.kind === 'extension' ? 'extension' : 'module';
          judgeRegistryReference(
            { target: reference.target, kind },
            placeAt(reference.line),
            config,
            policy,
            scan,
          );
        }
        continue;
      }
      const target = resolve(directory, reference.target);
      if (!isInsideRoots(target, roots)) {
        scan.refused.push({
          file,
          line: reference.line,
          message: `the ${reference.kind} path '${reference.target}' points outside the scanned directories; the file is not compiled`,
        });
        continue;
      }
      if (path === entry && reference.kind === 'using') scan.usingTarget = target;
      const followed = ['module', 'using', 'extends', 'import'].includes(reference.kind);
      if (!followed || visited.has(target) || !isReadAsBicep(target)) continue;
      if (depth >= maxModuleDepth) {
        scan.refused.push({
          file,
          line: reference.line,
          message: `references nest deeper than ${maxModuleDepth} files, so where they lead is not followed; the file is not compiled`,
        });
        continue;
      }
      visited.add(target);
      if (reference.kind === 'module') scan.localModules.push(target);
      queue.push({ path: target, depth: depth + 1, entryLine: entryLine ?? reference.line });
    }
  }
  return scan;
}
