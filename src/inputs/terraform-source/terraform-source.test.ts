import { inFile } from '../../../test/support/check-testing.js';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { networkPolicyEngine } from '../../checks/cluster/network-access.js';
import { rbacChecks } from '../../checks/rbac.js';
import type { ScanModel } from '../../model/scan-model.js';
import type { Setting } from '../../model/setting.js';
import { defaultLimits, type InputContext, type InputResult, type SourceFile } from '../input-format.js';
import { terraformPlan } from '../terraform-plan/format.js';

const temporaryDirectories: string[] = [];
afterAll(() =>
  temporaryDirectories.forEach((directory) => rmSync(directory, { recursive: true, force: true })),
);

/** Writes `files` (path → text) into a new directory, removed after the tests. */
function writeDirectory(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tf-source-'));
  temporaryDirectories.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Writes `files` into a new directory and reads every .tf and plan there as a walk would. */
async function scanFiles(
  files: Record<string, string>,
  overrides: Partial<InputContext> = {},
): Promise<InputResult> {
  return readDirectory(writeDirectory(files), overrides);
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

async function readDirectory(root: string, overrides: Partial<InputContext> = {}): Promise<InputResult> {
  const { detect } = await terraformPlan.detection();
  const files: SourceFile[] = walk(root)
    .map((path) => ({
      path,
      displayPath: relative(root, path),
      text: readFileSync(path, 'utf8'),
      explicit: false,
    }))
    .filter(detect);
  return terraformPlan.read(files, {
    allowedRoots: [root],
    defaultNamespace: 'default',
    limits: defaultLimits,
    parameterFiles: [],
    log: { info: () => undefined, warn: () => undefined },
    ...overrides,
  });
}

const describeSetting = <T>(setting: Setting<T> | undefined): string => {
  if (setting === undefined) return 'missing';
  const at = `@${inFile(setting.location).file}:${inFile(setting.location).line}`;
  if (setting.state === 'set') return `set ${JSON.stringify(setting.value)} ${at}`;
  if (setting.state === 'unknown') return `unknown (${setting.reason}) ${at}`;
  return `unset ${at}`;
};

const cluster = (body: string) => `resource "azurerm_kubernetes_cluster" "main" {
  name = "aks"
  default_node_pool {
    name = "system"
  }
${body}
}
`;

describe('values the configuration knows', () => {
  it('evaluates literals, variables, locals, string functions, conditionals, ! and ==', async () => {
    const result = await scanFiles({
      'main.tf': `variable "env" {
  default = "Prod"
}
variable "open" {
  default = false
}
locals {
  name    = lower(join("-", ["aks", var.env]))
  private = !var.open && var.env == "Prod"
}
resource "azurerm_kubernetes_cluster" "main" {
  name                    = format("%s-%02d", local.name, 1)
  private_cluster_enabled = local.private
  local_account_disabled  = coalesce(null, true)
  kubernetes_version      = var.env == "Prod" ? "1.31" : "1.30"
  default_node_pool {
    name = "system"
  }
}
`,
    });
    expect(result.errors).toEqual([]);
    const [only] = result.model.clusters ?? [];
    expect(only?.name).toBe('aks-prod-01');
    expect(only?.id).toBe('azurerm_kubernetes_cluster.main');
    expect(describeSetting(only?.privateCluster)).toBe('set true @main.tf:13');
    expect(describeSetting(only?.localAccountsDisabled)).toBe('set true @main.tf:14');
    expect(describeSetting(only?.kubernetesVersion)).toBe('set "1.31" @main.tf:15');
  });

  const clusterOfVariables = `variable "policy" {}\nvariable "private" {}\nvariable "version" {}\n${cluster(`  private_cluster_enabled = var.private
  kubernetes_version      = var.version
  network_profile {
    network_plugin = "azure"
    network_policy = var.policy
  }`)}`;

  /** The cluster's network policy, private switch and version, as the variables files set them. */
  async function variablesSetBy(files: Record<string, string>, varFiles: string[] = []) {
    const root = writeDirectory({ 'main.tf': clusterOfVariables, ...files });
    const result = await readDirectory(root, { terraformVarFiles: varFiles.map((name) => join(root, name)) });
    const [only] = result.model.clusters ?? [];
    const settings = [
      describeSetting(only?.networkPolicy),
      describeSetting(only?.privateCluster),
      describeSetting(only?.kubernetesVersion),
    ];
    return { settings, errors: result.errors };
  }

  it('takes variables from terraform.tfvars, then *.auto.tfvars, then --var-file', async () => {
    const read = await variablesSetBy(
      {
        'terraform.tfvars': 'policy = "azure"\nprivate = false\nversion = "1.30"\n',
        'a.auto.tfvars': 'policy = "calico"\n',
        'prod.tfvars': 'private = true\n',
      },
      ['prod.tfvars'],
    );
    expect(read.settings).toEqual([
      'set "calico" @main.tf:13',
      'set true @main.tf:9',
      'set "1.30" @main.tf:10',
    ]);
  });

  it('reads JSON variables files in their place in that order, their strings as literals', async () => {
    const read = await variablesSetBy({
      'terraform.tfvars': 'policy = "azure"\nprivate = true\nversion = "1.30"\n',
      // After terraform.tfvars, and before the .auto files.
      'terraform.tfvars.json': '{"private": false, "version": "${1.31}"}',
      'a.auto.tfvars': 'policy = "calico"\n',
      'b.auto.tfvars.json': '{"policy": "cilium"}',
      'broken.auto.tfvars.json': '{\n  "policy": \n',
    });
    expect(read.settings).toEqual([
      'set "cilium" @main.tf:13',
      'set false @main.tf:9',
      'set "${1.31}" @main.tf:10',
    ]);
    expect(read.errors).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/broken\.auto\.tfvars\.json$/),
        line: 3,
        message: 'the variables file is not valid JSON: ValueExpected',
      }),
    ]);
  });

  it('expands count, and for_each over a known map', async () => {
    const result = await scanFiles({
      'main.tf': `resource "azurerm_kubernetes_cluster" "main" {
  count = 2
  name  = "aks-\${count.index}"
  default_node_pool {
    name = "system"
  }
}
resource "azurerm_kubernetes_cluster_node_pool" "pool" {
  for_each              = { batch = "AzureLinux", web = "Ubuntu" }
  name                  = each.key
  os_sku                = each.value
  kubernetes_cluster_id = azurerm_kubernetes_cluster.main[0].id
}
`,
    });
    expect(result.errors).toEqual([]);
    expect(result.model.clusters?.map((found) => found.id)).toEqual([
      'azurerm_kubernetes_cluster.main[0]',
      'azurerm_kubernetes_cluster.main[1]',
    ]);
    const pools = result.model.clusters?.[0]?.nodePools.map(
      (pool) => `${pool.name} ${describeSetting(pool.osSku)}`,
    );
    expect(pools).toEqual([
      'system unset @main.tf:4',
      'batch set "AzureLinux" @main.tf:11',
      'web set "Ubuntu" @main.tf:11',
    ]);
  });

  it('inside a module called with for_each, a reference to the cluster means the one of the same instance', async () => {
    const result = await scanFiles({
      'main.tf': `module "region" {
  source   = "./modules/region"
  for_each = toset(["east", "west"])
  region   = each.key
}
`,
      'modules/region/main.tf': `variable "region" {}
${cluster('').replace('name = "aks"', 'name = "aks-${var.region}"')}
resource "azurerm_monitor_diagnostic_setting" "audit" {
  name                       = "audit"
  target_resource_id         = azurerm_kubernetes_cluster.main.id
  log_analytics_workspace_id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log"
  enabled_log {
    category = "kube-audit-admin"
  }
}
`,
    });
    expect(result.errors).toEqual([]);
    expect(result.notChecked).toEqual([]);
    expect(
      result.model.clusters?.map(
        (found) =>
          `${found.name}: ${found.diagnosticSettings.map((setting) => describeSetting(setting.enabledCategories)).join(', ')}`,
      ),
    ).toEqual([
      'aks-east: set ["kube-audit-admin"] @modules/region/main.tf:14',
      'aks-west: set ["kube-audit-admin"] @modules/region/main.tf:14',
    ]);
  });
});

