import { inFile } from './check-testing.js';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Cluster, NodePool } from '../../src/model/cluster.js';
import type { Setting } from '../../src/model/setting.js';
import {
  type InputContext,
  type InputFormat,
  type InputResult,
  defaultLimits,
} from '../../src/inputs/input-format.js';
import { armTemplates } from '../../src/inputs/arm/format.js';

export interface ReadOptions {
  /** Directory that display paths are relative to, and the allowed root unless `roots` says otherwise. */
  cwd: string;
  roots?: string[];
  parameterFiles?: string[];
  bicepPath?: string;
  /** Anything else of the scan's context (bicep's restore policy, for example). */
  context?: Partial<InputContext>;
}

/** Reads files through one input format as a scan would hand them over. */
export async function readWith(
  format: InputFormat,
  paths: string[],
  options: ReadOptions,
): Promise<InputResult & { clusters: Cluster[] }> {
  const files = paths.map((path) => ({
    path,
    displayPath: relative(options.cwd, path),
    text: readFileSync(path, 'utf8'),
    explicit: true,
  }));
  const { detect } = await format.detection();
  const claimed = files.filter(detect);
  const result = await format.read(claimed, {
    allowedRoots: options.roots ?? [options.cwd],
    defaultNamespace: 'default',
    limits: defaultLimits,
    parameterFiles: options.parameterFiles ?? [],
    bicepPath: options.bicepPath,
    log: { info: () => undefined, warn: () => undefined },
    ...options.context,
  });
  return { ...result, clusters: result.model.clusters ?? [] };
}

/** Reads in-memory ARM files (display path → text) under small limits, as if found in `/x`. */
export function readArmText(files: Record<string, string>): Promise<InputResult> {
  const sourceFiles = Object.entries(files).map(([displayPath, text]) => ({
    path: `/x/${displayPath}`,
    displayPath,
    text,
    explicit: true,
  }));
  return armTemplates.read(sourceFiles, {
    allowedRoots: ['/x'],
    defaultNamespace: 'default',
    limits: {
      maxFileBytes: 1e6,
      maxDocumentBytes: 1e6,
      maxDocuments: 10,
      maxAliases: 10,
      maxDepth: 20,
      maxMergeKeys: 10,
    },
    parameterFiles: [],
    log: { info: () => undefined, warn: () => undefined },
  });
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export const lineOf = (text: string, needle: string): number =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

/** `set true @file:12`, `unset @file:3`, `unknown(reason) @file:7`: one string that a test can compare exactly. */
export function describeSetting(setting: Setting<unknown>): string {
  const where = `@${inFile(setting.location).file}:${inFile(setting.location).line}`;
  if (setting.state === 'set') return `set ${JSON.stringify(setting.value)} ${where}`;
  if (setting.state === 'unset') return `unset ${where}`;
  return `unknown(${setting.reason}) ${where}`;
}

export function clusterNamed(clusters: Cluster[], name: string): Cluster {
  const cluster = clusters.find((candidate) => candidate.name === name);
  if (cluster === undefined)
    throw new Error(`no cluster '${name}' among ${clusters.map((candidate) => candidate.name).join(', ')}`);
  return cluster;
}

export function poolNamed(cluster: Cluster, name: string): NodePool {
  const pool = cluster.nodePools.find((candidate) => candidate.name === name);
  if (pool === undefined) throw new Error(`no pool '${name}' in ${cluster.name}`);
  return pool;
}
