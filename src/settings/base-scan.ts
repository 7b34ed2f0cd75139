import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { insideWorkspace } from '../github/workspace.js';
import { CannotRunError } from '../scan.js';

/**
 * Reads the base commit's tree in `directory` with the head's paths, for the CLI's --base and
 * the action alike. The base may lack what the head adds: literal paths it does not have are
 * left out, and a base where nothing matches is `empty` (so every head finding is new).
 */
export async function scanBaseTree<T>(
  directory: string,
  paths: readonly string[],
  read: (present: string[]) => Promise<T>,
  empty: T,
): Promise<T> {
  const present = paths.filter(
    (path) =>
      picomatch.scan(path).isGlob ||
      (existsSync(resolve(directory, path)) && insideWorkspace(directory, path) !== undefined),
  );
  if (paths.length > 0 && present.length === 0) return empty;
  try {
    return await read(present);
  } catch (error) {
    if (error instanceof CannotRunError) return empty;
    throw error;
  }
}
