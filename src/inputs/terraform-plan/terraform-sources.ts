import { quoteInput } from '../../model/quote.js';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import type { FileLocation } from '../../model/location.js';
import type { InputContext, InputError, SourceFile } from '../input-format.js';
import { isTerraformSource } from '../terraform-source/format.js';
import { findHclNode, scanHcl, type HclNode } from './hcl-positions.js';
import {
  configModuleAt,
  lineLocator,
  objectsIn,
  type LineLocator,
  type PlanJson,
  type PlanResource,
} from './plan-json.js';

/** A path into a resource's plan values: argument and block names, block and list indexes. */
export type PlanPath = readonly (string | number)[];

/** Where a resource is, and the places inside it. */
export interface ResourceLocator {
  at(path?: PlanPath): FileLocation;
  /**
   * False when the resource has no `.tf` block and is located by its address in the plan: every
   * path inside it is then at that one place, and a reader need not work out which path it is.
   */
  readonly locatesPaths: boolean;
}

interface ResourceBlock {
  displayPath: string;
  node: HclNode;
}

interface ModuleSources {
  directory: string;
  /** `resource` blocks by `type.name`. */
  resources: Map<string, ResourceBlock>;
  /** `module` blocks by name, for the position of a refused module source. */
  moduleCalls: Map<string, ResourceBlock>;
}

/**
 * Maps plan addresses to `.tf` positions. The root module's sources are the plan's own
 * directory, or --terraform-dir; a module's are its local `source` directory, which must stay
 * inside the allowed roots. Registry and git modules have no local files: their resources are
 * located in the plan file by address.
 */
export class TerraformSources {
  readonly errors: InputError[] = [];
  private readonly plan: PlanJson;
  private readonly planFile: SourceFile;
  private readonly context: InputContext;
  private readonly modules = new Map<string, ModuleSources | undefined>();
  /** The addresses of the resources read: only theirs are looked for in the plan's text. */
  private readonly readAddresses: ReadonlySet<string>;
  private planAddressOffsets: Map<string, number> | undefined;
  private planLines: LineLocator | undefined;
  private installedModules: Map<string, string> | undefined;

  constructor(
    plan: PlanJson,
    planFile: SourceFile,
    context: InputContext,
    resources: readonly PlanResource[],
  ) {
    this.plan = plan;
    this.planFile = planFile;
    this.context = context;
    this.readAddresses = new Set(resources.map((resource) => resource.address));
  }

  /** The plan (for sources read without one, the root module's anchor file), as reports print it. */
  get inputFile(): string {
    return this.planFile.displayPath;
  }

  /** The `.tf` position of `path` inside the resource (nearest enclosing block or attribute), else the plan's. */
  locate(resource: PlanResource, path: PlanPath = []): FileLocation {
    return this.locatorFor(resource).at(path);
  }

  /**
   * `locate` for one resource, holding only that resource's `.tf` block or its place in the plan.
   * Model objects keep their locator until the scan ends; one that held these sources would keep
   * the whole parsed plan and its text in memory with them.
   */
  locatorFor(resource: PlanResource): ResourceLocator {
    const block = this.moduleSources(resource.modulePath)?.resources.get(resource.configAddress);
    const terraformAddress = resource.address;
    if (block === undefined) {
      const inPlan = { ...this.locateInPlan(resource.address), terraformAddress };
      return { at: () => ({ ...inPlan }), locatesPaths: false };
    }
    const { displayPath, node } = block;
    return {
      at: (path = []) => {
        const found = findHclNode(node, path);
        return { file: displayPath, line: found.line, column: found.column, terraformAddress };
      },
      locatesPaths: true,
    };
  }

  private moduleSources(modulePath: readonly string[]): ModuleSources | undefined {
    const key = modulePath.join('.');
    if (this.modules.has(key)) return this.modules.get(key);
    const directory = this.moduleDirectory(modulePath);
    const sources = directory === undefined ? undefined : this.scanDirectory(directory);
    this.modules.set(key, sources);
    return sources;
  }

  private moduleDirectory(modulePath: readonly string[]): string | undefined {
    const root = resolve(this.context.terraformDir ?? dirname(this.planFile.path));
    if (modulePath.length === 0) return root;
    const parentPath = modulePath.slice(0, -1);
    const name = modulePath[modulePath.length - 1] ?? '';
    const parent = this.moduleSources(parentPath);
    const source: unknown = configModuleAt(this.plan, parentPath)?.module_calls?.[name]?.source;
    if (parent === undefined || typeof source !== 'string') return undefined;
    // A local source is a path from the calling module; `terraform init` records where it put the others.
    const directory = /^\.\.?[/\\]/.test(source)
      ? resolve(parent.directory, source)
      : this.installedModule(root, modulePath);
    if (directory === undefined || this.isAllowed(directory)) return directory;
    const call = parent.moduleCalls.get(name);
    const callSource = call === undefined ? undefined : findHclNode(call.node, ['source']);
    this.errors.push({
      file: call?.displayPath ?? this.planFile.displayPath,
      line: callSource?.line ?? 1,
      column: callSource?.column,
      message: `module "${quoteInput(name)}" source "${quoteInput(source)}" points outside the scanned directories; its files are not read`,
    });
    return undefined;
  }

  /** The directory `terraform init` put a registry or git module in (`.terraform/modules/modules.json`). */
  private installedModule(root: string, modulePath: readonly string[]): string | undefined {
    this.installedModules ??= this.readInstalledModules(join(root, '.terraform', 'modules', 'modules.json'));
    const directory = this.installedModules.get(modulePath.join('.'));
    return directory === undefined ? undefined : resolve(root, directory);
  }

