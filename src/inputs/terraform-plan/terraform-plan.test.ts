import { inFile } from '../../../test/support/check-testing.js';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../model/cluster.js';
import { describeLocation, type SourceLocation } from '../../model/location.js';
import type { Setting } from '../../model/setting.js';
import {
  defaultLimits,
  type FormatDetection,
  type InputContext,
  type InputResult,
  type SourceFile,
} from '../input-format.js';
import { terraformPlan } from './format.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const temporaryDirectories: string[] = [];
afterAll(() =>
  temporaryDirectories.forEach((directory) => rmSync(directory, { recursive: true, force: true })),
);

function planFile(path: string, text = readFileSync(path, 'utf8')): SourceFile {
  return { path, displayPath: relative(fixtures, path), text, explicit: true };
}

function contextFor(root: string, overrides: Partial<InputContext> = {}): InputContext {
  return {
    allowedRoots: [root],
    defaultNamespace: 'default',
    limits: defaultLimits,
    parameterFiles: [],
    log: { info: () => undefined, warn: () => undefined },
    ...overrides,
  };
}

async function readFixture(name: string): Promise<InputResult> {
  const directory = join(fixtures, name);
  return terraformPlan.read([planFile(join(directory, 'plan.json'))], contextFor(directory));
}

/** `state value @file:line` — one string per setting keeps each assertion exact and readable. */
function describeSetting<T>(setting: Setting<T>): string {
  const at = `@${inFile(setting.location).file}:${inFile(setting.location).line}`;
  if (setting.state === 'set') return `set ${JSON.stringify(setting.value)} ${at}`;
  if (setting.state === 'unknown') return `unknown (${setting.reason}) ${at}`;
  return `unset ${at}`;
}

const at = (location: SourceLocation): string => describeLocation(location);

/** The line of a resource's first `"address"` in a plan file (its planned_values entry). */
function lineOfAddress(path: string, address: string): number {
  const line =
    readFileSync(path, 'utf8')
      .split('\n')
      .findIndex((text) => text.includes(`"address": "${address}"`)) + 1;
  expect(line).toBeGreaterThan(1);
  return line;
}

function clusterNamed(result: InputResult, name: string): Cluster {
  const cluster = result.model.clusters?.find((candidate) => candidate.name === name);
  if (cluster === undefined) throw new Error(`no cluster ${name}`);
  return cluster;
}

describe('detect', () => {
  let detect: FormatDetection['detect'];
  beforeAll(async () => {
    ({ detect } = await terraformPlan.detection());
  });
  const file = (path: string, text: string): SourceFile => ({
    path,
    displayPath: path,
    text,
    explicit: true,
  });

  it('claims terraform show -json output', () => {
    expect(detect(planFile(join(fixtures, 'cluster', 'plan.json')))).toBe(true);
    expect(detect(file('plan.json', '{"format_version":"1.2","resource_changes":[]}'))).toBe(true);
  });

  it('reads a plan saved with a UTF-8 byte-order mark', async () => {
    const withBom = file(join(fixtures, 'bom.json'), '\uFEFF{"format_version":"1.2","resource_changes":[]}');
    expect(detect(withBom)).toBe(true);
    expect((await terraformPlan.read([withBom], contextFor(fixtures))).errors).toEqual([]);
  });

  it('leaves state files, ARM templates and non-JSON files alone', () => {
    expect(detect(file('state.json', '{"format_version":"1.0","values":{}}'))).toBe(false);
    expect(detect(file('azuredeploy.json', '{"$schema":"…","resources":[]}'))).toBe(false);
    expect(detect(file('plan.yaml', 'format_version: 1\nplanned_values: {}'))).toBe(false);
  });
});

