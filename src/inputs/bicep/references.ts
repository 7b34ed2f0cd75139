import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { InputError, InputLimits, SkippedFile } from '../input-format.js';
import { BicepSource, isRegistryReference } from './bicep-source.js';

/** What a Bicep entry file pulls in, found by reading sources before anything is compiled. */
export interface ReferenceScan {
  /** References that leave the allowed roots: the entry must not be compiled. */
  refused: InputError[];
  /** Registry modules that are not restored locally: the entry cannot be compiled offline. */
  unrestored: SkippedFile[];
  /** Local .bicep modules (absolute paths), followed transitively. */
  localModules: string[];
  /** A .bicepparam's template (absolute path). */
  usingTarget?: string;
}

/** Modules nest; a chain this deep is either a mistake or hostile. */
const maxModuleDepth = 32;

function isInsideRoots(path: string, roots: string[]): boolean {
  let real = resolve(path);
  try {
    // A symlink inside a root may point anywhere: judge where it leads.
    real = realpathSync(real);
  } catch {
    // A file that does not exist yet is judged by its path; the compiler reports it missing.
  }
  return roots.some((root) => {
    let realRoot = resolve(root);
    try {
      realRoot = realpathSync(realRoot);
    } catch {
      // Keep the path as given.
    }
    const inside = real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
    // A repository's .git holds what actions/checkout persists (an authorization header): never read.
    return inside && !relative(realRoot, real).split(sep).includes('.git');
  });
}

/**
 * Whether bicep's default module cache (~/.bicep/br/<registry>/<repository with $>/<tag>$)
 * holds a registry module, so the compiler can use it without the network.
 */
function isRestoredLocally(target: string): boolean {
  const publicModule = /^br\/public:(.+):([^:/]+)$/i.exec(target);
  const registryModule = /^br:([^/]+)\/(.+):([^:/]+)$/i.exec(target);
  const [registry, repository, tag] = publicModule
    ? ['mcr.microsoft.com', `bicep/${publicModule[1]}`, publicModule[2]]
    : registryModule
      ? [registryModule[1], registryModule[2], registryModule[3]]
      : [];
  if (registry === undefined || repository === undefined || tag === undefined) return false;
  return existsSync(
    join(homedir(), '.bicep', 'br', registry, repository.replaceAll('/', '$'), `${tag}$`, 'main.json'),
  );
}

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

/** Follows `module`, `using`, `import` and `load*()` references from `entry` through local files. */
export function scanReferences(entry: string, roots: string[], reader: SourceReader): ReferenceScan {
  const scan: ReferenceScan = { refused: [], unrestored: [], localModules: [] };
  const visited = new Set<string>([entry]);
  const queue: { path: string; depth: number }[] = [{ path: entry, depth: 0 }];
  while (queue.length > 0) {
    const { path, depth } = queue.shift() as { path: string; depth: number };
    const text = reader.read(path);
    if (typeof text !== 'string') continue;
    const file = reader.displayPath(path);
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
      if (reference.target === undefined) {
        scan.refused.push({
          file,
          line: reference.line,
          message: `the ${reference.kind} path is not a plain string, so where it leads cannot be checked; the file is not compiled`,
        });
        continue;
      }
      if (isRegistryReference(reference.target)) {
        if (!isRestoredLocally(reference.target)) {
          scan.unrestored.push({
            file,
            reason: `line ${reference.line}: the registry module '${reference.target}' cannot be restored without network access, so it is not checked`,
          });
        }
        continue;
      }
      const target = resolve(dirname(path), reference.target);
      if (!isInsideRoots(target, roots)) {
        scan.refused.push({
          file,
          line: reference.line,
          message: `the ${reference.kind} path '${reference.target}' points outside the scanned directories; the file is not compiled`,
        });
        continue;
      }
      if (path === entry && reference.kind === 'using') scan.usingTarget = target;
      const followed =
        reference.kind === 'module' ||
        reference.kind === 'using' ||
        reference.kind === 'extends' ||
        reference.kind === 'import';
      if (!followed || visited.has(target) || !target.toLowerCase().endsWith('.bicep')) continue;
      visited.add(target);
      if (reference.kind === 'module') scan.localModules.push(target);
      if (depth < maxModuleDepth) queue.push({ path: target, depth: depth + 1 });
    }
  }
  return scan;
}
