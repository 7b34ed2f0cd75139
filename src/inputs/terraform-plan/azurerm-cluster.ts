import { quoteInput } from '../../model/quote.js';
import type { Cluster, DiagnosticSetting, NodePool } from '../../model/cluster.js';
import { setTo, unknownSetting, unset, type Setting } from '../../model/setting.js';
import type { NotCheckedInput } from '../input-format.js';
import { configResourceOf, referencesOf, type PlanJson, type PlanResource } from './plan-json.js';
import { referencedResources, samePath } from './references.js';
import { asBoolean, asNumber, asString, asStrings, ResourceValues } from './resource-values.js';
import type { PlanPath, TerraformSources } from './terraform-sources.js';
import { writtenIn } from './written-arguments.js';
import { clusterType, diagnosticSettingType, nodePoolType } from './read-types.js';

// azurerm_kubernetes_cluster_extension is not read: no model property (and so no CIS row) depends on
// an extension. Azure Policy and the Key Vault secrets provider are add-ons, set on the cluster itself.

function nameOf(values: ResourceValues, path: PlanPath = ['name']): string {
  const name = values.read(path);
  // Azure caps names at 63 characters: a longer one is the author's choice, quoted short.
  return quoteInput(
    name.state === 'set' && typeof name.value === 'string' ? name.value : values.resource.address,
  );
}

function identityType(values: ResourceValues): Setting<string> {
  const identity = values.setting(['identity', 0, 'type'], asString);
  if (identity.state !== 'unset') return identity;
  const servicePrincipal = values.blockPresent(['service_principal']);
  return servicePrincipal.state === 'set' ? setTo('ServicePrincipal', servicePrincipal.location) : identity;
}

/** azurerm 3.x `managed = false` is the legacy (non-managed) Entra integration; 4.x has only managed. */
function entraIdEnabled(values: ResourceValues): Setting<boolean> {
  const block = ['azure_active_directory_role_based_access_control'];
  const present = values.blockPresent(block);
  if (present.state !== 'set') return present;
  const managed = values.setting([...block, 0, 'managed'], asBoolean);
  return managed.state === 'unset' ? present : managed;
}

function nodePoolFrom(values: ResourceValues, scope: PlanPath, isDefaultPool: boolean): NodePool {
  const at = (...path: PlanPath): PlanPath => [...scope, ...path];
  const read = <T>(paths: PlanPath[], convert: (value: unknown) => T | undefined): Setting<T> =>
    values.setting(paths, convert, scope);
  const location = values.locate(scope);
  return {
    name: nameOf(values, at('name')),
    location,
    // The default node pool is always the System pool and always Linux.
    mode: isDefaultPool ? setTo('System', location) : read([at('mode')], asString),
    osType: isDefaultPool ? unset(location) : read([at('os_type')], asString),
    osSku: read([at('os_sku')], asString),
    orchestratorVersion: read([at('orchestrator_version')], asString),
    podMaxPids: read([at('kubelet_config', 0, 'pod_max_pid')], asNumber),
    // azurerm has no argument for these preview/newer pool properties: the plan cannot set them.
    seccompDefault: unset(location),
    sshAccess: unset(location),
    messageOfTheDay: unset(location),
    nodePublicIp: read([at('node_public_ip_enabled'), at('enable_node_public_ip')], asBoolean),
    fipsEnabled: read([at('fips_enabled')], asBoolean),
    encryptionAtHost: read([at('host_encryption_enabled'), at('enable_host_encryption')], asBoolean),
  };
}

