import { quoteInput } from '../../model/quote.js';
import type { Cluster, ClusterOrigin, DiagnosticSetting, NodePool } from '../../model/cluster.js';
import { describeLocation, type FieldPath, type SourceLocation } from '../../model/location.js';
import { inputErrorAt } from '../../model/input-problems.js';
import { type Setting, setTo, unknownSetting, unset } from '../../model/setting.js';
import type { InputError } from '../input-format.js';
import {
  type ArmValue,
  Unresolved,
  describeType,
  findKey,
  getProperty,
  isArmObject,
  isUnresolved,
} from './arm-value.js';
import type { EvaluatedResource, TemplateEvaluation } from './evaluate-template.js';

const clusterType = 'microsoft.containerservice/managedclusters';
const agentPoolType = 'microsoft.containerservice/managedclusters/agentpools';
const diagnosticSettingsType = 'microsoft.insights/diagnosticsettings';
const nestedDiagnosticSettingsType =
  'microsoft.containerservice/managedclusters/providers/diagnosticsettings';

/** How evaluated values are traced back to the text the user wrote. */
export interface SourcePositions<Location extends SourceLocation = SourceLocation> {
  /** The location of a template document path (its deepest part that exists in the source). */
  locate(path: FieldPath): Location;
  /** The symbolic name of the resource declared at `path`, when the source has one (Bicep). */
  symbolicName?(path: FieldPath): string | undefined;
}

export interface BuildOptions {
  origin: ClusterOrigin;
  /** Set when the template is checked through a parameter file: it names the combination. */
  parameterFile?: string;
  /** The clusters' `source`: the template, its parameter file, or the live cluster. */
  source: string;
}

type ValueKind = 'boolean' | 'string' | 'number' | 'string[]' | 'array';

function matchesKind(value: ArmValue, kind: ValueKind): boolean {
  if (kind === 'array') return Array.isArray(value);
  if (kind === 'string[]') return Array.isArray(value) && value.every((item) => typeof item === 'string');
  return typeof value === kind;
}

const kindNames: Record<ValueKind, string> = {
  boolean: 'a boolean',
  string: 'a string',
  number: 'a number',
  'string[]': 'an array of strings',
  array: 'an array',
};

/**
 * Values that ARM would refuse (a string where the API takes a boolean, a `properties` that is
 * not an object), each reported once at its line: an input error, never a guess or a silent drop.
 */
class ShapeErrors {
  private readonly byKey = new Map<string, InputError>();

  /** Records the value at `location` and returns the reason, for the settings it leaves unknown. */
  reject(location: SourceLocation, expectation: string, found: ArmValue): string {
    const message = `${expectation}, found ${describeType(found)}: ARM would reject it`;
    const error = inputErrorAt(location, message);
    this.byKey.set(JSON.stringify(error), error);
    return message;
  }

  list(): InputError[] {
    return [...this.byKey.values()];
  }
}

/** Reads settings out of one evaluated object, each located at the property that decides it. */
class SettingReader {
  constructor(
    private readonly root: ArmValue,
    /** Where a missing property is reported: the resource (or pool) declaration. */
    private readonly declaration: SourceLocation,
    private readonly evaluation: TemplateEvaluation,
    private readonly positions: SourcePositions,
    /** Why the whole resource may not exist, which makes every value unknown. */
    private readonly condition: true | Unresolved,
    private readonly errors: ShapeErrors,
  ) {}

  read<T>(path: string[], kind: ValueKind): Setting<T> {
    const found = this.walk<T>(path);
    if ('state' in found) return found;
    const { value, location, name } = found;
    if (kind === 'string[]' && Array.isArray(value)) {
      const unresolved = value.find(isUnresolved);
      if (unresolved) return unknownSetting(unresolved.reason, location);
    }
    if (!matchesKind(value, kind))
      return this.rejected(`'${quoteInput(name)}' must be ${kindNames[kind]}`, value, location);
    return setTo(value as T, location);
  }

