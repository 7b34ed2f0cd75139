import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultLimits } from '../src/inputs/input-format.js';
import { terraformPlan } from '../src/inputs/terraform-plan/format.js';
import {
  median,
  megabytes,
  timeProcess,
  pairedRows,
  pairedRuns,
  pairedTableHeader,
  verdict,
  type BenchContext,
  type BenchSection,
} from './harness.js';

/**
 * Issue 3's target: a 50 MB plan is read into the model in at most 3 s. Issue 12's: the whole
 * scan costs at most 1.5× a bare JSON.parse of the file, in time and in peak RSS.
 */
export const terraformPlanTargets = {
  megabytes: 50,
  seconds: 3,
  scanOverJsonParse: 1.5,
  rssOverJsonParse: 1.5,
};

const megabyte = 1024 * 1024;

function clusterResource(index: number): Record<string, unknown> {
  return {
    address: `module.region[${index}].azurerm_kubernetes_cluster.this`,
    mode: 'managed',
    type: 'azurerm_kubernetes_cluster',
    name: 'this',
    provider_name: 'registry.terraform.io/hashicorp/azurerm',
    schema_version: 2,
    values: {
      name: `aks-${index}`,
      kubernetes_version: '1.31',
      local_account_disabled: index % 2 === 0,
      oidc_issuer_enabled: true,
      default_node_pool: [
        { name: 'system', vm_size: 'Standard_D4s_v5', kubelet_config: [{ pod_max_pid: 1024 }] },
      ],
      network_profile: [{ network_plugin: 'azure', network_policy: 'cilium', network_data_plane: 'cilium' }],
      identity: [{ type: 'SystemAssigned', identity_ids: null }],
      key_management_service: [],
    },
    sensitive_values: {},
  };
}

function deploymentResource(index: number): Record<string, unknown> {
  const container = (name: string) => ({
    name,
    image: `registry.example.com/team/${name}:1.${index}`,
    image_pull_policy: 'IfNotPresent',
    port: [{ container_port: 8080, protocol: 'TCP', host_port: null, host_ip: null, name: null }],
    env: [{ name: 'LOG_LEVEL', value: 'info', value_from: [] }],
    security_context: [
      { privileged: false, run_as_user: '1000', allow_privilege_escalation: false, capabilities: [] },
    ],
    resources: [{ limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } }],
  });
  return {
    address: `kubernetes_deployment_v1.app["service-${index}"]`,
    mode: 'managed',
    type: 'kubernetes_deployment_v1',
    name: 'app',
    index: `service-${index}`,
    provider_name: 'registry.terraform.io/hashicorp/kubernetes',
    schema_version: 1,
    values: {
      metadata: [
        { name: `service-${index}`, namespace: `team-${index % 40}`, labels: { app: `service-${index}` } },
      ],
      spec: [
        {
          replicas: '2',
          selector: [{ match_labels: { app: `service-${index}` }, match_expressions: [] }],
          template: [
            {
              metadata: [{ labels: { app: `service-${index}` } }],
              spec: [
                { container: [container('app'), container('sidecar')], host_network: false, volume: [] },
              ],
            },
          ],
        },
      ],
      wait_for_rollout: true,
    },
    sensitive_values: {},
  };
}

/** Resources that no check reads still have to be parsed: most of a large plan is like this. */
function roleAssignmentResource(index: number): Record<string, unknown> {
  return {
    address: `azurerm_role_assignment.reader[${index}]`,
    mode: 'managed',
    type: 'azurerm_role_assignment',
    name: 'reader',
    index,
    provider_name: 'registry.terraform.io/hashicorp/azurerm',
    schema_version: 0,
    values: {
      scope: `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-${index}`,
      role_definition_name: 'Reader',
      principal_id: `${index.toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`,
      skip_service_principal_aad_check: false,
      condition: null,
      description: `Read access for workload ${index}`,
    },
    sensitive_values: {},
  };
}