describe('try(), can(), splat expressions and templatefile()', () => {
  it('try() takes its first argument when known, moves on only from an expression Terraform rejects, and never guesses past an unknown one', async () => {
    const result = await scanFiles({
      'main.tf': `variable "local_accounts_off" {
  default = true
}
data "azurerm_client_config" "current" {}
locals {
  flags = [false]
}
resource "azurerm_kubernetes_cluster" "main" {
  name                    = "aks"
  local_account_disabled  = try(var.local_accounts_off, false)
  azure_policy_enabled    = try(data.azurerm_client_config.current.tenant_id != "", true)
  oidc_issuer_enabled     = try(local.flags[3], true)
  private_cluster_enabled = can(local.flags[3])
  default_node_pool {
    name = "system"
  }
}
`,
    });
    expect(result.errors).toEqual([]);
    const [only] = result.model.clusters ?? [];
    expect(describeSetting(only?.localAccountsDisabled)).toBe('set true @main.tf:10');
    expect(describeSetting(only?.azurePolicyEnabled)).toBe(
      'unknown (`data.azurerm_client_config.current.tenant_id` is read from a data source, known only to Terraform) @main.tf:11',
    );
    expect(describeSetting(only?.oidcIssuerEnabled)).toBe('set true @main.tf:12');
    expect(describeSetting(only?.privateCluster)).toBe('set false @main.tf:13');
  });

  it('a splat over a known list, and over the instances of a resource with count, gives each item; templatefile() stays unknown', async () => {
    const result = await scanFiles({
      'main.tf': `variable "allowed" {
  default = [{ cidr = "203.0.113.0/24" }, { cidr = "198.51.100.0/24" }]
}
resource "azurerm_public_ip" "egress" {
  count = 2
  name  = "egress-\${count.index}"
  ip_address = "192.0.2.\${count.index + 1}"
}
resource "azurerm_kubernetes_cluster" "main" {
  name = "aks"
  api_server_access_profile {
    authorized_ip_ranges = concat(var.allowed[*].cidr, azurerm_public_ip.egress[*].ip_address)
  }
  kubernetes_version = templatefile("version.tpl", {})
  default_node_pool {
    name = "system"
  }
}
resource "azurerm_kubernetes_cluster" "computed" {
  name = "aks-computed"
  api_server_access_profile {
    authorized_ip_ranges = azurerm_public_ip.egress[*].id
  }
  default_node_pool {
    name = "system"
  }
}
`,
    });
    expect(result.errors).toEqual([]);
    const main = result.model.clusters?.find((found) => found.name === 'aks');
    const computed = result.model.clusters?.find((found) => found.name === 'aks-computed');
    expect(describeSetting(main?.authorizedIpRanges)).toBe(
      'set ["203.0.113.0/24","198.51.100.0/24","192.0.2.1","192.0.2.2"] @main.tf:12',
    );
    expect(describeSetting(main?.kubernetesVersion)).toMatch(/^unknown \(.*templatefile.*\) @main\.tf:14$/);
    expect(describeSetting(computed?.authorizedIpRanges)).toMatch(/^unknown \(.*\) @main\.tf:22$/);
  });
});

