import type { RuleFix } from '../results/results.js';

/**
 * The fix for what a check finds, in the terms of each input language it reads: the YAML field
 * (Kubernetes manifests), the Bicep (and ARM) property, the Terraform argument (azurerm, or the
 * kubernetes provider's resources). Every catalog row a check decides gets these when the catalog
 * is generated (`npm run docs`); a row's own `fix:` in rules/*.yaml wins where the row needs other
 * words. One text per check and language, so the four catalogs that share a check cannot drift.
 */
export const checkFixes: Readonly<Record<string, RuleFix>> = {
  'rbac.cluster-admin-binding': {
    yaml: 'Bind a narrower ClusterRole (or a namespaced Role) instead of `roleRef.name: cluster-admin`, and keep cluster-admin for break-glass groups.',
    terraform:
      'Point the `kubernetes_cluster_role_binding_v1` `role_ref` at a narrower role than `cluster-admin`, or bind a `kubernetes_role_v1` in one namespace.',
  },
  'rbac.secrets-access': {
    yaml: 'Remove `get`, `list` and `watch` on `secrets` from the role, or limit them to named secrets with `resourceNames`.',
    terraform:
      "Drop `get`, `list` and `watch` on `secrets` from the role's `rule` blocks, or name the secrets in `resource_names`.",
  },
  'rbac.wildcards': {
    yaml: "Replace `*` in the rule's `apiGroups`, `resources` and `verbs` with the exact groups, resources and verbs needed.",
    terraform: 'List the exact `api_groups`, `resources` and `verbs` in each `rule` block instead of `"*"`.',
  },
  'rbac.create-pods': {
    yaml: 'Remove `create` on `pods` (and on workload resources that make pods) from roles that do not need to start pods.',
    terraform:
      'Remove `"create"` from the `verbs` of `rule` blocks on `pods` in roles that do not need to start pods.',
  },
  'rbac.system-masters': {
    yaml: "Remove `system:masters` from the binding's `subjects`; grant a named group a scoped role instead.",
    terraform:
      'Remove the `subject` with `name = "system:masters"`; bind a named group to a scoped role instead.',
  },
  'rbac.bind-impersonate-escalate': {
    yaml: "Remove the `bind`, `escalate` and `impersonate` verbs from the role's rules.",
    terraform:
      'Remove `"bind"`, `"escalate"` and `"impersonate"` from the `verbs` of the role\'s `rule` blocks.',
  },
  'rbac.create-persistentvolumes': {
    yaml: 'Remove `create` on `persistentvolumes`; let workloads claim storage through PersistentVolumeClaims.',
    terraform:
      'Remove `"create"` on `persistentvolumes` from the role; workloads claim storage with `kubernetes_persistent_volume_claim_v1`.',
  },
  'rbac.nodes-proxy': {
    yaml: "Remove the `nodes/proxy` resource from the role's rules.",
    terraform: 'Remove `"nodes/proxy"` from the `resources` of the role\'s `rule` blocks.',
  },
  'rbac.csr-approval': {
    yaml: 'Remove `update` on `certificatesigningrequests/approval` and `approve` on `signers` from the role.',
    terraform:
      "Remove `certificatesigningrequests/approval` (update) and `signers` (approve) from the role's `rule` blocks.",
  },
  'rbac.webhook-configurations': {
    yaml: 'Remove write verbs on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations` from the role.',
    terraform:
      "Remove write verbs on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations` from the role's `rule` blocks.",
  },
  'rbac.serviceaccount-token-create': {
    yaml: 'Remove `create` on `serviceaccounts/token` from the role.',
    terraform: 'Remove `"create"` on `serviceaccounts/token` from the role\'s `rule` blocks.',
  },
  'service-accounts.default-used': {
    yaml: "Give each workload its own ServiceAccount (`spec.serviceAccountName`), set `automountServiceAccountToken: false` on each namespace's `default` one, and bind no role to it.",
    terraform:
      "Set `service_account_name` in each pod spec, and `automount_service_account_token = false` on each namespace's `default` `kubernetes_service_account`.",
  },
  'service-accounts.token-automount': {
    yaml: 'Set `automountServiceAccountToken: false` in the pod spec (or on its ServiceAccount) unless the pod calls the API.',
    terraform:
      'Set `automount_service_account_token = false` in the pod `spec` (or on the `kubernetes_service_account`).',
  },
  'policy.admission-mechanism': {
    yaml: 'Label each namespace with `pod-security.kubernetes.io/enforce: restricted` (or `baseline`), or install Gatekeeper, Kyverno or a ValidatingAdmissionPolicy.',
    terraform:
      'Set `azure_policy_enabled = true` on `azurerm_kubernetes_cluster`, or label each `kubernetes_namespace_v1` with `pod-security.kubernetes.io/enforce`.',
  },
  'pod-security.privileged': {
    yaml: 'Remove `securityContext.privileged: true` from the container.',
    terraform: "Remove `privileged = true` from the container's `security_context`.",
  },
  'pod-security.host-pid': {
    yaml: 'Remove `hostPID: true` from the pod spec.',
    terraform: 'Remove `host_pid = true` from the pod `spec`.',
  },
  'pod-security.host-ipc': {
    yaml: 'Remove `hostIPC: true` from the pod spec.',
    terraform: 'Remove `host_ipc = true` from the pod `spec`.',
  },
  'pod-security.host-network': {
    yaml: 'Remove `hostNetwork: true` from the pod spec; expose ports through a Service.',
    terraform:
      'Remove `host_network = true` from the pod `spec`; expose ports through a `kubernetes_service`.',
  },
  'pod-security.allow-privilege-escalation': {
    yaml: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
    terraform: 'Set `security_context { allow_privilege_escalation = false }` on every container.',
  },
  'pod-security.root-containers': {
    yaml: 'Set `securityContext.runAsNonRoot: true` (and a `runAsUser` above 0) on the pod or each container.',
    terraform:
      'Set `security_context { run_as_non_root = true, run_as_user = 1000 }` on the pod or each container.',
  },
  'pod-security.net-raw': {
    yaml: 'Set `securityContext.capabilities.drop: ["ALL"]` (or at least `NET_RAW`) on each container.',
    terraform: 'Set `security_context { capabilities { drop = ["ALL"] } }` (or `NET_RAW`) on each container.',
  },
  'pod-security.added-capabilities': {
    yaml: 'Remove the entries of `securityContext.capabilities.add`, keeping only a justified one such as `NET_BIND_SERVICE`.',
    terraform: 'Remove entries from `security_context { capabilities { add = [...] } }`.',
  },
  'pod-security.capabilities-not-dropped': {
    yaml: 'Set `securityContext.capabilities.drop: ["ALL"]` on every container.',
    terraform: 'Set `security_context { capabilities { drop = ["ALL"] } }` on every container.',
  },
  'pod-security.windows-host-process': {
    yaml: 'Remove `securityContext.windowsOptions.hostProcess: true` from the pod and its containers.',
    terraform:
      "Remove `host_process = true` from the `windows_options` of the pod's and containers' `security_context`.",
  },
  'pod-security.host-path': {
    yaml: 'Replace the `hostPath` volume with a PersistentVolumeClaim, ConfigMap, Secret or `emptyDir`.',
    terraform:
      'Replace `volume { host_path { ... } }` with a persistent volume claim, config map, secret or `empty_dir`.',
  },
  'pod-security.host-ports': {
    yaml: "Remove `hostPort` from the container's `ports`; publish through a Service.",
    terraform:
      "Remove `host_port` from the container's `port` blocks; publish through a `kubernetes_service`.",
  },
  'pod-security.seccomp': {
    yaml: 'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or each container).',
    terraform:
      'Set `security_context { seccomp_profile { type = "RuntimeDefault" } }` on the pod or each container.',
  },
  'pod-security.security-context': {
    yaml: 'Add a `securityContext` to the pod and each container: `runAsNonRoot`, `allowPrivilegeEscalation: false`, dropped capabilities, a seccomp profile.',
    terraform:
      'Add a `security_context` to the pod and each container: `run_as_non_root`, `allow_privilege_escalation = false`, dropped capabilities, a seccomp profile.',
  },
  'network.namespaces-without-policy': {
    yaml: 'Add a NetworkPolicy to the namespace, starting from one that denies all ingress (`podSelector: {}`, `policyTypes: [Ingress]`).',
    terraform:
      'Add a `kubernetes_network_policy_v1` to the namespace, starting from one that denies all ingress (`pod_selector {}`, `policy_types = ["Ingress"]`).',
  },
  'secrets.environment-variables': {
    yaml: 'Mount the Secret as a volume instead of reading it through `env[].valueFrom.secretKeyRef` or `envFrom.secretRef`.',
    terraform:
      'Mount the secret as a `volume { secret { ... } }` instead of `env { value_from { secret_key_ref { ... } } }`.',
  },
  'namespaces.default-namespace': {
    yaml: 'Set `metadata.namespace` to a namespace of your own (or install with `helm install -n`).',
    terraform: 'Set `metadata { namespace = ... }` to a namespace of your own on each kubernetes resource.',
  },
  'cluster.kms-etcd-encryption': {
    bicep: 'Set `properties.securityProfile.azureKeyVaultKms` to `{ enabled: true, keyId: <key URL> }`.',
    terraform: 'Add `key_management_service { key_vault_key_id = ... }` to `azurerm_kubernetes_cluster`.',
  },
  'cluster.oidc-issuer': {
    bicep: 'Set `properties.oidcIssuerProfile.enabled: true`.',
    terraform: 'Set `oidc_issuer_enabled = true`.',
  },
  'cluster.rbac-enabled': {
    bicep: 'Set `properties.enableRBAC: true` on the managed cluster (only at creation).',
    terraform:
      'Leave `role_based_access_control_enabled = true` on `azurerm_kubernetes_cluster` (only at creation).',
  },
  'cluster.local-accounts-disabled': {
    bicep: 'Set `properties.disableLocalAccounts: true`, with `aadProfile.managed: true`.',
    terraform:
      'Set `local_account_disabled = true`, with an `azure_active_directory_role_based_access_control` block.',
  },
  'cluster.entra-id': {
    bicep: 'Set `properties.aadProfile.managed: true` with `adminGroupObjectIDs`.',
    terraform: 'Add `azure_active_directory_role_based_access_control { admin_group_object_ids = [...] }`.',
  },
  'cluster.audit-logs': {
    bicep:
      'Add a `Microsoft.Insights/diagnosticSettings` resource (`scope: cluster`) with the `kube-audit` category enabled.',
    terraform:
      'Add an `azurerm_monitor_diagnostic_setting` for the cluster with `enabled_log { category = "kube-audit" }`.',
  },
  'cluster.network-policy-engine': {
    bicep: "Set `properties.networkProfile.networkPolicy` to `'azure'`, `'calico'` or `'cilium'`.",
    terraform: 'Set `network_profile { network_policy = "cilium" }` (or `azure`, `calico`).',
  },
  'cluster.key-vault-secrets-provider': {
    bicep: 'Set `properties.addonProfiles.azureKeyvaultSecretsProvider.enabled: true`.',
    terraform: 'Add a `key_vault_secrets_provider { }` block to `azurerm_kubernetes_cluster`.',
  },
  'cluster.image-integrity': {
    bicep:
      'Set `properties.securityProfile.imageIntegrity.enabled: true` (preview, with the Azure Policy add-on).',
    terraform:
      'Image Integrity has no `azurerm` argument: enable it with `azapi_update_resource`, or run an admission controller that checks signatures.',
  },
  'cluster.defender-image-scanning': {
    bicep:
      "Add `Microsoft.Security/pricings` `Containers` at `pricingTier: 'Standard'` and set `securityProfile.defender.securityMonitoring.enabled: true`.",
    terraform:
      'Add `azurerm_security_center_subscription_pricing` with `resource_type = "Containers"` and a `microsoft_defender { }` block on the cluster.',
  },
  'cluster.managed-identity': {
    bicep:
      "Set `identity: { type: 'SystemAssigned' }` (or `'UserAssigned'`) instead of `servicePrincipalProfile`.",
    terraform: 'Add an `identity { type = "SystemAssigned" }` block instead of `service_principal`.',
  },
  'cluster.control-plane-access': {
    bicep:
      'Set `apiServerAccessProfile.enablePrivateCluster: true`, or list `authorizedIPRanges` (never `0.0.0.0/0`).',
    terraform:
      'Set `private_cluster_enabled = true`, or `api_server_access_profile { authorized_ip_ranges = [...] }`.',
  },
  'cluster.private-endpoint': {
    bicep:
      'Set `apiServerAccessProfile.enablePrivateCluster: true` and `enablePrivateClusterPublicFQDN: false`.',
    terraform: 'Set `private_cluster_enabled = true` and `private_cluster_public_fqdn_enabled = false`.',
  },
  'cluster.azure-rbac': {
    bicep: 'Set `properties.aadProfile.enableAzureRBAC: true`.',
    terraform:
      'Set `azure_rbac_enabled = true` in the `azure_active_directory_role_based_access_control` block.',
  },
  'node-pools.pod-pid-limit': {
    bicep: 'Set `kubeletConfig.podMaxPids` above 0 (for example 1024) on each agent pool.',
    terraform:
      'Set `kubelet_config { pod_max_pid = 1024 }` in `default_node_pool` and each `azurerm_kubernetes_cluster_node_pool`.',
  },
  'node-pools.kubelet-seccomp-default': {
    bicep: "Set `kubeletConfig.seccompDefault: 'RuntimeDefault'` on each agent pool (preview API version).",
    terraform:
      'No `azurerm` argument yet: set `kubeletConfig.seccompDefault` through `azapi_resource`, or a `seccomp_profile` in every pod.',
  },
  'node-pools.private-nodes': {
    bicep: 'Leave `enableNodePublicIP` false on every agent pool.',
    terraform:
      'Set `node_public_ip_enabled = false` in `default_node_pool` and each `azurerm_kubernetes_cluster_node_pool`.',
  },
  'node-os.ssh-access': {
    bicep:
      "Set `securityProfile.sshAccess: 'Disabled'` on each Azure Linux agent pool, so no sshd setting can be reached.",
  },
  'node-os.login-banner': {
    bicep:
      'Leave `messageOfTheDay` unset on the agent pool, or write one that names no operating system, version or patch level.',
  },
};
