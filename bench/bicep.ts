import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bicepFiles } from '../src/inputs/bicep/format.js';
import { bicepProcessStarts, openBicepSession } from '../src/inputs/bicep/compiler.js';
import { findBicep } from '../src/inputs/bicep/find-bicep.js';
import { defaultLimits } from '../src/inputs/input-format.js';
import { packageRoot } from '../src/package-root.js';
import { publishedModules, seedPublishedModules } from '../test/bicep-cache.js';
import type { BenchContext, BenchSection } from './harness.js';

/** Issue 3's target: compiling and checking 50 templates costs at most 10 times one. */
export const bicepTargetRatio = 10;

export interface BicepBenchResult {
  templates: number;
  seconds: number;
  clusters: number;
  processStarts: number;
}

const templateFixture = join(packageRoot(), 'src', 'inputs', 'bicep', 'fixtures', 'cluster');

/** Reads `count` copies of the fixture cluster (template, module and .bicepparam each) through the Bicep input. */
async function compileAndRead(directory: string, count: number): Promise<BicepBenchResult> {
  const entries: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const copy = join(directory, `copy-${count}-${index}`);
    mkdirSync(copy, { recursive: true });
    cpSync(templateFixture, copy, { recursive: true });
    entries.push(
      join(copy, 'main.bicep'),
      join(copy, 'main.bicepparam'),
      join(copy, 'modules', 'diagnostics.bicep'),
    );
  }
  const files = entries.map((path) => ({
    path,
    displayPath: path,
    text: readFileSync(path, 'utf8'),
    explicit: true,
  }));
  const startsBefore = bicepProcessStarts();
  const started = performance.now();
  const result = await bicepFiles.read(files, {
    allowedRoots: [directory],
    defaultNamespace: 'default',
    limits: defaultLimits,
    parameterFiles: [],
    log: { info: () => undefined, warn: () => undefined },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.errors.length > 0)
    throw new Error(`the bench templates did not compile: ${JSON.stringify(result.errors[0])}`);
  return {
    templates: count,
    seconds,
    clusters: result.model.clusters?.length ?? 0,
    processStarts: bicepProcessStarts() - startsBefore,
  };
}

/** Compile-and-check time for 1, 10 and 50 templates, each run starting the compiler afresh. */
export async function benchBicep(
  workDirectory: string,
  counts: readonly number[] = [1, 10, 50],
): Promise<BicepBenchResult[]> {
  const results: BicepBenchResult[] = [];
  for (const count of counts) results.push(await compileAndRead(join(workDirectory, 'bicep'), count));
  return results;
}

export interface ModuleBenchResult {
  name: string;
  /** The first read: bicep starts, then compiles. */
  coldSeconds: number;
  /** The same read again on the running process: the compile and check alone. */
  warmSeconds: number;
  clusters: number;
}

/** A cluster through the Azure Verified Module, its cache seeded inside the repository (offline). */
const avmTemplate = `module aks '${publishedModules.managedCluster.reference}' = {
  name: 'aks'
  params: {
    name: 'aks-avm'
    primaryAgentPoolProfiles: [
      {
        name: 'system'
        count: 1
        vmSize: 'Standard_DS2_v2'
        mode: 'System'
      }
    ]
    disableLocalAccounts: true
  }
}
`;

async function readTwice(name: string, directory: string, entry: string): Promise<ModuleBenchResult> {
  const bicep = findBicep(undefined);
  if ('error' in bicep) throw new Error(bicep.error);
  const session = openBicepSession(bicep.path);
  const file = { path: entry, displayPath: entry, text: readFileSync(entry, 'utf8'), explicit: true };
  const readOnce = async () => {
    const started = performance.now();
    const result = await bicepFiles.read([file], {
      allowedRoots: [directory],
      defaultNamespace: 'default',
      limits: defaultLimits,
      parameterFiles: [],
      bicepCompiler: session.compiler,
      bicepRestore: false,
      log: { info: () => undefined, warn: () => undefined },
    });
    if (result.errors.length > 0 || (result.notChecked ?? []).length > 0)
      throw new Error(
        `${name} was not checked: ${JSON.stringify([...result.errors, ...(result.notChecked ?? [])][0])}`,
      );
    return { seconds: (performance.now() - started) / 1000, clusters: result.model.clusters?.length ?? 0 };
  };
  try {
    const cold = await readOnce();
    const warm = await readOnce();
    return { name, coldSeconds: cold.seconds, warmSeconds: warm.seconds, clusters: warm.clusters };
  } finally {
    session.close();
  }
}

/** One plain .bicep cluster against one that uses the AVM managed-cluster module from a seeded cache. */
export async function benchRegistryModule(workDirectory: string): Promise<ModuleBenchResult[]> {
  const plain = join(workDirectory, 'bicep-plain');
  mkdirSync(plain, { recursive: true });
  cpSync(templateFixture, plain, { recursive: true });
  const avm = join(workDirectory, 'bicep-avm');
  mkdirSync(avm, { recursive: true });
  seedPublishedModules(join(avm, '.bicep-cache'));
  writeFileSync(
    join(avm, 'bicepconfig.json'),
    JSON.stringify({ cacheRootDirectory: join(avm, '.bicep-cache') }),
  );
  writeFileSync(join(avm, 'main.bicep'), avmTemplate);
  return [
    await readTwice(
      'plain .bicep (a managedClusters resource and a local module)',
      plain,
      join(plain, 'main.bicep'),
    ),
    await readTwice('.bicep using AVM managed-cluster 0.10.1 (cached)', avm, join(avm, 'main.bicep')),
  ];
}

export const bicepBench: BenchSection = {
  name: 'Bicep: compile and check',
  async run({ workDirectory, print }: BenchContext) {
    const results = await benchBicep(workDirectory);
    const single = results[0]?.seconds ?? 0;
    print('| templates | seconds | clusters | bicep processes | cost vs. 1 |');
    print('|---:|---:|---:|---:|---:|');
    for (const result of results) {
      const ratio = single > 0 ? (result.seconds / single).toFixed(1) : 'n/a';
      print(
        `| ${result.templates} | ${result.seconds.toFixed(2)} | ${result.clusters} | ${result.processStarts} | ${ratio}× |`,
      );
    }
    const fifty = results.find((result) => result.templates === 50);
    if (fifty !== undefined) {
      const within = fifty.seconds <= bicepTargetRatio * single;
      print(`\nTarget: 50 templates at most ${bicepTargetRatio}× one: ${within ? 'met' : 'NOT met'}.`);
    }
    print('\n| one template | first read (bicep starts) | again, same process | clusters |');
    print('|---|---:|---:|---:|');
    for (const result of await benchRegistryModule(workDirectory)) {
      print(
        `| ${result.name} | ${result.coldSeconds.toFixed(2)} s | ${result.warmSeconds.toFixed(2)} s | ${result.clusters} |`,
      );
    }
  },
};
