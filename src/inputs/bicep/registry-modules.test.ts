import { inFile } from '../../../test/support/check-testing.js';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { publishedModules, seedModule, seedPublishedModules } from '../../../test/bicep-cache.js';
import { clusterNamed, describeSetting, readWith } from '../../../test/support/arm.js';
import { type BicepSession, openBicepSession } from './compiler.js';
import { findBicep } from './find-bicep.js';
import { bicepFiles } from './format.js';
import { artifactDirectory, encodeTag } from './registry-modules.js';

describe("bicep's module cache layout (BicepRegistryArtifact.cs, TagEncoder.cs)", () => {
  test('a tag keeps its case and records its upper-case letters as a hex mask after `$`', () => {
    expect(['0.10.1', 'v1.0.0-Beta', 'ABC'].map(encodeTag)).toEqual(['0.10.1$', 'v1.0.0-Beta$80', 'ABC$7']);
    expect(encodeTag(`${'a'.repeat(64)}B`)).toBe(`${'a'.repeat(64)}B$10000000000000000`);
  });

  test('registry lower-cased with `:` as `$`, repository `/` as `$`, a digest with `#`', () => {
    expect(
      artifactDirectory('/c', {
        registry: 'Example.azurecr.io:5000',
        repository: 'a/b',
        digest: 'sha256:ab',
      }),
    ).toBe('/c/br/example.azurecr.io$5000/a$b/sha256#ab');
  });
});

const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'bicep-registry-')));
let session: BicepSession;
beforeAll(() => {
  const bicep = findBicep(undefined);
  if ('error' in bicep) throw new Error(`bicep is required for these tests: ${bicep.error}`);
  session = openBicepSession(bicep.path);
});
afterAll(() => {
  session.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A repository whose bicepconfig.json points bicep at a cache inside it, as a team pins its modules. */
function repositoryWithCache(name: string, main: string): { root: string; cache: string } {
  const root = join(scratch, name);
  const cache = join(root, '.bicep-cache');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'bicepconfig.json'), JSON.stringify({ cacheRootDirectory: cache }));
  writeFileSync(join(root, 'main.bicep'), main);
  return { root, cache };
}

const avmCluster = `param location string = 'westeurope'

module aks '${publishedModules.managedCluster.reference}' = {
  name: 'aks'
  params: {
    name: 'aks-avm'
    location: location
    primaryAgentPoolProfiles: [
      {
        name: 'system'
        count: 1
        vmSize: 'Standard_DS2_v2'
        mode: 'System'
      }
    ]
    disableLocalAccounts: false
  }
}
`;

const readOffline = (root: string, paths: string[]) =>
  readWith(
    bicepFiles,
    paths.map((path) => join(root, path)),
    { cwd: root, context: { bicepCompiler: session.compiler, bicepRestore: false } },
  );

describe('Azure Verified Modules from a seeded cache (offline)', () => {
  let result: Awaited<ReturnType<typeof readOffline>>;
  let root: string;
  beforeAll(async () => {
    const repository = repositoryWithCache('avm', avmCluster);
    root = repository.root;
    seedPublishedModules(repository.cache);
    result = await readOffline(root, [
      'main.bicep',
      'bicepconfig.json',
      '.bicep-cache/br/mcr.microsoft.com/bicep$avm$res$container-service$managed-cluster/0.10.1$/main.json',
    ]);
  });

  test('the module compiles from the cache; its own agent-pool module makes no phantom cluster', () => {
    expect(result.errors).toEqual([]);
    expect(result.notChecked).toEqual([]);
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['aks-avm']);
  });

  test("a value the user's file passes as a module parameter points at that parameter's line", () => {
    const cluster = clusterNamed(result.clusters, 'aks-avm');
    expect(describeSetting(cluster.localAccountsDisabled)).toBe('set false @main.bicep:16');
  });

  test("a value the module's own default decides points at the module declaration and says so", () => {
    const cluster = clusterNamed(result.clusters, 'aks-avm');
    expect(describeSetting(cluster.keyVaultSecretsProviderEnabled)).toBe('set false @main.bicep:3');
    expect(inFile(cluster.keyVaultSecretsProviderEnabled.location).template).toBe(
      `${publishedModules.managedCluster.reference} (the module's default)`,
    );
    // Never into the cache.
    const locatedFiles = (item: object): string[] =>
      Object.values(item).flatMap(
        (value: { location?: { file: string } } | null) => value?.location?.file ?? [],
      );
    const files = result.clusters.flatMap((found) => [
      ...locatedFiles(found),
      ...found.nodePools.flatMap(locatedFiles),
    ]);
    expect(new Set(files)).toEqual(new Set(['main.bicep']));
  });

  test("a compiled module inside the repository's cache is not read as the repository's own template", () => {
    expect(result.skipped).toEqual([
      {
        file: '.bicep-cache/br/mcr.microsoft.com/bicep$avm$res$container-service$managed-cluster/0.10.1$/main.json',
        reason:
          "a registry module in bicep's module cache: it is checked through the Bicep files that use it",
      },
    ]);
  });

  test('a type imported from a registry module compiles from the cache too', async () => {
    const repository = repositoryWithCache(
      'avm-types',
      `import { lockType } from '${publishedModules.commonTypes.reference}'\n\nparam lock lockType?\n${avmCluster}`,
    );
    seedPublishedModules(repository.cache);
    const typed = await readOffline(repository.root, ['main.bicep']);
    expect(typed.errors).toEqual([]);
    expect(typed.clusters.map((cluster) => cluster.name)).toEqual(['aks-avm']);
  });
});