  /** Follows `path` to a stated value, or to the setting that says why there is none. */
  private walk<T>(path: string[]): Setting<T> | { value: ArmValue; location: SourceLocation; name: string } {
    if (isUnresolved(this.condition)) return unknownSetting(this.condition.reason, this.declaration);
    let current = this.root;
    let location = this.declaration;
    let name = '';
    for (const key of path) {
      if (isUnresolved(current)) return unknownSetting(current.reason, location);
      if (current === null) return unset(location);
      if (!isArmObject(current))
        return this.rejected(`'${quoteInput(name)}' must be an object`, current, location);
      const actualKey = findKey(current, key);
      if (actualKey === undefined) return unset(this.declaration);
      const path = this.evaluation.pathOf(current, actualKey);
      if (path) location = this.positions.locate(path);
      current = current[actualKey] as ArmValue;
      name = name === '' ? actualKey : `${name}.${actualKey}`;
    }
    if (isUnresolved(current)) return unknownSetting(current.reason, location);
    if (current === null) return unset(location);
    return { value: current, location, name };
  }

  /** A value of a type ARM's validation rejects: an input error at its line, and the setting unknown. */
  private rejected<T>(expectation: string, found: ArmValue, location: SourceLocation): Setting<T> {
    return unknownSetting(this.errors.reject(location, expectation, found), location);
  }

  /** Location of a property, or of the declaration when it is absent. */
  locationOf(path: string[]): SourceLocation {
    return this.walk(path).location;
  }
}

interface Context {
  evaluation: TemplateEvaluation;
  positions: SourcePositions;
  options: BuildOptions;
  errors: ShapeErrors;
}

function readerFor(resource: EvaluatedResource, context: Context): SettingReader {
  return new SettingReader(
    resource.body,
    context.positions.locate(resource.path),
    context.evaluation,
    context.positions,
    resource.condition,
    context.errors,
  );
}

/**
 * Display name and stable id: the resource name when it is known, else the Bicep symbolic name,
 * else the resource's type and line. A template checked through a parameter file says which.
 */
function resourceIdentity(resource: EvaluatedResource, context: Context): { name: string; id: string } {
  const symbolic = (entry: EvaluatedResource): string | undefined =>
    entry.symbolicName ?? context.positions.symbolicName?.(entry.path);
  const symbolicPath = [...resource.deployments, resource].map(symbolic);
  const resourceName = typeof resource.name === 'string' ? resource.name : undefined;
  const location = context.positions.locate(resource.path);
  const anonymous = `${resource.type.split('/').at(-1)} at ${describeLocation(location)}`;
  const id = symbolicPath.every((part) => part !== undefined)
    ? symbolicPath.join('/')
    : `${resource.type}/${resourceName ?? resource.path.join('/')}`;
  const parameterFile = context.options.parameterFile;
  return {
    // Azure caps resource names at 63 characters: a longer one is the author's choice, quoted short.
    name: `${quoteInput(resourceName ?? symbolic(resource) ?? anonymous)}${parameterFile === undefined ? '' : ` (${parameterFile})`}`,
    id: `${id}${parameterFile === undefined ? '' : `@${parameterFile}`}`,
  };
}

/** The names of a model type's `Setting` fields. */
type SettingNames<Model> = {
  [Key in keyof Model]-?: Model[Key] extends Setting<unknown> ? Key : never;
}[keyof Model];
type PropertyTable<Model> = Record<SettingNames<Model>, [path: string[], kind: ValueKind]>;

/** Where each node-pool setting is in an agent pool profile (ARM names, azure-property-map.md section B). */
const poolProperties: PropertyTable<NodePool> = {
  mode: [['mode'], 'string'],
  osType: [['osType'], 'string'],
  osSku: [['osSKU'], 'string'],
  orchestratorVersion: [['orchestratorVersion'], 'string'],
  podMaxPids: [['kubeletConfig', 'podMaxPids'], 'number'],
  seccompDefault: [['kubeletConfig', 'seccompDefault'], 'string'],
  nodePublicIp: [['enableNodePublicIP'], 'boolean'],
  fipsEnabled: [['enableFIPS'], 'boolean'],
  encryptionAtHost: [['enableEncryptionAtHost'], 'boolean'],
  sshAccess: [['securityProfile', 'sshAccess'], 'string'],
  messageOfTheDay: [['messageOfTheDay'], 'string'],
};

