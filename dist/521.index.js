export const id = 521;
export const ids = [521];
export const modules = {

/***/ 9521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readTerraformFiles: () => (/* binding */ readTerraformFiles)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/inputs/terraform-source/format.ts
var format = __webpack_require__(6841);
// EXTERNAL MODULE: ./src/model/quote.ts
var quote = __webpack_require__(3477);
// EXTERNAL MODULE: ./src/model/setting.ts
var setting = __webpack_require__(1661);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/inputs/parsed-json.ts
var parsed_json = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/inputs/json-nesting.ts
var json_nesting = __webpack_require__(6092);
;// CONCATENATED MODULE: ./src/inputs/terraform-plan/plan-json.ts



/**
 * JSON.parse is the fastest parser Node has (a 50 MB plan parses well under the 3 s budget), and
 * the value ARM detection parsed is taken rather than parsed again; jsonc-parser runs only after a
 * failure, to name the line and column of the first error.
 */
function parsePlanJson(file, limits) {
    const { text, displayPath } = file;
    if (text.length > limits.maxFileBytes) {
        return {
            error: { file: displayPath, message: `plan is larger than the ${limits.maxFileBytes}-byte limit` },
        };
    }
    const parsed = (0,parsed_json/* parsedJsonOf */.f)(file);
    (0,parsed_json/* forgetParsedJson */.t)(file);
    if (!parsed.ok)
        return { error: { file: displayPath, ...locateJsonError(text, 'plan', limits.maxDepth) } };
    const plan = parsed.value;
    if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
        return { error: { file: displayPath, line: 1, message: 'a Terraform plan must be a JSON object' } };
    }
    return { plan: plan };
}
/**
 * Where strict JSON that JSON.parse refused goes wrong, and why, as "<what> is not valid JSON: …".
 * JSON.parse names no line, so jsonc-parser reads the text again, once its nesting is known to be bounded.
 */
