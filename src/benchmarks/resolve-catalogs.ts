// Reads rules/*.yaml for the generator (`npm run docs`) and the tests; the product loads what it
// wrote (load-catalogs.ts), so a scan loads neither this reader nor the catalogs' validator.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { load } from 'js-yaml';
import { packageRoot } from '../package-root.js';
// rules/schema.json, compiled by ajv ahead of time (catalog-validator-source.ts).
import validateCatalogFile from './catalog-file-validator.generated.js';
import { checkFixes } from './check-fixes.js';
import type {
  BenchmarkFamily,
  Catalog,
  CatalogHeader,
  CatalogRule,
  CatalogSection,
  RuleFix,
} from './catalog.js';

/** What a version changes in its base catalog (rules/schema.json `changes`). */
interface CatalogChanges {
  remove?: string[];
  renumber?: Record<string, string>;
  update?: Array<Partial<CatalogRule> & { id: string }>;
  add?: Array<{ after: string; rules: CatalogRule[] }>;
}

/** One rules/*.yaml file: a whole catalog, or a base catalog plus this version's changes. */
type CatalogFile = CatalogHeader &
  ({ sections: CatalogSection[]; rules: CatalogRule[] } | { extends: string; changes: CatalogChanges });

interface ParsedFile {
  path: string;
  content: CatalogFile;
}

/** The directory of the rows files that `npm run docs` writes (`<catalog id>.json` each). */
export const catalogRowsDirectory = join(packageRoot(), 'src', 'benchmarks', 'catalog-rows');

/** The module that `npm run docs` writes: every catalog's header, and where its rows file is. */
export const catalogHeadersPath = join(packageRoot(), 'src', 'benchmarks', 'catalogs.generated.ts');

/**
 * What `npm run docs` writes for the tool to load (loadCatalogs()), each file's path and text: one
 * JSON file per catalog holding its sections and rules, and a module holding every catalog's
 * header with a literal `new URL` of its rows file, so that the bundler ships each file beside
 * the bundle. A scan reads the headers to choose its benchmarks, then only the chosen catalogs'
 * files (issue 12: the six catalogs in one 309 kB file cost a small scan a read and a string of it
 * in fresh memory, about 130 page faults).
 */
export function resolvedCatalogFiles(catalogs: readonly Catalog[]): { path: string; text: string }[] {
  const entries = catalogs.map(({ sections, rules, ...header }) => {
    const rowsFile = `./catalog-rows/${header.id}.json`;
    return [
      '  {',
      `    header: ${JSON.stringify(header)},`,
      `    rows: () => new URL(${JSON.stringify(rowsFile)}, import.meta.url),`,
      '  },',
    ].join('\n');
  });
  const headers = [
    '// Written by `npm run docs` from rules/ (resolve-catalogs.ts); a test fails when it is stale.',
    "import type { CatalogHeader } from './catalog.js';",
    '',
    'export const catalogFiles: readonly { header: CatalogHeader; rows: () => URL }[] = [',
    ...entries,
    '];',
    '',
  ].join('\n');
  return [
    { path: catalogHeadersPath, text: headers },
    ...catalogs.map(({ id, sections, rules }) => ({
      path: join(catalogRowsDirectory, `${id}.json`),
      text: `${JSON.stringify({ sections, rules })}\n`,
    })),
  ];
}

const familyOrder: BenchmarkFamily[] = ['cis-kubernetes', 'cis-aks', 'cis-azure-linux'];

/**
 * The catalogs in `directory`, validated against our own rules/schema.json. For the generator
 * and tests; the product reads the package's rules/ as resolved by the generator, through
 * loadCatalogs(). A broken catalog is our bug, so this throws, naming the file.
 */
export function loadCatalogsFrom(directory: string): Catalog[] {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => parseCatalogFile(join(directory, name)));
  const filesById = new Map<string, ParsedFile>();
  for (const file of files) {
    const previous = filesById.get(file.content.id);
    if (previous) fail(file.path, `catalog id ${file.content.id} is also used by ${previous.path}`);
    filesById.set(file.content.id, file);
  }
  const resolved = new Map<string, Catalog>();
  const resolve = (file: ParsedFile, extendedBy: string[]): Catalog => {
    const done = resolved.get(file.content.id);
    if (done) return done;
    if (extendedBy.includes(file.content.id)) {
      fail(
        file.path,
        `catalogs extend each other in a cycle: ${[...extendedBy, file.content.id].join(' -> ')}`,
      );
    }
    const catalog = resolveCatalog(file, (baseId) => {
      const base = filesById.get(baseId);
      if (!base) fail(file.path, `extends ${baseId}, which no file in ${directory} defines`);
      return resolve(base, [...extendedBy, file.content.id]);
    });
    checkConsistency(catalog, file.path);
    resolved.set(catalog.id, catalog);
    return catalog;
  };
  return files.map((file) => withCheckFixes(resolve(file, []))).sort(compareCatalogs);
}

