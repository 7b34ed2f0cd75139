import { inFile } from '../../../test/support/check-testing.js';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clusterNamed, describeSetting, poolNamed, readWith } from '../../../test/support/arm.js';
import { type BicepSession, bicepProcessStarts, openBicepSession } from './compiler.js';
import { findBicep, installHint } from './find-bicep.js';
import { bicepFiles } from './format.js';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const shared = '/work/shared/fixtures';
const at = (path: string) => join(fixtures, path);

// One bicep process for the tests that are about reading templates, not about the process:
// .NET start-up (about 3 s) would otherwise dominate each of them.
let session: BicepSession;
beforeAll(() => {
  // The tests run the real compiler; a missing one fails them with the way to install it.
  const bicep = findBicep(undefined);
  if ('error' in bicep) throw new Error(`bicep is required for these tests: ${bicep.error}`);
  session = openBicepSession(bicep.path);
});
afterAll(() => session.close());

/** readWith on the shared bicep process. */
const readShared = (paths: string[], options: Parameters<typeof readWith>[2]) =>
  readWith(bicepFiles, paths, {
    ...options,
    context: { ...options.context, bicepCompiler: session.compiler },
  });

describe('a .bicepparam with its template and a local module', () => {
  // One compile for the whole group: .NET start-up dominates each read.
  let deployed: Promise<Awaited<ReturnType<typeof readWith>>>;
  beforeAll(() => {
    deployed = readShared(
      [at('cluster/main.bicep'), at('cluster/main.bicepparam'), at('cluster/modules/diagnostics.bicep')],
      { cwd: fixtures },
    );
  });
  const read = () => deployed;

  test('checks the template once, with the values of the parameter file', async () => {
    const result = await read();
    expect(result.errors).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['aks-main (cluster/main.bicepparam)']);
    const cluster = clusterNamed(result.clusters, 'aks-main (cluster/main.bicepparam)');
    expect(cluster.id).toBe('aks@cluster/main.bicepparam');
    expect(cluster.origin).toBe('bicep');
    expect(cluster.location).toEqual({ file: 'cluster/main.bicep', line: 12, column: 1 });
    // The parameter file turns the add-on on; the template's default would leave it off.
    expect(describeSetting(cluster.azurePolicyEnabled)).toBe('set true @cluster/main.bicep:29');
    expect(describeSetting(cluster.kubernetesVersion)).toBe('set "1.33.0" @cluster/main.bicep:19');
    expect(describeSetting(cluster.localAccountsDisabled)).toBe('set true @cluster/main.bicep:21');
    expect(describeSetting(cluster.entraIdEnabled)).toBe('set true @cluster/main.bicep:23');
    expect(describeSetting(cluster.networkPolicy)).toBe('set "cilium" @cluster/main.bicep:34');
    expect(describeSetting(cluster.privateCluster)).toBe('set true @cluster/main.bicep:37');
    expect(describeSetting(cluster.identityType)).toBe('set "SystemAssigned" @cluster/main.bicep:16');
    // Missing properties point at the resource declaration.
    expect(describeSetting(cluster.oidcIssuerEnabled)).toBe('unset @cluster/main.bicep:12');
    expect(describeSetting(cluster.kmsEnabled)).toBe('unset @cluster/main.bicep:12');
  });

  test('reads inline pools, a variable merged into a pool, and a child agent pool', async () => {
    const cluster = (await read()).clusters[0];
    if (cluster === undefined) throw new Error('no cluster');
    expect(cluster.nodePools.map((pool) => pool.name)).toEqual(['system', 'user', 'spot']);
    const system = poolNamed(cluster, 'system');
    expect(inFile(system.location).line).toBe(40);
    expect(describeSetting(system.podMaxPids)).toBe('set 1024 @cluster/main.bicep:46');
    expect(describeSetting(system.osSku)).toBe('set "AzureLinux" @cluster/main.bicep:44');
    expect(describeSetting(system.sshAccess)).toBe('unset @cluster/main.bicep:40');
    // A pool written as union(...) is located at that expression.
    const user = poolNamed(cluster, 'user');
    expect(describeSetting(user.osSku)).toBe('set "AzureLinux" @cluster/main.bicep:49');
    expect(describeSetting(user.podMaxPids)).toBe('unset @cluster/main.bicep:49');
    const spot = poolNamed(cluster, 'spot');
    expect(inFile(spot.location).line).toBe(54);
    expect(describeSetting(spot.podMaxPids)).toBe('set -1 @cluster/main.bicep:60');
    // A pool without orchestratorVersion runs the cluster's version.
    expect(describeSetting(spot.orchestratorVersion)).toBe('set "1.33.0" @cluster/main.bicep:19');
  });

  test('follows the module: its diagnostic setting is located in the module file', async () => {
    const cluster = (await read()).clusters[0];
    expect(cluster?.diagnosticSettings).toHaveLength(1);
    const [setting] = cluster?.diagnosticSettings ?? [];
    expect(setting?.name).toBe('audit-to-workspace');
    expect(setting?.location).toEqual({ file: 'cluster/modules/diagnostics.bicep', line: 8, column: 1 });
    expect(describeSetting(setting?.enabledCategories as never)).toBe(
      'set ["kube-audit-admin"] @cluster/modules/diagnostics.bicep:13',
    );
    expect(describeSetting(setting?.hasDestination as never)).toBe(
      'set true @cluster/modules/diagnostics.bicep:12',
    );
  });

  test('without its parameter file the template is checked with its defaults', async () => {
    const result = await readShared([at('cluster/main.bicep'), at('cluster/modules/diagnostics.bicep')], {
      cwd: fixtures,
    });
    expect(result.errors).toEqual([]);
    const cluster = clusterNamed(result.clusters, 'aks-main');
    expect(describeSetting(cluster.azurePolicyEnabled)).toBe('set false @cluster/main.bicep:29');
    // A required parameter without a value: what it feeds is unknown, never guessed.
    expect(describeSetting(cluster.diagnosticSettings[0]?.hasDestination as never)).toBe(
      "unknown(parameter 'workspaceId' has no value) @cluster/modules/diagnostics.bicep:12",
    );
  });
});