function locateJsonError(text, what, maxDepth) {
    const tooDeep = (0,json_nesting/* jsonNestingBeyond */.S)(text, maxDepth);
    if (tooDeep !== undefined) {
        return {
            ...lineLocator(text)(tooDeep),
            message: `${what} is not valid JSON; it nests deeper than ${maxDepth} levels here (maxDepth), so its first error is not located`,
        };
    }
    const errors = [];
    (0,main.parse)(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const reason = first === undefined ? 'invalid JSON' : (0,main.printParseErrorCode)(first.error);
    return {
        ...lineLocator(text)(first?.offset ?? text.length),
        message: `${what} is not valid JSON: ${reason}`,
    };
}
/** Line and column of text offsets; the line starts are found once, then binary-searched. */
function lineLocator(text) {
    const lineStarts = [0];
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
        lineStarts.push(index + 1);
    return (offset) => {
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((lineStarts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
    };
}
const instanceKey = /\[[^\]]*\]/g;
/** `module.aks[0].module.net["a"].azurerm_x.y[1]` → module path `['aks', 'net']`, config address `azurerm_x.y`. */
function splitAddress(address) {
    const modulePath = [];
    let rest = address;
    for (let match = /^module\.([^.[]+)(\[[^\]]*\])?\./.exec(rest); match; match = /^module\.([^.[]+)(\[[^\]]*\])?\./.exec(rest)) {
        modulePath.push(match[1] ?? '');
        rest = rest.slice(match[0].length);
    }
    return { modulePath, configAddress: rest.replace(instanceKey, '') };
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The object items of a list read from the plan: scanned content may have any shape. */
function objectsIn(value) {
    return Array.isArray(value) ? value.filter((item) => isObject(item)) : [];
}
function stringsIn(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
const isManagedResource = (resource) => typeof resource.address === 'string' && typeof resource.type === 'string' && resource.mode !== 'data';
/**
 * Every managed resource of the types read that the plan creates or keeps, from `planned_values` (all modules,
 * recursively) joined with `resource_changes` for the values known only after apply.
 * Resources being destroyed are not in `planned_values`, so they are not read.
 */
function planResources(plan, maxDepth, isRead) {
    const changes = new Map();
    for (const change of objectsIn(plan.resource_changes)) {
        if (isManagedResource(change) && isRead(change.type))
            changes.set(change.address, change);
    }
    const resources = [];
    const seen = new Set();
    const visit = (module, depth) => {
        if (!isObject(module) || depth > maxDepth)
            return;
        for (const resource of objectsIn(module.resources)) {
            if (!isManagedResource(resource) || !isRead(resource.type))
                continue;
            seen.add(resource.address);
            const change = changes.get(resource.address)?.change;
            const values = isObject(resource.values) ? resource.values : change?.after;
            resources.push(toPlanResource(resource, values, change?.after_unknown));
        }
        for (const child of objectsIn(module.child_modules))
            visit(child, depth + 1);
    };
    visit(plan.planned_values?.root_module, 0);
    // A plan written without planned_values still lists what each resource becomes.
    for (const change of changes.values()) {
        const after = change.change?.after;
        if (!seen.has(change.address) && isObject(after)) {
            resources.push(toPlanResource(change, after, change.change?.after_unknown));
        }
    }
    return resources;
}
function toPlanResource(resource, values, unknown) {
    return {
        address: resource.address,
        type: resource.type,
        ...splitAddress(resource.address),
        values: isObject(values) ? values : {},
        unknown,
    };
}
/** The configuration module at a module path (module calls by name), if the plan carries it. */
function configModuleAt(plan, modulePath) {
    let module = plan.configuration?.root_module;
    for (const name of modulePath)
        module = module?.module_calls?.[name]?.module;
    return isObject(module) ? module : undefined;
}
const configResourcesByModule = new WeakMap();
/** A resource's block in the plan's `configuration` section (indexed once per module). */
function configResourceOf(plan, resource) {
    const module = configModuleAt(plan, resource.modulePath);
    if (module === undefined)
        return undefined;
    let byAddress = configResourcesByModule.get(module);
    if (byAddress === undefined) {
        byAddress = new Map(objectsIn(module.resources).map((config) => [config.address, config]));
        configResourcesByModule.set(module, byAddress);
    }
    return byAddress.get(resource.configAddress);
}
/** The `references` of one argument of a resource in the configuration section. */
function referencesOf(plan, resource, argument) {
    const expression = configResourceOf(plan, resource)?.expressions?.[argument];
    return stringsIn(expression?.references);
}

;// CONCATENATED MODULE: ./src/inputs/terraform-plan/references.ts

/** Module outputs and input variables are followed at most this many times (a cycle cannot hang the scan). */
const maxHops = 16;
/**
 * The planned resources of `type` that an argument refers to, read from the plan's
 * `configuration` section. Used when the argument's value (a resource id) is known only after
 * apply. References through `module.x.output` and `var.x` are followed into and out of modules.
 */
function referencedResources(plan, from, argument, type, candidates) {
    return resolveReferences(plan, from.modulePath, referencesOf(plan, from, argument), type, candidates);
}
/** The planned resources of `type` that `references` (written in the module at `modulePath`) lead to. */
function resolveReferences(plan, modulePath, references, type, candidates) {
    const found = new Set();
    const follow = (modulePath, references, hops) => {
        if (hops > maxHops)
            return;
        for (const reference of references) {
            const parts = reference.split('.');
            const [first, second, third] = parts;
            if (first === 'module' && second !== undefined && third !== undefined) {
                const childPath = [...modulePath, second.replace(/\[.*$/, '')];
                const output = configModuleAt(plan, childPath)?.outputs?.[third];
                follow(childPath, stringsIn(output?.expression?.references), hops + 1);
            }
            else if (first === 'var' && second !== undefined && modulePath.length > 0) {
                const parentPath = modulePath.slice(0, -1);
                const call = configModuleAt(plan, parentPath)?.module_calls?.[modulePath[modulePath.length - 1] ?? ''];
                const input = call?.expressions?.[second];
                follow(parentPath, stringsIn(input?.references), hops + 1);
            }
            else if (first === type && second !== undefined) {
                const configAddress = `${type}.${second.replace(/\[.*$/, '')}`;
                // `type.name[0]` names one instance; `type.name` all of them.
                const instance = /\[.*\]$/.exec(second)?.[0];
                for (const candidate of candidates) {
                    if (candidate.configAddress === configAddress &&
                        samePath(candidate.modulePath, modulePath) &&
                        (instance === undefined || candidate.address.endsWith(`${configAddress}${instance}`))) {
                        found.add(candidate);
                    }
                }
            }
        }
    };
    follow(modulePath, references, 0);
    return [...found];
}
function samePath(left, right) {
    return left.length === right.length && left.every((name, index) => name === right[index]);
}

;// CONCATENATED MODULE: ./src/inputs/terraform-plan/written-arguments.ts
/**
 * Without a `configuration` section nothing tells a written argument from a computed one, so
 * every unknown counts: not evaluated is the safe side.
 */
const everythingWritten = { writes: () => true, block: () => everythingWritten };
function writtenIn(expressions) {
    if (typeof expressions !== 'object' || expressions === null || Array.isArray(expressions))
        return everythingWritten;
    const entries = expressions;
    return {
        writes: (argument) => argument in entries,
        block: (name, index) => {
            const nested = entries[name];
            // A dynamic block's items are not listed one by one: count everything in it as written.
            return Array.isArray(nested) ? writtenIn(nested[index] ?? nested[0]) : everythingWritten;
        },
    };
}
/** True when the configuration writes every argument and block along `path`. */
function writesPath(written, path) {
    let block = written;
    for (let index = 0; index < path.length; index += 1) {
        const step = path[index];
        if (typeof step === 'number')
            continue;
        if (step === undefined || !block.writes(step))
            return false;
        const next = path[index + 1];
        block = block.block(step, typeof next === 'number' ? next : 0);
    }
    return true;
}

;// CONCATENATED MODULE: ./src/inputs/terraform-plan/resource-values.ts


const knownAfterApply = 'known only after apply (terraform plan)';
const asBoolean = (value) => (typeof value === 'boolean' ? value : undefined);
const asString = (value) => (typeof value === 'string' ? value : undefined);
const asNumber = (value) => (typeof value === 'number' ? value : undefined);
const asStrings = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
/**
 * One resource's planned values read as Settings. `after_unknown` marks what apply decides, but
 * only for what the configuration writes: an unwritten argument (or block) the provider computes
 * takes the provider's or AKS's default, so it is unset. Terraform shows absent optional blocks as
 * `[]` and unset arguments as `null`: both are unset.
 */
class ResourceValues {
    resource;
    sources;
    written;
    constructor(resource, sources, written = everythingWritten) {
        this.resource = resource;
        this.sources = sources;
        this.written = written;
    }
    get location() {
        return this.sources.locate(this.resource);
    }
    locate(path) {
        return this.sources.locate(this.resource, path);
    }
    read(path) {
        let value = this.resource.values;
        let unknown = this.resource.unknown;
        for (const [index, step] of path.entries()) {
            if (unknown === true)
                return this.unknownAt(path.slice(0, index));
            unknown = childOf(unknown, step);
            value = childOf(value, step);
        }
        if (unknown === true)
            return this.unknownAt(path);
        return value === undefined || value === null ? { state: 'absent' } : { state: 'set', value };
    }
    /** A value known only after apply is unknown when written, else the provider's default (absent). */
    unknownAt(path) {
        if (!writesPath(this.written, path))
            return { state: 'absent' };
        return { state: 'unknown', reason: this.resource.unknownReason?.(path) ?? knownAfterApply };
    }
    /**
     * The first of `paths` that the plan states (provider 4.x names first, then 3.x). When none
     * is stated the setting is unset, located at the enclosing `scope` block (default: the resource).
     */
    setting(paths, convert, scope = []) {
        const candidates = (Array.isArray(paths[0]) ? paths : [paths]);
        for (const path of candidates) {
            const read = this.read(path);
            if (read.state === 'absent')
                continue;
            if (read.state === 'unknown')
                return (0,setting/* unknownSetting */.pL)(read.reason, this.locate(path));
            const value = convert(read.value);
            if (value === undefined) {
                // The type only: a misplaced value could be a secret.
                return (0,setting/* unknownSetting */.pL)(`the plan holds a value of unexpected type (${typeOf(read.value)})`, this.locate(path));
            }
            return (0,setting/* setTo */.oc)(value, this.locate(path));
        }
        return (0,setting/* unset */.wC)(this.locate(scope));
    }
    /** True when a nested block is present (a block-shaped feature such as `key_management_service`). */
    blockPresent(path) {
        const read = this.read(path);
        if (read.state === 'unknown')
            return (0,setting/* unknownSetting */.pL)(read.reason, this.locate(path));
        if (read.state === 'set' && Array.isArray(read.value) && read.value.length > 0) {
            return (0,setting/* setTo */.oc)(true, this.locate([...path, 0]));
        }
        return (0,setting/* unset */.wC)(this.location);
    }
}
const typeOf = (value) => (Array.isArray(value) ? 'list' : typeof value);
function childOf(container, step) {
    if (container === null || typeof container !== 'object')
        return undefined;
    return container[step];
}

;// CONCATENATED MODULE: ./src/inputs/terraform-plan/azurerm-cluster.ts






const clusterType = 'azurerm_kubernetes_cluster';
const nodePoolType = 'azurerm_kubernetes_cluster_node_pool';
const diagnosticSettingType = 'azurerm_monitor_diagnostic_setting';
/** The azurerm resource types this input reads. */
const azurermTypes = new Set([clusterType, nodePoolType, diagnosticSettingType]);
// azurerm_kubernetes_cluster_extension is not read: no model property (and so no CIS row) depends on
// an extension. Azure Policy and the Key Vault secrets provider are add-ons, set on the cluster itself.
function nameOf(values, path = ['name']) {
    const name = values.read(path);
    // Azure caps names at 63 characters: a longer one is the author's choice, quoted short.
    return (0,quote/* quoteInput */.Zs)(name.state === 'set' && typeof name.value === 'string' ? name.value : values.resource.address);
}
function identityType(values) {
    const identity = values.setting(['identity', 0, 'type'], asString);
    if (identity.state !== 'unset')
        return identity;
    const servicePrincipal = values.blockPresent(['service_principal']);
    return servicePrincipal.state === 'set' ? (0,setting/* setTo */.oc)('ServicePrincipal', servicePrincipal.location) : identity;
}
/** azurerm 3.x `managed = false` is the legacy (non-managed) Entra integration; 4.x has only managed. */
function entraIdEnabled(values) {
    const block = ['azure_active_directory_role_based_access_control'];
    const present = values.blockPresent(block);
    if (present.state !== 'set')
        return present;
    const managed = values.setting([...block, 0, 'managed'], asBoolean);
    return managed.state === 'unset' ? present : managed;
}
function nodePoolFrom(values, scope, isDefaultPool) {
    const at = (...path) => [...scope, ...path];
    const read = (paths, convert) => values.setting(paths, convert, scope);
    const location = values.locate(scope);
    return {
        name: nameOf(values, at('name')),
        location,
        // The default node pool is always the System pool and always Linux.
        mode: isDefaultPool ? (0,setting/* setTo */.oc)('System', location) : read([at('mode')], asString),
        osType: isDefaultPool ? (0,setting/* unset */.wC)(location) : read([at('os_type')], asString),
        osSku: read([at('os_sku')], asString),
        orchestratorVersion: read([at('orchestrator_version')], asString),
        podMaxPids: read([at('kubelet_config', 0, 'pod_max_pid')], asNumber),
        // azurerm has no argument for these preview/newer pool properties: the plan cannot set them.
        seccompDefault: (0,setting/* unset */.wC)(location),
        sshAccess: (0,setting/* unset */.wC)(location),
        messageOfTheDay: (0,setting/* unset */.wC)(location),
        nodePublicIp: read([at('node_public_ip_enabled'), at('enable_node_public_ip')], asBoolean),
        fipsEnabled: read([at('fips_enabled')], asBoolean),
        encryptionAtHost: read([at('host_encryption_enabled'), at('enable_host_encryption')], asBoolean),
    };
}
function clusterFrom(values, planFile) {
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
        kmsKeyVaultNetworkAccess: values.setting(['key_management_service', 0, 'key_vault_network_access'], asString),
        azurePolicyEnabled: values.setting(['azure_policy_enabled'], asBoolean),
        networkPolicy: values.setting(['network_profile', 0, 'network_policy'], asString),
        networkDataplane: values.setting([
            ['network_profile', 0, 'network_data_plane'],
            ['network_profile', 0, 'ebpf_data_plane'],
        ], asString),
        keyVaultSecretsProviderEnabled: values.blockPresent(['key_vault_secrets_provider']),
        // Image Integrity is a preview property that azurerm does not expose.
        imageIntegrityEnabled: (0,setting/* unset */.wC)(values.location),
        defenderEnabled: values.blockPresent(['microsoft_defender']),
        identityType: identityType(values),
        privateCluster: values.setting(['private_cluster_enabled'], asBoolean),
        privateClusterPublicFqdn: values.setting(['private_cluster_public_fqdn_enabled'], asBoolean),
        authorizedIpRanges: values.setting([['api_server_access_profile', 0, 'authorized_ip_ranges'], ['api_server_authorized_ip_ranges']], asStrings),
        // 3.x's `public_network_access_enabled` was deprecated as not functional and is no longer sent to
        // the API (hashicorp/terraform-provider-azurerm#22478); 4.x has no argument for it.
        publicNetworkAccess: (0,setting/* unset */.wC)(values.location),
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
function diagnosticSettingFrom(values, plan) {
    return {
        name: nameOf(values),
        location: values.location,
        enabledCategories: enabledCategories(values),
        hasDestination: hasDestination(values, plan),
    };
}
/** `enabled_log { category | category_group }` (4.x), and 3.x's `log { … enabled }`. */
function enabledCategories(values) {
    const categories = [];
    for (const block of ['enabled_log', 'log']) {
        const entries = values.read([block]);
        if (entries.state === 'unknown')
            return (0,setting/* unknownSetting */.pL)(entries.reason, values.locate([block]));
        if (entries.state !== 'set' || !Array.isArray(entries.value))
            continue;
        for (let index = 0; index < entries.value.length; index += 1) {
            const enabled = values.read([block, index, 'enabled']);
            if (enabled.state === 'unknown')
                return (0,setting/* unknownSetting */.pL)(enabled.reason, values.locate([block, index]));
            if (enabled.state === 'set' && enabled.value === false)
                continue;
            for (const key of ['category', 'category_group']) {
                const category = values.read([block, index, key]);
                if (category.state === 'unknown')
                    return (0,setting/* unknownSetting */.pL)(category.reason, values.locate([block, index, key]));
                if (category.state === 'set' && typeof category.value === 'string')
                    categories.push(category.value);
            }
        }
    }
    const first = values.read(['enabled_log', 0]).state === 'set' ? ['enabled_log', 0] : ['log', 0];
    return (0,setting/* setTo */.oc)(categories, categories.length > 0 ? values.locate(first) : values.location);
}
/**
 * A destination id is usually another resource's id, which a plan knows only after apply. The
 * question is whether the configuration names a destination, so an unknown id counts when the
 * configuration writes it as a reference to another resource.
 */
function hasDestination(values, plan) {
    let unknownAt;
    for (const argument of destinationArguments) {
        const read = values.read([argument]);
        if (read.state === 'set' && read.value !== '')
            return (0,setting/* setTo */.oc)(true, values.locate([argument]));
        if (read.state === 'unknown') {
            if (referencesOf(plan, values.resource, argument).length > 0)
                return (0,setting/* setTo */.oc)(true, values.locate([argument]));
            unknownAt ??= { path: [argument], reason: read.reason };
        }
    }
    if (unknownAt !== undefined)
        return (0,setting/* unknownSetting */.pL)(unknownAt.reason, values.locate(unknownAt.path));
    return (0,setting/* setTo */.oc)(false, values.location);
}
/** `module.region["a"].` for `module.region["a"].azurerm_kubernetes_cluster.this[0]`. */
function moduleInstanceOf(resource) {
    const address = resource.address.replace(/\[[^\]]*\]$/, '');
    return address.slice(0, address.length - resource.configAddress.length);
}
/**
 * Inside a module called with count or for_each, a reference to a resource of the same module
 * means the one in the same instance: `module.region["a"]`'s setting targets `module.region["a"]`'s
 * cluster, never `module.region["b"]`'s.
 */
function inSameModuleInstance(from, candidate) {
    return (!samePath(from.modulePath, candidate.modulePath) || moduleInstanceOf(from) === moduleInstanceOf(candidate));
}
/**
 * The cluster an argument (`kubernetes_cluster_id`, `target_resource_id`) points at: by its
 * value when the plan knows it, else through the configuration's references. Undefined when
 * it points elsewhere; a string (the reason) when it points at a cluster this plan does not hold.
 */
function linkedCluster(plan, resource, argument, clusters) {
    const value = resource.values[argument];
    if (typeof value === 'string') {
        const match = /\/managedClusters\/([^/]+)$/i.exec(value);
        if (match === null)
            return undefined;
        const byName = [...clusters.values()].filter((cluster) => cluster.name.toLowerCase() === match[1]?.toLowerCase());
        return byName.length === 1 ? byName[0] : `its cluster ${(0,quote/* quoteInput */.Zs)(value)} is not in this plan`;
    }
    const candidates = referencedResources(plan, resource, argument, clusterType, [...clusters.keys()]).filter((candidate) => inSameModuleInstance(resource, candidate));
    // With count/for_each on both sides, `pool[1]` belongs to `cluster[1]`.
    const instanceKey = /\[[^\]]*\]$/.exec(resource.address)?.[0];
    const chosen = candidates.length === 1
        ? candidates[0]
        : candidates.find((candidate) => instanceKey !== undefined && candidate.address.endsWith(instanceKey));
    if (chosen !== undefined)
        return clusters.get(chosen);
    return candidates.length > 1
        ? `it may belong to any of ${candidates.map((c) => (0,quote/* quoteInput */.Zs)(c.address)).join(', ')}`
        : undefined;
}
/** The plan's AKS clusters, with their node pools and the diagnostic settings aimed at them. */
function readAzurermClusters(plan, resources, sources) {
    const valuesOf = (resource) => new ResourceValues(resource, sources, writtenIn(configResourceOf(plan, resource)?.expressions));
    const clusters = new Map();
    for (const resource of resources) {
        if (resource.type === clusterType)
            clusters.set(resource, clusterFrom(valuesOf(resource), sources.inputFile));
    }
    const notChecked = [];
    for (const resource of resources) {
        const isPool = resource.type === nodePoolType;
        if (!isPool && resource.type !== diagnosticSettingType)
            continue;
        const argument = isPool ? 'kubernetes_cluster_id' : 'target_resource_id';
        const cluster = linkedCluster(plan, resource, argument, clusters);
        if (typeof cluster === 'string' || (cluster === undefined && isPool)) {
            const reason = cluster ?? 'its cluster is not in this plan';
            const { file, line } = sources.locate(resource);
            notChecked.push({
                file,
                line,
                reason: `${(0,quote/* quoteInput */.Zs)(resource.address)} is not checked: ${reason}`,
                fix: 'scan it together with the configuration (or plan) that declares its cluster',
            });
            continue;
        }
        if (cluster === undefined)
            continue;
        const values = valuesOf(resource);
        if (isPool)
            cluster.nodePools.push(nodePoolFrom(values, [], false));
        else
            cluster.diagnosticSettings.push(diagnosticSettingFrom(values, plan));
    }
    return { clusters, notChecked };
}

// EXTERNAL MODULE: ./src/model/cluster.ts
var model_cluster = __webpack_require__(5883);
// EXTERNAL MODULE: ./src/model/cluster-scoped-kinds.ts
var cluster_scoped_kinds = __webpack_require__(3586);
;// CONCATENATED MODULE: ./src/inputs/terraform-plan/kubernetes-resources.ts







const apps = (kind) => ({ apiVersion: 'apps/v1', kind });
const batch = (kind) => ({ apiVersion: 'batch/v1', kind });
const core = (kind) => ({ apiVersion: 'v1', kind });
const rbac = (kind) => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind });
const networking = (kind) => ({ apiVersion: 'networking.k8s.io/v1', kind });
/** The Kubernetes provider's typed resources (with and without the `_v1` suffix) and what they create. */
const typedKinds = new Map(Object.entries({
    kubernetes_deployment: apps('Deployment'),
    kubernetes_daemonset: apps('DaemonSet'),
    kubernetes_daemon_set: apps('DaemonSet'),
    kubernetes_stateful_set: apps('StatefulSet'),
    kubernetes_pod: core('Pod'),
    kubernetes_replication_controller: core('ReplicationController'),
    kubernetes_job: batch('Job'),
    kubernetes_cron_job: batch('CronJob'),
    kubernetes_cluster_role: rbac('ClusterRole'),
    kubernetes_cluster_role_binding: rbac('ClusterRoleBinding'),
    kubernetes_role: rbac('Role'),
    kubernetes_role_binding: rbac('RoleBinding'),
    kubernetes_service_account: core('ServiceAccount'),
    kubernetes_default_service_account: core('ServiceAccount'),
    kubernetes_network_policy: networking('NetworkPolicy'),
    kubernetes_namespace: core('Namespace'),
}).flatMap(([type, kind]) => [
    [type, kind],
    [`${type}_v1`, kind],
]));
/**
 * The provider's resource for a namespace's own `default` ServiceAccount (the usual way to turn
 * its token off, CIS 5.1.5): its metadata names only the namespace, and the account is always `default`.
 */
const defaultServiceAccountTypes = new Set([
    'kubernetes_default_service_account',
    'kubernetes_default_service_account_v1',
]);
const isKubernetesResourceType = (type) => typedKinds.has(type) || type === 'kubernetes_manifest';
/** Blocks that are lists in Kubernetes (usually under a plural name); other blocks hold one item. */
/** Without a prototype: an argument named `constructor` or `toString` is not one of these blocks. */
const blockTable = (blocks) => Object.assign(Object.create(null), blocks);
const listBlocks = blockTable({
    container: 'containers',
    init_container: 'initContainers',
    ephemeral_container: 'ephemeralContainers',
    volume: 'volumes',
    volume_mount: 'volumeMounts',
    volume_device: 'volumeDevices',
    port: 'ports',
    ports: 'ports',
    env: 'env',
    env_from: 'envFrom',
    toleration: 'tolerations',
    rule: 'rules',
    subject: 'subjects',
    ingress: 'ingress',
    egress: 'egress',
    from: 'from',
    to: 'to',
    image_pull_secrets: 'imagePullSecrets',
    image_pull_secret: 'imagePullSecrets',
    host_aliases: 'hostAliases',
    match_expressions: 'matchExpressions',
    topology_spread_constraint: 'topologySpreadConstraints',
    readiness_gate: 'readinessGates',
    sysctl: 'sysctls',
    items: 'items',
    option: 'options',
    cluster_role_selectors: 'clusterRoleSelectors',
});
/** A ServiceAccount's `secret` blocks are its `secrets` list (elsewhere `secret` is a volume source). */
const topLevelListBlocks = blockTable({ ...listBlocks, secret: 'secrets' });
const irregularNames = new Map([
    ['host_ipc', 'hostIPC'],
    ['host_pid', 'hostPID'],
    ['non_resource_urls', 'nonResourceURLs'],
]);
/** The provider types these as strings; Kubernetes as integers. */
const integerFields = new Set(['run_as_user', 'run_as_group', 'fs_group', 'replicas']);
/** Terraform-only arguments (waiting, timeouts) that are not part of the object. */
const terraformOnlyArguments = new Set([
    'id',
    'timeouts',
    'wait_for_rollout',
    'wait_for_default_secret',
    'wait_for_completion',
    'wait_for_load_balancer',
]);
const kubernetes_resources_knownAfterApply = 'known only after apply (terraform plan)';
/** Argument names repeat in every resource of a plan: each is converted once (up to a bound). */
const camelCaseNames = new Map();
const maxCamelCaseNames = 10_000;
function camelCase(name) {
    let converted = camelCaseNames.get(name);
    if (converted === undefined) {
        converted =
            irregularNames.get(name) ??
                name.replace(/_([a-z0-9])/g, (_match, letter) => letter.toUpperCase());
        if (camelCaseNames.size < maxCamelCaseNames)
            camelCaseNames.set(name, converted);
    }
    return converted;
}
const isBlockList = (value) => Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => typeof item === 'object' && item !== null);
/**
 * Maps the provider's snake_case blocks to Kubernetes fields, remembering where each mapped
 * object came from, so findings point at the `.tf` attribute.
 */
class BlockMapper {
    origins = new WeakMap();
    maxDepth;
    /** Set when the values nest deeper than the limit: the object is then not checked. */
    tooDeep = false;
    constructor(maxDepth) {
        this.maxDepth = maxDepth;
    }
    /** Kubernetes fields whose value Terraform knows only after apply (`after_unknown`), with their plan paths. */
    unknownFields = [];
    /**
     * `unknown` is the `after_unknown` node matching `block`; `fieldPath` is where the mapped object
     * sits in the Kubernetes body, so values known only after apply can be named by their field.
     */
    mapBlock(block, planPath, lists, unknown, fieldPath, written) {
        const mapped = {};
        const names = new Map();
        this.origins.set(mapped, { planPath, names });
        if (planPath.length > this.maxDepth) {
            this.tooDeep = true;
            return mapped;
        }
        const unknownHere = typeof unknown === 'object' && unknown !== null ? unknown : {};
        for (const [name, isUnknown] of Object.entries(unknownHere)) {
            // An argument the configuration does not write is one the provider computes (its default):
            // that is an unset field, not an unknown one.
            if (isUnknown === true && written.writes(name)) {
                this.unknownFields.push({
                    path: [...fieldPath, lists[name] ?? camelCase(name)],
                    planPath: [...planPath, name],
                });
            }
        }
        for (const [name, value] of Object.entries(block)) {
            if (value === null || value === undefined || (Array.isArray(value) && value.length === 0))
                continue;
            const field = lists[name] ?? camelCase(name);
            names.set(field, name);
            if (isBlockList(value)) {
                const unknownItems = Array.isArray(unknownHere[name]) ? unknownHere[name] : [];
                mapped[field] =
                    name in lists || value.length > 1
                        ? value.map((item, index) => this.mapBlock(item, [...planPath, name, index], listBlocks, unknownItems[index], [...fieldPath, field, index], written.block(name, index)))
                        : this.mapBlock(value[0] ?? {}, [...planPath, name, 0], listBlocks, unknownItems[0], [...fieldPath, field], written.block(name, 0));
            }
            else if (integerFields.has(name) && typeof value === 'string' && /^-?\d+$/.test(value)) {
                mapped[field] = Number(value);
            }
            else {
                mapped[field] = value;
            }
        }
        return mapped;
    }
    /** The plan path of the field at `fieldPath` below `body`, or of its nearest mapped ancestor. */
    planPathOf(body, fieldPath) {
        let node = body;
        let found = [];
        for (const step of fieldPath) {
            const origin = typeof node === 'object' && node !== null ? this.origins.get(node) : undefined;
            if (typeof step === 'number') {
                node = Array.isArray(node) ? node[step] : undefined;
            }
            else {
                const name = origin?.names.get(step);
                if (origin === undefined || name === undefined)
                    break;
                found = [...origin.planPath, name];
                node = node[step];
            }
            const reached = typeof node === 'object' && node !== null ? this.origins.get(node) : undefined;
            if (reached !== undefined)
                found = reached.planPath;
        }
        return found;
    }
}
function mapTypedResource(resource, kind, maxDepth, expressions) {
    const mapper = new BlockMapper(maxDepth);
    const values = Object.fromEntries(Object.entries(resource.values).filter(([name]) => !terraformOnlyArguments.has(name)));
    const mapped = mapper.mapBlock(values, [], topLevelListBlocks, resource.unknown, [], writtenIn(expressions));
    const body = { ...kind, ...mapped };
    return mapper.tooDeep
        ? undefined
        : { body, unknownFields: mapper.unknownFields, planPathOf: (path) => mapper.planPathOf(mapped, path) };
}
/** `kubernetes_manifest.manifest` is already the Kubernetes object, written as an HCL object. */
function mapManifest(resource, maxDepth) {
    const manifest = resource.values.manifest;
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
        return undefined;
    if (nestsDeeperThan(manifest, maxDepth))
        return undefined;
    const unknownFields = [];
    // kubernetes_manifest's `after_unknown` mirrors the manifest itself, key for key.
    const collect = (node, path) => {
        if (node === true)
            unknownFields.push({ path, planPath: ['manifest', ...path] });
        else if (Array.isArray(node))
            node.forEach((item, index) => collect(item, [...path, index]));
        else if (typeof node === 'object' && node !== null) {
            for (const [key, value] of Object.entries(node))
                collect(value, [...path, key]);
        }
    };
    collect(resource.unknown?.manifest, []);
    return { body: manifest, unknownFields, planPathOf: (path) => ['manifest', ...path] };
}
function nestsDeeperThan(value, maxDepth) {
    if (typeof value !== 'object' || value === null)
        return false;
    if (maxDepth === 0)
        return true;
    return Object.values(value).some((child) => nestsDeeperThan(child, maxDepth - 1));
}
function metadataOf(body) {
    const metadata = body.metadata;
    return typeof metadata === 'object' && metadata !== null ? metadata : {};
}
function unknownMetadata(resource, field) {
    const unknown = resource.unknown;
    return unknown?.metadata?.[0]?.[field] === true || unknown?.manifest?.metadata?.[field] === true;
}
/**
 * The cluster the Kubernetes provider talks to, when its configuration refers to an
 * azurerm_kubernetes_cluster of this plan (`host = azurerm_kubernetes_cluster.x.kube_config[0].host`).
 */
function providerCluster(plan, resource, clusters) {
    const providerKey = configResourceOf(plan, resource)?.provider_config_key;
    const provider = plan.configuration?.provider_config?.[typeof providerKey === 'string' ? providerKey : 'kubernetes'];
    const host = provider?.expressions?.host;
    const found = resolveReferences(plan, [], stringsIn(host?.references), clusterType, [...clusters.keys()]);
    return found.length === 1 && found[0] !== undefined ? clusters.get(found[0]) : undefined;
}
const deeperThanTheLimit = 'if the nesting is legitimate, raise the bound with `--limit maxDepth=N`';
function whyUnreadable(resource) {
    // A typed resource always has its apiVersion and kind: only its depth can stop it.
    if (resource.type !== 'kubernetes_manifest')
        return { reason: 'its values nest deeper than the depth limit', fix: deeperThanTheLimit };
    const unknown = resource.unknown;
    if (unknown?.manifest === true)
        return {
            reason: 'its manifest is known only after apply (terraform plan)',
            fix: 'write the manifest from values known at plan time, or scan the cluster after apply (`--live`)',
        };
    const manifest = resource.values.manifest;
    if (typeof manifest !== 'object' || manifest === null)
        return { reason: 'it has no manifest', fix: 'write the Kubernetes object in its `manifest` argument' };
    return {
        reason: 'its manifest nests deeper than the depth limit, or names no apiVersion and kind',
        fix: `give the manifest an apiVersion and a kind; ${deeperThanTheLimit}`,
    };
}
/** The Kubernetes provider's resources as Kubernetes objects, so the section-5 checks apply to them. */
function readKubernetesResources(plan, resources, sources, clusters, options) {
    const objects = [];
    const notChecked = [];
    for (const resource of resources) {
        if (!isKubernetesResourceType(resource.type))
            continue;
        const kind = typedKinds.get(resource.type);
        const mapped = kind === undefined
            ? mapManifest(resource, options.maxDepth)
            : mapTypedResource(resource, kind, options.maxDepth, configResourceOf(plan, resource)?.expressions);
        const apiVersion = mapped?.body.apiVersion;
        const kindName = mapped?.body.kind;
        if (mapped === undefined || typeof apiVersion !== 'string' || typeof kindName !== 'string') {
            const { reason, fix } = whyUnreadable(resource);
            const { file, line } = sources.locate(resource);
            notChecked.push({
                file,
                line,
                reason: `${(0,quote/* quoteInput */.Zs)(resource.address)} is not checked: ${reason}`,
                fix,
            });
            continue;
        }
        const metadata = metadataOf(mapped.body);
        // The API server refuses names longer than a DNS subdomain: a valid name is never shortened.
        const namespace = unknownMetadata(resource, 'namespace')
            ? '(known after apply)'
            : typeof metadata.namespace === 'string'
                ? (0,quote/* quoteInput */.Zs)(metadata.namespace, quote/* maxKubernetesNameCharacters */.an)
                : options.defaultNamespace;
        const name = defaultServiceAccountTypes.has(resource.type)
            ? 'default'
            : (0,quote/* quoteInput */.Zs)(typeof metadata.name === 'string' ? metadata.name : resource.address, quote/* maxKubernetesNameCharacters */.an);
        const cluster = providerCluster(plan, resource, clusters);
        const locateInResource = sources.locatorFor(resource);
        objects.push({
            apiVersion,
            kind: kindName,
            name,
            namespace: (0,cluster_scoped_kinds/* isClusterScoped */.Z)(apiVersion, kindName) ? undefined : namespace,
            body: mapped.body,
            location: locateInResource(),
            locate: (path) => locateInResource(mapped.planPathOf(path)),
            origin: 'terraform',
            ...(mapped.unknownFields.length === 0
                ? {}
                : {
                    unknownFields: mapped.unknownFields.map(({ path, planPath }) => ({
                        path,
                        reason: resource.unknownReason?.(planPath) ?? kubernetes_resources_knownAfterApply,
                    })),
                }),
            ...(cluster === undefined ? {} : (0,model_cluster/* referenceTo */.P)(cluster)),
        });
    }
    return { objects, notChecked };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/inputs/terraform-plan/hcl-positions.ts
/**
 * A bounded scanner for Terraform's native syntax (.tf) that keeps only what positions need:
 * where each block, attribute, object key and list item starts. It never evaluates anything.
 * Terraform has already validated the configuration that produced the plan, so the scanner is
 * lenient: on text it does not understand it skips ahead and keeps the positions it found.
 */
const newNode = (line, column, labels = []) => ({
    line,
    column,
    fields: new Map(),
    blocks: new Map(),
    items: [],
    labels,
});
const identifierStart = /[A-Za-z_]/;
const closingBracket = { '{': '}', '[': ']', '(': ')' };
const isClosingBracket = (char) => char === '}' || char === ']' || char === ')';
const identifierPart = /[A-Za-z0-9_-]/;
class HclScanner {
    text;
    maxDepth;
    offset = 0;
    line = 1;
    column = 1;
    constructor(text, maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }
    scanFile() {
        const root = newNode(1, 1);
        this.scanBody(root, 0);
        // A stray `}` ends a body: at the top level, step over it and read on.
        while (!this.atEnd()) {
            this.advance();
            this.scanBody(root, 0);
        }
        return root;
    }
    peek(ahead = 0) {
        return this.text.charAt(this.offset + ahead);
    }
    atEnd() {
        return this.offset >= this.text.length;
    }
    advance(count = 1) {
        for (let step = 0; step < count && !this.atEnd(); step += 1) {
            if (this.text.charAt(this.offset) === '\n') {
                this.line += 1;
                this.column = 1;
            }
            else {
                this.column += 1;
            }
            this.offset += 1;
        }
    }
    /** Skips spaces and comments; newlines too when `newlines` is set. Returns true if a newline was crossed. */
    skipTrivia(newlines) {
        let crossedNewline = false;
        while (!this.atEnd()) {
            const char = this.peek();
            if (char === '\n') {
                if (!newlines)
                    return crossedNewline;
                crossedNewline = true;
                this.advance();
            }
            else if (char === ' ' || char === '\t' || char === '\r') {
                this.advance();
            }
            else if (char === '#' || (char === '/' && this.peek(1) === '/')) {
                while (!this.atEnd() && this.peek() !== '\n')
                    this.advance();
            }
            else if (char === '/' && this.peek(1) === '*') {
                this.advance(2);
                while (!this.atEnd() && !(this.peek() === '*' && this.peek(1) === '/'))
                    this.advance();
                this.advance(2);
            }
            else {
                return crossedNewline;
            }
        }
        return crossedNewline;
    }
    readIdentifier() {
        const start = this.offset;
        while (!this.atEnd() && identifierPart.test(this.peek()))
            this.advance();
        return this.text.slice(start, this.offset);
    }
    /** Reads a quoted string (its raw inner text); interpolations and escapes are skipped over. */
    readQuoted() {
        const start = this.offset + 1;
        this.skipQuoted();
        return this.text.slice(start, Math.max(start, this.offset - 1));
    }
    skipQuoted() {
        this.advance();
        while (!this.atEnd()) {
            const char = this.peek();
            if (char === '\\') {
                this.advance(2);
            }
            else if (char === '"') {
                this.advance();
                return;
            }
            else if ((char === '$' || char === '%') && this.peek(1) === '{') {
                if (this.peek(-1) === char) {
                    this.advance(2);
                    continue;
                }
                this.advance(2);
                this.skipUntilClosing('}');
            }
            else if (char === '\n') {
                return;
            }
            else {
                this.advance();
            }
        }
    }
    skipHeredoc() {
        this.advance(2);
        if (this.peek() === '-')
            this.advance();
        const marker = this.readIdentifier();
        while (!this.atEnd()) {
            while (!this.atEnd() && this.peek() !== '\n')
                this.advance();
            this.advance();
            const lineEnd = this.text.indexOf('\n', this.offset);
            const lineText = this.text.slice(this.offset, lineEnd === -1 ? undefined : lineEnd);
            if (lineText.trim() === marker) {
                this.advance(lineText.length);
                return;
            }
        }
    }
    /** Skips nested brackets, strings and heredocs up to and including `closing`. */
    skipUntilClosing(closing) {
        const expected = [closing];
        while (!this.atEnd() && expected.length > 0) {
            const char = this.peek();
            if (char === '"') {
                this.skipQuoted();
                continue;
            }
            if (char === '<' && this.peek(1) === '<' && /[-A-Za-z_]/.test(this.peek(2))) {
                this.skipHeredoc();
                continue;
            }
            if (char === '#' || (char === '/' && (this.peek(1) === '/' || this.peek(1) === '*'))) {
                this.skipTrivia(false);
                if (this.peek() !== '\n')
                    continue;
            }
            const closing = closingBracket[char];
            if (closing !== undefined)
                expected.push(closing);
            else if (char === expected[expected.length - 1])
                expected.pop();
            // A closing bracket of the wrong kind: the text is not valid HCL, so stop before it.
            else if (isClosingBracket(char))
                return;
            this.advance();
        }
    }
    /** Block body or object literal: attributes/keys and nested blocks until `}` or the end. */
    scanBody(node, depth) {
        for (;;) {
            this.skipTrivia(true);
            if (this.atEnd())
                return;
            const char = this.peek();
            if (char === '}')
                return;
            if (!identifierStart.test(char)) {
                this.skipToLineEnd();
                continue;
            }
            const line = this.line;
            const column = this.column;
            const name = this.readIdentifier();
            this.skipTrivia(false);
            if (this.peek() === '=' && this.peek(1) !== '=') {
                this.advance();
                node.fields.set(name, this.scanExpression(line, column, depth + 1, 'body'));
                continue;
            }
            const labels = [];
            while (this.peek() === '"' || identifierStart.test(this.peek())) {
                labels.push(this.peek() === '"' ? this.readQuoted() : this.readIdentifier());
                this.skipTrivia(false);
            }
            if (this.peek() !== '{') {
                this.skipToLineEnd();
                continue;
            }
            this.advance();
            const block = newNode(line, column, labels);
            if (depth < this.maxDepth)
                this.scanBody(block, depth + 1);
            else
                this.skipUntilClosing('}');
            if (this.peek() === '}')
                this.advance();
            const siblings = node.blocks.get(name) ?? [];
            siblings.push(block);
            node.blocks.set(name, siblings);
        }
    }
    skipToLineEnd() {
        while (!this.atEnd() && this.peek() !== '\n') {
            const closing = closingBracket[this.peek()];
            if (closing !== undefined) {
                this.advance();
                this.skipUntilClosing(closing);
            }
            else if (this.peek() === '}') {
                return;
            }
            else {
                this.advance();
            }
        }
    }
    /**
     * An expression that starts after `=` or `:`. The node is located at `line:column` (the
     * attribute name or key). Object and list literals keep their keys' and items' positions;
     * anything else is skipped to where the expression ends in its context.
     */
    scanExpression(line, column, depth, context) {
        const node = newNode(line, column);
        this.skipTrivia(false);
        const opening = this.peek();
        if ((opening === '{' || opening === '[') && depth < this.maxDepth && !this.startsForExpression()) {
            this.advance();
            if (opening === '{')
                this.scanObject(node, depth);
            else
                this.scanList(node, depth);
        }
        this.skipExpressionRest(context);
        return node;
    }
    startsForExpression() {
        return /^[[{]\s*for\s/.test(this.text.slice(this.offset, this.offset + 64));
    }
    /** Skips to the end of the current expression: newline (in a body or object), `,`, or a closing bracket. */
    skipExpressionRest(context) {
        while (!this.atEnd()) {
            const char = this.peek();
            if (char === '\n' && context !== 'list')
                return;
            if (char === ',' && context !== 'body')
                return;
            if (char === '}' || char === ']')
                return;
            if (char === '"')
                this.skipQuoted();
            else if (char === '<' && this.peek(1) === '<' && /[-A-Za-z_]/.test(this.peek(2)))
                this.skipHeredoc();
            else if (char === '#' || (char === '/' && (this.peek(1) === '/' || this.peek(1) === '*')))
                this.skipTrivia(false);
            else if (closingBracket[char] !== undefined) {
                this.advance();
                this.skipUntilClosing(closingBracket[char]);
            }
            else
                this.advance();
        }
    }
    /** Items of an object or list literal, separated by commas or newlines, up to `closing`. */
    scanItems(closing, scanItem) {
        for (;;) {
            this.skipTrivia(true);
            if (this.peek() === ',') {
                this.advance();
                continue;
            }
            if (this.atEnd() || this.peek() === closing)
                break;
            if (isClosingBracket(this.peek()))
                return;
            const before = this.offset;
            scanItem();
            // Text the scanner does not understand is stepped over, so the loop always ends.
            if (this.offset === before)
                this.advance();
        }
        if (this.peek() === closing)
            this.advance();
    }
    scanObject(node, depth) {
        this.scanItems('}', () => {
            const line = this.line;
            const column = this.column;
            let key;
            if (this.peek() === '"')
                key = this.readQuoted();
            else if (identifierStart.test(this.peek()))
                key = this.readIdentifier();
            this.skipTrivia(false);
            if (key === undefined || !(this.peek() === '=' || this.peek() === ':')) {
                this.skipExpressionRest('object');
                return;
            }
            this.advance();
            node.fields.set(key, this.scanExpression(line, column, depth + 1, 'object'));
        });
    }
    scanList(node, depth) {
        this.scanItems(']', () => node.items.push(this.scanExpression(this.line, this.column, depth + 1, 'list')));
    }
}
/** Scans one .tf file. `maxDepth` bounds nesting so hostile input cannot exhaust the stack. */
function scanHcl(text, maxDepth) {
    return new HclScanner(text, maxDepth).scanFile();
}
/**
 * The node at `path` below `node` (attribute and block names, block and list indexes, as in plan
 * JSON: `['default_node_pool', 0, 'kubelet_config', 0, 'pod_max_pid']`), else the nearest ancestor
 * found. A `dynamic "x"` block stands for every `x` block it generates.
 */
function findHclNode(node, path) {
    let current = node;
    for (let index = 0; index < path.length; index += 1) {
        const step = path[index] ?? '';
        if (typeof step === 'number') {
            const item = current.items[step];
            if (item === undefined)
                return current;
            current = item;
            continue;
        }
        const field = current.fields.get(step);
        if (field !== undefined) {
            current = field;
            continue;
        }
        const next = path[index + 1];
        const blockIndex = typeof next === 'number' ? next : 0;
        if (typeof next === 'number')
            index += 1;
        const block = current.blocks.get(step)?.[blockIndex] ?? dynamicContent(current, step);
        if (block === undefined)
            return current;
        current = block;
    }
    return current;
}
function dynamicContent(node, blockType) {
    const dynamic = node.blocks.get('dynamic')?.find((block) => block.labels[0] === blockType);
    return dynamic?.blocks.get('content')?.[0] ?? dynamic;
}

;// CONCATENATED MODULE: ./src/inputs/terraform-plan/terraform-sources.ts






/**
 * Maps plan addresses to `.tf` positions. The root module's sources are the plan's own
 * directory, or --terraform-dir; a module's are its local `source` directory, which must stay
 * inside the allowed roots. Registry and git modules have no local files: their resources are
 * located in the plan file by address.
 */
class TerraformSources {
    errors = [];
    plan;
    planFile;
    context;
    modules = new Map();
    planAddressOffsets;
    planLines;
    installedModules;
    constructor(plan, planFile, context) {
        this.plan = plan;
        this.planFile = planFile;
        this.context = context;
    }
    /** The plan (for sources read without one, the root module's anchor file), as reports print it. */
    get inputFile() {
        return this.planFile.displayPath;
    }
    /** The `.tf` position of `path` inside the resource (nearest enclosing block or attribute), else the plan's. */
    locate(resource, path = []) {
        return this.locatorFor(resource)(path);
    }
    /**
     * `locate` for one resource, holding only that resource's `.tf` block or its place in the plan.
     * Model objects keep their locator until the scan ends; one that held these sources would keep
     * the whole parsed plan and its text in memory with them.
     */
    locatorFor(resource) {
        const block = this.moduleSources(resource.modulePath)?.resources.get(resource.configAddress);
        const terraformAddress = resource.address;
        if (block === undefined) {
            const inPlan = { ...this.locateInPlan(resource.address), terraformAddress };
            return () => ({ ...inPlan });
        }
        const { displayPath, node } = block;
        return (path = []) => {
            const found = findHclNode(node, path);
            return { file: displayPath, line: found.line, column: found.column, terraformAddress };
        };
    }
    moduleSources(modulePath) {
        const key = modulePath.join('.');
        if (this.modules.has(key))
            return this.modules.get(key);
        const directory = this.moduleDirectory(modulePath);
        const sources = directory === undefined ? undefined : this.scanDirectory(directory);
        this.modules.set(key, sources);
        return sources;
    }
    moduleDirectory(modulePath) {
        const root = (0,external_node_path_.resolve)(this.context.terraformDir ?? (0,external_node_path_.dirname)(this.planFile.path));
        if (modulePath.length === 0)
            return root;
        const parentPath = modulePath.slice(0, -1);
        const name = modulePath[modulePath.length - 1] ?? '';
        const parent = this.moduleSources(parentPath);
        const source = configModuleAt(this.plan, parentPath)?.module_calls?.[name]?.source;
        if (parent === undefined || typeof source !== 'string')
            return undefined;
        // A local source is a path from the calling module; `terraform init` records where it put the others.
        const directory = /^\.\.?[/\\]/.test(source)
            ? (0,external_node_path_.resolve)(parent.directory, source)
            : this.installedModule(root, modulePath);
        if (directory === undefined || this.isAllowed(directory))
            return directory;
        const call = parent.moduleCalls.get(name);
        const callSource = call === undefined ? undefined : findHclNode(call.node, ['source']);
        this.errors.push({
            file: call?.displayPath ?? this.planFile.displayPath,
            line: callSource?.line ?? 1,
            column: callSource?.column,
            message: `module "${(0,quote/* quoteInput */.Zs)(name)}" source "${(0,quote/* quoteInput */.Zs)(source)}" points outside the scanned directories; its files are not read`,
        });
        return undefined;
    }
    /** The directory `terraform init` put a registry or git module in (`.terraform/modules/modules.json`). */
    installedModule(root, modulePath) {
        this.installedModules ??= this.readInstalledModules((0,external_node_path_.join)(root, '.terraform', 'modules', 'modules.json'));
        const directory = this.installedModules.get(modulePath.join('.'));
        return directory === undefined ? undefined : (0,external_node_path_.resolve)(root, directory);
    }
    readInstalledModules(path) {
        const directories = new Map();
        const text = (0,external_node_fs_.existsSync)(path) ? this.readSource(path) : undefined;
        if (text === undefined)
            return directories;
        try {
            const manifest = JSON.parse(text);
            for (const entry of objectsIn(manifest.Modules)) {
                if (typeof entry.Key === 'string' && typeof entry.Dir === 'string')
                    directories.set(entry.Key, entry.Dir);
            }
        }
        catch {
            this.errors.push({
                file: this.displayPathOf(path),
                message: 'not valid JSON; installed modules are not located',
            });
        }
        return directories;
    }
    isAllowed(path) {
        return isInsideRoots(path, this.context.allowedRoots);
    }
    scanDirectory(directory) {
        const sources = { directory, resources: new Map(), moduleCalls: new Map() };
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(directory).filter(format/* isTerraformSource */.mh).sort();
        }
        catch {
            return sources;
        }
        for (const name of names) {
            const path = (0,external_node_path_.join)(directory, name);
            const text = this.readSource(path);
            if (text === undefined)
                continue;
            const displayPath = this.displayPathOf(path);
            const root = scanHcl(text, this.context.limits.maxDepth);
            for (const node of root.blocks.get('resource') ?? []) {
                sources.resources.set(`${node.labels[0]}.${node.labels[1]}`, { displayPath, node });
            }
            for (const node of root.blocks.get('module') ?? []) {
                sources.moduleCalls.set(node.labels[0] ?? '', { displayPath, node });
            }
        }
        return sources;
    }
    readSource(path) {
        return readSource(path, this.displayPathOf(path), this.context, this.errors);
    }
    displayPathOf(path) {
        return displayPathBeside(this.planFile, path);
    }
    locateInPlan(address) {
        this.planAddressOffsets ??= indexAddresses(this.planFile.text);
        const offset = this.planAddressOffsets.get(address);
        this.planLines ??= lineLocator(this.planFile.text);
        const position = offset === undefined ? { line: 1, column: 1 } : this.planLines(offset);
        return { file: this.planFile.displayPath, ...position, address };
    }
}
/** Display paths follow the given file's: relative to the same working directory, else absolute. */
function displayPathBeside(file, path) {
    if ((0,external_node_path_.isAbsolute)(file.displayPath))
        return path;
    const fromFile = (0,external_node_path_.relative)((0,external_node_path_.dirname)(file.path), path).split(external_node_path_.sep).join('/');
    const display = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file.displayPath), fromFile));
    return display.startsWith('..') ? path : display;
}
/** True when `path` (symlinks resolved) lies inside one of `roots`. */
function isInsideRoots(path, roots) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return false;
    }
    return roots.some((root) => {
        const relativePath = (0,external_node_path_.relative)(realpathOrSelf(root), real);
        return relativePath === '' || (!relativePath.startsWith('..') && !(0,external_node_path_.isAbsolute)(relativePath));
    });
}
/** A source file's text, unless it lies outside the scanned roots or over the size limit (an error then). */
function readSource(path, file, context, errors) {
    if (!isInsideRoots(path, context.allowedRoots)) {
        errors.push({ file, message: 'links outside the scanned directories; not read' });
        return undefined;
    }
    try {
        if ((0,external_node_fs_.statSync)(path).size > context.limits.maxFileBytes) {
            errors.push({ file, message: 'larger than the file size limit; not read' });
            return undefined;
        }
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        errors.push({ file, message: `cannot read: ${error.message}` });
        return undefined;
    }
}
function realpathOrSelf(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return (0,external_node_path_.resolve)(path);
    }
}
/** Offset of the first `"address": "…"` of each address: planned_values comes first in Terraform's output. */
function indexAddresses(text) {
    const offsets = new Map();
    for (const match of text.matchAll(/"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
        const raw = match[1] ?? '';
        // for_each keys are quoted inside addresses (`x["a"]`), escaped in JSON.
        const address = raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
        if (!offsets.has(address))
            offsets.set(address, match.index);
    }
    return offsets;
}

;// CONCATENATED MODULE: ./src/inputs/terraform-source/values.ts

/** What an expression evaluates to without providers: a value, or Unknown with the reason. */
class Unknown {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
/**
 * An expression Terraform itself would reject when evaluating it (an index past the end of a known
 * list, lookup() of a missing key without a default): `try()` moves on from it, as Terraform does.
 * Every other Unknown is a value Terraform knows and this reader does not, so `try()` stops there.
 */
class EvaluationError extends Unknown {
}
const isUnknown = (value) => value instanceof Unknown;
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
/** The first Unknown anywhere inside `value`: a list or object with one unknown part is not known. */
function firstUnknown(value, depth = 0) {
    if (value instanceof Unknown)
        return value;
    if (depth > 64)
        return new Unknown('the value nests too deeply to read');
    const children = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
    for (const child of children) {
        const found = firstUnknown(child, depth + 1);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** Scanned text in a message: on one line, at most a short excerpt of it (quoteInput), in backticks. */
const values_quote = (text) => `\`${(0,quote/* quoteInput */.Zs)(text.replace(/\s+/g, ' ').trim(), 120)}\``;

;// CONCATENATED MODULE: ./src/inputs/terraform-source/functions.ts


const functions_text = (value) => typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : undefined;
const list = (value) => Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : undefined;
const wrongArguments = (name) => new Unknown(`${name}() was given arguments it does not accept`);
function stringFunction(name, apply) {
    return ([value]) => {
        const input = value === undefined ? undefined : functions_text(value);
        return input === undefined ? wrongArguments(name) : apply(input);
    };
}
/** Terraform's `format` verbs that plain values use: %s %d %v %q and %%. */
function functions_format(args) {
    const [spec, ...rest] = args;
    if (typeof spec !== 'string')
        return wrongArguments('format');
    let index = 0;
    let failed = false;
    const result = spec.replace(/%([-+# 0]*)(\d*)(?:\.\d+)?([sdvqtf%])/g, (match, flags, width, verb) => {
        if (verb === '%')
            return '%';
        const value = rest[index++];
        const rendered = value === undefined ? undefined : functions_text(value);
        if (rendered === undefined) {
            failed = true;
            return match;
        }
        const quoted = verb === 'q' ? JSON.stringify(rendered) : rendered;
        const size = Number(width || 0);
        if (flags.includes('-'))
            return quoted.padEnd(size);
        return quoted.padStart(size, flags.includes('0') && verb === 'd' ? '0' : ' ');
    });
    return failed ? wrongArguments('format') : result;
}
const functions = {
    lower: stringFunction('lower', (value) => value.toLowerCase()),
    upper: stringFunction('upper', (value) => value.toUpperCase()),
    trimspace: stringFunction('trimspace', (value) => value.trim()),
    title: stringFunction('title', (value) => value.replace(/\b\w/g, (letter) => letter.toUpperCase())),
    tostring: ([value]) => (value === null ? null : (functions_text(value ?? null) ?? wrongArguments('tostring'))),
    tobool: ([value]) => typeof value === 'boolean' || value === null
        ? value
        : value === 'true' || value === 'false'
            ? value === 'true'
            : wrongArguments('tobool'),
    tonumber: ([value]) => typeof value === 'number' || value === null
        ? value
        : typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))
            ? Number(value)
            : wrongArguments('tonumber'),
    format: functions_format,
    join: ([separator, ...lists]) => {
        const parts = lists.flatMap((value) => list(value) ?? [new Unknown('')]).map(functions_text);
        return typeof separator === 'string' && parts.every((part) => part !== undefined)
            ? parts.join(separator)
            : wrongArguments('join');
    },
    split: ([separator, value]) => typeof separator === 'string' && typeof value === 'string'
        ? value.split(separator)
        : wrongArguments('split'),
    replace: ([value, search, replacement]) => typeof value === 'string' && typeof search === 'string' && typeof replacement === 'string'
        ? value.split(search).join(replacement)
        : wrongArguments('replace'),
    substr: ([value, offset, length]) => typeof value === 'string' && typeof offset === 'number' && typeof length === 'number'
        ? [...value].slice(offset, length < 0 ? undefined : offset + length).join('')
        : wrongArguments('substr'),
    coalesce: (args) => args.find((value) => value !== null && value !== '') ?? wrongArguments('coalesce'),
    concat: (args) => (args.every(Array.isArray) ? args.flat() : wrongArguments('concat')),
    tolist: ([value]) => list(value ?? null) ?? wrongArguments('tolist'),
    toset: ([value]) => {
        const items = list(value ?? null);
        return items === undefined ? wrongArguments('toset') : [...new Set(items)];
    },
    tomap: ([value]) => (isRecord(value) ? value : wrongArguments('tomap')),
    length: ([value]) => typeof value === 'string' ? [...value].length : (list(value ?? null)?.length ?? wrongArguments('length')),
    contains: ([collection, value]) => {
        const items = list(collection ?? null);
        return items === undefined ? wrongArguments('contains') : items.some((item) => item === value);
    },
    keys: ([value]) => (isRecord(value) ? Object.keys(value).sort() : wrongArguments('keys')),
    values: ([value]) => isRecord(value)
        ? Object.keys(value)
            .sort()
            .map((key) => value[key] ?? null)
        : wrongArguments('values'),
    merge: (args) => args.every((value) => value === null || isRecord(value))
        ? Object.assign({}, ...args.filter((value) => value !== null))
        : wrongArguments('merge'),
    lookup: ([map, key, fallback]) => isRecord(map) && typeof key === 'string'
        ? (map[key] ?? fallback ?? new EvaluationError(`lookup() found no key "${key}" and has no default`))
        : wrongArguments('lookup'),
    element: ([collection, index]) => {
        const items = list(collection ?? null);
        return items !== undefined && items.length > 0 && typeof index === 'number'
            ? (items[index % items.length] ?? null)
            : wrongArguments('element');
    },
    flatten: ([value]) => (Array.isArray(value) ? value.flat(Infinity) : wrongArguments('flatten')),
    distinct: ([value]) => (Array.isArray(value) ? [...new Set(value)] : wrongArguments('distinct')),
};
/** Calls `name` on known arguments; a function this reader does not evaluate is unknown, named. */
function callFunction(name, args, expression) {
    const implementation = Object.hasOwn(functions, name) ? functions[name] : undefined;
    if (implementation === undefined) {
        // `expression` comes quoted already.
        return new Unknown(`${expression}: the function ${(0,quote/* quoteInput */.Zs)(name)}() is not evaluated without Terraform`);
    }
    const unknown = args.find(isUnknown);
    return unknown ?? implementation(args);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/package-root.ts
var package_root = __webpack_require__(4956);
;// CONCATENATED MODULE: ./src/inputs/terraform-source/hcl.ts
/**
 * The one place that talks to HashiCorp's HCL parser: the Go `hcl` package compiled to
 * WebAssembly, as `@cdktf/hcl2json` ships it. It turns a .tf file into its body as JSON, where
 * every expression that is not a plain literal is kept as a `${…}` string, and one such expression
 * into HCL's own syntax tree. Nothing here evaluates anything.
 *
 * The package's own loader finds its .wasm through `__dirname`, which the ESM bundle in dist/ does
 * not have, and starts it on import; this loader reads the installed package's file (development)
 * or the copy `npm run build` puts in dist/ (the action has no node_modules), and starts it only
 * when a .tf file is read.
 */





/** Never from the working directory: a scanned repository must not supply the parser. */
function wasmFile() {
    const installed = (0,external_node_path_.join)((0,package_root/* packageRoot */.Z)(), 'node_modules', '@cdktf', 'hcl2json', 'main.wasm.gz');
    return (0,external_node_fs_.existsSync)(installed) ? installed : (0,external_node_path_.join)((0,package_root/* packageRoot */.Z)(), 'dist', 'hcl2json.wasm.gz');
}
let parser;
/** Starts the Go program once; it registers its functions on a global object and keeps running. */
function startParser() {
    parser ??= (async () => {
        await __webpack_require__.e(/* import() */ 45).then(__webpack_require__.t.bind(__webpack_require__, 3045, 23));
        const Go = globalThis.Go;
        const go = new Go();
        const { instance } = await WebAssembly.instantiate((0,external_node_zlib_.gunzipSync)(await (0,promises_.readFile)(wasmFile())), go.importObject);
        const exported = {};
        globalThis.__parse_terraform_config_wasm__ = exported;
        // The Go program runs for the life of the process; its end is of no interest.
        go.run(instance).catch(() => undefined);
        return exported;
    })();
    return parser;
}
async function call(name, filename, text) {
    const exported = await startParser();
    const implementation = exported[name];
    if (implementation === undefined)
        throw new Error(`the HCL parser has no ${name}`);
    return new Promise((resolve, reject) => {
        implementation(filename, text, (error, result) => (error ? reject(new Error(error)) : resolve(result)));
    });
}
/** `parse config: [main.tf:2,6-3,1: Invalid expression; Expected …]` → line 2, column 6. */
const diagnostic = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?: ([^\]]*)\]?\s*$/;
async function parseHclFile(name, text) {
    try {
        const body = JSON.parse(await call('parse', name, text));
        return { body: typeof body === 'object' && body !== null ? body : {} };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const match = diagnostic.exec(message);
        if (match === null)
            return { error: { message: `not valid HCL: ${message}` } };
        return {
            error: {
                line: Number(match[1]),
                column: Number(match[2]),
                message: `not valid HCL: ${match[3] ?? ''}`,
            },
        };
    }
}
/** HCL's syntax tree of one expression, or undefined when it does not parse. */
async function expressionTree(text) {
    try {
        const tree = JSON.parse(await call('getExpressionAst', 'expression.tf', text));
        return typeof tree === 'object' && tree !== null ? tree : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/inputs/terraform-source/evaluate.ts



const withBindings = (scope, bindings) => ({
    lookup: (root, name, rest, expression) => scope.lookup(root, name, rest, expression),
    bindings: new Map([...scope.bindings, ...Object.entries(bindings)]),
});
/** `$${` and `%%{` are the template escapes of a literal `${` and `%{`. */
const unescapeLiteral = (text) => text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
async function evaluateRaw(raw, scope) {
    const references = [];
    const value = await evaluateRawValue(raw, scope, references, 0);
    return { value, references };
}
async function evaluateRawValue(raw, scope, references, depth) {
    if (depth > 32)
        return new Unknown('the value nests too deeply to read');
    if (typeof raw === 'string') {
        if (!/(^|[^$])\$\{/.test(raw))
            return unescapeLiteral(raw);
        const tree = await treeOf(raw);
        if (tree === undefined)
            return new Unknown(`${values_quote(raw)} could not be read as an expression`);
        collectReferences(tree, references);
        return new Evaluator(scope, raw).evaluate(tree, scope);
    }
    if (Array.isArray(raw)) {
        const items = [];
        for (const item of raw)
            items.push(await evaluateRawValue(item, scope, references, depth + 1));
        return items;
    }
    if (typeof raw === 'object' && raw !== null) {
        const result = {};
        for (const [key, item] of Object.entries(raw))
            result[key] = await evaluateRawValue(item, scope, references, depth + 1);
        return result;
    }
    return typeof raw === 'number' || typeof raw === 'boolean' ? raw : null;
}
/**
 * The parser keeps a whole-attribute expression as `${expr}` and a template as its text. The
 * expression is parsed bare first; a template is parsed as the quoted string it was.
 */
async function treeOf(raw) {
    const whole = /^\$\{([\s\S]*)\}$/.exec(raw);
    if (whole?.[1] !== undefined) {
        const tree = await expressionTree(whole[1]);
        if (tree !== undefined)
            return tree;
    }
    return expressionTree(raw.includes('\n') ? `<<EOT\n${raw}\nEOT\n` : JSON.stringify(raw));
}
function collectReferences(tree, references) {
    if (tree.type === 'scopeTraversal' && !references.includes(tree.meta.fullAccessor)) {
        references.push(tree.meta.fullAccessor);
    }
    for (const child of tree.children ?? [])
        if (child.type)
            collectReferences(child, references);
}
/** `0` → 0, `"a"` → 'a': an index step as HCL writes it. */
function indexStep(segment) {
    if (/^\[?\s*-?\d+\s*\]?$/.test(segment))
        return Number(segment.replace(/[[\]\s]/g, ''));
    const quoted = /^\[?\s*"((?:[^"\\]|\\.)*)"\s*\]?$/.exec(segment);
    return quoted?.[1] ?? segment;
}
/** One step into a value; a missing attribute or index is unknown, named. */
function stepInto(value, step, expression) {
    if (isUnknown(value))
        return value;
    if (Array.isArray(value) && typeof step === 'number')
        return value[step] ?? new EvaluationError(`${values_quote(expression)}: index ${step} is out of range`);
    if (isRecord(value) && Object.hasOwn(value, String(step)))
        return value[String(step)] ?? null;
    // A block read as `x.block[0].arg` where the list holds one item, or `x.block.arg` on a single block.
    if (Array.isArray(value) && value.length === 1 && typeof step === 'string')
        return stepInto(value[0] ?? null, step, expression);
    return new Unknown(`${values_quote(expression)} names ${JSON.stringify(step)}, which the configuration does not set`);
}
function stepsInto(value, steps, expression) {
    return steps.reduce((current, step) => stepInto(current, step, expression), value);
}
const equal = (left, right) => JSON.stringify(left) === JSON.stringify(right);
class Evaluator {
    root;
    source;
    budget = 10_000;
    constructor(root, source) {
        this.root = root;
        this.source = source;
    }
    async evaluate(tree, scope) {
        if ((this.budget -= 1) < 0)
            return new Unknown(`${values_quote(this.source)} is too large to evaluate`);
        const children = (tree.children ?? []).filter((child) => child.type);
        const expression = tree.meta?.value ?? this.source;
        switch (tree.type) {
            case 'literalValue':
                return literal(tree.meta.type, tree.meta.value);
            case 'template': {
                const parts = await this.all(children, scope);
                const unknown = parts.find(isUnknown);
                if (unknown !== undefined)
                    return unknown;
                if (parts.length === 1 && tree.children.length === 1 && children[0]?.type !== 'literalValue')
                    return parts[0] ?? null;
                return parts
                    .map((part) => part === null ? '' : typeof part === 'object' ? JSON.stringify(part) : String(part))
                    .join('');
            }
            case 'templateWrap':
                return children[0] === undefined ? null : this.evaluate(children[0], scope);
            case 'tuple':
                return this.all(children, scope);
            case 'object':
                return this.object(tree.meta.items, scope);
            case 'scopeTraversal':
                return this.traverse(tree.meta.traversal, scope, expression);
            case 'relativeTraversal': {
                const source = children[0] === undefined ? null : await this.evaluate(children[0], scope);
                return stepsInto(source, tree.meta.traversal.map(stepOf), expression);
            }
            case 'index': {
                const [collection, key] = await this.all(children, scope);
                if (isUnknown(key))
                    return key;
                if (typeof key !== 'number' && typeof key !== 'string')
                    return new Unknown(`${values_quote(expression)}: the index is not a number or string`);
                return stepInto(collection ?? null, key, expression);
            }
            case 'function':
                if (tree.meta.expandedFinalArgument)
                    return new Unknown(`${values_quote(expression)}: expanded arguments are not evaluated`);
                if (tree.meta.name === 'try' || tree.meta.name === 'can')
                    return this.tryOrCan(tree.meta.name, children, scope, expression);
                return callFunction(tree.meta.name, await this.all(children, scope), values_quote(expression));
            case 'splat':
                return this.splat(children, scope, expression);
            case 'conditional': {
                const [condition, whenTrue, whenFalse] = children;
                const test = condition === undefined ? null : await this.evaluate(condition, scope);
                if (isUnknown(test))
                    return test;
                if (typeof test !== 'boolean')
                    return new Unknown(`${values_quote(expression)}: the condition is not a boolean`);
                const chosen = test ? whenTrue : whenFalse;
                return chosen === undefined ? null : this.evaluate(chosen, scope);
            }
            case 'unaryOp': {
                const operand = children[0] === undefined ? null : await this.evaluate(children[0], scope);
                if (isUnknown(operand))
                    return operand;
                if (tree.meta.operator === 'logicalNot' && typeof operand === 'boolean')
                    return !operand;
                if (tree.meta.operator === 'negate' && typeof operand === 'number')
                    return -operand;
                return new Unknown(`${values_quote(expression)} is not evaluated`);
            }
            case 'binaryOp':
                return this.binary(tree.meta.operator, await this.all(children, scope), expression);
            case 'for':
                return this.forExpression(tree, scope, expression);
            default:
                return new Unknown(`${values_quote(expression)} is not evaluated without Terraform`);
        }
    }
    /**
     * `try(a, b)`: the first argument Terraform evaluates without an error. An argument this reader
     * does not know (a data source, a computed attribute) stops it: Terraform might well know it,
     * so taking the fallback would be a guess. `can(a)` likewise.
     */
    async tryOrCan(name, trees, scope, expression) {
        for (const tree of trees) {
            const value = await this.evaluate(tree, scope);
            const unknown = firstUnknown(value);
            if (name === 'can')
                return unknown instanceof EvaluationError ? false : (unknown ?? true);
            if (unknown === undefined)
                return value;
            if (!(unknown instanceof EvaluationError))
                return unknown;
        }
        return new EvaluationError(`${values_quote(expression)}: every argument of ${name}() fails`);
    }
    /** `list[*].attribute`: the attribute of each item; null gives an empty list, one object a list of one. */
    async splat(children, scope, expression) {
        const [sourceTree, eachTree] = children;
        if (sourceTree === undefined || eachTree?.type !== 'relativeTraversal')
            return new Unknown(`${values_quote(expression)} is not evaluated without Terraform`);
        const source = await this.evaluate(sourceTree, scope);
        if (isUnknown(source))
            return source;
        const items = source === null ? [] : Array.isArray(source) ? source : [source];
        const steps = eachTree.meta.traversal.map(stepOf);
        return items.map((item) => stepsInto(item, steps, expression));
    }
    async all(trees, scope) {
        const values = [];
        for (const tree of trees)
            values.push(await this.evaluate(tree, scope));
        return values;
    }
    async parseAndEvaluate(text, scope) {
        const tree = await expressionTree(text);
        return tree === undefined
            ? new Unknown(`${values_quote(text)} could not be read as an expression`)
            : this.evaluate(tree, scope);
    }
    async object(items, scope) {
        const result = {};
        for (const [keyText, valueText] of Object.entries(items)) {
            const key = /^"(.*)"$/.exec(keyText)?.[1] ?? keyText;
            result[key] = await this.parseAndEvaluate(valueText, scope);
        }
        return result;
    }
    async traverse(traversal, scope, expression) {
        const steps = traversal.map(stepOf);
        const [root, name, ...rest] = steps;
        if (typeof root !== 'string')
            return new Unknown(`${values_quote(expression)} is not evaluated`);
        if (scope.bindings.has(root))
            return stepsInto(scope.bindings.get(root) ?? null, steps.slice(1), expression);
        if (typeof name !== 'string')
            return new Unknown(`${values_quote(expression)} is not evaluated without Terraform`);
        return this.root.lookup(root, name, rest, expression);
    }
    binary(operator, [left = null, right = null], expression) {
        if (operator === 'logicalAnd' && (left === false || right === false))
            return false;
        if (operator === 'logicalOr' && (left === true || right === true))
            return true;
        const unknown = [left, right].find(isUnknown);
        if (unknown !== undefined)
            return unknown;
        switch (operator) {
            case 'equal':
                return equal(left, right);
            case 'notEqual':
                return !equal(left, right);
            case 'logicalAnd':
                return left === true && right === true;
            case 'logicalOr':
                return left === true || right === true;
        }
        if (typeof left !== 'number' || typeof right !== 'number')
            return new Unknown(`${values_quote(expression)} is not evaluated`);
        const arithmetic = {
            add: left + right,
            subtract: left - right,
            multiply: left * right,
            divide: left / right,
            modulo: left % right,
            greaterThan: left > right,
            greaterThanOrEqual: left >= right,
            lessThan: left < right,
            lessThanOrEqual: left <= right,
        };
        return arithmetic[operator] ?? new Unknown(`${values_quote(expression)} is not evaluated`);
    }
    async forExpression(tree, scope, expression) {
        const meta = tree.meta;
        const collection = await this.parseAndEvaluate(meta.collectionExpression, scope);
        if (isUnknown(collection))
            return collection;
        const entries = Array.isArray(collection)
            ? collection.map((item, index) => [index, item])
            : isRecord(collection)
                ? Object.entries(collection)
                : [];
        const isObject = meta.keyExpression !== undefined && meta.keyExpression !== '';
        const list = [];
        const object = {};
        for (const [key, item] of entries) {
            const bindings = meta.keyVar
                ? { [meta.keyVar]: key, [meta.valVar]: item }
                : { [meta.valVar]: item };
            const inner = {
                lookup: (...args) => scope.lookup(...args),
                bindings: new Map([...scope.bindings, ...Object.entries(bindings)]),
            };
            if (meta.conditionalExpression) {
                const keep = await this.parseAndEvaluate(meta.conditionalExpression, inner);
                if (isUnknown(keep))
                    return keep;
                if (keep !== true)
                    continue;
            }
            const value = await this.parseAndEvaluate(meta.valueExpression, inner);
            if (isObject) {
                const objectKey = await this.parseAndEvaluate(meta.keyExpression, inner);
                if (typeof objectKey !== 'string')
                    return new Unknown(`${values_quote(expression)}: a key is not known`);
                object[objectKey] = value;
            }
            else
                list.push(value);
        }
        return isObject ? object : list;
    }
}
const stepOf = (part) => part.type === 'indexTraversal' ? indexStep(part.segment) : part.segment.replace(/^\./, '');
function literal(type, text) {
    if (type === 'number')
        return Number(text);
    if (type === 'bool')
        return text === 'true';
    if (type === 'string')
        return text;
    return null;
}

;// CONCATENATED MODULE: ./src/inputs/terraform-source/load-module.ts






const asBodies = (value) => Array.isArray(value)
    ? value.filter((item) => typeof item === 'object' && item !== null)
    : [];
const asLabelled = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.entries(value).map(([label, bodies]) => [label, asBodies(bodies)])
    : [];
/** Reads every .tf file of one directory (a module), merging their blocks; parse errors name file and line. */
async function loadModule(directory, context, displayPathOf, errors) {
    const config = {
        directory,
        resources: new Map(),
        variables: new Map(),
        locals: new Map(),
        outputs: new Map(),
        moduleCalls: new Map(),
        providers: [],
    };
    const loaded = { config, moduleCalls: new Map(), resourcePositions: new Map() };
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(directory).filter(format/* isTerraformSource */.mh).sort();
    }
    catch (error) {
        errors.push({
            file: displayPathOf(directory),
            message: `cannot read the directory: ${error.message}`,
        });
        return loaded;
    }
    for (const name of names) {
        const path = (0,external_node_path_.join)(directory, name);
        const file = displayPathOf(path);
        const text = readSource(path, file, context, errors);
        if (text === undefined)
            continue;
        const parsed = await parseHclFile(name, text);
        if ('error' in parsed) {
            errors.push({ file, ...parsed.error });
            continue;
        }
        addBlocks(config, parsed.body);
        const positions = scanHcl(text, context.limits.maxDepth);
        for (const node of positions.blocks.get('module') ?? []) {
            loaded.moduleCalls.set(node.labels[0] ?? '', { file, line: node.line });
        }
        for (const node of positions.blocks.get('resource') ?? []) {
            loaded.resourcePositions.set(`${node.labels[0]}.${node.labels[1]}`, { file, line: node.line });
        }
    }
    return loaded;
}
function addBlocks(config, body) {
    const byType = typeof body.resource === 'object' && body.resource !== null ? body.resource : {};
    for (const [type, byName] of Object.entries(byType)) {
        for (const [name, bodies] of asLabelled(byName)) {
            const first = bodies[0];
            if (first !== undefined)
                config.resources.set(`${type}.${name}`, { type, name, body: first });
        }
    }
    for (const [name, bodies] of asLabelled(body.variable))
        config.variables.set(name, bodies[0] ?? {});
    for (const [name, bodies] of asLabelled(body.output))
        config.outputs.set(name, bodies[0] ?? {});
    for (const [name, bodies] of asLabelled(body.module))
        config.moduleCalls.set(name, bodies[0] ?? {});
    for (const locals of asBodies(body.locals))
        for (const [name, raw] of Object.entries(locals))
            config.locals.set(name, raw);
    for (const [name, bodies] of asLabelled(body.provider))
        for (const provider of bodies)
            config.providers.push({ name, body: provider });
}

;// CONCATENATED MODULE: ./src/inputs/terraform-source/module-evaluator.ts



/** The arguments that configure Terraform itself, not the resource. */
const metaArguments = new Set([
    'count',
    'for_each',
    'depends_on',
    'lifecycle',
    'provider',
    'provisioner',
    'connection',
]);
/** The instances that count/for_each make, or Unknown when they depend on something not known. */
async function instancesOf(body, scope) {
    if (body.count !== undefined) {
        const count = (await evaluateRaw(body.count, scope)).value;
        if (isUnknown(count))
            return new Unknown(`count: ${count.reason}`);
        if (typeof count !== 'number' || count < 0 || count > 1000)
            return new Unknown('count is not a number from 0 to 1000');
        return Array.from({ length: count }, (_, index) => ({ key: index, bindings: { count: { index } } }));
    }
    if (body.for_each !== undefined) {
        const collection = (await evaluateRaw(body.for_each, scope)).value;
        const unknown = firstUnknown(collection);
        if (unknown !== undefined)
            return new Unknown(`for_each: ${unknown.reason}`);
        const entries = Array.isArray(collection)
            ? collection.map((item) => [
                typeof item === 'string' || typeof item === 'number' ? String(item) : JSON.stringify(item),
                item,
            ])
            : isRecord(collection)
                ? Object.entries(collection)
                : [];
        return entries.slice(0, 1000).map(([key, value]) => ({ key, bindings: { each: { key, value } } }));
    }
    return [{ bindings: {} }];
}
const emptyBody = () => ({ values: {}, unknown: {}, expressions: {}, reasons: new Map() });
function addReasons(into, prefix, from) {
    for (const [path, reason] of from)
        into.set([...prefix, path].filter((step) => step !== '').join('.'), reason);
}
async function evaluateBody(body, scope, depth = 0) {
    const result = emptyBody();
    if (depth > 32)
        return result;
    for (const [name, raw] of Object.entries(body)) {
        if (metaArguments.has(name))
            continue;
        if (name === 'dynamic' && typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
            await addDynamicBlocks(result, raw, scope, depth);
            continue;
        }
        if (module_evaluator_isBlockList(raw)) {
            const blocks = [];
            const unknowns = [];
            const expressions = [];
            for (const [index, block] of raw.entries()) {
                const evaluated = await evaluateBody(block, scope, depth + 1);
                blocks.push(evaluated.values);
                unknowns.push(evaluated.unknown);
                expressions.push(evaluated.expressions);
                addReasons(result.reasons, [name, index], evaluated.reasons);
            }
            result.values[name] = [...(result.values[name] ?? []), ...blocks];
            result.unknown[name] = unknowns;
            result.expressions[name] = expressions;
            continue;
        }
        setArgument(result, name, await evaluateRaw(raw, scope));
    }
    return result;
}
function setArgument(result, name, evaluated) {
    const unknown = firstUnknown(evaluated.value);
    result.expressions[name] =
        evaluated.references.length === 0 && unknown === undefined
            ? { constant_value: evaluated.value }
            : { references: evaluated.references };
    if (unknown === undefined) {
        result.values[name] = evaluated.value;
    }
    else {
        result.values[name] = null;
        result.unknown[name] = true;
        result.reasons.set(name, unknown.reason);
    }
}
const module_evaluator_isBlockList = (raw) => Array.isArray(raw) &&
    raw.length > 0 &&
    raw.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
/** `dynamic "x" { for_each = …; content { … } }`: one `x` block per element, or a whole unknown block. */
async function addDynamicBlocks(result, dynamic, scope, depth) {
    for (const [label, declarations] of Object.entries(dynamic)) {
        if (!Array.isArray(declarations))
            continue;
        for (const declaration of declarations) {
            const iterator = typeof declaration.iterator === 'string' ? declaration.iterator : label;
            const collection = (await evaluateRaw(declaration.for_each, scope)).value;
            const unknown = firstUnknown(collection);
            // A dynamic block is written, so an unknown one is known only after apply, not a default.
            result.expressions[label] = [{}];
            if (unknown !== undefined) {
                result.values[label] = null;
                result.unknown[label] = true;
                result.reasons.set(label, `dynamic "${(0,quote/* quoteInput */.Zs)(label)}" for_each: ${unknown.reason}`);
                continue;
            }
            const entries = Array.isArray(collection)
                ? collection.map((item, index) => [index, item])
                : isRecord(collection)
                    ? Object.entries(collection)
                    : [];
            const content = Array.isArray(declaration.content)
                ? declaration.content[0]
                : undefined;
            const blocks = result.values[label] ?? [];
            const unknowns = result.unknown[label] ?? [];
            for (const [key, value] of entries) {
                const evaluated = await evaluateBody(content ?? {}, withBindings(scope, { [iterator]: { key, value } }), depth + 1);
                addReasons(result.reasons, [label, blocks.length], evaluated.reasons);
                blocks.push(evaluated.values);
                unknowns.push(evaluated.unknown);
            }
            result.values[label] = blocks;
            result.unknown[label] = unknowns;
        }
    }
}

;// CONCATENATED MODULE: ./src/inputs/terraform-source/configuration.ts







/** Terraform's own limit on nesting is none; ours keeps a module cycle from hanging the scan. */
const maxModuleDepth = 16;
/**
 * Evaluates one module instance: its variables (from the caller or tfvars), locals, resources and
 * the outputs of the modules it calls. Every value is computed once, on demand; a reference cycle
 * is unknown rather than endless.
 */
class ModuleInstance {
    loaded;
    modulePath;
    addressPrefix;
    inputs;
    builder;
    bindings = new Map();
    cache = new Map();
    children = new Map();
    active = new Set();
    constructor(loaded, modulePath, addressPrefix, inputs, builder) {
        this.loaded = loaded;
        this.modulePath = modulePath;
        this.addressPrefix = addressPrefix;
        this.inputs = inputs;
        this.builder = builder;
    }
    memo(key, compute) {
        if (this.active.has(key))
            return Promise.resolve(new Unknown(`${key} refers to itself`));
        let value = this.cache.get(key);
        if (value === undefined) {
            this.active.add(key);
            value = compute().finally(() => this.active.delete(key));
            this.cache.set(key, value);
        }
        return value;
    }
    async lookup(root, name, rest, expression) {
        const config = this.loaded.config;
        if (root === 'var') {
            return stepsInto(await this.memo(`var.${name}`, () => this.variable(name)), rest, expression);
        }
        if (root === 'local') {
            const raw = config.locals.get(name);
            if (raw === undefined)
                return new Unknown(`${values_quote(expression)}: no local value "${(0,quote/* quoteInput */.Zs)(name)}"`);
            return stepsInto(await this.memo(`local.${name}`, async () => (await evaluateRaw(raw, this)).value), rest, expression);
        }
        if (root === 'module')
            return this.moduleOutput(name, rest, expression);
        if (root === 'data')
            return new Unknown(`${values_quote(expression)} is read from a data source, known only to Terraform`);
        const resource = config.resources.get(`${root}.${name}`);
        if (resource === undefined)
            return new Unknown(`${values_quote(expression)} is not evaluated without Terraform`);
        const instances = await this.builder.instances(this, `${root}.${name}`);
        if (isUnknown(instances))
            return instances;
        const [first] = rest;
        // `type.name` of a resource with count or for_each is all its instances (`type.name[*].attr`).
        if (first === undefined && instances.some((instance) => instance.key !== undefined))
            return this.allInstances(`${root}.${name}`, instances, expression);
        const keyed = instances.find((instance) => instance.key !== undefined && instance.key === first);
        const instance = keyed ?? (instances.length === 1 && instances[0]?.key === undefined ? instances[0] : undefined);
        if (instance === undefined)
            return new Unknown(`${values_quote(expression)} names an instance that is not known`);
        const body = await this.builder.evaluateResource(this, `${root}.${name}`, instance);
        const path = keyed === undefined ? rest : rest.slice(1);
        const [attribute] = path;
        if (attribute === undefined)
            return body.values;
        // What the configuration does not write (ids, computed attributes) the provider decides at apply.
        if (typeof attribute !== 'string' || !(attribute in body.values) || body.unknown[attribute] === true) {
            return new Unknown(`${values_quote(expression)} is known only after apply`);
        }
        return stepsInto(body.values, path, expression);
    }
    /** A list (count) or map (for_each) of the instances' written values; the rest is known after apply. */
    async allInstances(key, instances, expression) {
        const entries = [];
        for (const instance of instances) {
            const body = await this.builder.evaluateResource(this, key, instance);
            const values = {};
            for (const [attribute, value] of Object.entries(body.values)) {
                values[attribute] =
                    body.unknown[attribute] === true
                        ? new Unknown(`${values_quote(expression)}: ${attribute} is known only after apply`)
                        : value;
            }
            entries.push([instance.key ?? 0, values]);
        }
        return entries.every(([instanceKey]) => typeof instanceKey === 'number')
            ? entries.map(([, values]) => values)
            : Object.fromEntries(entries);
    }
    async variable(name) {
        if (this.inputs.has(name))
            return this.inputs.get(name) ?? null;
        const declaration = this.loaded.config.variables.get(name);
        if (declaration === undefined)
            return new Unknown(`variable "${(0,quote/* quoteInput */.Zs)(name)}" is not declared`);
        if ('default' in declaration)
            return (await evaluateRaw(declaration.default, this)).value;
        return new Unknown(this.modulePath.length === 0
            ? `variable "${(0,quote/* quoteInput */.Zs)(name)}" has no default and no value in terraform.tfvars, *.auto.tfvars or --var-file`
            : `variable "${(0,quote/* quoteInput */.Zs)(name)}" of module ${this.modulePath.join('.')} is not given a value`);
    }
    /** The instances of the module called `name` here, evaluated once. */
    lookupChildren(name) {
        let children = this.children.get(name);
        if (children === undefined) {
            children = this.builder.childModules(this, name);
            this.children.set(name, children);
        }
        return children;
    }
    async moduleOutput(name, rest, expression) {
        const instances = await this.lookupChildren(name);
        if (isUnknown(instances))
            return instances;
        const [first, ...others] = rest;
        const keyed = typeof first === 'number' ||
            (typeof first === 'string' &&
                instances.some((child) => child.addressPrefix.includes(`[${JSON.stringify(first)}]`)));
        const child = keyed
            ? instances.find((candidate) => candidate.addressPrefix.endsWith(`[${typeof first === 'number' ? first : JSON.stringify(first)}].`))
            : instances[0];
        const path = keyed ? others : rest;
        const [output, ...inside] = path;
        const declaration = typeof output === 'string' ? child?.loaded.config.outputs.get(output) : undefined;
        if (child === undefined || declaration === undefined)
            return new Unknown(`${values_quote(expression)} is not an output of a module this reader evaluates`);
        const value = await child.memo(`output.${output}`, async () => (await evaluateRaw(declaration.value, child)).value);
        return stepsInto(value, inside, expression);
    }
}
/** Builds the plan-shaped configuration from the root module down through its local modules. */
class SourcePlanBuilder {
    options;
    errors = [];
    notChecked = [];
    reasons = new Map();
    resourceInstances = new Map();
    evaluated = new Map();
    constructor(options) {
        this.options = options;
    }
    instances(module, key) {
        const cacheKey = `${module.addressPrefix}${key}`;
        let instances = this.resourceInstances.get(cacheKey);
        if (instances === undefined) {
            const body = module.loaded.config.resources.get(key)?.body ?? {};
            instances = instancesOf(body, module);
            this.resourceInstances.set(cacheKey, instances);
        }
        return instances;
    }
    evaluateResource(module, key, instance) {
        const cacheKey = `${module.addressPrefix}${key}${instanceSuffix(instance)}`;
        let body = this.evaluated.get(cacheKey);
        if (body === undefined) {
            const scope = Object.keys(instance.bindings).length === 0
                ? module
                : {
                    lookup: (...args) => module.lookup(...args),
                    bindings: new Map(Object.entries(instance.bindings)),
                };
            body = evaluateBody(module.loaded.config.resources.get(key)?.body ?? {}, scope);
            this.evaluated.set(cacheKey, body);
        }
        return body;
    }
    async childModules(parent, name) {
        const call = parent.loaded.config.moduleCalls.get(name);
        const position = parent.loaded.moduleCalls.get(name);
        const source = typeof call?.source === 'string' ? call.source : undefined;
        if (call === undefined || source === undefined)
            return new Unknown(`module "${(0,quote/* quoteInput */.Zs)(name)}" has no source`);
        if (!/^\.\.?[/\\]/.test(source)) {
            this.notChecked.push({
                file: position?.file ?? this.options.displayPathOf(parent.loaded.config.directory),
                ...(position === undefined ? {} : { line: position.line }),
                reason: `module "${(0,quote/* quoteInput */.Zs)(name)}" comes from ${values_quote(source)}, a registry or remote source whose files are not in the repository: its resources are not checked`,
                fix: "scan the plan (`terraform show -json`), which holds the module's resources, or vendor the module into the repository",
            });
            return new Unknown(`module "${(0,quote/* quoteInput */.Zs)(name)}" comes from ${values_quote(source)}, which is not read without a plan`);
        }
        const directory = (0,external_node_path_.resolve)(parent.loaded.config.directory, source);
        if (parent.modulePath.length >= maxModuleDepth ||
            !isInsideRoots(directory, this.options.context.allowedRoots)) {
            this.errors.push({
                file: position?.file ?? this.options.displayPathOf(parent.loaded.config.directory),
                ...(position === undefined ? {} : { line: position.line }),
                message: `module "${(0,quote/* quoteInput */.Zs)(name)}" source ${values_quote(source)} points outside the scanned directories (or nests too deep); its files are not read`,
            });
            return new Unknown(`module "${(0,quote/* quoteInput */.Zs)(name)}" is not read`);
        }
        const loaded = await loadModule(directory, this.options.context, (path) => this.options.displayPathOf(path), this.errors);
        const instances = await instancesOf(call, parent);
        if (isUnknown(instances)) {
            this.notChecked.push({
                file: position?.file ?? this.options.displayPathOf(directory),
                ...(position === undefined ? {} : { line: position.line }),
                reason: `module "${(0,quote/* quoteInput */.Zs)(name)}": ${instances.reason}, so its instances are not known`,
                fix: 'scan the plan (`terraform show -json`) of this configuration',
            });
            return instances;
        }
        const children = [];
        for (const instance of instances) {
            const scope = {
                lookup: (...args) => parent.lookup(...args),
                bindings: new Map(Object.entries(instance.bindings)),
            };
            const inputs = new Map();
            for (const [argument, raw] of Object.entries(call)) {
                if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(argument))
                    continue;
                inputs.set(argument, (await evaluateRaw(raw, scope)).value);
            }
            const prefix = `${parent.addressPrefix}module.${name}${instanceSuffix(instance)}.`;
            children.push(new ModuleInstance(loaded, [...parent.modulePath, name], prefix, inputs, this));
        }
        return children;
    }
    /** The planned resources, changes and configuration of one module instance and the modules below it. */
    async build(module, planned, changes, config) {
        for (const [key, resource] of module.loaded.config.resources) {
            if (!this.options.isReadType(resource.type))
                continue;
            const instances = await this.instances(module, key);
            const position = module.loaded.resourcePositions.get(key);
            if (isUnknown(instances)) {
                this.notChecked.push({
                    file: position?.file ?? this.options.displayPathOf(module.loaded.config.directory),
                    ...(position === undefined ? {} : { line: position.line }),
                    reason: `${module.addressPrefix}${key}: ${instances.reason}, so its instances are not known`,
                    fix: 'scan the plan (`terraform show -json`) of this configuration',
                });
                continue;
            }
            let expressions = {};
            for (const instance of instances) {
                const body = await this.evaluateResource(module, key, instance);
                const address = `${module.addressPrefix}${key}${instanceSuffix(instance)}`;
                expressions = body.expressions;
                planned.resources.push({
                    address,
                    mode: 'managed',
                    type: resource.type,
                    name: resource.name,
                    values: body.values,
                });
                changes.push({
                    address,
                    mode: 'managed',
                    type: resource.type,
                    name: resource.name,
                    change: { actions: ['create'], after: body.values, after_unknown: body.unknown },
                });
                this.reasons.set(address, body.reasons);
            }
            const providerKey = providerKeyOf(resource.body.provider, resource.type);
            config.resources.push({
                address: key,
                mode: 'managed',
                type: resource.type,
                name: resource.name,
                provider_config_key: providerKey,
                expressions,
            });
        }
        for (const [name, call] of module.loaded.config.moduleCalls) {
            const children = await module.lookupChildren(name);
            const childConfig = { resources: [], module_calls: {}, outputs: {} };
            const callExpressions = {};
            for (const [argument, raw] of Object.entries(call)) {
                if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(argument))
                    continue;
                callExpressions[argument] = { references: (await evaluateRaw(raw, module)).references };
            }
            config.module_calls[name] = { source: call.source, expressions: callExpressions, module: childConfig };
            if (isUnknown(children))
                continue;
            for (const [index, child] of children.entries()) {
                for (const [output, declaration] of child.loaded.config.outputs) {
                    childConfig.outputs[output] = {
                        expression: { references: (await evaluateRaw(declaration.value, child)).references },
                    };
                }
                const childPlanned = {
                    address: child.addressPrefix.slice(0, -1),
                    resources: [],
                    child_modules: [],
                };
                planned.child_modules.push(childPlanned);
                // Every instance shares one configuration block: it is built from the first.
                await this.build(child, childPlanned, changes, index === 0 ? childConfig : { resources: [], module_calls: {}, outputs: {} });
            }
        }
    }
}
const instanceSuffix = (instance) => instance.key === undefined
    ? ''
    : typeof instance.key === 'number'
        ? `[${instance.key}]`
        : `[${JSON.stringify(instance.key)}]`;
