import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { discoverFiles } from '../inputs/discover.js';
import { defaultLimits, type InputContext } from '../inputs/input-format.js';
import { packageRoot } from '../package-root.js';
import { groupFiles, shardDiscovery, shardOfKey } from './partition.js';
import { parseShard } from './shard.js';

const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-partition-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const fixtures = join(packageRoot(), 'src', 'inputs');
cpSync(join(fixtures, 'bicep', 'fixtures', 'cluster'), join(directory, 'bicep'), { recursive: true });
cpSync(join(fixtures, 'terraform-plan', 'fixtures', 'cluster'), join(directory, 'terraform'), {
  recursive: true,
});
const schema = (kind: string) => `https://schema.management.azure.com/schemas/2019-04-01/${kind}.json#`;
writeFileSync(
  join(directory, 'aks.json'),
  JSON.stringify({ $schema: schema('deploymentTemplate'), contentVersion: '1.0.0.0', resources: [] }),
);
writeFileSync(
  join(directory, 'aks.parameters.prod.json'),
  JSON.stringify({ $schema: schema('deploymentParameters'), contentVersion: '1.0.0.0', parameters: {} }),
);
for (const name of ['a', 'b', 'c'])
  writeFileSync(join(directory, `${name}.yaml`), 'apiVersion: v1\nkind: Namespace\n');

const context: InputContext = {
  allowedRoots: [directory],
  defaultNamespace: 'default',
  limits: defaultLimits,
  parameterFiles: [],
  log: { info: () => undefined, warn: () => undefined },
};

async function discovered() {
  return discoverFiles(['.'], { cwd: directory, limits: defaultLimits });
}

describe('groups of files a shard reads together', () => {
  test('a .bicepparam with its template and module, a plan with its .tf, a template with its parameter file', async () => {
    const groups = (await groupFiles((await discovered()).files, context)).map((group) =>
      group.map((file) => file.displayPath).sort(),
    );
    expect(groups.sort()).toEqual(
      [
        ['a.yaml'],
        ['aks.json', 'aks.parameters.prod.json'],
        ['b.yaml'],
        ['bicep/main.bicep', 'bicep/main.bicepparam', 'bicep/modules/diagnostics.bicep'],
        ['c.yaml'],
        ['terraform/main.tf', 'terraform/plan.json'],
      ].sort(),
    );
  });

  test('every file goes to exactly one shard, by its group', async () => {
    const discovery = await discovered();
    const shards = await Promise.all(
      [1, 2, 3].map((index) => shardDiscovery(discovery, { index, count: 3 }, context)),
    );
    const read = shards.flatMap((shard) => shard.files.map((file) => file.displayPath));
    expect(read.sort()).toEqual(discovery.files.map((file) => file.displayPath).sort());
    const holderOf = (path: string) =>
      shards.findIndex((shard) => shard.files.some((file) => file.displayPath === path));
    expect(holderOf('bicep/modules/diagnostics.bicep')).toBe(holderOf('bicep/main.bicepparam'));
    expect(holderOf('aks.parameters.prod.json')).toBe(holderOf('aks.json'));
  });
});

describe('shard numbers', () => {
  test('a key hashes to the same shard every time, between 1 and N', () => {
    const keys = Array.from({ length: 200 }, (_, index) => `deploy/app-${index}.yaml`);
    const shards = keys.map((key) => shardOfKey(key, 4));
    expect(keys.map((key) => shardOfKey(key, 4))).toEqual(shards);
    expect(new Set(shards)).toEqual(new Set([1, 2, 3, 4]));
    expect(keys.every((key) => shardOfKey(key, 1) === 1)).toBe(true);
  });

  test('I/N parses with 1 ≤ I ≤ N only', () => {
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    for (const wrong of ['0/4', '5/4', '-1/4', '1/0', '1', '1/2/3', ' /4'])
      expect(parseShard(wrong)).toBeUndefined();
  });
});
