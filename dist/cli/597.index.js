export const id = 597;
export const ids = [597,904];
export const modules = {

/***/ 4942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ describeType),
/* harmony export */   Tj: () => (/* binding */ findKey),
/* harmony export */   U4: () => (/* binding */ isUnresolved),
/* harmony export */   UG: () => (/* binding */ Unresolved),
/* harmony export */   UU: () => (/* binding */ getProperty),
/* harmony export */   YY: () => (/* binding */ isArmObject),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   oE: () => (/* binding */ firstUnresolved)
/* harmony export */ });
class Unresolved {
    reason;
    resourceType;
    constructor(reason, 
    /**
     * The resource type of an id whose names are unknown (`resourceId('Microsoft.Insights/
     * dataCollectionRules', parameters('name'))`): enough to tell what kind of resource a
     * deploy-time scope points at.
     */
    resourceType) {
        this.reason = reason;
        this.resourceType = resourceType;
    }
}
const isUnresolved = (value) => value instanceof Unresolved;
function isArmObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnresolved(value);
}
/** ARM property names are case-insensitive: returns the key as written, if any. */
function findKey(object, name) {
    if (Object.hasOwn(object, name))
        return name;
    const wanted = name.toLowerCase();
    return Object.keys(object).find((key) => key.toLowerCase() === wanted);
}
function getProperty(object, name) {
    const key = findKey(object, name);
    return key === undefined ? undefined : object[key];
}
/** The first unresolved value anywhere inside `value`, for functions that need the whole value. */
function firstUnresolved(value, depth = 0) {
    if (isUnresolved(value))
        return value;
    if (depth > 64 || typeof value !== 'object' || value === null)
        return undefined;
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
        const found = firstUnresolved(item, depth + 1);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * A value as text without `String()`: parsed JSON objects have no prototype, so `String()` of one
 * throws, and a PR could put an object wherever a string is expected.
 */
const textOf = (value) => typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
function describeType(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (isUnresolved(value))
        return 'an unresolved value';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}


/***/ }),

/***/ 3940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clusterFromArm: () => (/* binding */ clusterFromArm),
/* harmony export */   defaultArmEndpoint: () => (/* binding */ defaultArmEndpoint),
/* harmony export */   readManagedCluster: () => (/* binding */ readManagedCluster)
/* harmony export */ });
/* harmony import */ var _model_location_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3214);
/* harmony import */ var _arm_arm_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4942);
/* harmony import */ var _arm_build_clusters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(870);
/* harmony import */ var _live_kubernetes_connection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8547);




const defaultArmEndpoint = 'https://management.azure.com';
const clusterApiVersion = '2025-10-01';
const diagnosticsApiVersion = '2021-05-01-preview';
const clusterIdPattern = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ContainerService\/managedClusters\/[^/]+$/i;
/**
 * Reads the managed cluster (with its agent pool profiles) and the diagnostic settings scoped to
 * it from Azure Resource Manager, with GET requests through the Azure SDK's pipeline (token,
 * retries, throttling), and maps them with the same code that maps templates, so the cluster
 * checks judge the deployed configuration exactly as they judge the code.
 */
