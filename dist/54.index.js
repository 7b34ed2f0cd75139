export const id = 54;
export const ids = [54];
export const modules = {

/***/ 7054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readBicepFiles: () => (/* binding */ readBicepFiles)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/inputs/arm/arm-value.ts
var arm_value = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/inputs/arm/evaluate-template.ts + 2 modules
var evaluate_template = __webpack_require__(6828);
// EXTERNAL MODULE: ./src/inputs/arm/index.ts
var arm = __webpack_require__(7580);
// EXTERNAL MODULE: ./src/inputs/arm/parameter-files.ts
var parameter_files = __webpack_require__(7013);
;// CONCATENATED MODULE: ./src/inputs/bicep/bicep-positions.ts


const deploymentsType = 'microsoft.resources/deployments';
const kindOf = (type) => (type === '<module>' ? deploymentsType : type.toLowerCase());
/**
 * Maps paths in the compiled ARM template back to the .bicep source: the compiler's deployment
 * graph gives each resource's declaration, a bounded scan of the source finds the property lines,
 * and a module's nested deployment continues in the module's own file.
 */
class BicepPositions {
    compiled;
    root;
    files;
    nodeCache = new Map();
    constructor(compiled, root, 
    /** Every local .bicep file reachable from the root, by absolute path. */
    files) {
        this.compiled = compiled;
        this.root = root;
        this.files = files;
    }
    locate(path) {
        return this.walk(path).location;
    }
    symbolicName(path) {
        return this.walk(path).node?.name;
    }
    at(file, position) {
        return { file: file.displayPath, line: position.line, column: position.column };
    }
    walk(path) {
        let file = this.root;
        let template = this.compiled;
        let index = 0;
        for (;;) {
            const section = String(path[index] ?? '').toLowerCase();
            const name = path[index + 1];
            const fileStart = this.at(file, { line: 1, column: 1 });
            if (section === 'parameters' && typeof name === 'string') {
                const declaration = file.source.declarationNamed('param', name);
                return { location: declaration ? this.at(file, declaration.position) : fileStart };
            }
            if (section === 'variables' && name !== undefined) {
                return { location: this.locateVariable(file, template, path.slice(index + 1)) ?? fileStart };
            }
            if (section !== 'resources' || name === undefined)
                return { location: fileStart };
            const resources = (0,arm_value/* getProperty */.UU)(template, 'resources');
            const node = this.graphNode(file, resources, name);
            const compiledResource = Array.isArray(resources)
                ? resources[name]
                : (0,arm_value/* isArmObject */.YY)(resources)
                    ? resources[name]
                    : undefined;
            const declaration = node ? file.source.declarationAt(node.range.start.line) : undefined;
            if (!node || !declaration || !(0,arm_value/* isArmObject */.YY)(compiledResource))
                return { location: fileStart, node };
            const declared = this.at(file, declaration.position);
            const rest = path.slice(index + 2);
            if (kindOf(node.type) !== deploymentsType || String(rest[0]).toLowerCase() !== 'properties') {
                return { location: this.descend(file, declaration.body, declared, rest, compiledResource), node };
            }
            const part = String(rest[1] ?? '').toLowerCase();
            const properties = (0,arm_value/* getProperty */.UU)(compiledResource, 'properties');
            if (part === 'parameters' && typeof rest[2] === 'string') {
                // A module's `params: { x: ... }` compiles to properties.parameters.x.value.
                const paramsPath = ['params', rest[2], ...rest.slice(4)];
                return { location: this.descend(file, declaration.body, declared, paramsPath, undefined), node };
            }
            const moduleFile = node.relativePath
                ? this.files.get((0,external_node_path_.resolve)((0,external_node_path_.dirname)(file.path), node.relativePath))
                : undefined;
            const nested = (0,arm_value/* isArmObject */.YY)(properties) ? (0,arm_value/* getProperty */.UU)(properties, 'template') : undefined;
            if (part === 'template' && moduleFile === undefined && (0,arm_value/* isArmObject */.YY)(nested) && rest.length > 2) {
                const location = this.locateInRegistryModule(file, declaration.body, declared, nested, rest.slice(2), node);
                return { location, node };
            }
            if (part !== 'template' || moduleFile === undefined || !(0,arm_value/* isArmObject */.YY)(nested) || rest.length <= 2) {
                return { location: declared, node };
            }
            file = moduleFile;
            template = nested;
            index += 4;
        }
    }
    /**
     * A value inside a registry module (its compiled template sits in bicep's cache, which no
     * finding may point into). When the module's template takes it from a parameter that the
     * user's `params` sets, it points at that line; when none of them is set, the module's own
     * default decides, which the location says, at the `module` declaration.
     */
    locateInRegistryModule(file, body, declared, template, path, node) {
        const written = rawValueAlong(template, path);
        const params = body?.kind === 'object' ? body.properties.get('params')?.value : undefined;
        const passed = written.parameters.find((name) => params?.kind === 'object' && params.properties.has(name.toLowerCase()));
        if (passed !== undefined)
            return this.descend(file, body, declared, ['params', passed], undefined);
        // Through a module nested inside the registry module, parameter names are that module's own.
        if (written.throughNestedModule)
            return declared;
        return { ...declared, template: `${node.relativePath ?? 'the registry module'} (the module's default)` };
    }
    locateVariable(file, template, rest) {
        const [name, ...inner] = rest;
        if (String(name).toLowerCase() === 'copy') {
            // A variable loop compiles to variables.copy[i] = { name, count, input }.
            const variables = (0,arm_value/* getProperty */.UU)(template, 'variables');
            const loops = (0,arm_value/* isArmObject */.YY)(variables) ? (0,arm_value/* getProperty */.UU)(variables, 'copy') : undefined;
            const loop = Array.isArray(loops) ? loops[inner[0]] : undefined;
            const loopName = (0,arm_value/* isArmObject */.YY)(loop) ? (0,arm_value/* getProperty */.UU)(loop, 'name') : undefined;
            if (typeof loopName !== 'string')
                return undefined;
            const declaration = file.source.declarationNamed('var', loopName);
            if (!declaration)
                return undefined;
            const body = declaration.body?.kind === 'array' ? declaration.body.loopBody : undefined;
            const location = this.at(file, declaration.position);
            return inner[1] === 'input' ? this.descend(file, body, location, inner.slice(2), undefined) : location;
        }
        const declaration = file.source.declarationNamed('var', String(name));
        if (!declaration)
            return undefined;
        return this.descend(file, declaration.body, this.at(file, declaration.position), inner, undefined);
    }
    /** Follows a compiled path into the source tree as far as the source writes it out. */
    descend(file, start, startLocation, path, compiled) {
        let node = start;
        let location = startLocation;
        let value = compiled;
        for (let index = 0; index < path.length && node !== undefined; index += 1) {
            const key = path[index];
            if (node.kind === 'array' && typeof key === 'number') {
                node = node.items[key];
                if (node)
                    location = this.at(file, node.position);
                value = Array.isArray(value) ? value[key] : undefined;
                continue;
            }
            if (node.kind !== 'object' || typeof key !== 'string')
                break;
            const copyKey = (0,arm_value/* isArmObject */.YY)(value) ? (0,arm_value/* findKey */.Tj)(value, 'copy') : undefined;
            if (key.toLowerCase() === 'copy' && copyKey !== undefined && (0,arm_value/* isArmObject */.YY)(value)) {
                // A property loop `x: [for ...: {...}]` compiles to copy[i] = { name: 'x', input: {...} }.
                const loops = value[copyKey];
                const loop = Array.isArray(loops) ? loops[path[index + 1]] : undefined;
                const loopName = (0,arm_value/* isArmObject */.YY)(loop) ? (0,arm_value/* getProperty */.UU)(loop, 'name') : undefined;
                const property = typeof loopName === 'string' ? node.properties.get(loopName.toLowerCase()) : undefined;
                if (!property || !(0,arm_value/* isArmObject */.YY)(loop))
                    break;
                location = this.at(file, property.position);
                node = property.value.kind === 'array' ? property.value.loopBody : undefined;
                value = (0,arm_value/* getProperty */.UU)(loop, 'input');
                index += 2;
                continue;
            }
            const property = node.properties.get(key.toLowerCase());
            if (!property)
                break;
            location = this.at(file, property.position);
            node = property.value;
            value = (0,arm_value/* isArmObject */.YY)(value) ? (0,arm_value/* getProperty */.UU)(value, key) : undefined;
        }
        return location;
    }
    /**
     * The graph node of a compiled resource. Symbolic-name templates name it directly; otherwise
     * the compiler emits resources and modules of each type in declaration order (existing ones
     * are left out), so the n-th compiled resource of a type is the n-th declared one.
     */
    graphNode(file, resources, key) {
        if (typeof key === 'string')
            return file.graph.nodes.find((node) => node.name === key);
        if (!Array.isArray(resources))
            return undefined;
        let matched = this.nodeCache.get(resources);
        if (matched === undefined) {
            const declared = file.graph.nodes
                .filter((node) => !node.isExisting)
                .sort((left, right) => left.range.start.line - right.range.start.line || left.range.start.char - right.range.start.char);
            const used = new Map();
            matched = resources.map((resource) => {
                const type = (0,arm_value/* isArmObject */.YY)(resource) ? (0,arm_value/* getProperty */.UU)(resource, 'type') : undefined;
                const kind = kindOf(typeof type === 'string' ? type : '');
                const seen = used.get(kind) ?? 0;
                used.set(kind, seen + 1);
                return declared.filter((node) => kindOf(node.type) === kind)[seen];
            });
            this.nodeCache.set(resources, matched);
        }
        return matched[key];
    }
}
/**
 * Follows a compiled path through a template as written (before evaluation) as far as it goes,
 * and names the parameters that the expression found there reads.
 */
function rawValueAlong(template, path) {
    let value = template;
    let throughNestedModule = false;
    for (const [index, key] of path.entries()) {
        if (typeof key === 'number' && Array.isArray(value))
            value = value[key];
        else if (typeof key === 'string' && (0,arm_value/* isArmObject */.YY)(value))
            value = (0,arm_value/* getProperty */.UU)(value, key);
        else
            break;
        if (String(key).toLowerCase() === 'template' && String(path[index - 1]).toLowerCase() === 'properties') {
            throughNestedModule = true;
        }
    }
    const parameters = typeof value === 'string'
        ? [...value.matchAll(/\bparameters\(\s*'([^']+)'\s*\)/gi)].map((match) => match[1])
        : [];
    return { parameters, throughNestedModule };
}

// EXTERNAL MODULE: ./src/inputs/bicep/bicep-source.ts
var bicep_source = __webpack_require__(3714);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/vscode-jsonrpc/lib/node/main.js
var main = __webpack_require__(4058);
;// CONCATENATED MODULE: ./src/inputs/bicep/compiler.ts


let processStarts = 0;
/** How many bicep processes this module has started (the bench and tests watch it). */
const bicepProcessStarts = () => processStarts;
class BicepRequestError extends Error {
}
/**
 * The compiler sees only what it needs to run: scanned .bicepparam files can call
 * readEnvironmentVariable(), and a value read there may end up in a finding's message, so
 * tokens and other secrets of the CI environment must not be visible to it.
 */
function compilerEnvironment() {
    const kept = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'DOTNET_ROOT', 'DOTNET_BUNDLE_EXTRACT_BASE_DIR'];
    const environment = { DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
    for (const name of kept) {
        if (process.env[name] !== undefined)
            environment[name] = process.env[name];
    }
    return environment;
}
function start(executable) {
    processStarts += 1;
    // Its own process group, so that a wrapper script and every child it forks can be killed as one.
    const child = (0,external_node_child_process_.spawn)(executable, ['jsonrpc', '--stdio'], {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: compilerEnvironment(),
        detached: true,
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk.toString('utf8');
    });
    const exited = new Promise((resolve) => {
        child.on('error', (error) => resolve(`the bicep process could not start: ${error.message}`));
        child.on('exit', (code, signal) => resolve(`the bicep process exited (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim()}` : ''}`));
    });
    const connection = (0,main.createMessageConnection)(new main.StreamMessageReader(child.stdout), new main.StreamMessageWriter(child.stdin));
    connection.listen();
    return { child, connection, exited };
}
/**
 * Kills the whole process group: killing only the direct child would leave a grandchild that
 * holds the pipes (a wrapper's bicep, or a hostile script's fork) keeping the scan alive.
 */
function stop(running) {
    running.connection.dispose();
    running.child.stdin?.end();
    const { pid } = running.child;
    try {
        if (pid !== undefined)
            process.kill(-pid, 'SIGKILL');
    }
    catch {
        // The group is already gone.
    }
    running.child.stdout?.destroy();
    running.child.stderr?.destroy();
}
/**
 * A client that starts bicep on its first request. A request that times out or crashes the
 * process restarts it (at most once per session) for the next requests.
 */
function openBicepSession(executable, options = {}) {
    const timeoutMs = options.requestTimeoutMs ?? 120_000;
    let running;
    let restarts = 0;
    const request = async (method, params) => {
        if (running === undefined) {
            if (restarts > 1)
                throw new BicepRequestError('the bicep process failed twice in this run; not restarted again');
            running = start(executable);
        }
        const current = running;
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new BicepRequestError(`bicep did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
        });
        const exit = current.exited.then((reason) => Promise.reject(new BicepRequestError(reason)));
        // The exit may come long after this request settled; it must not surface as unhandled.
        exit.catch(() => undefined);
        try {
            return await Promise.race([current.connection.sendRequest(method, params), timeout, exit]);
        }
        catch (error) {
            // bicep answered, with an error: the process is fine and stays up for the next request.
            if (error instanceof main.ResponseError)
                throw new BicepRequestError(`bicep answered: ${error.message}`);
            stop(current);
            running = undefined;
            restarts += 1;
            throw error instanceof BicepRequestError ? error : new BicepRequestError(String(error));
        }
        finally {
            clearTimeout(timer);
        }
    };
    const compiler = {
        version: async () => (await request('bicep/version', {})).version,
        compile: (path) => request('bicep/compile', { path }),
        compileParams: (path) => request('bicep/compileParams', { path, parameterOverrides: {} }),
        deploymentGraph: (path) => request('bicep/getDeploymentGraph', { path }),
        fileReferences: async (path) => (await request('bicep/getFileReferences', { path })).filePaths,
    };
    return {
        compiler,
        close: () => {
            if (running !== undefined)
                stop(running);
            running = undefined;
        },
    };
}
/** Starts bicep once, hands a client to `use`, and always stops the process. */
async function withBicepCompiler(executable, use, options = {}) {
    const session = openBicepSession(executable, options);
    try {
        return await use(session.compiler);
    }
    finally {
        session.close();
    }
}

// EXTERNAL MODULE: ./src/inputs/bicep/find-bicep.ts
var find_bicep = __webpack_require__(4132);
// EXTERNAL MODULE: ./src/inputs/bicep/format.ts
var format = __webpack_require__(4402);
// EXTERNAL MODULE: ./src/inputs/bicep/references.ts
var references = __webpack_require__(1707);
// EXTERNAL MODULE: ./src/inputs/bicep/registry-modules.ts
var registry_modules = __webpack_require__(2506);
// EXTERNAL MODULE: ./src/inputs/bicep/scanned-roots.ts
var scanned_roots = __webpack_require__(3389);
;// CONCATENATED MODULE: ./src/inputs/bicep/index.ts













function diagnosticErrors(diagnostics, reader) {
    return diagnostics
        .filter((diagnostic) => diagnostic.level.toLowerCase() === 'error')
        .map((diagnostic) => ({
        file: reader.displayPath((0,external_node_path_.resolve)(diagnostic.source)),
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.char + 1,
        message: `${diagnostic.code}: ${diagnostic.message}`,
    }));
}
/** The entry file and every local module it reaches, each with the compiler's deployment graph. */
async function templateFiles(compiler, entry, modules, reader) {
    const files = new Map();
    // The compiler answers only for .bicep files; a module of another name is located at its declaration.
    for (const path of [entry, ...modules.filter(format/* isBicep */.W)]) {
        const text = reader.read(path);
        if (typeof text !== 'string')
            continue;
        const graph = await compiler.deploymentGraph(path);
        files.set(path, { path, displayPath: reader.displayPath(path), source: new bicep_source/* BicepSource */.D(text), graph });
    }
    return files;
}
function parseCompiled(text) {
    if (!text)
        return undefined;
    const value = JSON.parse(text);
    return (0,arm_value/* isArmObject */.YY)(value) ? value : undefined;
}
async function checkRuns(compiler, state, template, templatePath, scan, runs) {
    const files = await templateFiles(compiler, templatePath, scan.localModules, state.reader);
    const root = files.get(templatePath);
    if (root === undefined)
        return;
    const positions = new BicepPositions(template, root, files);
    for (const run of runs) {
        const result = (0,arm.clustersOfRun)({ ...run, template, positions, origin: 'bicep', file: root.displayPath });
        state.clusters.push(...result.clusters);
        state.skipped.push(...result.skipped);
        state.errors.push(...result.errors);
    }
}
/**
 * The compiler's own list of what it read (sources, load*() targets, bicepconfig.json) must stay
 * inside the scanned roots or bicep's module cache: the pre-check reads Bicep with a tokenizer of
 * its own, and this closes whatever it might miss. It also restores the entry's registry modules.
 */
async function readOutsideRoots(compiler, job, state) {
    const read = await compiler.fileReferences(job.path);
    const outside = read.filter((path) => !(0,scanned_roots/* isInsideRoots */.o)(path, state.context.allowedRoots) &&
        !job.scan.cacheRoots.some((cacheRoot) => (0,scanned_roots/* isWithin */.U)(path, cacheRoot)));
    for (const path of outside) {
        state.errors.push({
            file: state.reader.displayPath(job.path),
            message: `bicep read ${path}, which is outside the scanned directories and bicep's module cache; the compiled output is discarded`,
        });
    }
    return outside.length > 0;
}
/** Registry artifacts that compiling was to restore and did not (offline, or the registry refused). */
function unrestoredAfterCompiling(job) {
    return job.scan.pendingRestore
        .filter((pending) => !(0,registry_modules/* isRestored */.Le)(pending.cacheRoot, pending.artifact, pending.kind))
        .map((pending) => ({
        file: pending.file,
        line: pending.line,
        reason: `${(0,references/* throughPrefix */.IS)(pending.through)}the registry ${pending.kind} ${(0,registry_modules/* describeArtifact */.Qw)(pending.artifact)} could not be restored (no network access to ${pending.artifact.registry}, or it does not exist there), so the file is not checked`,
        fix: 'run `bicep restore` on it with network access before the scan',
    }));
}
async function runJob(compiler, job, state) {
    if (await readOutsideRoots(compiler, job, state))
        return;
    const unrestored = unrestoredAfterCompiling(job);
    if (unrestored.length > 0) {
        state.notChecked.push(...unrestored);
        return;
    }
    const file = state.reader.displayPath(job.path);
    if (job.kind === 'bicepparam') {
        const response = await compiler.compileParams(job.path);
        const errors = diagnosticErrors(response.diagnostics, state.reader);
        state.errors.push(...errors);
        const template = parseCompiled(response.template);
        const parameters = parseCompiled(response.parameters);
        if (!response.success || template === undefined) {
            if (errors.length === 0)
                state.errors.push({ file, message: 'bicep could not compile the parameter file' });
            return;
        }
        if (job.scan.usingTarget === undefined) {
            // `using none` deploys nothing by itself; any other .bicepparam must be applied to its template.
            const source = state.reader.read(job.path);
            if (typeof source === 'string' && new bicep_source/* BicepSource */.D(source).usesNoTemplate()) {
                state.skipped.push({ file, reason: 'it names no template (`using none`)' });
            }
            else {
                state.errors.push({
                    file,
                    message: 'the template its `using` line names could not be resolved, so its values are not applied',
                });
            }
            return;
        }
        const parameterValues = (0,evaluate_template/* parameterValuesOf */.dR)(parameters ? (0,arm_value/* getProperty */.UU)(parameters, 'parameters') : undefined);
        const run = { parameterValues, parameterFile: file };
        await checkRuns(compiler, state, template, job.scan.usingTarget, job.scan, [run]);
        return;
    }
    const response = await compiler.compile(job.path);
    state.errors.push(...diagnosticErrors(response.diagnostics, state.reader));
    const template = parseCompiled(response.contents);
    if (!response.success || template === undefined)
        return;
    const runs = job.parameterFiles.length === 0
        ? [{ parameterValues: new Map() }]
        : job.parameterFiles.map((parameterFile) => {
            state.errors.push(...(0,arm.parameterFileErrors)(template, parameterFile));
            return {
                parameterValues: (0,arm.parameterFileValues)(parameterFile),
                parameterFile: parameterFile.displayPath,
            };
        });
    await checkRuns(compiler, state, template, job.path, job.scan, runs);
}
/** Decides what to compile: each .bicepparam, and each .bicep that is not deployed through one. */
function planJobs(files, state, armParameterFiles) {
    const explicit = (0,parameter_files/* readExplicitParameterFiles */.Dw)(state.context);
    state.errors.push(...explicit.errors);
    const entries = files.filter((file) => (0,format/* isBicep */.W)(file.path) || (0,format/* isBicepParam */.Zq)(file.path));
    const scans = new Map(entries.map((file) => [file.path, (0,format/* referencesOf */.CL)(file.path, state.context, state.reader)]));
    // A template deployed through a .bicepparam, or used as a module, is checked that way only.
    const coveredBy = new Map();
    const compilable = (scan) => scan.refused.length === 0 && scan.notChecked.length === 0;
    for (const [path, scan] of [...scans].filter(([, candidate]) => compilable(candidate))) {
        if (scan.usingTarget)
            coveredBy.set(scan.usingTarget, `the parameter file ${state.reader.displayPath(path)}`);
        for (const module of scan.localModules)
            coveredBy.set(module, `the module reference in ${state.reader.displayPath(path)}`);
    }
    const jobs = [];
    for (const file of entries) {
        const scan = scans.get(file.path);
        const covered = coveredBy.get(file.path);
        if (covered !== undefined && (0,format/* isBicep */.W)(file.path)) {
            state.context.log.info(`${file.displayPath} is checked through ${covered}`);
            continue;
        }
        if (!compilable(scan)) {
            state.errors.push(...scan.refused);
            if (scan.refused.length === 0)
                state.notChecked.push(...scan.notChecked);
            continue;
        }
        jobs.push((0,format/* isBicepParam */.Zq)(file.path)
            ? { kind: 'bicepparam', path: file.path, scan }
            : {
                kind: 'bicep',
                path: file.path,
                scan,
                parameterFiles: (0,parameter_files/* parameterFilesFor */.eN)(file.path, armParameterFiles, explicit.files),
            });
    }
    const used = new Set(jobs.flatMap((job) => (job.kind === 'bicep' ? job.parameterFiles : [])));
    for (const parameterFile of armParameterFiles.filter((candidate) => !used.has(candidate))) {
        state.skipped.push({
            file: parameterFile.displayPath,
            reason: 'not used: its Bicep template is deployed through a .bicepparam, is a module, or could not be compiled (see its own entries)',
        });
    }
    return jobs;
}
/** The reader of bicep/format.ts. */
async function readBicepFiles(files, context) {
    const inputs = new Map(files.map((file) => [file.path, { text: file.text, displayPath: file.displayPath }]));
    const state = {
        context,
        reader: (0,references/* sourceReader */.T2)(inputs, context.limits),
        clusters: [],
        errors: [],
        skipped: [],
        notChecked: [],
    };
    const armParameterFiles = [];
    for (const file of files.filter((candidate) => (0,registry_modules/* isCachedModuleTemplate */.Hj)(candidate.path))) {
        state.skipped.push({
            file: file.displayPath,
            reason: "a registry module in bicep's module cache: it is checked through the Bicep files that use it",
        });
    }
    const parameterFileCandidates = files.filter((candidate) => !(0,format/* isBicep */.W)(candidate.path) && !(0,format/* isBicepParam */.Zq)(candidate.path) && !(0,registry_modules/* isCachedModuleTemplate */.Hj)(candidate.path));
    for (const file of parameterFileCandidates) {
        const parsed = (0,parameter_files/* parseParameterFile */.d2)(file, context);
        if ('errors' in parsed)
            state.errors.push(...parsed.errors);
        else
            armParameterFiles.push(parsed);
    }
    const sources = files.filter((file) => (0,format/* isBicep */.W)(file.path) || (0,format/* isBicepParam */.Zq)(file.path));
    if (sources.length === 0)
        return { model: { clusters: [] }, errors: state.errors, skipped: state.skipped };
    const bicep = context.bicepCompiler ? undefined : (0,find_bicep/* findBicep */.$7)(context.bicepPath);
    if (bicep !== undefined && 'error' in bicep) {
        const errors = sources.map((file) => ({ file: file.displayPath, message: bicep.error }));
        return { model: { clusters: [] }, errors: [...state.errors, ...errors], skipped: state.skipped };
    }
    const jobs = planJobs(files, state, armParameterFiles);
    const runJobs = async (compiler) => {
        for (const [index, job] of jobs.entries()) {
            context.progress?.(`compiling Bicep file ${index + 1} of ${jobs.length}`);
            try {
                await runJob(compiler, job, state);
            }
            catch (error) {
                if (!(error instanceof BicepRequestError))
                    throw error;
                state.errors.push({
                    file: state.reader.displayPath(job.path),
                    message: `bicep failed: ${error.message}`,
                });
            }
        }
    };
    if (context.bicepCompiler)
        await runJobs(context.bicepCompiler);
    else if (bicep !== undefined && jobs.length > 0)
        await withBicepCompiler(bicep.path, runJobs);
    return {
        model: { clusters: state.clusters },
        errors: state.errors,
        skipped: state.skipped,
        notChecked: state.notChecked,
    };
}


/***/ })

};
