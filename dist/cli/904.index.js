export const id = 904;
export const ids = [904];
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