async function readManagedCluster(options) {
    if (!clusterIdPattern.test(options.clusterId)) {
        throw new _live_kubernetes_connection_js__WEBPACK_IMPORTED_MODULE_1__/* .LiveScanError */ .QP(`--azure-cluster-id must be a managed cluster's resource id, got '${options.clusterId}'`);
    }
    const get = await armGetter(options);
    const cluster = await get(`${options.clusterId}?api-version=${clusterApiVersion}`);
    try {
        const diagnostics = await get(`${options.clusterId}/providers/Microsoft.Insights/diagnosticSettings?api-version=${diagnosticsApiVersion}`);
        const settings = Array.isArray(diagnostics.value) ? diagnostics.value : [];
        return clusterFromArm(options.clusterId, cluster, settings);
    }
    catch (error) {
        // Without the diagnostic settings only the audit-log rows are undecided; the rest still stands.
        if (!(error instanceof ArmForbidden))
            throw error;
        return { ...clusterFromArm(options.clusterId, cluster, []), diagnosticSettingsUnknown: error.message };
    }
}
class ArmForbidden extends _live_kubernetes_connection_js__WEBPACK_IMPORTED_MODULE_1__/* .LiveScanError */ .QP {
}
/** Maps ARM's answers through the template mapper: every value is `set` or `unset`, never a guess. */
function clusterFromArm(clusterId, cluster, diagnosticSettings) {
    const origins = new WeakMap();
    const record = (value, path) => {
        if (typeof value !== 'object' || value === null)
            return;
        origins.set(value, path);
        if (Array.isArray(value))
            value.forEach((item, index) => record(item, [...path, index]));
        else
            for (const [key, item] of Object.entries(value))
                record(item, [...path, key]);
    };
    const resource = (type, body, index) => {
        record(body, ['resources', index]);
        return {
            type,
            name: body.name,
            path: ['resources', index],
            symbolicName: undefined,
            condition: true,
            existing: false,
            body,
            deployments: [],
        };
    };
    const pathOf = (container, key) => {
        const path = origins.get(container);
        return path ? [...path, key] : undefined;
    };
    const resources = [
        resource('Microsoft.ContainerService/managedClusters', cluster, 0),
        ...diagnosticSettings.map((setting, index) => resource('Microsoft.Insights/diagnosticSettings', { ...setting, scope: clusterId }, index + 1)),
    ];
    const resourceIds = [clusterId, ...diagnosticSettings.map((setting) => (0,_arm_arm_value_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(setting.id) || clusterId)];
    // ARM answers have no lines: each value is located at its resource's id, by its property path.
    const locate = (path) => {
        const fieldPath = (0,_model_location_js__WEBPACK_IMPORTED_MODULE_3__/* .formatFieldPath */ .vZ)(path.slice(2));
        return {
            kind: 'live',
            api: 'azure-resource-manager',
            cluster: clusterId.split('/').at(-1) ?? clusterId,
            apiAddress: resourceIds[Number(path[1])] ?? clusterId,
            ...(fieldPath === '' ? {} : { fieldPath }),
        };
    };
    const [built] = (0,_arm_build_clusters_js__WEBPACK_IMPORTED_MODULE_0__/* .buildClusters */ .A)({ resources, pathOf, notFollowed: [], invalid: [] }, { locate }, { origin: 'live', source: clusterId }).clusters;
    if (!built)
        throw new _live_kubernetes_connection_js__WEBPACK_IMPORTED_MODULE_1__/* .LiveScanError */ .QP(`Azure Resource Manager returned no managed cluster for ${clusterId}`);
    return { ...built, id: clusterId };
}
async function armGetter(options) {
    const pipelineModule = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(399)]).then(__webpack_require__.bind(__webpack_require__, 399));
    const credential = options.credential ?? (await defaultCredential(options.authorityHost));
    const pipeline = pipelineModule.createPipelineFromOptions(options.tlsCa ? { tlsOptions: { ca: options.tlsCa } } : {});
    pipeline.addPolicy(pipelineModule.bearerTokenAuthenticationPolicy({ credential, scopes: `${options.armEndpoint}/.default` }));
    const client = pipelineModule.createDefaultHttpClient();
    return async (path) => {
        const url = `${options.armEndpoint}${path}`;
        const request = pipelineModule.createPipelineRequest({
            url,
            method: 'GET',
            timeout: options.requestTimeoutMs,
        });
        let response;
        try {
            response = await pipeline.sendRequest(client, request);
        }
        catch (error) {
            throw new _live_kubernetes_connection_js__WEBPACK_IMPORTED_MODULE_1__/* .LiveScanError */ .QP(`GET ${url}: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (response.status === 401)
            throw new _live_kubernetes_connection_js__WEBPACK_IMPORTED_MODULE_1__/* .LiveScanError */ .QP(`GET ${url}: 401: the credential was refused`);
        if (response.status === 403) {
            throw new ArmForbidden(`forbidden: GET ${path.split('?')[0]} (the identity needs Reader on the cluster)`);
        }
        if (response.status !== 200)
            throw new _live_kubernetes_connection_js__WEBPACK_IMPORTED_MODULE_1__/* .LiveScanError */ .QP(`GET ${url}: HTTP ${response.status}`);
        return JSON.parse(response.bodyAsText ?? '{}');
    };
}
async function defaultCredential(authorityHost) {
    const { DefaultAzureCredential } = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(399), __webpack_require__.e(907)]).then(__webpack_require__.bind(__webpack_require__, 9907));
    return new DefaultAzureCredential(authorityHost ? { authorityHost } : {});
}


/***/ }),

/***/ 193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readLive: () => (/* binding */ readLive)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/model/cluster.ts
var cluster = __webpack_require__(5883);
// EXTERNAL MODULE: ./src/inputs/live-arm/read-managed-cluster.ts
var read_managed_cluster = __webpack_require__(3940);
// EXTERNAL MODULE: ./src/inputs/live-kubernetes/node-audit.ts
var node_audit = __webpack_require__(6057);
// EXTERNAL MODULE: ./src/model/location.ts
var model_location = __webpack_require__(3214);
// EXTERNAL MODULE: ./src/model/setting.ts
var setting = __webpack_require__(1661);
// EXTERNAL MODULE: ./src/model/cluster-scoped-kinds.ts
var cluster_scoped_kinds = __webpack_require__(3586);
// EXTERNAL MODULE: ./src/inputs/live-kubernetes/connection.ts
var live_kubernetes_connection = __webpack_require__(8547);
;// CONCATENATED MODULE: ./src/inputs/live-kubernetes/kinds.ts
const pageOf = (list) => ({
    items: list.items,
    ...(list.metadata?._continue ? { continueToken: list.metadata._continue } : {}),
});
/** Builds a kind that a typed client-node API lists. */
function typed(apiVersion, kind, list) {
    // Every built-in kind listed here takes the regular English plural, as the API server names it.
    const plural = kind.toLowerCase().replace(/y$/, 'ie') + 's';
    return { apiVersion, kind, plural, list: async (connection, page) => pageOf(await list(connection, page)) };
}
/** Builds a kind served by a CRD (Gatekeeper, Kyverno): a 404 means none exist. */
function custom(group, version, plural, kind) {
    return {
        apiVersion: `${group}/${version}`,
        kind,
        plural,
        list: async (connection, page) => {
            const api = connection.kubeConfig.makeApiClient(connection.client.CustomObjectsApi);
            return pageOf((await api.listClusterCustomObject({ group, version, plural, ...page }, connection.requestOptions)));
        },
    };
}
/** An object's address on the API server: `/apis/apps/v1/namespaces/shop/deployments/web`, `/api/v1/nodes/n1`. */
function objectAddress(kind, namespace, name) {
    const root = kind.apiVersion.includes('/') ? `/apis/${kind.apiVersion}` : `/api/${kind.apiVersion}`;
    const scope = namespace === undefined ? '' : `/namespaces/${encodeURIComponent(namespace)}`;
    return `${root}${scope}/${kind.plural}/${encodeURIComponent(name)}`;
}
/**
 * Everything the checks read, listed across all namespaces with typed GET requests only:
 * workloads (pod security, 5.1.5/5.1.6), RBAC (5.1.x), namespaces and network policies
 * (5.3.2), policy mechanisms (5.2.1) and nodes (kubelet configuration per pool).
 */
const liveKinds = [
    typed('v1', 'Namespace', (c, page) => c.kubeConfig.makeApiClient(c.client.CoreV1Api).listNamespace(page, c.requestOptions)),
    typed('v1', 'Node', (c, page) => c.kubeConfig.makeApiClient(c.client.CoreV1Api).listNode(page, c.requestOptions)),
    typed('v1', 'Pod', (c, page) => c.kubeConfig.makeApiClient(c.client.CoreV1Api).listPodForAllNamespaces(page, c.requestOptions)),
    typed('v1', 'ServiceAccount', (c, page) => c.kubeConfig.makeApiClient(c.client.CoreV1Api).listServiceAccountForAllNamespaces(page, c.requestOptions)),
    typed('v1', 'ReplicationController', (c, page) => c.kubeConfig
        .makeApiClient(c.client.CoreV1Api)
        .listReplicationControllerForAllNamespaces(page, c.requestOptions)),
    typed('apps/v1', 'Deployment', (c, page) => c.kubeConfig.makeApiClient(c.client.AppsV1Api).listDeploymentForAllNamespaces(page, c.requestOptions)),
    typed('apps/v1', 'StatefulSet', (c, page) => c.kubeConfig.makeApiClient(c.client.AppsV1Api).listStatefulSetForAllNamespaces(page, c.requestOptions)),
    typed('apps/v1', 'DaemonSet', (c, page) => c.kubeConfig.makeApiClient(c.client.AppsV1Api).listDaemonSetForAllNamespaces(page, c.requestOptions)),
    typed('apps/v1', 'ReplicaSet', (c, page) => c.kubeConfig.makeApiClient(c.client.AppsV1Api).listReplicaSetForAllNamespaces(page, c.requestOptions)),
    typed('batch/v1', 'Job', (c, page) => c.kubeConfig.makeApiClient(c.client.BatchV1Api).listJobForAllNamespaces(page, c.requestOptions)),
    typed('batch/v1', 'CronJob', (c, page) => c.kubeConfig.makeApiClient(c.client.BatchV1Api).listCronJobForAllNamespaces(page, c.requestOptions)),
    typed('rbac.authorization.k8s.io/v1', 'ClusterRole', (c, page) => c.kubeConfig.makeApiClient(c.client.RbacAuthorizationV1Api).listClusterRole(page, c.requestOptions)),
    typed('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', (c, page) => c.kubeConfig
        .makeApiClient(c.client.RbacAuthorizationV1Api)
        .listClusterRoleBinding(page, c.requestOptions)),
    typed('rbac.authorization.k8s.io/v1', 'Role', (c, page) => c.kubeConfig
        .makeApiClient(c.client.RbacAuthorizationV1Api)
        .listRoleForAllNamespaces(page, c.requestOptions)),
    typed('rbac.authorization.k8s.io/v1', 'RoleBinding', (c, page) => c.kubeConfig
        .makeApiClient(c.client.RbacAuthorizationV1Api)
        .listRoleBindingForAllNamespaces(page, c.requestOptions)),
    typed('networking.k8s.io/v1', 'NetworkPolicy', (c, page) => c.kubeConfig
        .makeApiClient(c.client.NetworkingV1Api)
        .listNetworkPolicyForAllNamespaces(page, c.requestOptions)),
    typed('admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicy', (c, page) => c.kubeConfig
        .makeApiClient(c.client.AdmissionregistrationV1Api)
        .listValidatingAdmissionPolicy(page, c.requestOptions)),
    // Only a binding with the Deny action makes a ValidatingAdmissionPolicy a control (5.2.1).
    typed('admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicyBinding', (c, page) => c.kubeConfig
        .makeApiClient(c.client.AdmissionregistrationV1Api)
        .listValidatingAdmissionPolicyBinding(page, c.requestOptions)),
    custom('templates.gatekeeper.sh', 'v1', 'constrainttemplates', 'ConstraintTemplate'),
    custom('kyverno.io', 'v1', 'clusterpolicies', 'ClusterPolicy'),
];

;// CONCATENATED MODULE: ./src/inputs/live-kubernetes/node-pools.ts



const agentPoolLabel = 'kubernetes.azure.com/agentpool';
const notVisible = 'not visible through the Kubernetes API: add --azure-cluster-id to read it from Azure Resource Manager';
/**
 * Groups nodes into pools by AKS's agent-pool label (a node without it is a pool of its own) and
 * reads one node's kubelet configuration per pool through the API server's node proxy (`configz`),
 * read-only and without a privileged pod.
 */
async function readNodePools(connection, nodes, locationOf) {
    const byPool = new Map();
    for (const node of nodes) {
        const pool = node.metadata?.labels?.[agentPoolLabel] ?? node.metadata?.name ?? 'unnamed';
        byPool.set(pool, [...(byPool.get(pool) ?? []), node]);
    }
    const pools = [];
    const nodeOfPool = new Map();
    let unreadable;
    const api = connection.kubeConfig.makeApiClient(connection.client.CoreV1Api);
    for (const [name, members] of byPool) {
        const node = members[0];
        const nodeName = node.metadata?.name ?? name;
        nodeOfPool.set(name, nodeName);
        const location = locationOf(objectAddress({ apiVersion: 'v1', plural: 'nodes' }, undefined, nodeName));
        let kubelet;
        if (unreadable === undefined) {
            try {
                const text = await api.connectGetNodeProxyWithPath({ name: nodeName, path: 'configz' }, connection.requestOptions);
                kubelet = parseConfigz(text);
            }
            catch (error) {
                const status = (0,live_kubernetes_connection/* statusOf */.c2)(error);
                if (status !== 403 && status !== 404)
                    throw error;
                unreadable = `${status === 403 ? 'forbidden' : 'not found'}: GET nodes/${nodeName}/proxy/configz`;
            }
        }
        pools.push(poolFromNode(name, node, location, kubelet, unreadable));
    }
    return { pools, nodeOfPool, ...(unreadable ? { unreadable } : {}) };
}
/** `configz` answers `{"kubeletconfig": {...}}`. */
function parseConfigz(text) {
    const parsed = typeof text === 'string' ? JSON.parse(text) : text;
    if (typeof parsed !== 'object' || parsed === null)
        return undefined;
    const config = parsed.kubeletconfig;
    return typeof config === 'object' && config !== null ? config : undefined;
}
function poolFromNode(name, node, location, kubelet, unreadable) {
    const labels = node.metadata?.labels ?? {};
    const fromLabel = (label, map = (value) => value) => labels[label] !== undefined ? (0,setting/* setTo */.oc)(map(labels[label]), location) : (0,setting/* unknownSetting */.pL)(notVisible, location);
    const unknown = () => (0,setting/* unknownSetting */.pL)(notVisible, location);
    const pidsLimit = kubelet?.podPidsLimit;
    return {
        name,
        location,
        mode: fromLabel('kubernetes.azure.com/mode', (mode) => (mode === 'system' ? 'System' : 'User')),
        osType: fromLabel('kubernetes.io/os', (os) => (os === 'windows' ? 'Windows' : 'Linux')),
        osSku: fromLabel('kubernetes.azure.com/os-sku'),
        orchestratorVersion: node.status?.nodeInfo?.kubeletVersion
            ? (0,setting/* setTo */.oc)(node.status.nodeInfo.kubeletVersion.replace(/^v/, ''), location)
            : unknown(),
        podMaxPids: typeof pidsLimit === 'number'
            ? (0,setting/* setTo */.oc)(pidsLimit, location)
            : kubelet
                ? (0,setting/* setTo */.oc)(-1, location)
                : (0,setting/* unknownSetting */.pL)(unreadable ?? notVisible, location),
        seccompDefault: kubelet
            ? (0,setting/* setTo */.oc)(kubelet.seccompDefault === true ? 'RuntimeDefault' : 'Unconfined', location)
            : unknown(),
        nodePublicIp: unknown(),
        fipsEnabled: labels['kubernetes.azure.com/fips_enabled'] !== undefined
            ? (0,setting/* setTo */.oc)(labels['kubernetes.azure.com/fips_enabled'] === 'true', location)
            : unknown(),
        encryptionAtHost: unknown(),
        sshAccess: unknown(),
        messageOfTheDay: unknown(),
        ...(kubelet ? { liveKubeletConfig: kubelet } : {}),
    };
}

;// CONCATENATED MODULE: ./src/inputs/live-kubernetes/platform.ts
/**
 * What AKS itself deploys and manages. Findings on these objects are the platform's (they carry
 * `platform: true`, are shown apart and never make a rule fail) unless the user asks to count them.
 */
const managedNamespaces = new Set([
    'kube-system',
    'kube-public',
    'kube-node-lease',
    // Azure Policy add-on (Gatekeeper), managed Calico, application routing, Istio add-on, run command.
    'gatekeeper-system',
    'calico-system',
    'tigera-operator',
    'app-routing-system',
    'aks-istio-system',
    'aks-istio-ingress',
    'aks-command',
]);
const managedLabels = {
    'kubernetes.azure.com/managedby': 'aks',
    'addonmanager.kubernetes.io/mode': undefined,
    'kubernetes.io/bootstrapping': 'rbac-defaults',
};
function isPlatformManaged(metadata) {
    if (metadata.namespace !== undefined && managedNamespaces.has(metadata.namespace))
        return true;
    // Kubernetes' own cluster-scoped RBAC objects are named system:*.
    if (metadata.namespace === undefined && metadata.name?.startsWith('system:'))
        return true;
    const labels = metadata.labels ?? {};
    return Object.entries(managedLabels).some(([label, value]) => value === undefined ? label in labels : labels[label] === value);
}

;// CONCATENATED MODULE: ./src/inputs/live-kubernetes/read-cluster.ts







/** Bounds a `continue` loop against a server that never stops paging. */
const maxPagesPerKind = 10_000;
/**
 * Reads what the checks need from a running cluster, with GET requests only. A 403 on one kind
 * makes the rules that need it "not evaluated"; a 404 means none exist; anything else (401,
 * timeout, unreachable) throws LiveScanError, because partial results must not look complete.
 */
async function readLiveKubernetes(options) {
    const connection = await (0,live_kubernetes_connection/* connect */.Ng)(options);
    const locationOf = (apiAddress, uid) => ({
        kind: 'live',
        api: 'kubernetes',
        cluster: connection.contextName,
        apiAddress,
        ...(uid === undefined ? {} : { uid }),
    });
    const version = await readVersion(connection);
    const unreadable = [];
    const kubeObjects = [];
    let nodes = [];
    for (const [index, kind] of liveKinds.entries()) {
        options.progress?.(`listing the cluster's ${kind.kind} objects (kind ${index + 1} of ${liveKinds.length})`);
        const items = await listAll(connection, kind, options, unreadable);
        if (kind.kind === 'Node')
            nodes = items;
        for (const item of items) {
            const object = toKubeObject(kind, item, locationOf, options.countPlatformAsUser, connection.contextName);
            if (object)
                kubeObjects.push(object);
        }
    }
    const nodePools = await readNodePools(connection, nodes, locationOf);
    if (nodePools.unreadable)
        unreadable.push({ kind: 'nodes/proxy', reason: nodePools.unreadable });
    options.log.info(`live: read ${kubeObjects.length} objects and ${nodePools.pools.length} node pools from ${connection.server}`);
    return {
        model: { kubeObjects, clusters: [liveCluster(connection, version, nodePools.pools, locationOf)] },
        unreadable,
        nodeOfPool: nodePools.nodeOfPool,
        connection,
    };
}
async function readVersion(connection) {
    try {
        const info = await connection.kubeConfig
            .makeApiClient(connection.client.VersionApi)
            .getCode(connection.requestOptions);
        return `${info.major}.${info.minor.replace(/\D+$/, '')}`;
    }
    catch (error) {
        throw (0,live_kubernetes_connection/* fatalError */.pm)(error, 'GET /version', connection.server);
    }
}
async function listAll(connection, kind, options, unreadable) {
    const items = [];
    let continueToken;
    for (let page = 0; page < maxPagesPerKind; page += 1) {
        try {
            const result = await kind.list(connection, {
                limit: options.pageSize,
                ...(continueToken ? { _continue: continueToken } : {}),
            });
            items.push(...result.items);
            continueToken = result.continueToken;
        }
        catch (error) {
            const status = (0,live_kubernetes_connection/* statusOf */.c2)(error);
            if (status === 404)
                return [];
            if (status === 403) {
                unreadable.push({ kind: kind.kind, reason: `forbidden: list ${kind.apiVersion} ${kind.kind}` });
                options.log.warn(`live: may not list ${kind.kind} (403); the rules that need it are not evaluated`);
                return [];
            }
            throw (0,live_kubernetes_connection/* fatalError */.pm)(error, `list ${kind.kind}`, connection.server);
        }
        if (!continueToken)
            return items;
    }
    throw (0,live_kubernetes_connection/* fatalError */.pm)(new Error(`more than ${maxPagesPerKind} pages`), `list ${kind.kind}`, connection.server);
}
/** Controllers we read ourselves: their pods, ReplicaSets and Jobs would only repeat findings. */
const readControllers = new Set(['ReplicaSet', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);
function toKubeObject(kind, item, locationOf, countPlatformAsUser, cluster) {
    // Typed clients return class instances (dates as Date); checks read plain API JSON.
    const body = JSON.parse(JSON.stringify(item));
    const metadata = body.metadata ?? {};
    const controller = metadata.ownerReferences?.find((owner) => owner.controller);
    if (controller?.kind && readControllers.has(controller.kind) && kind.kind !== 'Node')
        return undefined;
    body.apiVersion = kind.apiVersion;
    body.kind = kind.kind;
    const namespace = (0,cluster_scoped_kinds/* isClusterScoped */.Z)(kind.apiVersion, kind.kind)
        ? undefined
        : (metadata.namespace ?? 'default');
    const name = metadata.name ?? '';
    const location = locationOf(objectAddress(kind, namespace, name), metadata.uid);
    const platform = !countPlatformAsUser && isPlatformManaged({ ...metadata, namespace });
    return {
        apiVersion: kind.apiVersion,
        kind: kind.kind,
        name,
        namespace,
        body,
        location,
        // The API gives no source lines: a field is located at the object, by its path.
        locate: (path) => (path.length === 0 ? location : { ...location, fieldPath: (0,model_location/* formatFieldPath */.vZ)(path) }),
        origin: 'live',
        cluster,
        ...(platform ? { platform } : {}),
    };
}
function liveCluster(connection, version, nodePools, locationOf) {
    const name = connection.kubeConfig.getCurrentCluster()?.name ?? connection.contextName;
    // The Kubernetes API has no object for the cluster: its version is what it tells of itself.
    const location = locationOf('/version');
    const unknown = () => (0,setting/* unknownSetting */.pL)('not visible through the Kubernetes API: add --azure-cluster-id to read it from Azure Resource Manager', location);
    return {
        name,
        id: `live:${connection.server}`,
        location,
        origin: 'live',
        source: `live:${connection.server}`,
        kubernetesVersion: (0,setting/* setTo */.oc)(version, location),
        rbacEnabled: unknown(),
        localAccountsDisabled: unknown(),
        entraIdEnabled: unknown(),
        azureRbacEnabled: unknown(),
        oidcIssuerEnabled: unknown(),
        workloadIdentityEnabled: unknown(),
        kmsEnabled: unknown(),
        kmsKeyVaultNetworkAccess: unknown(),
        azurePolicyEnabled: unknown(),
        networkPolicy: unknown(),
        networkDataplane: unknown(),
        keyVaultSecretsProviderEnabled: unknown(),
        imageIntegrityEnabled: unknown(),
        defenderEnabled: unknown(),
        identityType: unknown(),
        privateCluster: unknown(),
        privateClusterPublicFqdn: unknown(),
        authorizedIpRanges: unknown(),
        publicNetworkAccess: unknown(),
        diagnosticSettings: [],
        diagnosticSettingsUnknown: 'not visible through the Kubernetes API: add --azure-cluster-id to read them',
        nodePools,
    };
}

;// CONCATENATED MODULE: ./src/inputs/live/read-live.ts





/**
 * Reads the deployed cluster. The Kubernetes API gives the objects, node pools and kubelet
 * configuration; ARM gives the cluster's settings. Both describe one cluster, so ARM's pools take
 * the kubelet configuration and node audit that the Kubernetes API read for the same pool name.
 */
async function readLive(options) {
    const kubernetes = options.kubernetes
        ? await readLiveKubernetes({
            ...options.kubernetes,
            log: options.log,
            ...(options.progress === undefined ? {} : { progress: options.progress }),
        })
        : undefined;
    if (kubernetes && options.nodeAudit) {
        options.log.warn('node audit: creating one read-only Job per node pool (--node-audit)');
        const targets = [...kubernetes.nodeOfPool].map(([pool, node]) => ({ pool, node }));
        const { audits, failures } = await (0,node_audit/* runNodeAudit */.Ln)(kubernetes.connection, targets, options.nodeAudit, (0,external_node_crypto_.randomBytes)(4).toString('hex'));
        for (const pool of kubernetes.model.clusters.flatMap((cluster) => cluster.nodePools)) {
            const audit = audits.get(pool.name);
            const failure = failures.get(pool.name);
            if (audit)
                pool.nodeAudit = audit;
            else if (failure)
                pool.nodeAudit = { node: kubernetes.nodeOfPool.get(pool.name) ?? pool.name, records: [], failure };
            if (failure)
                options.log.warn(`node audit of pool '${pool.name}': ${failure}`);
        }
    }
    const armCluster = options.arm ? await (0,read_managed_cluster.readManagedCluster)(options.arm) : undefined;
    const kubeObjects = kubernetes?.model.kubeObjects ?? [];
    const apiCluster = kubernetes?.model.clusters[0];
    const clusters = armCluster ? [mergeClusters(armCluster, apiCluster)] : apiCluster ? [apiCluster] : [];
    if (armCluster)
        for (const object of kubeObjects)
            Object.assign(object, (0,cluster/* referenceTo */.P)(armCluster));
    return {
        model: {
            kubeObjects,
            clusters,
            ...(kubernetes?.unreadable.length ? { unreadable: kubernetes.unreadable } : {}),
        },
    };
}
/** ARM's view of the cluster, with what only the Kubernetes API shows added pool by pool. */
function mergeClusters(arm, api) {
    if (!api)
        return arm;
    const apiPools = new Map(api.nodePools.map((pool) => [pool.name, pool]));
    const pools = arm.nodePools.map((pool) => {
        const seen = apiPools.get(pool.name);
        apiPools.delete(pool.name);
        return {
            ...pool,
            ...(seen?.liveKubeletConfig ? { liveKubeletConfig: seen.liveKubeletConfig } : {}),
            ...(seen?.nodeAudit ? { nodeAudit: seen.nodeAudit } : {}),
            // The kubelet's own answer beats the configured value when both exist.
            ...(seen?.podMaxPids.state === 'set' ? { podMaxPids: seen.podMaxPids } : {}),
        };
    });
    return { ...arm, nodePools: [...pools, ...apiPools.values()] };
}


/***/ }),

