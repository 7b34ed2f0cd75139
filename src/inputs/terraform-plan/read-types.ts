/**
 * The resource types the plan reader reads, apart from the readers themselves: a large plan's
 * other resources are dropped as it is parsed (`plan-text.ts`), before the readers load.
 */

export const clusterType = 'azurerm_kubernetes_cluster';
export const nodePoolType = 'azurerm_kubernetes_cluster_node_pool';
export const diagnosticSettingType = 'azurerm_monitor_diagnostic_setting';
/** The azurerm resource types this input reads. */
export const azurermTypes: ReadonlySet<string> = new Set([clusterType, nodePoolType, diagnosticSettingType]);

const apps = (kind: string) => ({ apiVersion: 'apps/v1', kind });
const batch = (kind: string) => ({ apiVersion: 'batch/v1', kind });
const core = (kind: string) => ({ apiVersion: 'v1', kind });
const rbac = (kind: string) => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind });
const networking = (kind: string) => ({ apiVersion: 'networking.k8s.io/v1', kind });

/** The Kubernetes provider's typed resources (with and without the `_v1` suffix) and what they create. */
export const typedKinds = new Map<string, { apiVersion: string; kind: string }>(
  Object.entries({
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
  ]),
);

/** The resource types read as Kubernetes objects. */
export const kubernetesResourceTypes: ReadonlySet<string> = new Set([
  ...typedKinds.keys(),
  'kubernetes_manifest',
]);

/**
 * Only these resources feed the model; the rest of a large plan is not even indexed. One set, as
 * each of a large plan's entries (50,000, twice) is looked up, most of them to be passed over.
 */
const readTypes: ReadonlySet<string> = new Set([...azurermTypes, ...kubernetesResourceTypes]);
export const isReadType = (type: string): boolean => readTypes.has(type);
