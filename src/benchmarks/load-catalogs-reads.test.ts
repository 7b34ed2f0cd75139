import { fileURLToPath } from 'node:url';
import { expect, test, vi } from 'vitest';

/** The files that node:fs's readFileSync was asked for, in order. */
const filesRead: string[] = [];

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    filesRead.push(file instanceof URL ? fileURLToPath(file) : String(file));
    return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

// Issue 12: the six catalogs in one file made every scan read all of them (309 kB) to take six
// header lines and one catalog's rows.
test("loading the catalogs reads no file, and a catalog's rules read its own rows file alone", async () => {
  const { loadCatalogs } = await import('./load-catalogs.js');
  const catalogs = loadCatalogs();
  expect(filesRead).toEqual([]);
  const chosen = catalogs.find(({ id }) => id === 'cis-kubernetes-v1.12.0');
  expect(chosen?.rules.length).toBeGreaterThan(100);
  expect(chosen?.sections.length).toBeGreaterThan(10);
  expect(filesRead.map((file) => file.split(/[\\/]/).slice(-2).join('/'))).toEqual([
    'catalog-rows/cis-kubernetes-v1.12.0.json',
  ]);
});