  private readInstalledModules(path: string): Map<string, string> {
    const directories = new Map<string, string>();
    const text = existsSync(path) ? this.readSource(path) : undefined;
    if (text === undefined) return directories;
    try {
      const manifest = JSON.parse(text) as { Modules?: unknown };
      for (const entry of objectsIn<{ Key?: unknown; Dir?: unknown }>(manifest.Modules)) {
        if (typeof entry.Key === 'string' && typeof entry.Dir === 'string')
          directories.set(entry.Key, entry.Dir);
      }
    } catch {
      this.errors.push({
        file: this.displayPathOf(path),
        message: 'not valid JSON; installed modules are not located',
      });
    }
    return directories;
  }

  private isAllowed(path: string): boolean {
    return isInsideRoots(path, this.context.allowedRoots);
  }

  private scanDirectory(directory: string): ModuleSources {
    const sources: ModuleSources = { directory, resources: new Map(), moduleCalls: new Map() };
    let names: string[];
    try {
      names = readdirSync(directory).filter(isTerraformSource).sort();
    } catch {
      return sources;
    }
    for (const name of names) {
      const path = join(directory, name);
      const text = this.readSource(path);
      if (text === undefined) continue;
      const displayPath = this.displayPathOf(path);
      const root = scanHcl(text, this.context.limits.maxDepth);
      for (const node of root.blocks.get('resource') ?? []) {
        sources.resources.set(`${node.labels[0]}.${node.labels[1]}`, { displayPath, node });
      }
      for (const node of root.blocks.get('module') ?? []) {
        sources.moduleCalls.set(node.labels[0] ?? '', { displayPath, node });
      }
    }
    return sources;
  }

  private readSource(path: string): string | undefined {
    return readSource(path, this.displayPathOf(path), this.context, this.errors);
  }

  private displayPathOf(path: string): string {
    return displayPathBeside(this.planFile, path);
  }

  private locateInPlan(address: string): FileLocation {
    this.planAddressOffsets ??= firstAddressOffsets(this.planFile.text, this.readAddresses);
    const offset = this.planAddressOffsets.get(address);
    this.planLines ??= lineLocator(this.planFile.text, lastOffset(this.planAddressOffsets) + 1);
    const position = offset === undefined ? { line: 1, column: 1 } : this.planLines(offset);
    return { file: this.planFile.displayPath, ...position, address };
  }
}

/** Display paths follow the given file's: relative to the same working directory, else absolute. */
export function displayPathBeside(file: SourceFile, path: string): string {
  if (isAbsolute(file.displayPath)) return path;
  const fromFile = relative(dirname(file.path), path).split(sep).join('/');
  const display = posix.normalize(posix.join(posix.dirname(file.displayPath), fromFile));
  return display.startsWith('..') ? path : display;
}

/** True when `path` (symlinks resolved) lies inside one of `roots`. */
export function isInsideRoots(path: string, roots: readonly string[]): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return false;
  }
  return roots.some((root) => {
    const relativePath = relative(realpathOrSelf(root), real);
    return relativePath === '' || (!relativePath.startsWith('..') && !isAbsolute(relativePath));
  });
}

/** A source file's text, unless it lies outside the scanned roots or over the size limit (an error then). */
export function readSource(
  path: string,
  file: string,
  context: InputContext,
  errors: InputError[],
): string | undefined {
  if (!isInsideRoots(path, context.allowedRoots)) {
    errors.push({ file, message: 'links outside the scanned directories; not read' });
    return undefined;
  }
  try {
    if (statSync(path).size > context.limits.maxFileBytes) {
      errors.push({ file, message: 'larger than the file size limit; not read' });
      return undefined;
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    errors.push({ file, message: `cannot read: ${(error as Error).message}` });
    return undefined;
  }
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

const addressKey = '"address"';
const colon = 0x3a;
const quote = 0x22;
const backslash = 0x5c;
const isJsonWhitespace = (code: number): boolean =>
  code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * Offset of the first `"address": "…"` of each of `addresses` (planned_values comes first in
 * Terraform's output). Found with indexOf rather than a regular expression over the whole text, and
 * only the addresses asked for are kept: a 50 MB plan names some 50,000 resources, of which a scan
 * reads a few thousand. The text is JSON that JSON.parse accepted, so only JSON whitespace can
 * stand around the colon, and an unescaped quote closes the value.
 */
export function firstAddressOffsets(text: string, addresses: ReadonlySet<string>): Map<string, number> {
  const offsets = new Map<string, number>();
  let at = text.indexOf(addressKey);
  while (at !== -1 && offsets.size < addresses.size) {
    let index = at + addressKey.length;
    while (isJsonWhitespace(text.charCodeAt(index))) index += 1;
    const hasColon = text.charCodeAt(index) === colon;
    if (hasColon) index += 1;
    while (hasColon && isJsonWhitespace(text.charCodeAt(index))) index += 1;
    if (!hasColon || text.charCodeAt(index) !== quote) {
      at = text.indexOf(addressKey, at + 1);
      continue;
    }
    const start = index + 1;
    let end = text.indexOf('"', start);
    while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
    if (end === -1) break;
    const raw = text.slice(start, end);
    // for_each keys are quoted inside addresses (`x["a"]`), escaped in JSON.
    const address = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    if (addresses.has(address) && !offsets.has(address)) offsets.set(address, at);
    at = text.indexOf(addressKey, end + 1);
  }
  return offsets;
}

function lastOffset(offsets: ReadonlyMap<string, number>): number {
  let last = 0;
  for (const offset of offsets.values()) last = Math.max(last, offset);
  return last;
}

/** A quote after an odd number of backslashes is part of the string. */
function isEscaped(text: string, quoteAt: number): boolean {
  let before = quoteAt - 1;
  while (text.charCodeAt(before) === backslash) before -= 1;
  return (quoteAt - 1 - before) % 2 === 1;
}