describe('a module counts as cached only with main.json, manifest and metadata, as bicep decides', () => {
  test.each([[['main.json'] as const], [['main.json', 'manifest'] as const]])(
    'a cache entry with only %j is not checked, at the module line, with the fix',
    async (files) => {
      const { root, cache } = repositoryWithCache(`partial-${files.length}`, avmCluster);
      seedModule(cache, publishedModules.managedCluster, files);
      const partial = await readOffline(root, ['main.bicep']);
      expect(partial.clusters).toEqual([]);
      expect(partial.errors).toEqual([]);
      expect(partial.notChecked).toEqual([
        {
          file: 'main.bicep',
          line: 3,
          reason: `the registry module '${publishedModules.managedCluster.reference}' (mcr.microsoft.com/bicep/avm/res/container-service/managed-cluster:0.10.1) is not in bicep's module cache (${cache}), and restoring is turned off`,
          fix: 'run `bicep restore` on it with network access before the scan (or let the scan restore it)',
        },
      ]);
    },
  );
});

describe('restoring while compiling', () => {
  test('a module that an allowed registry cannot serve is not checked, and bicep’s restore error is not an input error', async () => {
    const root = join(scratch, 'unreachable');
    mkdirSync(root, { recursive: true });
    // A registry on a closed loopback port: the restore is attempted and fails at once.
    writeFileSync(
      join(root, 'main.bicep'),
      "module aks 'br:127.0.0.1:9/aks/cluster:1.0.0' = {\n  name: 'aks'\n}\n",
    );
    const result = await readWith(bicepFiles, [join(root, 'main.bicep')], {
      cwd: root,
      context: { bicepCompiler: session.compiler, bicepRegistries: ['127.0.0.1:9'] },
    });
    expect(result.errors).toEqual([]);
    expect(result.clusters).toEqual([]);
    expect(result.notChecked).toEqual([
      {
        file: 'main.bicep',
        line: 1,
        reason:
          'the registry module 127.0.0.1:9/aks/cluster:1.0.0 could not be restored (no network access to 127.0.0.1:9, or it does not exist there), so the file is not checked',
        fix: 'run `bicep restore` on it with network access before the scan',
      },
    ]);
  });
});

describe('a .bicepparam whose template uses a registry module', () => {
  const usingMain = "using 'main.bicep'\n\nparam location = 'westus'\n";

  test('not cached, offline: the .bicepparam is listed on its own at its `using` line, naming the module and where it is written', async () => {
    const { root, cache } = repositoryWithCache('bicepparam-offline', avmCluster);
    writeFileSync(join(root, 'main.bicepparam'), usingMain);
    const result = await readOffline(root, ['main.bicep', 'main.bicepparam']);
    const missing = `the registry module '${publishedModules.managedCluster.reference}' (mcr.microsoft.com/bicep/avm/res/container-service/managed-cluster:0.10.1) is not in bicep's module cache (${cache}), and restoring is turned off`;
    expect(result.errors).toEqual([]);
    expect(result.clusters).toEqual([]);
    expect(result.notChecked?.map(({ file, line, reason }) => ({ file, line, reason }))).toEqual([
      { file: 'main.bicep', line: 3, reason: missing },
      { file: 'main.bicepparam', line: 1, reason: `through main.bicep:3, ${missing}` },
    ]);
  });

  test('cached: the .bicepparam compiles through its template and the module, with nothing left unchecked', async () => {
    const { root, cache } = repositoryWithCache('bicepparam-cached', avmCluster);
    writeFileSync(join(root, 'main.bicepparam'), usingMain);
    seedPublishedModules(cache);
    const result = await readOffline(root, ['main.bicep', 'main.bicepparam']);
    expect(result.errors).toEqual([]);
    expect(result.notChecked).toEqual([]);
    const cluster = clusterNamed(result.clusters, 'aks-avm (main.bicepparam)');
    expect(describeSetting(cluster.localAccountsDisabled)).toBe('set false @main.bicep:16');
  });

  test('a restore that fails lists the .bicepparam at its `using` line, naming the module', async () => {
    const root = join(scratch, 'bicepparam-unreachable');
    mkdirSync(root, { recursive: true });
    writeFileSync(
      join(root, 'main.bicep'),
      "module aks 'br:127.0.0.1:9/aks/cluster:1.0.0' = {\n  name: 'aks'\n}\n",
    );
    writeFileSync(join(root, 'main.bicepparam'), "using 'main.bicep'\n");
    const result = await readWith(bicepFiles, [join(root, 'main.bicep'), join(root, 'main.bicepparam')], {
      cwd: root,
      context: { bicepCompiler: session.compiler, bicepRegistries: ['127.0.0.1:9'] },
    });
    expect(result.errors).toEqual([]);
    expect(result.notChecked?.map(({ file, line, reason }) => ({ file, line, reason }))).toEqual([
      {
        file: 'main.bicepparam',
        line: 1,
        reason:
          'through main.bicep:1, the registry module 127.0.0.1:9/aks/cluster:1.0.0 could not be restored (no network access to 127.0.0.1:9, or it does not exist there), so the file is not checked',
      },
    ]);
  });
});
