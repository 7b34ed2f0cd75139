import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bicepFiles } from '../src/inputs/bicep/index.js';
import { bicepProcessStarts } from '../src/inputs/bicep/compiler.js';
import { defaultLimits } from '../src/inputs/input-format.js';
import { packageRoot } from '../src/package-root.js';
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
  },
};