/** Where each cluster setting is in a managedClusters resource (azure-property-map.md section A). */
const clusterProperties: PropertyTable<Cluster> = {
  kubernetesVersion: [['properties', 'kubernetesVersion'], 'string'],
  rbacEnabled: [['properties', 'enableRBAC'], 'boolean'],
  localAccountsDisabled: [['properties', 'disableLocalAccounts'], 'boolean'],
  entraIdEnabled: [['properties', 'aadProfile', 'managed'], 'boolean'],
  azureRbacEnabled: [['properties', 'aadProfile', 'enableAzureRBAC'], 'boolean'],
  oidcIssuerEnabled: [['properties', 'oidcIssuerProfile', 'enabled'], 'boolean'],
  workloadIdentityEnabled: [['properties', 'securityProfile', 'workloadIdentity', 'enabled'], 'boolean'],
  kmsEnabled: [['properties', 'securityProfile', 'azureKeyVaultKms', 'enabled'], 'boolean'],
  kmsKeyVaultNetworkAccess: [
    ['properties', 'securityProfile', 'azureKeyVaultKms', 'keyVaultNetworkAccess'],
    'string',
  ],
  azurePolicyEnabled: [['properties', 'addonProfiles', 'azurepolicy', 'enabled'], 'boolean'],
  networkPolicy: [['properties', 'networkProfile', 'networkPolicy'], 'string'],
  networkDataplane: [['properties', 'networkProfile', 'networkDataplane'], 'string'],
  keyVaultSecretsProviderEnabled: [
    ['properties', 'addonProfiles', 'azureKeyvaultSecretsProvider', 'enabled'],
    'boolean',
  ],
  imageIntegrityEnabled: [['properties', 'securityProfile', 'imageIntegrity', 'enabled'], 'boolean'],
  defenderEnabled: [
    ['properties', 'securityProfile', 'defender', 'securityMonitoring', 'enabled'],
    'boolean',
  ],
  identityType: [['identity', 'type'], 'string'],
  privateCluster: [['properties', 'apiServerAccessProfile', 'enablePrivateCluster'], 'boolean'],
  privateClusterPublicFqdn: [
    ['properties', 'apiServerAccessProfile', 'enablePrivateClusterPublicFQDN'],
    'boolean',
  ],
  authorizedIpRanges: [['properties', 'apiServerAccessProfile', 'authorizedIPRanges'], 'string[]'],
  publicNetworkAccess: [['properties', 'publicNetworkAccess'], 'string'],
};

/** Every setting of a table, each from `settingOf`. */
function settingsFrom<Model>(
  table: PropertyTable<Model>,
  settingOf: (path: string[], kind: ValueKind) => Setting<unknown>,
): Pick<Model, SettingNames<Model>> {
  const entries = Object.entries<[string[], ValueKind]>(table);
  const settings: Record<string, Setting<unknown>> = Object.fromEntries(
    entries.map(([name, [path, kind]]) => [name, settingOf(path, kind)]),
  );
  // One entry per name of the table, which lists exactly the model's setting names.
  return settings as Pick<Model, SettingNames<Model>>;
}

function readNodePool(
  reader: SettingReader,
  name: string,
  location: SourceLocation,
  prefix: string[],
): NodePool {
  return {
    name,
    location,
    ...settingsFrom(poolProperties, (path, kind) => reader.read([...prefix, ...path], kind)),
  };
}

/** A pool whose every value is unknown, for pools that exist but cannot be read. */
function unknownNodePool(name: string, location: SourceLocation, reason: string): NodePool {
  return { name, location, ...settingsFrom(poolProperties, () => unknownSetting(reason, location)) };
}

function inlineNodePools(resource: EvaluatedResource, reader: SettingReader, context: Context): NodePool[] {
  const properties = getProperty(resource.body, 'properties');
  const profiles = isArmObject(properties) ? getProperty(properties, 'agentPoolProfiles') : undefined;
  if (profiles === undefined || profiles === null) return [];
  const profilesLocation = reader.locationOf(['properties', 'agentPoolProfiles']);
  if (!Array.isArray(profiles)) {
    const reason = isUnresolved(profiles)
      ? profiles.reason
      : context.errors.reject(profilesLocation, `'agentPoolProfiles' must be an array`, profiles);
    return [
      unknownNodePool('agentPoolProfiles', profilesLocation, `the node pools are not known: ${reason}`),
    ];
  }
  return profiles.map((profile, index) => {
    const itemPath = context.evaluation.pathOf(profiles, index);
    const location = itemPath ? context.positions.locate(itemPath) : profilesLocation;
    const name = isArmObject(profile) ? getProperty(profile, 'name') : undefined;
    const poolName = typeof name === 'string' ? quoteInput(name) : `agentPoolProfiles[${index}]`;
    if (!isArmObject(profile)) {
      const reason = isUnresolved(profile)
        ? profile.reason
        : context.errors.reject(location, `'agentPoolProfiles[${index}]' must be an object`, profile);
      return unknownNodePool(poolName, location, `the node pool is not known: ${reason}`);
    }
    const poolReader = new SettingReader(
      profile,
      location,
      context.evaluation,
      context.positions,
      resource.condition,
      context.errors,
    );
    return readNodePool(poolReader, poolName, location, []);
  });
}

