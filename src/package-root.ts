import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory holding our package.json and rules/, found from this module's own file
 * (src/ in development, dist/ or dist/cli/ in the bundles), never from the working
 * directory: a scanned repository must not be able to supply its own rules or tools.
 */
export function packageRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    if (existsSync(join(directory, 'rules')) && existsSync(join(directory, 'package.json'))) return directory;
    directory = dirname(directory);
  }
  throw new Error(
    `aks-cis-gate: cannot find the package root (rules/) above ${fileURLToPath(import.meta.url)}`,
  );
}