/** `provider = kubernetes.aks` → `kubernetes.aks`; without it, the provider named by the type's prefix. */
function providerKeyOf(raw, type) {
    const written = typeof raw === 'string' ? (/^\$\{(.*)\}$/.exec(raw)?.[1] ?? raw) : undefined;
    return written ?? type.split('_')[0] ?? type;
}
async function buildSourcePlan(root, options) {
    const builder = new SourcePlanBuilder(options);
    const module = new ModuleInstance(root, [], '', options.rootVariables, builder);
    const planned = { resources: [], child_modules: [] };
    const changes = [];
    const config = { resources: [], module_calls: {}, outputs: {} };
    await builder.build(module, planned, changes, config);
    const providerConfig = {};
    for (const provider of root.config.providers) {
        const alias = typeof provider.body.alias === 'string' ? provider.body.alias : undefined;
        const expressions = {};
        for (const [argument, raw] of Object.entries(provider.body)) {
            if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
                expressions[argument] = { references: (await evaluateRaw(raw, module)).references };
            }
        }
        providerConfig[alias === undefined ? provider.name : `${provider.name}.${alias}`] = {
            name: provider.name,
            expressions,
        };
    }
    return {
        plan: {
            format_version: '1.2',
            planned_values: { root_module: planned },
            resource_changes: changes,
            configuration: { provider_config: providerConfig, root_module: config },
            // The same JSON shape as `terraform show -json`, built here rather than parsed.
        },
        reasons: builder.reasons,
        notChecked: builder.notChecked,
        errors: builder.errors,
    };
}