/**
 * What managedClusters does when a template leaves enableRBAC out is not in the API's own
 * specification (azure-rest-api-specs and bicep's types describe the property with no default),
 * so these bands rest on what Microsoft and its tools said at the time:
 * - in January 2019 the AKS docs' author said RBAC was on by default only in the az CLI, and not
 *   for Resource Manager templates (MicrosoftDocs/azure-docs#22220), and in April 2019 the CLI
 *   still had to turn it on itself: the API versions before 2019-06-01 (2017-08-31 has no
 *   enableRBAC at all) are read as off;
 * - in September 2021 Cluster API's Azure provider, on API version 2021-05-01, checked on a real
 *   cluster that a cluster created without it has RBAC on (cluster-api-provider-azure#1678):
 *   that version and later ones are read with today's default, on;
 * - in between, nothing the scan can cite says which: the row is not evaluated, never a pass.
 */
const rbacDefaultOffBefore = '2019-06-01';
const rbacDefaultOnSince = '2021-05-01';

/** enableRBAC as the template's API version reads it when the template leaves it out. */
function rbacWithVersionDefault(
  rbacEnabled: Setting<boolean>,
  apiVersion: ArmValue | undefined,
): Setting<boolean> {
  if (rbacEnabled.state !== 'unset' || typeof apiVersion !== 'string' || apiVersion >= rbacDefaultOnSince) {
    return rbacEnabled;
  }
  if (apiVersion < rbacDefaultOffBefore) {
    return unset(rbacEnabled.location, {
      value: false,
      reason: `API version ${apiVersion} defaults it to false`,
    });
  }
  return unknownSetting(
    `enableRBAC is left out, and whether API version ${apiVersion} turns Kubernetes RBAC on by default is not documented; set it explicitly`,
    rbacEnabled.location,
  );
}

/** The authorized ranges, or the top-level apiServerAuthorizedIPRanges of 2019 preview API versions. */
function authorizedRanges(reader: SettingReader, current: Setting<string[]>): Setting<string[]> {
  if (current.state !== 'unset') return current;
  const legacy = reader.read<string[]>(['properties', 'apiServerAuthorizedIPRanges'], 'string[]');
  return legacy.state === 'unset' ? current : legacy;
}

function readCluster(resource: EvaluatedResource, context: Context): Cluster {
  const reader = readerFor(resource, context);
  const read = settingsFrom(clusterProperties, (path, kind) => reader.read(path, kind));
  const settings = {
    ...read,
    rbacEnabled: rbacWithVersionDefault(read.rbacEnabled, getProperty(resource.body, 'apiVersion')),
    authorizedIpRanges: authorizedRanges(reader, read.authorizedIpRanges),
  };
  const servicePrincipal = reader.read<string>(
    ['properties', 'servicePrincipalProfile', 'clientId'],
    'string',
  );
  const nodePools = inlineNodePools(resource, reader, context).map((pool) =>
    withClusterVersion(pool, settings.kubernetesVersion),
  );
  return {
    ...resourceIdentity(resource, context),
    location: context.positions.locate(resource.path),
    origin: context.options.origin,
    source: context.options.source,
    ...settings,
    // A legacy service principal stands in for a managed identity when no identity block is given.
    identityType:
      settings.identityType.state === 'unset' && servicePrincipal.state !== 'unset'
        ? setTo('ServicePrincipal', servicePrincipal.location)
        : settings.identityType,
    diagnosticSettings: [],
    nodePools,
  };
}

/** A pool without orchestratorVersion runs the cluster's Kubernetes version. */
function withClusterVersion(pool: NodePool, clusterVersion: Setting<string>): NodePool {
  return pool.orchestratorVersion.state === 'unset' ? { ...pool, orchestratorVersion: clusterVersion } : pool;
}