function clusterFrom(values: ResourceValues, planFile: string): Cluster {
  const aad = 'azure_active_directory_role_based_access_control';
  return {
    name: nameOf(values),
    id: values.resource.address,
    location: values.location,
    origin: 'terraform',
    source: planFile,
    kubernetesVersion: values.setting(['kubernetes_version'], asString),
    rbacEnabled: values.setting(['role_based_access_control_enabled'], asBoolean),
    localAccountsDisabled: values.setting(['local_account_disabled'], asBoolean),
    entraIdEnabled: entraIdEnabled(values),
    azureRbacEnabled: values.setting([aad, 0, 'azure_rbac_enabled'], asBoolean),
    oidcIssuerEnabled: values.setting(['oidc_issuer_enabled'], asBoolean),
    workloadIdentityEnabled: values.setting(['workload_identity_enabled'], asBoolean),
    kmsEnabled: values.blockPresent(['key_management_service']),
    kmsKeyVaultNetworkAccess: values.setting(
      ['key_management_service', 0, 'key_vault_network_access'],
      asString,
    ),
    azurePolicyEnabled: values.setting(['azure_policy_enabled'], asBoolean),
    networkPolicy: values.setting(['network_profile', 0, 'network_policy'], asString),
    networkDataplane: values.setting(
      [
        ['network_profile', 0, 'network_data_plane'],
        ['network_profile', 0, 'ebpf_data_plane'],
      ],
      asString,
    ),
    keyVaultSecretsProviderEnabled: values.blockPresent(['key_vault_secrets_provider']),
    // Image Integrity is a preview property that azurerm does not expose.
    imageIntegrityEnabled: unset(values.location),
    defenderEnabled: values.blockPresent(['microsoft_defender']),
    identityType: identityType(values),
    privateCluster: values.setting(['private_cluster_enabled'], asBoolean),
    privateClusterPublicFqdn: values.setting(['private_cluster_public_fqdn_enabled'], asBoolean),
    authorizedIpRanges: values.setting(
      [['api_server_access_profile', 0, 'authorized_ip_ranges'], ['api_server_authorized_ip_ranges']],
      asStrings,
    ),
    // 3.x's `public_network_access_enabled` was deprecated as not functional and is no longer sent to
    // the API (hashicorp/terraform-provider-azurerm#22478); 4.x has no argument for it.
    publicNetworkAccess: unset(values.location),
    diagnosticSettings: [],
    nodePools: [nodePoolFrom(values, ['default_node_pool', 0], true)],
  };
}

const destinationArguments = [
  'log_analytics_workspace_id',
  'storage_account_id',
  'eventhub_authorization_rule_id',
  'partner_solution_id',
];

function diagnosticSettingFrom(values: ResourceValues, plan: PlanJson): DiagnosticSetting {
  return {
    name: nameOf(values),
    location: values.location,
    enabledCategories: enabledCategories(values),
    hasDestination: hasDestination(values, plan),
  };
}

/** `enabled_log { category | category_group }` (4.x), and 3.x's `log { … enabled }`. */
function enabledCategories(values: ResourceValues): Setting<string[]> {
  const categories: string[] = [];
  for (const block of ['enabled_log', 'log']) {
    const entries = values.read([block]);
    if (entries.state === 'unknown') return unknownSetting(entries.reason, values.locate([block]));
    if (entries.state !== 'set' || !Array.isArray(entries.value)) continue;
    for (let index = 0; index < entries.value.length; index += 1) {
      const enabled = values.read([block, index, 'enabled']);
      if (enabled.state === 'unknown') return unknownSetting(enabled.reason, values.locate([block, index]));
      if (enabled.state === 'set' && enabled.value === false) continue;
      for (const key of ['category', 'category_group']) {
        const category = values.read([block, index, key]);
        if (category.state === 'unknown')
          return unknownSetting(category.reason, values.locate([block, index, key]));
        if (category.state === 'set' && typeof category.value === 'string') categories.push(category.value);
      }
    }
  }
  const first = values.read(['enabled_log', 0]).state === 'set' ? ['enabled_log', 0] : ['log', 0];
  return setTo(categories, categories.length > 0 ? values.locate(first) : values.location);
}

/**
 * A destination id is usually another resource's id, which a plan knows only after apply. The
 * question is whether the configuration names a destination, so an unknown id counts when the
 * configuration writes it as a reference to another resource.
 */
function hasDestination(values: ResourceValues, plan: PlanJson): Setting<boolean> {
  let unknownAt: { path: PlanPath; reason: string } | undefined;
  for (const argument of destinationArguments) {
    const read = values.read([argument]);
    if (read.state === 'set' && read.value !== '') return setTo(true, values.locate([argument]));
    if (read.state === 'unknown') {
      if (referencesOf(plan, values.resource, argument).length > 0)
        return setTo(true, values.locate([argument]));
      unknownAt ??= { path: [argument], reason: read.reason };
    }
  }
  if (unknownAt !== undefined) return unknownSetting(unknownAt.reason, values.locate(unknownAt.path));
  return setTo(false, values.location);
}