function parseCatalogFile(path: string): ParsedFile {
  let content: unknown;
  try {
    content = load(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(path, error instanceof Error ? error.message : String(error));
  }
  if (!validateCatalogFile(content)) fail(path, describeSchemaErrors(validateCatalogFile.errors, content));
  return { path, content: content as CatalogFile };
}

function describeSchemaErrors(errors: ErrorObject[] | null | undefined, content: unknown): string {
  const [first] = errors ?? [];
  if (!first) return 'does not match rules/schema.json';
  const details = 'additionalProperty' in first.params ? ` (${String(first.params.additionalProperty)})` : '';
  const rule = idAlong(content, first.instancePath);
  return `${first.instancePath || '/'}${rule ? ` (rule ${rule})` : ''} ${first.message ?? 'is invalid'}${details}`;
}

/** The id of the innermost row on a JSON pointer like `/rules/111`, so the message names the rule. */
function idAlong(content: unknown, pointer: string): string | undefined {
  let id: string | undefined;
  let node = content;
  for (const segment of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) break;
    node = (node as Record<string, unknown>)[segment];
    const candidate = (node as { id?: unknown } | undefined)?.id;
    if (typeof candidate === 'string') id = candidate;
  }
  return id;
}

/**
 * Each row takes the fix of the checks that decide it (check-fixes.ts), language by language;
 * the row's own `fix:` wins where it has one.
 */
function withCheckFixes(catalog: Catalog): Catalog {
  const rules = catalog.rules.map((rule) => {
    const fromChecks = [...(rule.checks ?? [])].reverse().map((check) => checkFixes[check] ?? {});
    const fix = Object.assign({}, ...fromChecks, rule.fix) as RuleFix;
    return Object.keys(fix).length === 0 ? rule : { ...rule, fix };
  });
  return { ...catalog, rules };
}

function resolveCatalog(file: ParsedFile, baseCatalog: (id: string) => Catalog): Catalog {
  const { id, family, title, version, source, kubernetes } = file.content;
  const header = { id, family, title, version, source, ...(kubernetes ? { kubernetes } : {}) };
  if ('rules' in file.content)
    return { ...header, sections: file.content.sections, rules: file.content.rules };
  const base = baseCatalog(file.content.extends);
  if (base.family !== family) fail(file.path, `extends ${base.id} of family ${base.family}, not ${family}`);
  return { ...header, ...applyChanges(base, file.content.changes, file.path) };
}

function applyChanges(
  base: Catalog,
  changes: CatalogChanges,
  path: string,
): Pick<Catalog, 'sections' | 'rules'> {
  const removed = new Set(changes.remove);
  const ruleIds = new Set(base.rules.map((rule) => rule.id));
  const sectionIds = new Set(base.sections.map((section) => section.id));
  for (const id of removed) if (!ruleIds.has(id)) fail(path, `removes ${id}, which ${base.id} does not have`);
  const renumbering = changes.renumber ?? {};
  for (const id of Object.keys(renumbering)) {
    if (!ruleIds.has(id) && !sectionIds.has(id))
      fail(path, `renumbers ${id}, which ${base.id} does not have`);
  }
  const renumber = (id: string): string => renumbering[id] ?? id;
  const sections = base.sections.map((section) => ({ ...section, id: renumber(section.id) }));
  const rules = base.rules
    .filter((rule) => !removed.has(rule.id))
    .map((rule) => ({ ...rule, id: renumber(rule.id), section: renumber(rule.section) }));
  const indexOf = (id: string, change: string): number => {
    const index = rules.findIndex((rule) => rule.id === id);
    if (index < 0) fail(path, `${change} ${id}, which is not in ${base.id} after removals and renumbering`);
    return index;
  };
  for (const update of changes.update ?? []) {
    const index = indexOf(update.id, 'updates');
    rules[index] = { ...(rules[index] as CatalogRule), ...update };
  }
  for (const addition of changes.add ?? []) {
    rules.splice(indexOf(addition.after, 'adds rows after') + 1, 0, ...addition.rules);
  }
  return { sections, rules };
}

function checkConsistency(catalog: Catalog, path: string): void {
  const sectionIds = new Set<string>();
  for (const section of catalog.sections) {
    if (sectionIds.has(section.id)) fail(path, `section ${section.id} appears twice`);
    sectionIds.add(section.id);
  }
  const ruleIds = new Set<string>();
  for (const rule of catalog.rules) {
    if (ruleIds.has(rule.id)) fail(path, `rule ${rule.id} appears twice`);
    if (!sectionIds.has(rule.section))
      fail(path, `rule ${rule.id} is in section ${rule.section}, which is not listed`);
    ruleIds.add(rule.id);
  }
}

function compareCatalogs(left: Catalog, right: Catalog): number {
  const byFamily = familyOrder.indexOf(left.family) - familyOrder.indexOf(right.family);
  return byFamily || compareVersions(left.version, right.version);
}

/** `1.11.1` after `1.8`, `3.0-v1.0` after `2.0-v1.0`: numbers compared one by one. */
function compareVersions(left: string, right: string): number {
  const leftNumbers = left.match(/\d+/g)?.map(Number) ?? [];
  const rightNumbers = right.match(/\d+/g)?.map(Number) ?? [];
  for (let index = 0; index < Math.max(leftNumbers.length, rightNumbers.length); index += 1) {
    const difference = (leftNumbers[index] ?? 0) - (rightNumbers[index] ?? 0);
    if (difference) return difference;
  }
  return 0;
}

function fail(path: string, message: string): never {
  throw new Error(`aks-cis-gate: invalid catalog ${path}: ${message}`);
}
