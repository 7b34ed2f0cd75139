import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { InputContext, InputError } from '../input-format.js';
import { isTerraformSource } from './format.js';
import { scanHcl } from '../terraform-plan/hcl-positions.js';
import { readSource } from '../terraform-plan/terraform-sources.js';
import { parseHclFile, type HclBody } from './hcl.js';
import type { ModuleConfig } from './module-evaluator.js';

const asBodies = (value: unknown): HclBody[] =>
  Array.isArray(value)
    ? value.filter((item): item is HclBody => typeof item === 'object' && item !== null)
    : [];
const asLabelled = (value: unknown): [string, HclBody[]][] =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.entries(value).map(([label, bodies]) => [label, asBodies(bodies)])
    : [];

/** Where a module block starts, for a `notChecked` entry or an error about its source. */
export interface BlockPosition {
  file: string;
  line: number;
}

export interface LoadedModule {
  config: ModuleConfig;
  /** `module` blocks by name. */
  moduleCalls: Map<string, BlockPosition>;
  /** Resources by `type.name`. */
  resourcePositions: Map<string, BlockPosition>;
}

/** Reads every .tf file of one directory (a module), merging their blocks; parse errors name file and line. */
export async function loadModule(
  directory: string,
  context: InputContext,
  displayPathOf: (path: string) => string,
  errors: InputError[],
): Promise<LoadedModule> {
  const config: ModuleConfig = {
    directory,
    resources: new Map(),
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    moduleCalls: new Map(),
    providers: [],
  };
  const loaded: LoadedModule = { config, moduleCalls: new Map(), resourcePositions: new Map() };
  let names: string[];
  try {
    names = readdirSync(directory).filter(isTerraformSource).sort();
  } catch (error) {
    errors.push({
      file: displayPathOf(directory),
      message: `cannot read the directory: ${(error as Error).message}`,
    });
    return loaded;
  }
  for (const name of names) {
    const path = join(directory, name);
    const file = displayPathOf(path);
    const text = readSource(path, file, context, errors);
    if (text === undefined) continue;
    const parsed = await parseHclFile(name, text);
    if ('error' in parsed) {
      errors.push({ file, ...parsed.error });
      continue;
    }
    addBlocks(config, parsed.body);
    const positions = scanHcl(text, context.limits.maxDepth);
    for (const node of positions.blocks.get('module') ?? []) {
      loaded.moduleCalls.set(node.labels[0] ?? '', { file, line: node.line });
    }
    for (const node of positions.blocks.get('resource') ?? []) {
      loaded.resourcePositions.set(`${node.labels[0]}.${node.labels[1]}`, { file, line: node.line });
    }
  }
  return loaded;
}

function addBlocks(config: ModuleConfig, body: HclBody): void {
  const byType = typeof body.resource === 'object' && body.resource !== null ? body.resource : {};
  for (const [type, byName] of Object.entries(byType)) {
    for (const [name, bodies] of asLabelled(byName)) {
      const first = bodies[0];
      if (first !== undefined) config.resources.set(`${type}.${name}`, { type, name, body: first });
    }
  }
  for (const [name, bodies] of asLabelled(body.variable)) config.variables.set(name, bodies[0] ?? {});
  for (const [name, bodies] of asLabelled(body.output)) config.outputs.set(name, bodies[0] ?? {});
  for (const [name, bodies] of asLabelled(body.module)) config.moduleCalls.set(name, bodies[0] ?? {});
  for (const locals of asBodies(body.locals))
    for (const [name, raw] of Object.entries(locals)) config.locals.set(name, raw);
  for (const [name, bodies] of asLabelled(body.provider))
    for (const provider of bodies) config.providers.push({ name, body: provider });
}