describe('values only Terraform knows', () => {
  it('leaves an argument from a data source, a provider-computed attribute or an unknown function Not evaluated, named', async () => {
    const result = await scanFiles({
      'main.tf': `data "azurerm_client_config" "current" {}
resource "azurerm_kubernetes_cluster" "main" {
  name                   = "aks"
  local_account_disabled = data.azurerm_client_config.current.tenant_id != ""
  kubernetes_version     = azurerm_kubernetes_cluster.other.current_kubernetes_version
  oidc_issuer_enabled    = fileexists("x")
  default_node_pool {
    name = "system"
  }
  network_profile {
    network_plugin = "azure"
    network_policy = data.azurerm_client_config.current.object_id
  }
}
resource "azurerm_kubernetes_cluster" "other" {
  name = "other"
  default_node_pool {
    name = "system"
  }
}
`,
    });
    const main = result.model.clusters?.find((found) => found.name === 'aks');
    expect(describeSetting(main?.localAccountsDisabled)).toBe(
      'unknown (`data.azurerm_client_config.current.tenant_id` is read from a data source, known only to Terraform) @main.tf:4',
    );
    expect(describeSetting(main?.kubernetesVersion)).toBe(
      'unknown (`azurerm_kubernetes_cluster.other.current_kubernetes_version` is known only after apply) @main.tf:5',
    );
    expect(describeSetting(main?.oidcIssuerEnabled)).toBe(
      'unknown (`fileexists("x")`: the function fileexists() is not evaluated without Terraform) @main.tf:6',
    );
    const outcome = networkPolicyEngine.run(
      { clusters: main ? [main] : [], kubeObjects: [] },
      { defaultNamespace: 'default' },
    );
    expect(outcome.findings).toEqual([]);
    expect(outcome.undecided.map((undecided) => undecided.reason)).toEqual([
      'network_profile.network_policy: `data.azurerm_client_config.current.object_id` is read from a data source, known only to Terraform',
    ]);
  });

  it('names a root variable that has no value', async () => {
    const result = await scanFiles({
      'main.tf': `variable "private" {}\n${cluster('  private_cluster_enabled = var.private')}`,
    });
    expect(describeSetting(result.model.clusters?.[0]?.privateCluster)).toBe(
      'unknown (variable "private" has no default and no value in terraform.tfvars, *.auto.tfvars or --var-file) @main.tf:7',
    );
  });

  it('judges a binding whose subject comes from a data source as undecided, not as passing', async () => {
    const result = await scanFiles({
      'main.tf': `data "azuread_group" "ops" {
  display_name = "ops"
}
resource "kubernetes_cluster_role_binding_v1" "ops" {
  metadata {
    name = "ops"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = data.azuread_group.ops.display_name
  }
  subject {
    kind = "Group"
    name = "ops"
  }
}
`,
    });
    const check = rbacChecks.find((candidate) => candidate.id === 'rbac.cluster-admin-binding');
    const outcome = check?.run(result.model as ScanModel, { defaultNamespace: 'default' });
    expect(outcome?.findings).toEqual([]);
    expect(
      outcome?.undecided.map(
        (undecided) =>
          `${undecided.reason} @${undecided.location === undefined ? undefined : inFile(undecided.location).line}`,
      ),
    ).toEqual([
      'roleRef: `data.azuread_group.ops.display_name` is read from a data source, known only to Terraform @8',
    ]);
  });
});

