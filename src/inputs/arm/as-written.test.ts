import { inFile } from '../../../test/support/check-testing.js';
/**
 * ARM as people write it (issue 10, section 3): child resources inside their parent, diagnostic
 * settings aimed elsewhere, values as ARM accepts them, and defaults that changed with API versions.
 */
import { describe, expect, test } from 'vitest';
import type { Cluster } from '../../model/cluster.js';
import type { ArmObject } from './arm-value.js';
import { evaluateTemplate } from './evaluate-template.js';
import { clusterNamed, describeSetting, lineOf, poolNamed, readArmText } from '../../../test/support/arm.js';

const schema = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const parameterSchema = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

const template = (body: Record<string, unknown>): string =>
  JSON.stringify({ $schema: schema, contentVersion: '1.0.0.0', ...body }, null, 2);

const cluster = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'Microsoft.ContainerService/managedClusters',
  apiVersion: '2025-10-01',
  name: 'aks',
  properties,
  ...extra,
});

async function clustersOf(
  files: Record<string, string>,
): Promise<{ clusters: Cluster[]; errors: unknown[] }> {
  const result = await readArmText(files);
  return { clusters: result.model.clusters ?? [], errors: result.errors };
}

describe('child resources declared inside their parent', () => {
  const children = [
    {
      type: 'agentPools',
      apiVersion: '2025-10-01',
      name: 'user',
      properties: { kubeletConfig: { podMaxPids: 512 } },
    },
    {
      type: 'providers/diagnosticSettings',
      apiVersion: '2021-05-01-preview',
      name: 'Microsoft.Insights/audit',
      properties: { workspaceId: '/ws', logs: [{ category: 'kube-audit', enabled: true }] },
    },
    { type: 'maintenanceConfigurations', apiVersion: '2025-10-01', name: 'default', properties: {} },
  ];
  const text = template({ resources: [cluster({ kubernetesVersion: '1.33.0' }, { resources: children })] });

  test('are evaluated with their full type and name', () => {
    const evaluation = evaluateTemplate(JSON.parse(text) as ArmObject, new Map());
    expect(
      evaluation.resources.map((resource) => [resource.type, resource.name, resource.path.join('.')]),
    ).toEqual([
      ['Microsoft.ContainerService/managedClusters', 'aks', 'resources.0'],
      ['Microsoft.ContainerService/managedClusters/agentPools', 'aks/user', 'resources.0.resources.0'],
      [
        'Microsoft.ContainerService/managedClusters/providers/diagnosticSettings',
        'aks/Microsoft.Insights/audit',
        'resources.0.resources.1',
      ],
      [
        'Microsoft.ContainerService/managedClusters/maintenanceConfigurations',
        'aks/default',
        'resources.0.resources.2',
      ],
    ]);
  });

  test('an agent pool and a diagnostic setting belong to the cluster, at their own lines', async () => {
    const { clusters, errors } = await clustersOf({ 'nested.json': text });
    expect(errors).toEqual([]);
    expect(clusters.map((each) => each.name)).toEqual(['aks']);
    const aks = clusterNamed(clusters, 'aks');
    const user = poolNamed(aks, 'user');
    expect(inFile(user.location).line).toBe(lineOf(text, '"name": "user"') - 3);
    expect(describeSetting(user.podMaxPids)).toBe(`set 512 @nested.json:${lineOf(text, '"podMaxPids"')}`);
    expect(describeSetting(user.orchestratorVersion)).toBe(
      `set "1.33.0" @nested.json:${lineOf(text, '"kubernetesVersion"')}`,
    );
    expect(
      aks.diagnosticSettings.map((setting) => [setting.name, describeSetting(setting.enabledCategories)]),
    ).toEqual([['audit', `set ["kube-audit"] @nested.json:${lineOf(text, '"logs"')}`]]);
  });

  test('conditions do not cascade: the child of a parent that is not deployed is still read', async () => {
    const parent = cluster({}, { condition: false, resources: [children[0]] });
    const { clusters } = await clustersOf({ 'condition.json': template({ resources: [parent] }) });
    // The parent is not deployed here, so the pool belongs to a cluster deployed elsewhere.
    expect(clusters.map((each) => [each.id, each.nodePools.map((pool) => pool.name)])).toEqual([
      ['existing:aks', ['user']],
    ]);
  });
});

describe('diagnostic settings aimed at something other than a cluster', () => {
  const setting = (scope: string, category = 'kube-audit') => ({
    type: 'Microsoft.Insights/diagnosticSettings',
    apiVersion: '2021-05-01-preview',
    name: 'logs',
    scope,
    properties: { workspaceId: '/ws', logs: [{ category, enabled: true }] },
  });

  test.each([
    [
      'a Data Collection Rule named by a parameter',
      "[resourceId('Microsoft.Insights/dataCollectionRules', parameters('dcr'))]",
    ],
    [
      'a workspace, as Bicep writes a scope',
      "[format('Microsoft.OperationalInsights/workspaces/{0}', parameters('dcr'))]",
    ],
    [
      'a workspace by its full id',
      "[format('/subscriptions/{0}/providers/Microsoft.OperationalInsights/workspaces/ws', parameters('dcr'))]",
    ],
  ])('%s makes no phantom cluster', async (_, scope) => {
    const text = template({ parameters: { dcr: { type: 'string' } }, resources: [setting(scope)] });
    expect((await clustersOf({ 'dcr.json': text })).clusters).toEqual([]);
  });

  test('a scope known only at deployment with categories no cluster has makes no phantom cluster', async () => {
    const text = template({
      parameters: { target: { type: 'string' } },
      resources: [setting("[parameters('target')]", 'Audit')],
    });
    expect((await clustersOf({ 'workspace.json': text })).clusters).toEqual([]);
  });

  test('a scope that may be a managed cluster still names one whose configuration is unknown', async () => {
    const text = template({
      parameters: { name: { type: 'string' }, target: { type: 'string' } },
      resources: [
        setting("[resourceId('Microsoft.ContainerService/managedClusters', parameters('name'))]"),
        setting("[parameters('target')]"),
      ],
    });
    expect((await clustersOf({ 'maybe.json': text })).clusters.map((each) => each.name)).toEqual([
      "cluster whose name parameter 'name' has no value",
      "cluster whose name parameter 'target' has no value",
    ]);
  });
});