/** A single-line plan (as `terraform show -json` writes it) of about `sizeInMegabytes` MB. */
export function generatePlan(sizeInMegabytes: number): string {
  const resources: Record<string, unknown>[] = [];
  for (let index = 0; index < 20; index += 1) resources.push(clusterResource(index));
  for (let index = 0; index < 2_000; index += 1) resources.push(deploymentResource(index));
  const head = JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', planned_values: {} });
  // Each resource appears twice (planned_values and resource_changes); the change repeats only the values.
  const target = sizeInMegabytes * megabyte * 1.04;
  let size =
    head.length + resources.reduce((total, resource) => total + JSON.stringify(resource).length * 2, 0);
  for (let index = 0; size < target; index += 1) {
    const resource = roleAssignmentResource(index);
    resources.push(resource);
    size += JSON.stringify(resource).length * 2;
  }
  const changes = resources.map((resource) => ({
    address: resource.address,
    mode: resource.mode,
    type: resource.type,
    name: resource.name,
    change: { actions: ['create'], before: null, after: resource.values, after_unknown: { id: true } },
  }));
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: { root_module: { resources } },
    resource_changes: changes,
  });
}

/**
 * The input stage alone, in this process: JSON.parse plus the model (clusters, pools, objects,
 * locations), as wall time and as CPU time (which other processes on a busy machine do not inflate).
 */
async function readTimes(
  file: string,
  text: string,
  workDirectory: string,
): Promise<{ wall: number; cpu: number }> {
  const context = {
    allowedRoots: [workDirectory],
    defaultNamespace: 'default',
    limits: defaultLimits,
    parameterFiles: [],
    log: { info: () => undefined, warn: () => undefined },
  };
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await terraformPlan.read([{ path: file, displayPath: 'plan.json', text, explicit: true }], context);
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

/** A bare `JSON.parse` of the file in its own process: what reading the plan costs at the least. */
const jsonParseScript =
  "import { readFileSync } from 'node:fs'; JSON.parse(readFileSync(process.argv[1], 'utf8'));";

/**
 * Issue 3 times the plan's throughput (read into the model); issue 12 compares the whole scan,
 * checks and report included, with a bare JSON.parse of the same file, both as whole processes.
 */
async function run({ workDirectory, cliBundle, print }: BenchContext): Promise<void> {
  const file = join(workDirectory, 'plan.json');
  const text = generatePlan(terraformPlanTargets.megabytes);
  writeFileSync(file, text);
  const read = await readTimes(file, text, workDirectory);
  print(
    `${megabytes(text.length)} plan read into the model, in process: ${read.wall.toFixed(2)} s wall, ${read.cpu.toFixed(2)} s CPU (issue 3: ≤ ${terraformPlanTargets.seconds} s) ${verdict(read.wall <= terraformPlanTargets.seconds)}\n`,
  );
  const output = join(workDirectory, 'terraform-report.json');
  const paired = pairedRuns(
    { args: [cliBundle, 'scan', file, '--format', 'json', '--fail-on', 'none', '--output', output] },
    { args: ['--input-type=module', '-e', jsonParseScript, file] },
    output,
  );
  const { rows, met } = pairedRows(
    'whole scan ÷ JSON.parse',
    paired,
    terraformPlanTargets.scanOverJsonParse,
    terraformPlanTargets.rssOverJsonParse,
  );
  print(pairedTableHeader.join('\n'));
  print(rows.join('\n'));
  print(
    `\n4. a ${terraformPlanTargets.megabytes} MB plan, whole scan ≤ ${terraformPlanTargets.scanOverJsonParse}× JSON.parse's time and ≤ ${terraformPlanTargets.rssOverJsonParse}× its peak RSS: ${verdict(met)}`,
  );
}

export const terraformPlanBench: BenchSection = { name: 'Terraform plan JSON', run };

/** The region module: a cluster, its pools (for_each, dynamic kubelet_config) and its audit log setting. */
const regionModule: Record<string, string> = {
  'variables.tf': `variable "region" {}\nvariable "environment" {}\nvariable "pools" {\n  default = { batch = 2048, web = null }\n}\n`,
  'main.tf': `locals {
  name = lower(format("aks-%s-%s", var.environment, var.region))
}

resource "azurerm_kubernetes_cluster" "this" {
  name                   = local.name
  location               = var.region
  resource_group_name    = "rg-\${local.name}"
  dns_prefix             = local.name
  local_account_disabled = var.environment == "prod"
  oidc_issuer_enabled    = true

  default_node_pool {
    name    = "system"
    vm_size = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin = "azure"
    network_policy = var.environment == "prod" ? "cilium" : null
  }
}
`,
  'pools.tf': `resource "azurerm_kubernetes_cluster_node_pool" "pool" {
  for_each              = var.pools
  name                  = each.key
  kubernetes_cluster_id = azurerm_kubernetes_cluster.this.id
  vm_size               = "Standard_D4s_v5"

  dynamic "kubelet_config" {
    for_each = each.value == null ? [] : [each.value]
    content {
      pod_max_pid = kubelet_config.value
    }
  }
}
`,
  'diagnostics.tf': `resource "azurerm_monitor_diagnostic_setting" "audit" {
  name                       = "audit"
  target_resource_id         = azurerm_kubernetes_cluster.this.id
  log_analytics_workspace_id = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log"

  enabled_log {
    category = "kube-audit-admin"
  }
}
`,
  'outputs.tf': 'output "cluster_id" {\n  value = azurerm_kubernetes_cluster.this.id\n}\n',
};

/** Modules that hold no resource a check reads still have to be parsed: most of a repository is like this. */
function supportModule(index: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ['network', 'storage', 'identity', 'dns', 'monitoring']) {
    files[`${name}.tf`] = `resource "azurerm_${name}_thing" "item_${index}" {
  name     = format("%s-%02d", "${name}", ${index})
  location = "westeurope"
  tags     = { owner = "platform", index = "${index}" }
}
`;
  }
  return files;
}