/***/ 3586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ isClusterScoped)
/* harmony export */ });
/**
 * Kinds that live in no namespace. Kubernetes ignores `metadata.namespace` on them, so they are
 * never "in the default namespace" (CIS 5.6.4) and never make a namespace need a NetworkPolicy
 * (CIS 5.3.2). Keyed by kind alone: the API groups below never reuse these kind names for a
 * namespaced resource.
 */
const clusterScopedKinds = new Set([
    // core/v1
    'Namespace',
    'Node',
    'PersistentVolume',
    'ComponentStatus',
    // rbac.authorization.k8s.io
    'ClusterRole',
    'ClusterRoleBinding',
    // storage.k8s.io
    'StorageClass',
    'CSIDriver',
    'CSINode',
    'VolumeAttachment',
    'VolumeAttributesClass',
    // snapshot.storage.k8s.io
    'VolumeSnapshotClass',
    'VolumeSnapshotContent',
    // apiextensions / apiregistration
    'CustomResourceDefinition',
    'APIService',
    // admissionregistration.k8s.io
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
    // scheduling, node, networking, certificates, flowcontrol, policy
    'PriorityClass',
    'RuntimeClass',
    'IngressClass',
    'IPAddress',
    'ServiceCIDR',
    'CertificateSigningRequest',
    'ClusterTrustBundle',
    'FlowSchema',
    'PriorityLevelConfiguration',
    'PodSecurityPolicy',
    // resource.k8s.io (dynamic resource allocation)
    'DeviceClass',
    'ResourceSlice',
    // Gatekeeper and Kyverno policy kinds; Gatekeeper constraints are matched by group below
    'ConstraintTemplate',
    'ClusterPolicy',
    'ClusterCleanupPolicy',
    'ClusterPolicyReport',
    'ClusterEphemeralReport',
    // cert-manager, Calico, Secrets Store CSI driver and other common cluster-wide add-ons
    'ClusterIssuer',
    'GlobalNetworkPolicy',
    'GlobalNetworkSet',
    'HostEndpoint',
    'IPPool',
    'FelixConfiguration',
    'BGPConfiguration',
    'BGPPeer',
    'ClusterInformation',
    'KubeControllersConfiguration',
    'IPAMBlock',
    'BlockAffinity',
    'IPAMHandle',
    'IPAMConfig',
    // Cilium (cilium.io): its CRDs with `scope: Cluster`; CiliumNetworkPolicy, CiliumEndpoint,
    // CiliumEnvoyConfig, CiliumLocalRedirectPolicy and CiliumNodeConfig are namespaced
    'CiliumClusterwideNetworkPolicy',
    'CiliumClusterwideEnvoyConfig',
    'CiliumNode',
    'CiliumIdentity',
    'CiliumExternalWorkload',
    'CiliumEgressGatewayPolicy',
    'CiliumEndpointSlice',
    'CiliumLoadBalancerIPPool',
    'CiliumCIDRGroup',
    'CiliumL2AnnouncementPolicy',
    'CiliumPodIPPool',
    'CiliumBGPPeeringPolicy',
    'CiliumBGPClusterConfig',
    'CiliumBGPPeerConfig',
    'CiliumBGPAdvertisement',
    'CiliumBGPNodeConfig',
    'CiliumBGPNodeConfigOverride',
]);
/** Gatekeeper constraints: every kind in this group is cluster-scoped, one kind per template. */
const clusterScopedGroups = new Set(['constraints.gatekeeper.sh']);
function isClusterScoped(apiVersion, kind) {
    if (clusterScopedKinds.has(kind))
        return true;
    const slash = apiVersion.indexOf('/');
    return slash > 0 && clusterScopedGroups.has(apiVersion.slice(0, slash));
}


