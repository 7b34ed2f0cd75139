export const id = 605;
export const ids = [605];
export const modules = {

/***/ 9605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateReport: () => (/* binding */ validateReport)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./src/report/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/aks-cis-gate/aks-cis-gate/report.schema.json","title":"aks-cis-gate report, schemaVersion 3","description":"The JSON that `aks-cis-gate scan --format json` prints. Fields are added over time, so consumers must allow unknown fields; a field renamed or removed, or a value whose meaning changes, bumps schemaVersion. Version 2: a row the scan could not decide (decidedBy none) has status \\"Not evaluated\\" (Microsoft\'s status stays in aksStatus); N/A rows are the scan\'s decision (decidedBy scan); verdict holds the headline. Version 3: every finding has a tagged `location` (a file position, or a live object\'s API address and uid); live findings no longer carry file, line and column (they were live:<context> and line 1); file findings keep them beside `location`. Reports of versions 1 and 2 still serve as a baseline.","type":"object","required":["schemaVersion","benchmarks","skipped","notChecked","errors"],"properties":{"schemaVersion":{"const":3},"verdict":{"description":"The gate\'s verdict and the headline counts, as every format prints them. Present when the CLI or the action decided the gate.","type":"object","required":["passed","summary","counts"],"properties":{"passed":{"type":"boolean"},"summary":{"description":"One line: what blocks, or why failing rules did not block (Manual, above the level, in the baseline) and how to make them block.","type":"string"},"counts":{"type":"object","required":["failingRules","findings","new","blocking","suppressed","notEvaluated","notChecked","inputErrors"],"properties":{"failingRules":{"description":"Rules the scan decided as Fail, once per family and id.","$ref":"#/definitions/count"},"findings":{"description":"Findings that make their rule fail, once per fingerprint.","$ref":"#/definitions/count"},"new":{"description":"Of those, the findings the baseline does not hold (all of them without a baseline).","$ref":"#/definitions/count"},"blocking":{"description":"Of those, the findings that block under the policy.","$ref":"#/definitions/count"},"suppressed":{"$ref":"#/definitions/count"},"notEvaluated":{"description":"Rules with status Not evaluated that fail under no catalog, once per family and id.","$ref":"#/definitions/count"},"notChecked":{"description":"Entries of notChecked.","$ref":"#/definitions/count"},"inputErrors":{"description":"Entries of errors.","$ref":"#/definitions/count"}}}}},"benchmarks":{"description":"One entry per selected catalog; CIS Kubernetes first.","type":"array","items":{"$ref":"#/definitions/benchmark"}},"skipped":{"type":"array","items":{"type":"object","required":["file","reason"],"properties":{"file":{"type":"string"},"reason":{"type":"string"}}}},"notChecked":{"description":"Deployable infrastructure or Kubernetes code that was found but not checked (a Helm chart source, Bicep whose registry modules are unavailable, …). It blocks the gate unless the user opts out.","type":"array","items":{"type":"object","required":["file","reason","fix"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":1},"reason":{"type":"string"},"fix":{"type":"string"}}}},"errors":{"description":"Files that could not be read or parsed; by default they fail the run.","type":"array","items":{"type":"object","required":["file","message"],"properties":{"file":{"type":"string"},"line":{"$ref":"#/definitions/position"},"column":{"$ref":"#/definitions/position"},"message":{"type":"string"}}}},"notices":{"description":"Neither errors nor findings: expired ignores, ignore entries that name no rule.","type":"array","items":{"type":"string"}},"skippedRules":{"description":"Rules the config file switches off (skip:), once per family and id: their rows say Skipped (never Pass) and never block.","type":"array","items":{"type":"object","required":["rule","reason","source"],"properties":{"rule":{"description":"family:id, e.g. cis-kubernetes:5.2.2.","type":"string"},"reason":{"type":"string"},"source":{"description":"The config file that skips it.","type":"string"}}}},"excluded":{"description":"Files and directories the configuration excludes (exclude:, --exclude): never read. A directory is listed once.","type":"array","items":{"type":"object","required":["path","pattern"],"properties":{"path":{"type":"string"},"pattern":{"description":"The glob that excluded it.","type":"string"}}}},"drift":{"description":"Scans of code and a live cluster together: rows the code scan passed and the live scan fails, or the other way round.","type":"array","items":{"type":"object","required":["benchmark","id","title","code","live"],"properties":{"benchmark":{"type":"string"},"id":{"type":"string"},"title":{"type":"string"},"code":{"$ref":"#/definitions/status"},"live":{"$ref":"#/definitions/status"}}}}},"definitions":{"position":{"type":"integer","minimum":1},"count":{"type":"integer","minimum":0},"status":{"enum":["Pass","Fail","N/A","Depends on Environment","Equivalent Control","Not evaluated","Skipped"]},"benchmark":{"type":"object","required":["id","family","title","version","selectedBecause","rules"],"properties":{"id":{"type":"string","examples":["cis-kubernetes-v1.12.0","cis-aks-v1.8","cis-azure-linux-3.0-v1.0"]},"family":{"enum":["cis-kubernetes","cis-aks","cis-azure-linux"]},"title":{"type":"string"},"version":{"type":"string"},"selectedBecause":{"type":"string"},"sections":{"type":"array","items":{"type":"object","required":["id","title"],"properties":{"id":{"type":"string"},"title":{"type":"string"}}}},"rules":{"type":"array","items":{"$ref":"#/definitions/rule"}}}},"rule":{"type":"object","required":["id","title","status","reason","decidedBy","findings"],"allOf":[{"if":{"properties":{"decidedBy":{"const":"none"}}},"then":{"properties":{"status":{"const":"Not evaluated"}}}},{"if":{"properties":{"decidedBy":{"const":"config"}}},"then":{"properties":{"status":{"const":"Skipped"},"findings":{"type":"array","maxItems":0}}},"else":{"properties":{"status":{"not":{"const":"Skipped"}}}}}],"properties":{"id":{"description":"The CIS ID exactly as the benchmark\'s table prints it.","type":"string"},"title":{"type":"string"},"assessment":{"enum":["Automated","Manual"]},"level":{"enum":["L1","L2"]},"status":{"$ref":"#/definitions/status"},"reason":{"type":"string"},"decidedBy":{"description":"scan: our checks decided it (Pass, Fail, or N/A when the scan saw that the catalog does not apply, e.g. an Ubuntu pool for Azure Linux); platform: Microsoft\'s attestation for AKS; none: nobody decided it, so status is Not evaluated and the reason says why; config: the config file\'s skip: switched it off, so status is Skipped, it has no findings and the reason is the configuration\'s.","enum":["scan","platform","none","config"]},"section":{"type":"string"},"aksStatus":{"description":"Microsoft\'s attested status for AKS, for comparison; never this scan\'s status.","$ref":"#/definitions/status"},"remediation":{"type":"string"},"findings":{"type":"array","items":{"$ref":"#/definitions/finding"}},"source":{"description":"Scans with live input: what decided the row. code, live, code+live (both judged it; a Fail names the sides that fail), or platform (Microsoft\'s attestation).","enum":["code","live","code+live","platform"]},"fix":{"description":"The fix in the terms of each input language, where it differs from the remediation: the YAML field, the Bicep or ARM property, the Terraform argument.","type":"object","additionalProperties":false,"properties":{"yaml":{"type":"string"},"bicep":{"type":"string"},"terraform":{"type":"string"}}}}},"finding":{"type":"object","required":["location","resource","message","fingerprint"],"if":{"properties":{"location":{"type":"object","properties":{"kind":{"const":"file"}}}}},"then":{"required":["file","line","column"]},"properties":{"location":{"description":"Where, by kind (version 3): a file position, or a live object\'s address in its cluster\'s API.","oneOf":[{"$ref":"#/definitions/fileLocation"},{"$ref":"#/definitions/liveLocation"}]},"file":{"description":"File findings: location.file again, as version 2 had it. Relative to the working directory when under it. Absent on live findings.","type":"string"},"line":{"description":"File findings: location.line again.","$ref":"#/definitions/position"},"column":{"description":"File findings: location.column again.","$ref":"#/definitions/position"},"resource":{"description":"Kind/namespace/name, Kind/name, ManagedCluster/name or NodePool/cluster/pool.","type":"string"},"container":{"type":"string"},"template":{"description":"File findings: location.template again.","type":"string"},"terraformAddress":{"description":"File findings: location.terraformAddress again.","type":"string"},"cluster":{"description":"The cluster\'s name.","type":"string"},"message":{"type":"string"},"fingerprint":{"description":"Stable across line moves and catalog versions: sha256 of family:id|cluster|resource|container|key, first 32 hex characters, where the cluster is named by its identity (clusterSource#id), so clusters of one name in two files give two fingerprints.","type":"string","pattern":"^[0-9a-f]{32}$"},"suppressed":{"description":"The suppression\'s reason.","type":"string"},"suppressedBy":{"description":"Where the suppression was written: an annotation on the object, or the config file.","enum":["annotation","config"]},"platform":{"description":"An AKS-managed object: shown, never makes the row fail (unless --count-platform-workloads).","const":true},"check":{"description":"The check that produced it, e.g. pod-security.privileged.","type":"string"},"address":{"description":"File findings: location.address again.","type":"string"}}},"fileLocation":{"type":"object","required":["kind","file","line","column"],"properties":{"kind":{"const":"file"},"file":{"description":"Relative to the working directory when under it, absolute otherwise.","type":"string"},"line":{"$ref":"#/definitions/position"},"column":{"$ref":"#/definitions/position"},"template":{"description":"Helm\'s `# Source:` template.","type":"string"},"terraformAddress":{"description":"Terraform input (plan or .tf source): the resource\'s address, e.g. module.pool.azurerm_kubernetes_cluster_node_pool.batch.","type":"string"},"address":{"description":"What the position names when a line cannot: an ARM property path, a Terraform resource address.","type":"string"}}},"liveLocation":{"type":"object","required":["kind","api","cluster","apiAddress"],"properties":{"kind":{"const":"live"},"api":{"description":"The API the object was read from.","enum":["kubernetes","azure-resource-manager"]},"cluster":{"description":"The kubeconfig context (Kubernetes API) or the AKS cluster\'s name (Azure Resource Manager).","type":"string"},"apiAddress":{"description":"The object\'s address in that API: /apis/apps/v1/namespaces/shop/deployments/web, or the Azure resource id.","type":"string"},"uid":{"description":"The object\'s metadata.uid.","type":"string"},"fieldPath":{"description":"The field blamed inside the object, e.g. spec.template.spec.hostNetwork, or properties.enableRBAC.","type":"string"},"clusterSource":{"description":"The input the finding\'s cluster was read from: the template, its parameter file, the Terraform plan, or the live cluster (ARM id or API server).","type":"string"},"legacyFingerprint":{"description":"Cluster findings only: the fingerprint with the cluster named by its name alone, as reports written before clusterSource existed computed it. A baseline of that age is matched through it and file together.","type":"string","pattern":"^[0-9a-f]{32}$"}}}}}');
;// CONCATENATED MODULE: ./src/report/report-validator.ts


/**
 * Version 2's finding: a flat file position and no tagged `location` (a live finding said
 * `live:<context>`, line 1). Version 3 added `location`.
 */
const { if: _fileIf, then: _fileThen, ...findingRule } = report_schema_namespaceObject.definitions.finding;
const { location: _location, ...versionTwoFindingProperties } = findingRule.properties;
const versionTwoFinding = {
    ...findingRule,
    required: ['file', 'line', 'column', 'resource', 'message', 'fingerprint'],
    properties: versionTwoFindingProperties,
};
const versionTwoSchema = {
    ...report_schema_namespaceObject,
    $id: 'https://github.com/aks-cis-gate/aks-cis-gate/report.v2.schema.json',
    properties: { ...report_schema_namespaceObject.properties, schemaVersion: { const: 2 } },
    definitions: { ...report_schema_namespaceObject.definitions, finding: versionTwoFinding },
};
/**
 * Version 1 differs from version 2 only in what an undecided row's status says (Microsoft's
 * word then, "Not evaluated" now): the same schema, without the rule that ties the two.
 */
const { allOf: _statusRules, ...versionOneRule } = report_schema_namespaceObject.definitions.rule;
const versionOneSchema = {
    ...versionTwoSchema,
    $id: 'https://github.com/aks-cis-gate/aks-cis-gate/report.v1.schema.json',
    properties: { ...report_schema_namespaceObject.properties, schemaVersion: { const: 1 } },
    definitions: { ...versionTwoSchema.definitions, rule: versionOneRule },
};
/**
 * Compiled on first use: compiling the three schemas took about a fifth of a 10k-object scan's
 * CPU, and a scan without a baseline report never validates one.
 */
let validators;
function compileValidators() {
    const ajv = new dist_ajv.Ajv({ allErrors: false });
    return { 1: ajv.compile(versionOneSchema), 2: ajv.compile(versionTwoSchema), 3: ajv.compile(report_schema_namespaceObject) };
}
/**
 * A JSON report of an earlier scan (schemaVersion 1 to 3), checked against the published schema
 * before anything reads it: it may come from a file anyone could have written.
 */
function validateReport(value) {
    const version = value?.schemaVersion;
    if (version !== 1 && version !== 2 && version !== 3)
        return { ok: false, problem: 'not an aks-cis-gate JSON report (schemaVersion 1 to 3)' };
    const validate = (validators ??= compileValidators())[version];
    if (validate(value))
        return { ok: true, report: value };
    const [error] = validate.errors ?? [];
    return {
        ok: false,
        problem: `not a valid schemaVersion ${version} report: ${error?.instancePath || '(top level)'} ${error?.message ?? 'is invalid'}`,
    };
}


/***/ })

};
