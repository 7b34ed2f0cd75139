import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { packageRoot } from '../../package-root.js';

// Apart from compiler.ts, so that finding the executable (the action checks where it is before
// it scans) does not load the language-server client.

export const installHint =
  'install it with `npm run install-bicep` (in a clone of aks-cis-gate), download it from https://github.com/Azure/bicep/releases, or pass --bicep-path / set BICEP_PATH';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where the bicep executable is: --bicep-path, BICEP_PATH, .tools/bicep/bicep under the package, then PATH. */
export function findBicep(explicitPath: string | undefined): { path: string } | { error: string } {
  const requested = explicitPath ?? process.env.BICEP_PATH;
  if (requested !== undefined && requested !== '') {
    return isExecutable(requested)
      ? { path: requested }
      : { error: `the bicep CLI at ${requested} is missing or not executable; ${installHint}` };
  }
  const bundled = join(packageRoot(), '.tools', 'bicep', 'bicep');
  if (isExecutable(bundled)) return { path: bundled };
  const found = findOnPath('bicep');
  return found === undefined
    ? { error: `the bicep CLI was not found, so .bicep files cannot be compiled; ${installHint}` }
    : { path: found };
}

/** The executable that a command name without a slash runs: the first on PATH. */
export function findOnPath(command: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((directory) => join(directory, command))
    .find(isExecutable);
}