describe('a cluster with its node pool, diagnostic setting and Kubernetes resources', async () => {
  const result = await readFixture('cluster');
  const cluster = clusterNamed(result, 'aks-shop-prod');

  it('reads the cluster with no errors', () => {
    expect(result.errors).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(cluster).toMatchObject({ id: 'azurerm_kubernetes_cluster.main', origin: 'terraform' });
    expect(at(cluster.location)).toBe('cluster/main.tf:42');
  });

  it('locates each stated value at its .tf attribute or block', () => {
    expect(describeSetting(cluster.kubernetesVersion)).toBe('set "1.31" @cluster/main.tf:47');
    expect(describeSetting(cluster.localAccountsDisabled)).toBe('set true @cluster/main.tf:48');
    expect(describeSetting(cluster.oidcIssuerEnabled)).toBe('set true @cluster/main.tf:49');
    expect(describeSetting(cluster.azurePolicyEnabled)).toBe('set false @cluster/main.tf:50');
    expect(describeSetting(cluster.identityType)).toBe('set "SystemAssigned" @cluster/main.tf:63');
    expect(describeSetting(cluster.entraIdEnabled)).toBe('set true @cluster/main.tf:66');
    expect(describeSetting(cluster.azureRbacEnabled)).toBe('set true @cluster/main.tf:67');
    expect(describeSetting(cluster.kmsEnabled)).toBe('set true @cluster/main.tf:75');
    expect(describeSetting(cluster.kmsKeyVaultNetworkAccess)).toBe('set "Public" @cluster/main.tf:77');
    expect(describeSetting(cluster.networkPolicy)).toBe('set "azure" @cluster/main.tf:82');
  });

  it('keeps provider defaults as stated values at the resource, and absent blocks unset', () => {
    expect(describeSetting(cluster.rbacEnabled)).toBe('set true @cluster/main.tf:42');
    expect(describeSetting(cluster.privateCluster)).toBe('set false @cluster/main.tf:42');
    expect(describeSetting(cluster.keyVaultSecretsProviderEnabled)).toBe('unset @cluster/main.tf:42');
    expect(describeSetting(cluster.defenderEnabled)).toBe('unset @cluster/main.tf:42');
  });

  it('marks values known only after apply as unknown, located at the attribute', () => {
    expect(describeSetting(cluster.authorizedIpRanges)).toBe(
      'unknown (known only after apply (terraform plan)) @cluster/main.tf:72',
    );
  });

  it('reads the default node pool and links the separate pool through configuration references', () => {
    const [system, user] = cluster.nodePools;
    expect(system?.name).toBe('system');
    expect(describeSetting(system!.mode)).toBe('set "System" @cluster/main.tf:52');
    expect(describeSetting(system!.osSku)).toBe('set "AzureLinux" @cluster/main.tf:55');
    expect(describeSetting(system!.podMaxPids)).toBe('set 1024 @cluster/main.tf:58');
    expect(user?.name).toBe('user');
    expect(at(user!.location)).toBe('cluster/main.tf:86');
    expect(describeSetting(user!.osSku)).toBe('set "Ubuntu" @cluster/main.tf:91');
    expect(describeSetting(user!.podMaxPids)).toBe('unset @cluster/main.tf:86');
  });

  it('attaches the diagnostic setting aimed at the cluster', () => {
    expect(cluster.diagnosticSettings).toHaveLength(1);
    const [audit] = cluster.diagnosticSettings;
    expect(audit?.name).toBe('aks-audit');
    expect(describeSetting(audit!.enabledCategories)).toBe(
      'set ["kube-audit-admin","guard"] @cluster/main.tf:99',
    );
    expect(describeSetting(audit!.hasDestination)).toBe('set true @cluster/main.tf:97');
  });

  it('maps kubernetes_deployment_v1 to a Deployment whose fields point at the .tf lines', () => {
    const deployment = result.model.kubeObjects?.find((object) => object.kind === 'Deployment');
    expect(deployment).toMatchObject({
      apiVersion: 'apps/v1',
      name: 'web',
      namespace: 'shop',
      origin: 'terraform',
      cluster: 'aks-shop-prod',
    });
    const body = deployment!.body as {
      spec: { replicas: number; template: { spec: Record<string, unknown> } };
    };
    expect(body.spec.replicas).toBe(2);
    const pod = body.spec.template.spec as { containers: Record<string, unknown>[]; hostPID: boolean };
    expect(pod.hostPID).toBe(false);
    expect(pod.containers.map((container) => container.name)).toEqual(['web', 'log-shipper']);
    expect(pod.containers[1]?.securityContext).toMatchObject({ privileged: true, runAsUser: 0 });
    expect(pod.containers[0]?.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
    const privileged = ['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'privileged'];
    expect(at(deployment!.locate(privileged))).toBe('cluster/main.tf:145');
    expect(at(deployment!.locate(['spec', 'template', 'spec', 'containers', 0, 'securityContext']))).toBe(
      'cluster/main.tf:131',
    );
    expect(at(deployment!.location)).toBe('cluster/main.tf:108');
  });

  it('takes kubernetes_manifest as written, located through the manifest object', () => {
    const policy = result.model.kubeObjects?.find((object) => object.kind === 'NetworkPolicy');
    expect(policy).toMatchObject({ name: 'deny-all', namespace: 'shop', apiVersion: 'networking.k8s.io/v1' });
    expect(at(policy!.locate(['spec', 'policyTypes']))).toBe('cluster/main.tf:164');
  });
});

describe('modules', async () => {
  const result = await readFixture('module');

  it('locates a module resource in the module source directory', () => {
    const cluster = clusterNamed(result, 'aks-payments');
    expect(cluster.id).toBe('module.aks.azurerm_kubernetes_cluster.this');
    expect(at(cluster.location)).toBe('module/modules/aks/main.tf:1');
    expect(describeSetting(cluster.authorizedIpRanges)).toBe(
      'set ["203.0.113.0/24"] @module/modules/aks/main.tf:9',
    );
  });

  it('reads azurerm 3.x argument names', () => {
    const cluster = clusterNamed(result, 'aks-payments');
    const [system] = cluster.nodePools;
    expect(describeSetting(system!.nodePublicIp)).toBe('set true @module/modules/aks/main.tf:15');
    expect(describeSetting(system!.encryptionAtHost)).toBe('set true @module/modules/aks/main.tf:16');
    expect(describeSetting(cluster.entraIdEnabled)).toBe('set true @module/modules/aks/main.tf:20');
    // Deprecated in 3.x as not functional: the provider no longer sends it, so it decides nothing.
    expect(describeSetting(cluster.publicNetworkAccess)).toBe('unset @module/modules/aks/main.tf:1');
  });

  it('links pools through module outputs and input variables to the cluster inside a module', () => {
    const pools = clusterNamed(result, 'aks-payments').nodePools.map(
      (pool) => `${pool.name} ${describeSetting(pool.podMaxPids)}`,
    );
    expect(pools).toEqual([
      'system unset @module/modules/aks/main.tf:11',
      'batch0 set -1 @module/main.tf:25',
      'batch1 set -1 @module/main.tf:25',
      'gpu unset @module/modules/pools/main.tf:5',
    ]);
    const gpu = clusterNamed(result, 'aks-payments').nodePools[3];
    expect(describeSetting(gpu!.fipsEnabled)).toBe('set true @module/modules/pools/main.tf:10');
  });

  it('locates a registry module resource where terraform init installed it', () => {
    const cluster = clusterNamed(result, 'platform-aks');
    expect(at(cluster.location)).toBe('module/.terraform/modules/platform/main.tf:2');
    expect(describeSetting(cluster.localAccountsDisabled)).toBe(
      'set false @module/.terraform/modules/platform/main.tf:7',
    );
  });

  it('locates a registry module resource that is not installed in the plan file by address', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tf-plan-'));
    temporaryDirectories.push(directory);
    cpSync(join(fixtures, 'module'), directory, {
      recursive: true,
      filter: (source) => !source.includes('.terraform'),
    });
    const file = { ...planFile(join(directory, 'plan.json')), displayPath: 'plan.json' };
    const fallback = await terraformPlan.read([file], contextFor(directory));
    const cluster = clusterNamed(fallback, 'platform-aks');
    const address = 'module.platform.azurerm_kubernetes_cluster.main';
    const line = lineOfAddress(file.path, address);
    expect(cluster.location).toEqual({
      file: 'plan.json',
      line,
      column: 15,
      address,
      terraformAddress: address,
    });
    expect(describeSetting(cluster.localAccountsDisabled)).toBe(`set false @plan.json:${line}`);
    expect(at(clusterNamed(fallback, 'aks-payments').location)).toBe('modules/aks/main.tf:1');
  });

  it('refuses a module source outside the allowed roots and falls back to the plan', async () => {
    const escaping = await readFixture('escaping-module');
    expect(escaping.errors).toEqual([
      {
        file: 'escaping-module/main.tf',
        line: 2,
        column: 3,
        message:
          'module "aks" source "../module/modules/aks" points outside the scanned directories; its files are not read',
      },
    ]);
    const cluster = clusterNamed(escaping, 'aks-escape');
    expect(cluster.location).toMatchObject({
      file: 'escaping-module/plan.json',
      address: 'module.aks.azurerm_kubernetes_cluster.this',
    });
  });
});

describe('plans without sources and bad plans', () => {
  it('names the plan file, the address and the line of the resource when no .tf files are found', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tf-plan-'));
    temporaryDirectories.push(directory);
    copyFileSync(join(fixtures, 'cluster', 'plan.json'), join(directory, 'plan.json'));
    const file = { ...planFile(join(directory, 'plan.json')), displayPath: 'plan.json' };
    const result = await terraformPlan.read([file], contextFor(directory));
    const cluster = clusterNamed(result, 'aks-shop-prod');
    const line = lineOfAddress(file.path, 'azurerm_kubernetes_cluster.main');
    expect(cluster.location).toEqual({
      file: 'plan.json',
      line,
      column: 11,
      address: 'azurerm_kubernetes_cluster.main',
      terraformAddress: 'azurerm_kubernetes_cluster.main',
    });
    expect(describeSetting(cluster.localAccountsDisabled)).toBe(`set true @plan.json:${line}`);
  });

  it('reads the .tf files from --terraform-dir', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tf-plan-'));
    temporaryDirectories.push(directory);
    copyFileSync(join(fixtures, 'cluster', 'plan.json'), join(directory, 'plan.json'));
    const file = planFile(join(directory, 'plan.json'));
    const terraformDir = join(fixtures, 'cluster');
    const result = await terraformPlan.read(
      [file],
      contextFor(directory, { terraformDir, allowedRoots: [directory, terraformDir] }),
    );
    expect(at(clusterNamed(result, 'aks-shop-prod').localAccountsDisabled.location)).toMatch(
      /cluster\/main\.tf:48$/,
    );
  });

  it('reports a malformed plan with its line and column, and reads the other plans', async () => {
    const broken = planFile(
      join(fixtures, 'broken.json'),
      '{\n  "format_version": "1.2",\n  "planned_values": {,\n}\n',
    );
    const good = planFile(join(fixtures, 'cluster', 'plan.json'));
    const result = await terraformPlan.read([broken, good], contextFor(fixtures));
    expect(result.errors).toEqual([
      { file: 'broken.json', line: 3, column: 22, message: 'plan is not valid JSON: ValueExpected' },
    ]);
    expect(result.model.clusters?.map((cluster) => cluster.name)).toEqual(['aks-shop-prod']);
  });

  it('reads azurerm 3.x log blocks, skipping disabled ones, and links a setting by a known cluster id', async () => {
    const clusterId =
      '/subscriptions/0000/resourceGroups/rg-legacy/providers/Microsoft.ContainerService/managedClusters/aks-legacy';
    const resource = (type: string, name: string, values: Record<string, unknown>) => ({
      address: `${type}.${name}`,
      mode: 'managed',
      type,
      name,
      values,
    });
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            resource('azurerm_kubernetes_cluster', 'legacy', {
              name: 'aks-legacy',
              default_node_pool: [{ name: 'default' }],
            }),
            resource('azurerm_monitor_diagnostic_setting', 'legacy', {
              name: 'legacy-logs',
              target_resource_id: clusterId,
              storage_account_id:
                '/subscriptions/0000/resourceGroups/rg-legacy/providers/Microsoft.Storage/storageAccounts/logs',
              log: [
                { category: 'kube-audit', enabled: false, retention_policy: [] },
                { category: 'guard', enabled: true, retention_policy: [] },
              ],
            }),
          ],
        },
      },
    };
    const file = planFile(join(fixtures, 'legacy.json'), JSON.stringify(plan, null, 2));
    const result = await terraformPlan.read([file], contextFor(fixtures));
    const [setting] = clusterNamed(result, 'aks-legacy').diagnosticSettings;
    expect(setting?.enabledCategories).toMatchObject({ state: 'set', value: ['guard'] });
    expect(setting?.hasDestination).toMatchObject({ state: 'set', value: true });
  });

  it('does not read a .tf file that links outside the allowed roots', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tf-plan-'));
    temporaryDirectories.push(directory);
    copyFileSync(join(fixtures, 'cluster', 'plan.json'), join(directory, 'plan.json'));
    symlinkSync(join(fixtures, 'cluster', 'main.tf'), join(directory, 'main.tf'));
    const file = { ...planFile(join(directory, 'plan.json')), displayPath: 'plan.json' };
    const result = await terraformPlan.read([file], contextFor(directory));
    expect(result.errors).toEqual([
      { file: 'main.tf', message: 'links outside the scanned directories; not read' },
    ]);
    expect(clusterNamed(result, 'aks-shop-prod').location).toMatchObject({
      file: 'plan.json',
      address: 'azurerm_kubernetes_cluster.main',
    });
  });

  it('reads a plan of unexpected shape without failing', async () => {
    const text = JSON.stringify({
      format_version: '1.2',
      planned_values: { root_module: { resources: { address: 'x' }, child_modules: 'none' } },
      resource_changes: [null, 5, { address: 7, type: 'azurerm_kubernetes_cluster' }],
      configuration: { root_module: { resources: 'none', module_calls: 3 } },
    });
    const result = await terraformPlan.read(
      [planFile(join(fixtures, 'odd.json'), text)],
      contextFor(fixtures),
    );
    expect(result).toEqual({
      model: { clusters: [], kubeObjects: [] },
      errors: [],
      skipped: [],
      notChecked: [],
    });
  });

  it('lists a node pool whose cluster is not in the plan instead of dropping it', async () => {
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'azurerm_kubernetes_cluster_node_pool.extra',
              mode: 'managed',
              type: 'azurerm_kubernetes_cluster_node_pool',
              name: 'extra',
              values: {
                name: 'extra',
                kubernetes_cluster_id:
                  '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/existing',
              },
            },
          ],
        },
      },
    };
    const file = planFile(join(fixtures, 'extra.json'), JSON.stringify(plan));
    const result = await terraformPlan.read([file], contextFor(fixtures));
    expect(result.model.clusters).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.notChecked).toEqual([
      {
        file: 'extra.json',
        line: 1,
        reason:
          'azurerm_kubernetes_cluster_node_pool.extra is not checked: its cluster /subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/existing is not in this plan',
        fix: 'scan it together with the configuration (or plan) that declares its cluster',
      },
    ]);
  });
});