/***/ }),

/***/ 5883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ clusterIdentity),
/* harmony export */   P: () => (/* binding */ referenceTo)
/* harmony export */ });
/**
 * Who a cluster is in counts, fingerprints and the new-versus-base comparison: its source and its
 * id there. Fifty copies of one template declare fifty clusters, even when all share one name;
 * the source is a path relative to the working directory, so neither a checkout's location nor a
 * shard changes it.
 */
const clusterIdentity = (cluster) => `${cluster.source}#${cluster.id}`;
const referenceTo = (cluster) => ({
    cluster: cluster.name,
    clusterSource: cluster.source,
    clusterIdentity: clusterIdentity(cluster),
});


/***/ }),

/***/ 3477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ quoteInput),
/* harmony export */   an: () => (/* binding */ maxKubernetesNameCharacters),
/* harmony export */   wH: () => (/* binding */ maxMessageCharacters)
/* harmony export */ });
/* unused harmony export maxQuotedCharacters */
/** How much of one input value a message may copy. */
const maxQuotedCharacters = 200;
/** A DNS subdomain's length, the longest name the Kubernetes API server accepts. */
const maxKubernetesNameCharacters = 253;
/** How long a message or reason in the report may be, whatever it quotes. */
const maxMessageCharacters = 4000;
/**
 * An input value as a message copies it: at most 200 characters, then how long it was.
 * Values come from the scanned content, so their size is the author's choice, and one
 * value can land in a hundred reasons: unbounded, a 50 MB string exhausts the memory.
 * Strings are copied as they are; anything else as JSON.
 */
function quoteInput(value, maxCharacters = maxQuotedCharacters) {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    return text.length <= maxCharacters ? text : `${text.slice(0, maxCharacters)}…(${text.length} characters)`;
}


/***/ })

};
