import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every .json and .jsonc fixture in the repository: real templates, parameter files, plans, manifests. */
export function fixtureTexts(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : fixtureTexts(path);
    return /\.jsonc?$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}