;// CONCATENATED MODULE: ./src/inputs/terraform-source/index.ts











/** tfvars hold literals only: a reference there is an error Terraform reports, so it is unknown here. */
const literalsOnly = {
    lookup: (_root, _name, _rest, expression) => Promise.resolve(new Unknown(`${values_quote(expression)} in a variables file`)),
    bindings: new Map(),
};
/**
 * Terraform's order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars and
 * *.auto.tfvars.json by name, then each --var-file; a later file overrides an earlier one.
 */
function variableFiles(directory, context) {
    let names = [];
    try {
        names = (0,external_node_fs_.readdirSync)(directory);
    }
    catch {
        names = [];
    }
    const automatic = names.filter((name) => /\.auto\.tfvars(\.json)?$/.test(name)).sort();
    return ['terraform.tfvars', 'terraform.tfvars.json']
        .filter((name) => names.includes(name))
        .concat(automatic)
        .map((name) => (0,external_node_path_.join)(directory, name))
        .concat((context.terraformVarFiles ?? []).map((path) => (0,external_node_path_.resolve)(path)));
}
/** A variables file's top-level values, HCL or JSON; in JSON every value is a literal, never a template. */
async function readVariablesFile(path, text, maxDepth) {
    if (path.endsWith('.json')) {
        try {
            const parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
            if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
                return { values: parsed };
            return { error: { line: 1, message: 'a JSON variables file must hold one object' } };
        }
        catch {
            return { error: locateJsonError(text, 'the variables file', maxDepth) };
        }
    }
    const parsed = await parseHclFile((0,external_node_path_.basename)(path), text);
    if ('error' in parsed)
        return parsed;
    const values = {};
    for (const [name, raw] of Object.entries(parsed.body))
        values[name] = (await evaluateRaw(raw, literalsOnly)).value;
    return { values };
}
async function rootVariables(directory, context, displayPathOf, errors) {
    const values = new Map();
    for (const path of variableFiles(directory, context)) {
        const file = displayPathOf(path);
        const text = readSource(path, file, context, errors);
        if (text === undefined)
            continue;
        const read = await readVariablesFile(path, text, context.limits.maxDepth);
        if ('error' in read) {
            errors.push({ file, ...read.error });
            continue;
        }
        for (const [name, value] of Object.entries(read.values))
            values.set(name, value);
    }
    return values;
}
/** The local module directories that the modules in `loaded` call: read through their callers, not as roots. */
function calledDirectories(loaded) {
    return [...loaded.config.moduleCalls.values()]
        .map((call) => call.source)
        .filter((source) => typeof source === 'string' && /^\.\.?[/\\]/.test(source))
        .map((source) => (0,external_node_path_.resolve)(loaded.config.directory, source));
}
/**
 * Terraform sources read without a plan: each directory of .tf files that no scanned plan covers
 * and no other scanned directory calls as a module is a root module, evaluated as far as the
 * configuration knows its values, then mapped by the same readers as a plan.
 */