/**
 * A cluster the input only refers to (a Bicep `existing` resource, or a parent that is not
 * declared): its pools and diagnostic settings are checked, its own configuration is unknown.
 */
function referencedCluster(name: string, location: SourceLocation, context: Context): Cluster {
  const reason = `the cluster '${name}' is not declared in this input (an existing resource): its configuration is not known`;
  const suffix = context.options.parameterFile === undefined ? '' : `@${context.options.parameterFile}`;
  return {
    name,
    id: `existing:${name}${suffix}`,
    location,
    origin: context.options.origin,
    source: context.options.source,
    ...settingsFrom(clusterProperties, () => unknownSetting(reason, location)),
    diagnosticSettings: [],
    // Settings deployed with the cluster elsewhere are not in this input; only ones found here are listed.
    diagnosticSettingsUnknown: reason,
    nodePools: [],
  };
}

function readDiagnosticSetting(resource: EvaluatedResource, context: Context): DiagnosticSetting {
  const reader = readerFor(resource, context);
  return {
    name:
      typeof resource.name === 'string'
        ? quoteInput(resource.name.split('/').at(-1))
        : resourceIdentity(resource, context).name,
    location: context.positions.locate(resource.path),
    enabledCategories: enabledCategoriesOf(reader.read<ArmValue[]>(['properties', 'logs'], 'array'), context),
    hasDestination: destinationOf(reader),
  };
}

/** The categories (or category groups) that a diagnostic setting's `logs` entries enable. */
function enabledCategoriesOf(logs: Setting<ArmValue[]>, context: Context): Setting<string[]> {
  if (logs.state === 'unset') return unset(logs.location);
  if (logs.state === 'unknown') return unknownSetting(logs.reason, logs.location);
  const categories: string[] = [];
  for (const [index, entry] of logs.value.entries()) {
    const entryPath = context.evaluation.pathOf(logs.value, index);
    const location = entryPath ? context.positions.locate(entryPath) : logs.location;
    if (isUnresolved(entry)) return unknownSetting(entry.reason, location);
    if (!isArmObject(entry)) {
      return unknownSetting(
        context.errors.reject(location, `a 'logs' entry must be an object`, entry),
        location,
      );
    }
    const entryReader = new SettingReader(
      entry,
      location,
      context.evaluation,
      context.positions,
      true,
      context.errors,
    );
    const enabled = entryReader.read<boolean>(['enabled'], 'boolean');
    const category = entryReader.read<string>(['category'], 'string');
    const group = entryReader.read<string>(['categoryGroup'], 'string');
    const undecided = [enabled, category, group].find((setting) => setting.state === 'unknown');
    if (undecided?.state === 'unknown') return unknownSetting(undecided.reason, undecided.location);
    const name = category.state === 'set' ? category.value : group.state === 'set' ? group.value : undefined;
    if (enabled.state === 'set' && enabled.value && name !== undefined) categories.push(name);
  }
  return setTo(categories, logs.location);
}

const destinationProperties = [
  'workspaceId',
  'storageAccountId',
  'eventHubAuthorizationRuleId',
  'marketplacePartnerId',
];

function destinationOf(reader: SettingReader): Setting<boolean> {
  let unknownDestination: Setting<boolean> | undefined;
  let firstLocation: SourceLocation | undefined;
  for (const property of destinationProperties) {
    const setting = reader.read<string>(['properties', property], 'string');
    firstLocation ??= setting.location;
    if (setting.state === 'set' && setting.value !== '') return setTo(true, setting.location);
    if (setting.state === 'unknown') unknownDestination ??= unknownSetting(setting.reason, setting.location);
  }
  return unknownDestination ?? setTo(false, firstLocation as SourceLocation);
}

/**
 * Diagnostic categories that only a managed cluster has (kube-audit, kube-apiserver, guard,
 * csi-…, fleet-…, cluster-autoscaler; azure-aks-docs monitor-aks.md). A setting that names only
 * other categories is not a cluster's, whatever its deploy-time scope turns out to be.
 */
const isClusterCategory = (category: string): boolean =>
  /^(kube-|csi-|fleet-)|^(guard|cluster-autoscaler|cloud-controller-manager)$/i.test(category);

