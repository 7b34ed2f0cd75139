export const id = 870;
export const ids = [870];
export const modules = {

/***/ 870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ buildClusters)
});

// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(3477);
// EXTERNAL MODULE: ./src/model/location.ts
var model_location = __webpack_require__(3214);
;// CONCATENATED MODULE: ./src/model/input-problems.ts
/** An error at a location: a file's line, or a live object named by its address (it has no line). */
const inputErrorAt = (location, message) => location.kind === 'live'
    ? { file: location.cluster, message: `${location.apiAddress}: ${message}` }
    : { file: location.file, line: location.line, column: location.column, message };

// EXTERNAL MODULE: ./src/model/setting.ts
var model_setting = __webpack_require__(1661);
// EXTERNAL MODULE: ./src/inputs/arm/arm-value.ts
var arm_value = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/inputs/arm/build-clusters.ts





const clusterType = 'microsoft.containerservice/managedclusters';
const agentPoolType = 'microsoft.containerservice/managedclusters/agentpools';
const diagnosticSettingsType = 'microsoft.insights/diagnosticsettings';
const nestedDiagnosticSettingsType = 'microsoft.containerservice/managedclusters/providers/diagnosticsettings';
function matchesKind(value, kind) {
    if (kind === 'array')
        return Array.isArray(value);
    if (kind === 'string[]')
        return Array.isArray(value) && value.every((item) => typeof item === 'string');
    return typeof value === kind;
}
const kindNames = {
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
    byKey = new Map();
    /** Records the value at `location` and returns the reason, for the settings it leaves unknown. */
    reject(location, expectation, found) {
        const message = `${expectation}, found ${(0,arm_value/* describeType */.MF)(found)}: ARM would reject it`;
        const error = inputErrorAt(location, message);
        this.byKey.set(JSON.stringify(error), error);
        return message;
    }
    list() {
        return [...this.byKey.values()];
    }
}
/** Reads settings out of one evaluated object, each located at the property that decides it. */
class SettingReader {
    root;
    declaration;
    evaluation;
    positions;
    condition;
    errors;
    constructor(root, 
    /** Where a missing property is reported: the resource (or pool) declaration. */
    declaration, evaluation, positions, 
    /** Why the whole resource may not exist, which makes every value unknown. */
    condition, errors) {
        this.root = root;
        this.declaration = declaration;
        this.evaluation = evaluation;
        this.positions = positions;
        this.condition = condition;
        this.errors = errors;
    }
    read(path, kind) {
        const found = this.walk(path);
        if ('state' in found)
            return found;
        const { value, location, name } = found;
        if (kind === 'string[]' && Array.isArray(value)) {
            const unresolved = value.find(arm_value/* isUnresolved */.U4);
            if (unresolved)
                return (0,model_setting/* unknownSetting */.pL)(unresolved.reason, location);
        }
        if (!matchesKind(value, kind))
            return this.rejected(`'${(0,quote/* quoteInput */.Zs)(name)}' must be ${kindNames[kind]}`, value, location);
        return (0,model_setting/* setTo */.oc)(value, location);
    }
    /** Follows `path` to a stated value, or to the setting that says why there is none. */
    walk(path) {
        if ((0,arm_value/* isUnresolved */.U4)(this.condition))
            return (0,model_setting/* unknownSetting */.pL)(this.condition.reason, this.declaration);
        let current = this.root;
        let location = this.declaration;
        let name = '';
        for (const key of path) {
            if ((0,arm_value/* isUnresolved */.U4)(current))
                return (0,model_setting/* unknownSetting */.pL)(current.reason, location);
            if (current === null)
                return (0,model_setting/* unset */.wC)(location);
            if (!(0,arm_value/* isArmObject */.YY)(current))
                return this.rejected(`'${(0,quote/* quoteInput */.Zs)(name)}' must be an object`, current, location);
            const actualKey = (0,arm_value/* findKey */.Tj)(current, key);
            if (actualKey === undefined)
                return (0,model_setting/* unset */.wC)(this.declaration);
            const path = this.evaluation.pathOf(current, actualKey);
            if (path)
                location = this.positions.locate(path);
            current = current[actualKey];
            name = name === '' ? actualKey : `${name}.${actualKey}`;
        }
        if ((0,arm_value/* isUnresolved */.U4)(current))
            return (0,model_setting/* unknownSetting */.pL)(current.reason, location);
        if (current === null)
            return (0,model_setting/* unset */.wC)(location);
        return { value: current, location, name };
    }
    /** A value of a type ARM's validation rejects: an input error at its line, and the setting unknown. */
    rejected(expectation, found, location) {
        return (0,model_setting/* unknownSetting */.pL)(this.errors.reject(location, expectation, found), location);
    }
    /** Location of a property, or of the declaration when it is absent. */
    locationOf(path) {
        return this.walk(path).location;
    }
}
function readerFor(resource, context) {
    return new SettingReader(resource.body, context.positions.locate(resource.path), context.evaluation, context.positions, resource.condition, context.errors);
}
/**
 * Display name and stable id: the resource name when it is known, else the Bicep symbolic name,
 * else the resource's type and line. A template checked through a parameter file says which.
 */