describe('values known only at deployment, loops and conditions', () => {
  test('reference() and missing parameters are unknown with the reason; loop items are located at the loop', async () => {
    const result = await readShared([at('standalone/pools-loop.bicep')], { cwd: fixtures });
    expect(result.errors).toEqual([]);
    const cluster = clusterNamed(result.clusters, 'cluster');
    expect(describeSetting(cluster.kmsEnabled)).toBe(
      'unknown(resolves at deploy time: reference(...)) @standalone/pools-loop.bicep:33',
    );
    expect(cluster.nodePools.map((pool) => [pool.name, describeSetting(pool.podMaxPids)])).toEqual([
      ['linux', 'set 2048 @standalone/pools-loop.bicep:40'],
      ['batch', 'set 0 @standalone/pools-loop.bicep:40'],
    ]);
  });
});

describe('templates compiled with symbolic names (languageVersion 2.0)', () => {
  test('a pool of an existing cluster is read; the cluster itself is unknown', async () => {
    const result = await readShared([at('symbolic/main.bicep')], { cwd: fixtures });
    expect(result.errors).toEqual([]);
    const cluster = clusterNamed(result.clusters, 'aks-shared');
    expect(cluster.diagnosticSettingsUnknown).toMatch(/not declared in this input/);
    expect(describeSetting(cluster.localAccountsDisabled)).toBe(
      "unknown(the cluster 'aks-shared' is not declared in this input (an existing resource): its configuration is not known) @symbolic/main.bicep:16",
    );
    expect(
      cluster.nodePools.map((pool) => [
        pool.name,
        inFile(pool.location).line,
        describeSetting(pool.podMaxPids),
      ]),
    ).toEqual([['batch', 16, 'set 256 @symbolic/main.bicep:22']]);
  });
});