/** A repository of about 200 .tf files: a root that calls 20 region modules and 39 support modules. */
function generateRepository(directory: string): number {
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), text);
  };
  const regions = Array.from({ length: 20 }, (_, index) => `region${index}`);
  let files = 0;
  let root = `module "region" {\n  source      = "./modules/region"\n  for_each    = toset(${JSON.stringify(regions)})\n  region      = each.key\n  environment = var.environment\n}\n`;
  for (let index = 0; index < 39; index += 1) {
    root += `\nmodule "support_${index}" {\n  source = "./modules/support-${index}"\n}\n`;
    for (const [name, text] of Object.entries(supportModule(index))) {
      write(`modules/support-${index}/${name}`, text);
      files += 1;
    }
  }
  write('main.tf', root);
  write('variables.tf', 'variable "environment" {}\n');
  write('terraform.tfvars', 'environment = "prod"\n');
  for (const [name, text] of Object.entries(regionModule)) write(`modules/region/${name}`, text);
  return files + 2 + Object.keys(regionModule).length;
}

/** Issue 10: a repository's .tf sources read without a plan, through the CLI bundle. */
function runSources({ workDirectory, cliBundle, print }: BenchContext): Promise<void> {
  const repository = join(workDirectory, 'terraform-repository');
  const files = generateRepository(repository);
  const output = join(workDirectory, 'terraform-sources-report.json');
  const runs = [0, 1, 2].map(() =>
    timeProcess(
      process.execPath,
      [cliBundle, 'scan', repository, '--format', 'json', '--fail-on', 'none', '--output', output],
      output,
    ),
  );
  const cli = {
    seconds: median(runs.map((run) => run.seconds)),
    peakRssBytes: median(runs.map((run) => run.peakRssBytes)),
  };
  print('| repository | whole scan, CLI (median of 3) | peak RSS (CLI) |');
  print('|---|---|---|');
  print(
    `| ${files} .tf files, 20 clusters, 40 node pools | ${cli.seconds.toFixed(2)} s | ${megabytes(cli.peakRssBytes)} |`,
  );
  return Promise.resolve();
}

export const terraformSourceBench: BenchSection = {
  name: 'Terraform sources without a plan',
  run: runSources,
};