describe('modules, plans and bad input', () => {
  it('lists a registry module as not checked, with its source (Azure-Samples/aks-store-demo)', async () => {
    const shared = join(
      dirname(fileURLToPath(import.meta.url)),
      '../../../../shared/fixtures/Azure-Samples+aks-store-demo/infra/terraform',
    );
    const root = mkdtempSync(join(tmpdir(), 'tf-source-'));
    temporaryDirectories.push(root);
    for (const name of readdirSync(shared).filter((entry) => entry.endsWith('.tf')))
      copyFileSync(join(shared, name), join(root, name));
    const result = await readDirectory(root);
    expect(result.errors).toEqual([]);
    expect(result.model.clusters).toEqual([]);
    expect(result.notChecked).toContainEqual({
      file: 'kubernetes.tf',
      line: 12,
      reason:
        'module "aks" comes from `Azure/avm-res-containerservice-managedcluster/azurerm`, a registry or remote source whose files are not in the repository: its resources are not checked',
      fix: "scan the plan (`terraform show -json`), which holds the module's resources, or vendor the module into the repository",
    });
  });

  it('refuses a local module outside the scanned directories', async () => {
    const result = await scanFiles({ 'main.tf': 'module "x" {\n  source = "../../etc"\n}\n' });
    expect(result.errors).toEqual([
      {
        file: 'main.tf',
        line: 1,
        message:
          'module "x" source `../../etc` points outside the scanned directories (or nests too deep); its files are not read',
      },
    ]);
  });

  it('lets a plan of the same configuration decide, the .tf files giving only its lines', async () => {
    const fixture = join(dirname(fileURLToPath(import.meta.url)), '../terraform-plan/fixtures/cluster');
    const root = mkdtempSync(join(tmpdir(), 'tf-source-'));
    temporaryDirectories.push(root);
    for (const name of ['main.tf', 'plan.json']) copyFileSync(join(fixture, name), join(root, name));
    const result = await readDirectory(root);
    expect(result.skipped).toContainEqual({
      file: 'main.tf',
      reason: 'read through the plan plan.json: the plan decides, these files give its lines',
    });
    expect(
      result.model.clusters?.map(
        (found) => `${found.name} @${inFile(found.location).file}:${inFile(found.location).line}`,
      ),
    ).toEqual(['aks-shop-prod @main.tf:42']);
  });

  it('reports a syntax error with its file and line, and reads the other files', async () => {
    const result = await scanFiles({
      'broken/main.tf': 'resource "azurerm_kubernetes_cluster" "x" {\n  name = \n}\n',
      'good/main.tf': cluster(''),
    });
    expect(result.errors).toEqual([
      {
        file: 'broken/main.tf',
        line: 2,
        column: 10,
        message: expect.stringContaining('not valid HCL') as string,
      },
    ]);
    expect(result.model.clusters?.map((found) => found.name)).toEqual(['aks']);
  });
});
