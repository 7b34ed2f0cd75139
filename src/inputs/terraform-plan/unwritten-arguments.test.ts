import { describe, expect, it } from 'vitest';
import { networkPolicyEngine } from '../../checks/cluster/network-access.js';
import type { Cluster } from '../../model/cluster.js';
import type { ScanModel } from '../../model/scan-model.js';
import { readPlan, type PlannedResource } from '../../../test/support/terraform-plan.js';

const constant = (value: unknown) => ({ constant_value: value });
const fromAnotherResource = { references: ['azapi_resource.policy.output.name'] };

/** An azurerm cluster whose `network_profile` the plan leaves as `values`/`unknown`, the .tf writing `expressions`. */
function cluster(
  networkProfile: PlannedResource['values'][string],
  unknown: Record<string, unknown>,
  expressions: Record<string, unknown>,
): PlannedResource {
  return {
    type: 'azurerm_kubernetes_cluster',
    name: 'main',
    values: { name: 'aks', default_node_pool: [{ name: 'system' }], network_profile: networkProfile },
    unknown,
    expressions: { name: constant('aks'), default_node_pool: [{ name: constant('system') }], ...expressions },
  };
}

async function judgeNetworkPolicy(resource: PlannedResource) {
  const result = await readPlan([resource]);
  expect(result.errors).toEqual([]);
  const outcome = networkPolicyEngine.run(result.model as ScanModel, { defaultNamespace: 'default' });
  return {
    findings: outcome.findings.map((finding) => finding.message),
    undecided: outcome.undecided.map((undecided) => undecided.reason),
  };
}

describe('azurerm arguments the configuration does not write take the provider or AKS default', () => {
  it('an unwritten network_policy that the provider computes is AKS default "none": 5.3.1 fails', async () => {
    const outcome = await judgeNetworkPolicy(
      cluster(
        [{ network_plugin: 'azure', network_data_plane: 'azure', network_policy: null }],
        { network_profile: [{ network_policy: true }] },
        { network_profile: [{ network_plugin: constant('azure') }] },
      ),
    );
    expect(outcome).toEqual({
      findings: [
        'NetworkPolicy objects are not enforced: no network policy engine is selected (network_profile.network_policy not set; AKS default "none"); the dataplane is not Cilium, which would enforce them itself (network_profile.network_data_plane = "azure")',
      ],
      undecided: [],
    });
  });

  it('a network_policy written from a value known only after apply is not evaluated', async () => {
    const outcome = await judgeNetworkPolicy(
      cluster(
        [{ network_plugin: 'azure', network_data_plane: 'azure', network_policy: null }],
        { network_profile: [{ network_policy: true }] },
        { network_profile: [{ network_plugin: constant('azure'), network_policy: fromAnotherResource }] },
      ),
    );
    expect(outcome).toEqual({
      findings: [],
      undecided: ['network_profile.network_policy: known only after apply (terraform plan)'],
    });
  });

  it('a whole network_profile the provider computes, unwritten, takes every AKS default', async () => {
    const outcome = await judgeNetworkPolicy(cluster(null, { network_profile: true }, {}));
    expect(outcome.undecided).toEqual([]);
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0]).toContain('network_profile.network_policy not set; AKS default "none"');
  });

  it('a whole network_profile known only after apply, written, leaves every row it decides not evaluated', async () => {
    const outcome = await judgeNetworkPolicy(
      cluster(
        null,
        { network_profile: true },
        { network_profile: [{ network_plugin: fromAnotherResource }] },
      ),
    );
    expect(outcome).toEqual({
      findings: [],
      undecided: ['network_profile.network_policy: known only after apply (terraform plan)'],
    });
  });
});

describe('node pools and diagnostic settings', () => {
  const pool = (expressions: Record<string, unknown>): PlannedResource => ({
    type: 'azurerm_kubernetes_cluster_node_pool',
    name: 'batch',
    values: { name: 'batch', kubernetes_cluster_id: null, os_sku: null },
    unknown: { kubernetes_cluster_id: true, os_sku: true },
    expressions: {
      name: constant('batch'),
      kubernetes_cluster_id: {
        references: ['azurerm_kubernetes_cluster.main.id', 'azurerm_kubernetes_cluster.main'],
      },
      ...expressions,
    },
  });
  const setting = (expressions: Record<string, unknown>): PlannedResource => ({
    type: 'azurerm_monitor_diagnostic_setting',
    name: 'audit',
    values: { name: 'audit', target_resource_id: null, log_analytics_workspace_id: null, enabled_log: [] },
    unknown: { target_resource_id: true, log_analytics_workspace_id: true, enabled_log: true },
    expressions: {
      name: constant('audit'),
      target_resource_id: {
        references: ['azurerm_kubernetes_cluster.main.id', 'azurerm_kubernetes_cluster.main'],
      },
      log_analytics_workspace_id: { references: ['azurerm_log_analytics_workspace.main.id'] },
      ...expressions,
    },
  });
  const readCluster = async (...resources: PlannedResource[]): Promise<Cluster> => {
    const result = await readPlan([cluster([], {}, {}), ...resources]);
    expect(result.errors).toEqual([]);
    const [only] = result.model.clusters ?? [];
    if (only === undefined) throw new Error('no cluster');
    return only;
  };

  it('a pool os_sku left unwritten is unset (AKS picks Ubuntu); written from an unknown, it is unknown', async () => {
    const unwritten = await readCluster(pool({}));
    expect(unwritten.nodePools[1]?.osSku.state).toBe('unset');
    const written = await readCluster(pool({ os_sku: fromAnotherResource }));
    expect(written.nodePools[1]?.osSku).toMatchObject({ state: 'unknown' });
  });

  it('enabled_log blocks not written are none; written from an unknown they are unknown', async () => {
    const unwritten = await readCluster(setting({}));
    expect(unwritten.diagnosticSettings[0]?.enabledCategories).toMatchObject({ state: 'set', value: [] });
    const written = await readCluster(setting({ enabled_log: [{ category: fromAnotherResource }] }));
    expect(written.diagnosticSettings[0]?.enabledCategories).toMatchObject({ state: 'unknown' });
  });
});
