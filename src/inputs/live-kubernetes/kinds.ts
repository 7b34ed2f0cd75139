import type { LiveConnection } from './connection.js';

/** One page of a list: plain items plus the `continue` token, if any. */
export interface ListPage {
  items: unknown[];
  continueToken?: string;
}

type PageRequest = { limit: number; _continue?: string };

/** A kind the checks need, and how to list it across all namespaces. */
export interface LiveKind {
  apiVersion: string;
  kind: string;
  /** The resource name in API paths (`deployments`). */
  plural: string;
  list(connection: LiveConnection, page: PageRequest): Promise<ListPage>;
}

interface TypedList {
  items: unknown[];
  metadata?: { _continue?: string };
}

const pageOf = (list: TypedList): ListPage => ({
  items: list.items,
  ...(list.metadata?._continue ? { continueToken: list.metadata._continue } : {}),
});

/** Builds a kind that a typed client-node API lists. */
function typed(
  apiVersion: string,
  kind: string,
  list: (connection: LiveConnection, page: PageRequest) => Promise<TypedList>,
): LiveKind {
  // Every built-in kind listed here takes the regular English plural, as the API server names it.
  const plural = kind.toLowerCase().replace(/y$/, 'ie') + 's';
  return { apiVersion, kind, plural, list: async (connection, page) => pageOf(await list(connection, page)) };
}

/** Builds a kind served by a CRD (Gatekeeper, Kyverno): a 404 means none exist. */
function custom(group: string, version: string, plural: string, kind: string): LiveKind {
  return {
    apiVersion: `${group}/${version}`,
    kind,
    plural,
    list: async (connection, page) => {
      const api = connection.kubeConfig.makeApiClient(connection.client.CustomObjectsApi);
      return pageOf(
        (await api.listClusterCustomObject(
          { group, version, plural, ...page },
          connection.requestOptions,
        )) as TypedList,
      );
    },
  };
}

/** An object's address on the API server: `/apis/apps/v1/namespaces/shop/deployments/web`, `/api/v1/nodes/n1`. */
export function objectAddress(
  kind: Pick<LiveKind, 'apiVersion' | 'plural'>,
  namespace: string | undefined,
  name: string,
): string {
  const root = kind.apiVersion.includes('/') ? `/apis/${kind.apiVersion}` : `/api/${kind.apiVersion}`;
  const scope = namespace === undefined ? '' : `/namespaces/${encodeURIComponent(namespace)}`;
  return `${root}${scope}/${kind.plural}/${encodeURIComponent(name)}`;
}

/**
 * Everything the checks read, listed across all namespaces with typed GET requests only:
 * workloads (pod security, 5.1.5/5.1.6), RBAC (5.1.x), namespaces and network policies
 * (5.3.2), policy mechanisms (5.2.1) and nodes (kubelet configuration per pool).
 */
export const liveKinds: LiveKind[] = [
  typed('v1', 'Namespace', (c, page) =>
    c.kubeConfig.makeApiClient(c.client.CoreV1Api).listNamespace(page, c.requestOptions),
  ),
  typed('v1', 'Node', (c, page) =>
    c.kubeConfig.makeApiClient(c.client.CoreV1Api).listNode(page, c.requestOptions),
  ),
  typed('v1', 'Pod', (c, page) =>
    c.kubeConfig.makeApiClient(c.client.CoreV1Api).listPodForAllNamespaces(page, c.requestOptions),
  ),
  typed('v1', 'ServiceAccount', (c, page) =>
    c.kubeConfig.makeApiClient(c.client.CoreV1Api).listServiceAccountForAllNamespaces(page, c.requestOptions),
  ),
  typed('v1', 'ReplicationController', (c, page) =>
    c.kubeConfig
      .makeApiClient(c.client.CoreV1Api)
      .listReplicationControllerForAllNamespaces(page, c.requestOptions),
  ),
  typed('apps/v1', 'Deployment', (c, page) =>
    c.kubeConfig.makeApiClient(c.client.AppsV1Api).listDeploymentForAllNamespaces(page, c.requestOptions),
  ),
  typed('apps/v1', 'StatefulSet', (c, page) =>
    c.kubeConfig.makeApiClient(c.client.AppsV1Api).listStatefulSetForAllNamespaces(page, c.requestOptions),
  ),
  typed('apps/v1', 'DaemonSet', (c, page) =>
    c.kubeConfig.makeApiClient(c.client.AppsV1Api).listDaemonSetForAllNamespaces(page, c.requestOptions),
  ),
  typed('apps/v1', 'ReplicaSet', (c, page) =>
    c.kubeConfig.makeApiClient(c.client.AppsV1Api).listReplicaSetForAllNamespaces(page, c.requestOptions),
  ),
  typed('batch/v1', 'Job', (c, page) =>
    c.kubeConfig.makeApiClient(c.client.BatchV1Api).listJobForAllNamespaces(page, c.requestOptions),
  ),
  typed('batch/v1', 'CronJob', (c, page) =>
    c.kubeConfig.makeApiClient(c.client.BatchV1Api).listCronJobForAllNamespaces(page, c.requestOptions),
  ),
  typed('rbac.authorization.k8s.io/v1', 'ClusterRole', (c, page) =>
    c.kubeConfig.makeApiClient(c.client.RbacAuthorizationV1Api).listClusterRole(page, c.requestOptions),
  ),
  typed('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', (c, page) =>
    c.kubeConfig
      .makeApiClient(c.client.RbacAuthorizationV1Api)
      .listClusterRoleBinding(page, c.requestOptions),
  ),
  typed('rbac.authorization.k8s.io/v1', 'Role', (c, page) =>
    c.kubeConfig
      .makeApiClient(c.client.RbacAuthorizationV1Api)
      .listRoleForAllNamespaces(page, c.requestOptions),
  ),
  typed('rbac.authorization.k8s.io/v1', 'RoleBinding', (c, page) =>
    c.kubeConfig
      .makeApiClient(c.client.RbacAuthorizationV1Api)
      .listRoleBindingForAllNamespaces(page, c.requestOptions),
  ),
  typed('networking.k8s.io/v1', 'NetworkPolicy', (c, page) =>
    c.kubeConfig
      .makeApiClient(c.client.NetworkingV1Api)
      .listNetworkPolicyForAllNamespaces(page, c.requestOptions),
  ),
  typed('admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicy', (c, page) =>
    c.kubeConfig
      .makeApiClient(c.client.AdmissionregistrationV1Api)
      .listValidatingAdmissionPolicy(page, c.requestOptions),
  ),
  // Only a binding with the Deny action makes a ValidatingAdmissionPolicy a control (5.2.1).
  typed('admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicyBinding', (c, page) =>
    c.kubeConfig
      .makeApiClient(c.client.AdmissionregistrationV1Api)
      .listValidatingAdmissionPolicyBinding(page, c.requestOptions),
  ),
  custom('templates.gatekeeper.sh', 'v1', 'constrainttemplates', 'ConstraintTemplate'),
  custom('kyverno.io', 'v1', 'clusterpolicies', 'ClusterPolicy'),
];