describe('values as ARM accepts them', () => {
  test('a nullable parameter without a value is null: unset, and coalesce() takes the next value', async () => {
    const text = template({
      parameters: {
        aad: { type: 'object', nullable: true },
        rbac: { type: 'bool', nullable: true },
        required: { type: 'bool' },
      },
      resources: [
        cluster({
          aadProfile: "[parameters('aad')]",
          enableRBAC: "[coalesce(parameters('rbac'), true)]",
          disableLocalAccounts: "[parameters('required')]",
        }),
      ],
    });
    const { clusters, errors } = await clustersOf({ 'nullable.json': text });
    expect(errors).toEqual([]);
    const aks = clusterNamed(clusters, 'aks');
    expect(describeSetting(aks.entraIdEnabled)).toBe(`unset @nullable.json:${lineOf(text, '"aadProfile"')}`);
    expect(describeSetting(aks.rbacEnabled)).toBe(`set true @nullable.json:${lineOf(text, '"enableRBAC"')}`);
    // A parameter with no default, not nullable, must be given at deployment: not evaluated.
    expect(describeSetting(aks.localAccountsDisabled)).toBe(
      `unknown(parameter 'required' has no value) @nullable.json:${lineOf(text, '"disableLocalAccounts"')}`,
    );
  });

  test('a parameter value of another type than declared is an error at its line, never converted', async () => {
    const text = template({
      parameters: { rbac: { type: 'bool' }, local: { type: 'bool', defaultValue: 'true' } },
      resources: [
        cluster({ enableRBAC: "[parameters('rbac')]", disableLocalAccounts: "[parameters('local')]" }),
      ],
    });
    const values = JSON.stringify(
      { $schema: parameterSchema, parameters: { rbac: { value: 'false' } } },
      null,
      2,
    );
    const { clusters, errors } = await clustersOf({
      'cluster.json': text,
      'cluster.parameters.json': values,
    });
    expect(errors).toEqual([
      {
        file: 'cluster.parameters.json',
        line: lineOf(values, '"value"'),
        column: 7,
        message:
          "parameter 'rbac' is declared bool but its value is a string: ARM would reject the deployment",
      },
      {
        file: 'cluster.json',
        line: lineOf(text, '"defaultValue"'),
        column: 7,
        message:
          "parameter 'local' is declared bool but its value is a string: ARM would reject the deployment",
      },
    ]);
    const [aks] = clusters;
    expect(aks?.rbacEnabled.state).toBe('unknown');
    expect(aks?.localAccountsDisabled.state).toBe('unknown');
  });

  test('public network access and the 2019 top-level apiServerAuthorizedIPRanges are read', async () => {
    const text = template({
      resources: [
        cluster(
          {
            apiServerAuthorizedIPRanges: ['203.0.113.0/24'],
            publicNetworkAccess: 'Disabled',
            enableRBAC: true,
          },
          { apiVersion: '2019-02-01' },
        ),
      ],
    });
    const aks = clusterNamed((await clustersOf({ 'legacy.json': text })).clusters, 'aks');
    expect(describeSetting(aks.authorizedIpRanges)).toBe(
      `set ["203.0.113.0/24"] @legacy.json:${lineOf(text, '"apiServerAuthorizedIPRanges"')}`,
    );
    expect(describeSetting(aks.publicNetworkAccess)).toBe(
      `set "Disabled" @legacy.json:${lineOf(text, '"publicNetworkAccess"')}`,
    );
  });

  test.each([
    ['2018-03-31', { value: false, reason: 'API version 2018-03-31 defaults it to false' }],
    ['2019-04-01', { value: false, reason: 'API version 2019-04-01 defaults it to false' }],
    ['2021-05-01', undefined],
    ['2025-10-01', undefined],
  ])(
    'enableRBAC left out on API version %s: the default of that version',
    async (apiVersion, platformDefault) => {
      const text = template({ resources: [cluster({}, { apiVersion })] });
      const aks = clusterNamed((await clustersOf({ 'rbac.json': text })).clusters, 'aks');
      expect(aks.rbacEnabled).toEqual({
        state: 'unset',
        location: aks.location,
        ...(platformDefault === undefined ? {} : { platformDefault }),
      });
    },
  );

  test.each(['2019-06-01', '2021-03-01'])(
    'enableRBAC left out on API version %s, whose default no source documents: unknown, naming the version',
    async (apiVersion) => {
      const text = template({ resources: [cluster({}, { apiVersion })] });
      const aks = clusterNamed((await clustersOf({ 'rbac.json': text })).clusters, 'aks');
      expect(aks.rbacEnabled).toEqual({
        state: 'unknown',
        reason: `enableRBAC is left out, and whether API version ${apiVersion} turns Kubernetes RBAC on by default is not documented; set it explicitly`,
        location: aks.location,
      });
    },
  );
});
