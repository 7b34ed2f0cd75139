import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/** The real path when it exists (a symlink is judged by where it leads), else the path as given. */
function realOrResolved(path: string): string {
  try {
    return realpathSync(resolve(path));
  } catch {
    return resolve(path);
  }
}

/** Whether `path` is `directory` or inside it. */
export function isWithin(path: string, directory: string): boolean {
  const real = realOrResolved(path);
  const realDirectory = realOrResolved(directory);
  return (
    real === realDirectory ||
    real.startsWith(realDirectory.endsWith(sep) ? realDirectory : realDirectory + sep)
  );
}

/**
 * Whether scanned content may read `path`: inside one of the roots, and never inside a
 * repository's .git, which holds what actions/checkout persists (an authorization header).
 */
export function isInsideRoots(path: string, roots: string[]): boolean {
  const real = realOrResolved(path);
  return roots.some(
    (root) => isWithin(real, root) && !relative(realOrResolved(root), real).split(sep).includes('.git'),
  );
}