async function readTerraformSources(files, context, options) {
    const errors = [];
    const skipped = [];
    const result = { model: { clusters: [], kubeObjects: [] }, errors, skipped, notChecked: [] };
    const byDirectory = new Map();
    for (const file of files) {
        const directory = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file.path));
        byDirectory.set(directory, [...(byDirectory.get(directory) ?? []), file]);
    }
    const roots = new Map();
    const called = new Set();
    for (const [directory, directoryFiles] of byDirectory) {
        const plan = options.planFor(directory);
        if (plan !== undefined) {
            for (const file of directoryFiles) {
                skipped.push({
                    file: file.displayPath,
                    reason: `read through the plan ${plan}: the plan decides, these files give its lines`,
                });
            }
            continue;
        }
        const anchor = directoryFiles[0];
        const loaded = await loadModule(directory, context, (path) => displayPathBeside(anchor, path), errors);
        roots.set(directory, { anchor, loaded });
        for (const child of calledDirectories(loaded))
            called.add(child);
    }
    for (const [directory, { anchor, loaded }] of roots) {
        if (called.has(directory)) {
            for (const file of byDirectory.get(directory) ?? []) {
                skipped.push({
                    file: file.displayPath,
                    reason: 'a local module: read where a scanned configuration calls it',
                });
            }
            continue;
        }
        const displayPathOf = (path) => displayPathBeside(anchor, path);
        const built = await buildSourcePlan(loaded, {
            context,
            rootVariables: await rootVariables(directory, context, displayPathOf, errors),
            displayPathOf,
            isReadType: (type) => options.isReadType(type),
        });
        errors.push(...built.errors);
        result.notChecked?.push(...built.notChecked);
        const resources = planResources(built.plan, context.limits.maxDepth, (type) => options.isReadType(type)).map((resource) => {
            const reasons = built.reasons.get(resource.address);
            return {
                ...resource,
                unknownReason: (path) => nearestReason(reasons, path),
            };
        });
        const sources = new TerraformSources(built.plan, anchor, { ...context, terraformDir: directory });
        const azurerm = readAzurermClusters(built.plan, resources, sources);
        const kubernetes = readKubernetesResources(built.plan, resources, sources, azurerm.clusters, {
            defaultNamespace: context.defaultNamespace,
            maxDepth: context.limits.maxDepth,
        });
        result.model.clusters = result.model.clusters.concat([...azurerm.clusters.values()]);
        result.model.kubeObjects = result.model.kubeObjects.concat(kubernetes.objects);
        errors.push(...sources.errors);
        result.notChecked?.push(...azurerm.notChecked, ...kubernetes.notChecked);
    }
    return result;
}
/** The reason recorded for `path` or for the nearest block around it. */
function nearestReason(reasons, path) {
    for (let length = path.length; length > 0 && reasons !== undefined; length -= 1) {
        const reason = reasons.get(path.slice(0, length).join('.'));
        if (reason !== undefined)
            return reason;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/inputs/terraform-plan/index.ts







/** Only these resources feed the model; the rest of a large plan is not even indexed. */
const isReadType = (type) => azurermTypes.has(type) || isKubernetesResourceType(type);
function readPlan(file, context) {
    const parsed = parsePlanJson(file, context.limits);
    if ('error' in parsed)
        return { model: {}, errors: [parsed.error], skipped: [] };
    const { plan } = parsed;
    const resources = planResources(plan, context.limits.maxDepth, isReadType);
    const sources = new TerraformSources(plan, file, context);
    const azurerm = readAzurermClusters(plan, resources, sources);
    const kubernetes = readKubernetesResources(plan, resources, sources, azurerm.clusters, {
        defaultNamespace: context.defaultNamespace,
        maxDepth: context.limits.maxDepth,
    });
    return {
        model: { clusters: [...azurerm.clusters.values()], kubeObjects: kubernetes.objects },
        errors: sources.errors,
        skipped: [],
        notChecked: [...azurerm.notChecked, ...kubernetes.notChecked],
    };
}
/** The reader of terraform-plan/format.ts. */
async function readTerraformFiles(files, context) {
    const plans = files.filter((file) => !(0,format/* isTerraformSource */.mh)(file.path));
    const planDirectories = new Map(plans.map((plan) => [(0,external_node_path_.resolve)(context.terraformDir ?? (0,external_node_path_.dirname)(plan.path)), plan.displayPath]));
    const results = plans.map((file) => readPlan(file, context));
    results.push(await readTerraformSources(files.filter((file) => (0,format/* isTerraformSource */.mh)(file.path)), context, {
        planFor: (directory) => planDirectories.get(directory),
        isReadType,
    }));
    // concat, not push(...spread): a large plan holds more objects than a call may take arguments.
    return {
        model: {
            clusters: [].concat(...results.map((result) => result.model.clusters ?? [])),
            kubeObjects: [].concat(...results.map((result) => result.model.kubeObjects ?? [])),
        },
        errors: results.flatMap((result) => result.errors),
        skipped: results.flatMap((result) => result.skipped),
        notChecked: results.flatMap((result) => result.notChecked ?? []),
    };
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