describe('an ARM parameter file named after a .bicep file', () => {
  test('is claimed by the Bicep input and deploys the template with its values', async () => {
    const parameters = at('standalone/pools-loop.parameters.json');
    const result = await readShared([at('standalone/pools-loop.bicep'), parameters], {
      cwd: fixtures,
    });
    expect(result.errors).toEqual([]);
    const cluster = clusterNamed(result.clusters, 'aks-loop (standalone/pools-loop.parameters.json)');
    expect(cluster.nodePools.map((pool) => [pool.name, describeSetting(pool.podMaxPids)])).toEqual([
      ['only', 'set 512 @standalone/pools-loop.bicep:40'],
    ]);
  });
});

describe('the compiler environment', () => {
  test("readEnvironmentVariable() in a scanned file cannot see the scanner's environment", async () => {
    process.env.AKS_CIS_GATE_TEST_SECRET = 'leaked';
    try {
      const result = await readWith(
        bicepFiles,
        [at('environment/main.bicep'), at('environment/main.bicepparam')],
        {
          cwd: fixtures,
        },
      );
      expect(result.errors).toEqual([]);
      expect(describeSetting(result.clusters[0]?.networkPolicy as never)).toBe(
        'set "not visible" @environment/main.bicep:8',
      );
    } finally {
      delete process.env.AKS_CIS_GATE_TEST_SECRET;
    }
  });
});

describe('files that cannot be checked', () => {
  test("a compile error carries bicep's own diagnostic, and the other files are still checked", async () => {
    const result = await readShared([at('broken/broken.bicep'), at('standalone/pools-loop.bicep')], {
      cwd: fixtures,
    });
    expect(result.errors).toEqual([
      {
        file: 'broken/broken.bicep',
        line: 5,
        column: 24,
        message: 'BCP057: The name "undefinedVersion" does not exist in the current context.',
      },
    ]);
    expect(result.clusters.map((cluster) => cluster.name)).toEqual(['cluster']);
  });

  test('module and file paths outside the allowed roots are refused before compiling', async () => {
    const result = await readShared([at('escape/escape.bicep')], { cwd: fixtures });
    expect(result.errors).toEqual([
      {
        file: 'escape/escape.bicep',
        line: 2,
        message:
          "the module path '../../../../../../etc/outside.bicep' points outside the scanned directories; the file is not compiled",
      },
      {
        file: 'escape/escape.bicep',
        line: 6,
        message:
          "the load path '/etc/hostname' points outside the scanned directories; the file is not compiled",
      },
    ]);
    expect(result.clusters).toEqual([]);
  });

  test('a registry module that is not cached, with restore off, is not checked, at its line with the module named', async () => {
    const result = await readShared([at('registry/registry.bicep')], {
      cwd: fixtures,
      context: { bicepRestore: false },
    });
    expect(result.errors).toEqual([]);
    expect(result.clusters).toEqual([]);
    expect(result.notChecked).toEqual([
      {
        file: 'registry/registry.bicep',
        line: 3,
        reason: `the registry module 'br/public:avm/res/container-service/managed-cluster:0.9.0' (mcr.microsoft.com/bicep/avm/res/container-service/managed-cluster:0.9.0) is not in bicep's module cache (${process.env.HOME}/.bicep), and restoring is turned off`,
        fix: 'run `bicep restore` on it with network access before the scan (or let the scan restore it)',
      },
    ]);
  });

  test('a registry the workflow does not allow is never contacted: not checked, naming the registry', async () => {
    const result = await readShared([at('registry/registry.bicep')], {
      cwd: fixtures,
      context: { bicepRegistries: ['example.azurecr.io'] },
    });
    expect(result.errors).toEqual([]);
    expect(result.notChecked?.map((entry) => [entry.line, entry.fix])).toEqual([
      [
        3,
        'allow it with --bicep-registry mcr.microsoft.com (action input bicep-registries), or run `bicep restore` on it with network access before the scan (or let the scan restore it)',
      ],
    ]);
  });

  test('a missing compiler is an error per file that says how to install it', async () => {
    const result = await readWith(
      bicepFiles,
      [at('standalone/pools-loop.bicep'), at('cluster/main.bicepparam')],
      {
        cwd: fixtures,
        bicepPath: join(fixtures, 'no-such-bicep'),
      },
    );
    expect(result.errors.map((error) => error.file)).toEqual([
      'standalone/pools-loop.bicep',
      'cluster/main.bicepparam',
    ]);
    for (const error of result.errors) expect(error.message).toContain(installHint);
  });
});