/** `module.region["a"].` for `module.region["a"].azurerm_kubernetes_cluster.this[0]`. */
function moduleInstanceOf(resource: PlanResource): string {
  const address = resource.address.replace(/\[[^\]]*\]$/, '');
  return address.slice(0, address.length - resource.configAddress.length);
}

/**
 * Inside a module called with count or for_each, a reference to a resource of the same module
 * means the one in the same instance: `module.region["a"]`'s setting targets `module.region["a"]`'s
 * cluster, never `module.region["b"]`'s.
 */
function inSameModuleInstance(from: PlanResource, candidate: PlanResource): boolean {
  return (
    !samePath(from.modulePath, candidate.modulePath) || moduleInstanceOf(from) === moduleInstanceOf(candidate)
  );
}

/**
 * The cluster an argument (`kubernetes_cluster_id`, `target_resource_id`) points at: by its
 * value when the plan knows it, else through the configuration's references. Undefined when
 * it points elsewhere; a string (the reason) when it points at a cluster this plan does not hold.
 */
function linkedCluster(
  plan: PlanJson,
  resource: PlanResource,
  argument: string,
  clusters: ReadonlyMap<PlanResource, Cluster>,
): Cluster | string | undefined {
  const value = resource.values[argument];
  if (typeof value === 'string') {
    const match = /\/managedClusters\/([^/]+)$/i.exec(value);
    if (match === null) return undefined;
    const byName = [...clusters.values()].filter(
      (cluster) => cluster.name.toLowerCase() === match[1]?.toLowerCase(),
    );
    return byName.length === 1 ? byName[0] : `its cluster ${quoteInput(value)} is not in this plan`;
  }
  const candidates = referencedResources(plan, resource, argument, clusterType, [...clusters.keys()]).filter(
    (candidate) => inSameModuleInstance(resource, candidate),
  );
  // With count/for_each on both sides, `pool[1]` belongs to `cluster[1]`.
  const instanceKey = /\[[^\]]*\]$/.exec(resource.address)?.[0];
  const chosen =
    candidates.length === 1
      ? candidates[0]
      : candidates.find((candidate) => instanceKey !== undefined && candidate.address.endsWith(instanceKey));
  if (chosen !== undefined) return clusters.get(chosen);
  return candidates.length > 1
    ? `it may belong to any of ${candidates.map((c) => quoteInput(c.address)).join(', ')}`
    : undefined;
}

export interface AzurermResult {
  /** Each cluster by the plan resource it came from. */
  clusters: Map<PlanResource, Cluster>;
  /** Pools and settings that name a cluster outside this plan: listed, never dropped silently. */
  /** Node pools and diagnostic settings whose cluster this input does not hold. */
  notChecked: NotCheckedInput[];
}

/** The plan's AKS clusters, with their node pools and the diagnostic settings aimed at them. */
export function readAzurermClusters(
  plan: PlanJson,
  resources: readonly PlanResource[],
  sources: TerraformSources,
): AzurermResult {
  const valuesOf = (resource: PlanResource): ResourceValues =>
    new ResourceValues(resource, sources, writtenIn(configResourceOf(plan, resource)?.expressions));
  const clusters = new Map<PlanResource, Cluster>();
  for (const resource of resources) {
    if (resource.type === clusterType)
      clusters.set(resource, clusterFrom(valuesOf(resource), sources.inputFile));
  }
  const notChecked: NotCheckedInput[] = [];
  for (const resource of resources) {
    const isPool = resource.type === nodePoolType;
    if (!isPool && resource.type !== diagnosticSettingType) continue;
    const argument = isPool ? 'kubernetes_cluster_id' : 'target_resource_id';
    const cluster = linkedCluster(plan, resource, argument, clusters);
    if (typeof cluster === 'string' || (cluster === undefined && isPool)) {
      const reason = cluster ?? 'its cluster is not in this plan';
      const { file, line } = sources.locate(resource);
      notChecked.push({
        file,
        line,
        reason: `${quoteInput(resource.address)} is not checked: ${reason}`,
        fix: 'scan it together with the configuration (or plan) that declares its cluster',
      });
      continue;
    }
    if (cluster === undefined) continue;
    const values = valuesOf(resource);
    if (isPool) cluster.nodePools.push(nodePoolFrom(values, [], false));
    else cluster.diagnosticSettings.push(diagnosticSettingFrom(values, plan));
  }
  return { clusters, notChecked };
}
