import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The real path of `path`, resolving symlinks in the part of it that exists. */
function realPathOf(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPathOf(parent), basename(path));
}

/**
 * `path` relative to the workspace, or undefined when it leaves the workspace, through
 * `..`, an absolute path or a symlink. Every read and write of the action goes through here.
 */
export function insideWorkspace(workspace: string, path: string): string | undefined {
  const root = realPathOf(resolve(workspace));
  const relativePath = relative(root, realPathOf(resolve(workspace, path)));
  const leaves = relativePath === '..' || relativePath.startsWith(`..${sep}`) || isAbsolute(relativePath);
  return leaves ? undefined : relativePath;
}