function resourceIdentity(resource, context) {
    const symbolic = (entry) => entry.symbolicName ?? context.positions.symbolicName?.(entry.path);
    const symbolicPath = [...resource.deployments, resource].map(symbolic);
    const resourceName = typeof resource.name === 'string' ? resource.name : undefined;
    const location = context.positions.locate(resource.path);
    const anonymous = `${resource.type.split('/').at(-1)} at ${(0,model_location/* describeLocation */.lR)(location)}`;
    const id = symbolicPath.every((part) => part !== undefined)
        ? symbolicPath.join('/')
        : `${resource.type}/${resourceName ?? resource.path.join('/')}`;
    const parameterFile = context.options.parameterFile;
    return {
        // Azure caps resource names at 63 characters: a longer one is the author's choice, quoted short.
        name: `${(0,quote/* quoteInput */.Zs)(resourceName ?? symbolic(resource) ?? anonymous)}${parameterFile === undefined ? '' : ` (${parameterFile})`}`,
        id: `${id}${parameterFile === undefined ? '' : `@${parameterFile}`}`,
    };
}
/** Where each node-pool setting is in an agent pool profile (ARM names, azure-property-map.md section B). */
const poolProperties = {
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
const clusterProperties = {
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
function settingsFrom(table, settingOf) {
    const entries = Object.entries(table);
    const settings = Object.fromEntries(entries.map(([name, [path, kind]]) => [name, settingOf(path, kind)]));
    // One entry per name of the table, which lists exactly the model's setting names.
    return settings;
}
function readNodePool(reader, name, location, prefix) {
    return {
        name,
        location,
        ...settingsFrom(poolProperties, (path, kind) => reader.read([...prefix, ...path], kind)),
    };
}
/** A pool whose every value is unknown, for pools that exist but cannot be read. */
function unknownNodePool(name, location, reason) {
    return { name, location, ...settingsFrom(poolProperties, () => (0,model_setting/* unknownSetting */.pL)(reason, location)) };
}
function inlineNodePools(resource, reader, context) {
    const properties = (0,arm_value/* getProperty */.UU)(resource.body, 'properties');
    const profiles = (0,arm_value/* isArmObject */.YY)(properties) ? (0,arm_value/* getProperty */.UU)(properties, 'agentPoolProfiles') : undefined;
    if (profiles === undefined || profiles === null)
        return [];
    const profilesLocation = reader.locationOf(['properties', 'agentPoolProfiles']);
    if (!Array.isArray(profiles)) {
        const reason = (0,arm_value/* isUnresolved */.U4)(profiles)
            ? profiles.reason
            : context.errors.reject(profilesLocation, `'agentPoolProfiles' must be an array`, profiles);
        return [
            unknownNodePool('agentPoolProfiles', profilesLocation, `the node pools are not known: ${reason}`),
        ];
    }
    return profiles.map((profile, index) => {
        const itemPath = context.evaluation.pathOf(profiles, index);
        const location = itemPath ? context.positions.locate(itemPath) : profilesLocation;
        const name = (0,arm_value/* isArmObject */.YY)(profile) ? (0,arm_value/* getProperty */.UU)(profile, 'name') : undefined;
        const poolName = typeof name === 'string' ? (0,quote/* quoteInput */.Zs)(name) : `agentPoolProfiles[${index}]`;
        if (!(0,arm_value/* isArmObject */.YY)(profile)) {
            const reason = (0,arm_value/* isUnresolved */.U4)(profile)
                ? profile.reason
                : context.errors.reject(location, `'agentPoolProfiles[${index}]' must be an object`, profile);
            return unknownNodePool(poolName, location, `the node pool is not known: ${reason}`);
        }
        const poolReader = new SettingReader(profile, location, context.evaluation, context.positions, resource.condition, context.errors);
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
function rbacWithVersionDefault(rbacEnabled, apiVersion) {
    if (rbacEnabled.state !== 'unset' || typeof apiVersion !== 'string' || apiVersion >= rbacDefaultOnSince) {
        return rbacEnabled;
    }
    if (apiVersion < rbacDefaultOffBefore) {
        return (0,model_setting/* unset */.wC)(rbacEnabled.location, {
            value: false,
            reason: `API version ${apiVersion} defaults it to false`,
        });
    }
    return (0,model_setting/* unknownSetting */.pL)(`enableRBAC is left out, and whether API version ${apiVersion} turns Kubernetes RBAC on by default is not documented; set it explicitly`, rbacEnabled.location);
}
/** The authorized ranges, or the top-level apiServerAuthorizedIPRanges of 2019 preview API versions. */
function authorizedRanges(reader, current) {
    if (current.state !== 'unset')
        return current;
    const legacy = reader.read(['properties', 'apiServerAuthorizedIPRanges'], 'string[]');
    return legacy.state === 'unset' ? current : legacy;
}
function readCluster(resource, context) {
    const reader = readerFor(resource, context);
    const read = settingsFrom(clusterProperties, (path, kind) => reader.read(path, kind));
    const settings = {
        ...read,
        rbacEnabled: rbacWithVersionDefault(read.rbacEnabled, (0,arm_value/* getProperty */.UU)(resource.body, 'apiVersion')),
        authorizedIpRanges: authorizedRanges(reader, read.authorizedIpRanges),
    };
    const servicePrincipal = reader.read(['properties', 'servicePrincipalProfile', 'clientId'], 'string');
    const nodePools = inlineNodePools(resource, reader, context).map((pool) => withClusterVersion(pool, settings.kubernetesVersion));
    return {
        ...resourceIdentity(resource, context),
        location: context.positions.locate(resource.path),
        origin: context.options.origin,
        source: context.options.source,
        ...settings,
        // A legacy service principal stands in for a managed identity when no identity block is given.
        identityType: settings.identityType.state === 'unset' && servicePrincipal.state !== 'unset'
            ? (0,model_setting/* setTo */.oc)('ServicePrincipal', servicePrincipal.location)
            : settings.identityType,
        diagnosticSettings: [],
        nodePools,
    };
}
/** A pool without orchestratorVersion runs the cluster's Kubernetes version. */
function withClusterVersion(pool, clusterVersion) {
    return pool.orchestratorVersion.state === 'unset' ? { ...pool, orchestratorVersion: clusterVersion } : pool;
}
/**
 * A cluster the input only refers to (a Bicep `existing` resource, or a parent that is not
 * declared): its pools and diagnostic settings are checked, its own configuration is unknown.
 */
function referencedCluster(name, location, context) {
    const reason = `the cluster '${name}' is not declared in this input (an existing resource): its configuration is not known`;
    const suffix = context.options.parameterFile === undefined ? '' : `@${context.options.parameterFile}`;
    return {
        name,
        id: `existing:${name}${suffix}`,
        location,
        origin: context.options.origin,
        source: context.options.source,
        ...settingsFrom(clusterProperties, () => (0,model_setting/* unknownSetting */.pL)(reason, location)),
        diagnosticSettings: [],
        // Settings deployed with the cluster elsewhere are not in this input; only ones found here are listed.
        diagnosticSettingsUnknown: reason,
        nodePools: [],
    };
}
function readDiagnosticSetting(resource, context) {
    const reader = readerFor(resource, context);
    return {
        name: typeof resource.name === 'string'
            ? (0,quote/* quoteInput */.Zs)(resource.name.split('/').at(-1))
            : resourceIdentity(resource, context).name,
        location: context.positions.locate(resource.path),
        enabledCategories: enabledCategoriesOf(reader.read(['properties', 'logs'], 'array'), context),
        hasDestination: destinationOf(reader),
    };
}
/** The categories (or category groups) that a diagnostic setting's `logs` entries enable. */
function enabledCategoriesOf(logs, context) {
    if (logs.state === 'unset')
        return (0,model_setting/* unset */.wC)(logs.location);
    if (logs.state === 'unknown')
        return (0,model_setting/* unknownSetting */.pL)(logs.reason, logs.location);
    const categories = [];
    for (const [index, entry] of logs.value.entries()) {
        const entryPath = context.evaluation.pathOf(logs.value, index);
        const location = entryPath ? context.positions.locate(entryPath) : logs.location;
        if ((0,arm_value/* isUnresolved */.U4)(entry))
            return (0,model_setting/* unknownSetting */.pL)(entry.reason, location);
        if (!(0,arm_value/* isArmObject */.YY)(entry)) {
            return (0,model_setting/* unknownSetting */.pL)(context.errors.reject(location, `a 'logs' entry must be an object`, entry), location);
        }
        const entryReader = new SettingReader(entry, location, context.evaluation, context.positions, true, context.errors);
        const enabled = entryReader.read(['enabled'], 'boolean');
        const category = entryReader.read(['category'], 'string');
        const group = entryReader.read(['categoryGroup'], 'string');
        const undecided = [enabled, category, group].find((setting) => setting.state === 'unknown');
        if (undecided?.state === 'unknown')
            return (0,model_setting/* unknownSetting */.pL)(undecided.reason, undecided.location);
        const name = category.state === 'set' ? category.value : group.state === 'set' ? group.value : undefined;
        if (enabled.state === 'set' && enabled.value && name !== undefined)
            categories.push(name);
    }
    return (0,model_setting/* setTo */.oc)(categories, logs.location);
}
const destinationProperties = [
    'workspaceId',
    'storageAccountId',
    'eventHubAuthorizationRuleId',
    'marketplacePartnerId',
];
function destinationOf(reader) {
    let unknownDestination;
    let firstLocation;
    for (const property of destinationProperties) {
        const setting = reader.read(['properties', property], 'string');
        firstLocation ??= setting.location;
        if (setting.state === 'set' && setting.value !== '')
            return (0,model_setting/* setTo */.oc)(true, setting.location);
        if (setting.state === 'unknown')
            unknownDestination ??= (0,model_setting/* unknownSetting */.pL)(setting.reason, setting.location);
    }
    return unknownDestination ?? (0,model_setting/* setTo */.oc)(false, firstLocation);
}
/**
 * Diagnostic categories that only a managed cluster has (kube-audit, kube-apiserver, guard,
 * csi-…, fleet-…, cluster-autoscaler; azure-aks-docs monitor-aks.md). A setting that names only
 * other categories is not a cluster's, whatever its deploy-time scope turns out to be.
 */
const isClusterCategory = (category) => /^(kube-|csi-|fleet-)|^(guard|cluster-autoscaler|cloud-controller-manager)$/i.test(category);
/** False when a diagnostic setting's known log categories rule out a managed cluster as its target. */
function mayTargetCluster(setting) {
    const properties = (0,arm_value/* getProperty */.UU)(setting.body, 'properties');
    const logs = (0,arm_value/* isArmObject */.YY)(properties) ? (0,arm_value/* getProperty */.UU)(properties, 'logs') : undefined;
    if (!Array.isArray(logs) || logs.length === 0)
        return true;
    return logs.some((entry) => {
        if (!(0,arm_value/* isArmObject */.YY)(entry))
            return true;
        const category = (0,arm_value/* getProperty */.UU)(entry, 'category');
        return typeof category !== 'string' || isClusterCategory(category);
    });
}
/**
 * The cluster name a child or extension resource points at, from its name prefix or its scope.
 * A scope known only at deployment counts when it may be a managed cluster: the type of the id
 * it is built from says so, or nothing rules it out; a Data Collection Rule or a workspace never
 * becomes a (phantom) cluster.
 */
function targetClusterName(resource) {
    const type = resource.type.toLowerCase();
    if (type === agentPoolType || type === nestedDiagnosticSettingsType) {
        if ((0,arm_value/* isUnresolved */.U4)(resource.name))
            return resource.name;
        return typeof resource.name === 'string' ? resource.name.split('/')[0] : undefined;
    }
    const scope = (0,arm_value/* getProperty */.UU)(resource.body, 'scope');
    if ((0,arm_value/* isUnresolved */.U4)(scope)) {
        if (scope.resourceType !== undefined)
            return scope.resourceType.toLowerCase() === clusterType ? scope : undefined;
        return mayTargetCluster(resource) ? scope : undefined;
    }
    if (typeof scope !== 'string')
        return undefined;
    const match = /\/managedclusters\/([^/]+)$/i.exec(scope);
    return match?.[1];
}
/**
 * The key that links pools and diagnostic settings to their cluster. An unresolved name is keyed
 * by its reason: a cluster named by a parameter without a value and a pool whose name starts
 * with that same parameter carry the same reason, so they still meet.
 */
function clusterKey(name) {
    if ((0,arm_value/* isUnresolved */.U4)(name))
        return `?${name.reason}`;
    return typeof name === 'string' ? name.toLowerCase() : undefined;
}
/**
 * Builds the clusters, their pools and diagnostic settings from one evaluated template, with the
 * values ARM would reject as errors at their lines.
 */
function buildClusters(evaluation, positions, options) {
    const context = { evaluation, positions, options, errors: new ShapeErrors() };
    const ofType = (type) => evaluation.resources.filter((resource) => resource.type.toLowerCase() === type);
    const clusters = [];
    const clustersByKey = new Map();
    for (const resource of ofType(clusterType).filter((candidate) => !candidate.existing)) {
        const cluster = readCluster(resource, context);
        clusters.push(cluster);
        const key = clusterKey(resource.name);
        if (key !== undefined && !clustersByKey.has(key))
            clustersByKey.set(key, cluster);
    }
    const clusterFor = (resource) => {
        const target = targetClusterName(resource);
        const key = clusterKey(target);
        if (key === undefined)
            return undefined;
        const found = clustersByKey.get(key);
        if (found)
            return found;
        const name = (0,arm_value/* isUnresolved */.U4)(target) ? `cluster whose name ${target.reason}` : (0,quote/* quoteInput */.Zs)(target);
        const referenced = referencedCluster(name, positions.locate(resource.path), context);
        clusters.push(referenced);
        clustersByKey.set(key, referenced);
        return referenced;
    };
    for (const pool of ofType(agentPoolType)) {
        const cluster = clusterFor(pool);
        if (cluster === undefined)
            continue;
        const location = positions.locate(pool.path);
        const poolName = typeof pool.name === 'string'
            ? pool.name.split('/').at(-1)
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


/***/ }),

/***/ 1661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oc: () => (/* binding */ setTo),
/* harmony export */   pL: () => (/* binding */ unknownSetting),
/* harmony export */   wC: () => (/* binding */ unset)
/* harmony export */ });
const setTo = (value, location) => ({
    state: 'set',
    value,
    location,
});
const unset = (location, platformDefault) => platformDefault === undefined
    ? { state: 'unset', location }
    : { state: 'unset', location, platformDefault };
const unknownSetting = (reason, location) => ({
    state: 'unknown',
    reason,
    location,
});


/***/ })

};