/** False when a diagnostic setting's known log categories rule out a managed cluster as its target. */
function mayTargetCluster(setting: EvaluatedResource): boolean {
  const properties = getProperty(setting.body, 'properties');
  const logs = isArmObject(properties) ? getProperty(properties, 'logs') : undefined;
  if (!Array.isArray(logs) || logs.length === 0) return true;
  return logs.some((entry) => {
    if (!isArmObject(entry)) return true;
    const category = getProperty(entry, 'category');
    return typeof category !== 'string' || isClusterCategory(category);
  });
}

/**
 * The cluster name a child or extension resource points at, from its name prefix or its scope.
 * A scope known only at deployment counts when it may be a managed cluster: the type of the id
 * it is built from says so, or nothing rules it out; a Data Collection Rule or a workspace never
 * becomes a (phantom) cluster.
 */
function targetClusterName(resource: EvaluatedResource): string | Unresolved | undefined {
  const type = resource.type.toLowerCase();
  if (type === agentPoolType || type === nestedDiagnosticSettingsType) {
    if (isUnresolved(resource.name)) return resource.name;
    return typeof resource.name === 'string' ? resource.name.split('/')[0] : undefined;
  }
  const scope = getProperty(resource.body, 'scope');
  if (isUnresolved(scope)) {
    if (scope.resourceType !== undefined)
      return scope.resourceType.toLowerCase() === clusterType ? scope : undefined;
    return mayTargetCluster(resource) ? scope : undefined;
  }
  if (typeof scope !== 'string') return undefined;
  const match = /\/managedclusters\/([^/]+)$/i.exec(scope);
  return match?.[1];
}

/**
 * The key that links pools and diagnostic settings to their cluster. An unresolved name is keyed
 * by its reason: a cluster named by a parameter without a value and a pool whose name starts
 * with that same parameter carry the same reason, so they still meet.
 */
function clusterKey(name: ArmValue | undefined): string | undefined {
  if (isUnresolved(name)) return `?${name.reason}`;
  return typeof name === 'string' ? name.toLowerCase() : undefined;
}

/**
 * Builds the clusters, their pools and diagnostic settings from one evaluated template, with the
 * values ARM would reject as errors at their lines.
 */
export function buildClusters(
  evaluation: TemplateEvaluation,
  positions: SourcePositions,
  options: BuildOptions,
): { clusters: Cluster[]; errors: InputError[] } {
  const context: Context = { evaluation, positions, options, errors: new ShapeErrors() };
  const ofType = (type: string) =>
    evaluation.resources.filter((resource) => resource.type.toLowerCase() === type);
  const clusters: Cluster[] = [];
  const clustersByKey = new Map<string, Cluster>();
  for (const resource of ofType(clusterType).filter((candidate) => !candidate.existing)) {
    const cluster = readCluster(resource, context);
    clusters.push(cluster);
    const key = clusterKey(resource.name);
    if (key !== undefined && !clustersByKey.has(key)) clustersByKey.set(key, cluster);
  }
  const clusterFor = (resource: EvaluatedResource): Cluster | undefined => {
    const target = targetClusterName(resource);
    const key = clusterKey(target);
    if (key === undefined) return undefined;
    const found = clustersByKey.get(key);
    if (found) return found;
    const name = isUnresolved(target) ? `cluster whose name ${target.reason}` : quoteInput(target);
    const referenced = referencedCluster(name, positions.locate(resource.path), context);
    clusters.push(referenced);
    clustersByKey.set(key, referenced);
    return referenced;
  };
  for (const pool of ofType(agentPoolType)) {
    const cluster = clusterFor(pool);
    if (cluster === undefined) continue;
    const location = positions.locate(pool.path);
    const poolName =
      typeof pool.name === 'string'
        ? (pool.name.split('/').at(-1) as string)
        : resourceIdentity(pool, context).name;
    const nodePool = readNodePool(readerFor(pool, context), poolName, location, ['properties']);
    cluster.nodePools.push(withClusterVersion(nodePool, cluster.kubernetesVersion));
  }
  // Diagnostic settings of other resources (a key vault, a workspace) have no cluster target.
  for (const setting of [...ofType(diagnosticSettingsType), ...ofType(nestedDiagnosticSettingsType)]) {
    clusterFor(setting)?.diagnosticSettings.push(readDiagnosticSetting(setting, context));
  }
  return { clusters, errors: context.errors.list() };
}