describe('the real public fixtures', () => {
  test('azure-dev: a required parameter without default leaves the pool unknown; the conditional diagnostic setting is not deployed', async () => {
    const directory = join(shared, 'Azure+azure-dev/templates/common/infra/bicep/core/host');
    const result = await readShared([join(directory, 'aks-managed-cluster.bicep')], {
      cwd: directory,
    });
    expect(result.errors).toEqual([]);
    const cluster = clusterNamed(result.clusters, 'aks');
    expect(describeSetting(cluster.localAccountsDisabled)).toBe('set false @aks-managed-cluster.bicep:94');
    expect(describeSetting(cluster.entraIdEnabled)).toBe('unset @aks-managed-cluster.bicep:81');
    expect(describeSetting(cluster.networkPolicy)).toBe('set "azure" @aks-managed-cluster.bicep:92');
    expect(describeSetting(cluster.azurePolicyEnabled)).toBe('unset @aks-managed-cluster.bicep:65');
    expect(cluster.diagnosticSettings).toEqual([]);
    expect(cluster.nodePools.map((pool) => describeSetting(pool.podMaxPids))).toEqual([
      "unknown(the node pool is not known: parameter 'systemPoolConfig' has no value) @aks-managed-cluster.bicep:87",
    ]);
  });

  test('azure-dev agent pool: a pool of an existing cluster whose whole properties come from a parameter', async () => {
    const directory = join(shared, 'Azure+azure-dev/templates/common/infra/bicep/core/host');
    const result = await readShared([join(directory, 'aks-agent-pool.bicep')], { cwd: directory });
    expect(result.errors).toEqual([]);
    const [cluster] = result.clusters;
    expect(cluster?.kubernetesVersion.state).toBe('unknown');
    expect(cluster?.nodePools.map((pool) => describeSetting(pool.podMaxPids))).toEqual([
      "unknown(parameter 'config' has no value) @aks-agent-pool.bicep:17",
    ]);
  });

  test('LZA 06: the cluster comes from a registry module that is not cached, so it is not checked', async () => {
    const directory = join(
      shared,
      'Azure+AKS-Landing-Zone-Accelerator/Scenarios/AKS-Secure-Baseline-PrivateCluster/Bicep/06-AKS-cluster',
    );
    const result = await readShared([join(directory, 'main.bicep')], {
      cwd: directory,
      parameterFiles: [join(directory, 'parameters-main.json')],
      context: { bicepRestore: false },
    });
    expect(result.errors).toEqual([]);
    expect(result.clusters).toEqual([]);
    expect(result.notChecked?.map((entry) => `${entry.file}:${entry.line}`)).toEqual([
      'main.bicep:61',
      'main.bicep:80',
      'main.bicep:89',
      'main.bicep:169',
      'main.bicep:180',
    ]);
    expect(result.notChecked?.[2]?.reason).toContain(
      'br/public:avm/res/container-service/managed-cluster:0.9.0',
    );
  });
});

describe('one compiler process for many files', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'bicep-many-'));
    for (let index = 0; index < 12; index += 1) {
      cpSync(at('standalone/pools-loop.bicep'), join(directory, `cluster-${index}.bicep`));
    }
    writeFileSync(join(directory, 'broken.bicep'), 'param x string = 1\n');
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  test('starts bicep once for 13 files', async () => {
    const before = bicepProcessStarts();
    const paths = [
      ...Array.from({ length: 12 }, (_, index) => join(directory, `cluster-${index}.bicep`)),
      join(directory, 'broken.bicep'),
    ];
    const result = await readWith(bicepFiles, paths, { cwd: directory });
    expect(bicepProcessStarts() - before).toBe(1);
    expect(result.clusters).toHaveLength(12);
    expect(result.errors.map((error) => `${error.file}:${error.line}`)).toEqual(['broken.bicep:1']);
  });
});
