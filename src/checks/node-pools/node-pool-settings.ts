/**
 * Node-pool settings, judged on every pool of every cluster (inline agentPoolProfiles, agentPools
 * children, default_node_pool and azurerm_kubernetes_cluster_node_pool alike):
 * - `node-pools.pod-pid-limit` decides CIS Kubernetes 4.2.13. AKS's default podMaxPids is -1,
 *   no limit, so a pool passes only with a positive limit. Microsoft attests Pass regardless;
 *   the template decides it;
 * - `node-pools.kubelet-seccomp-default` decides 4.2.14 (v1.12.0): kubelet's seccompDefault
 *   (preview) set to RuntimeDefault;
 * - `node-pools.private-nodes` decides CIS AKS 5.4.3: no pool gives its nodes public IPs.
 * The kubelet settings exist only on Linux pools (kubeletConfig is Linux custom node
 * configuration), so Windows pools are not judged by those two.
 */
import type { NodePool } from '../../model/cluster.js';
import { nodePools, requirementCheck, settingRequirement } from '../cluster/requirements.js';

const isLinux = (pool: NodePool): boolean =>
  !(pool.osType.state === 'set' && pool.osType.value.toLowerCase() === 'windows');

const linuxPools = nodePools('no Linux node pool in the scanned input', isLinux);

export const podPidLimit = requirementCheck({
  id: 'node-pools.pod-pid-limit',
  description: 'Every Linux node pool limits the number of PIDs a pod may use',
  subjects: linuxPools,
  requirement: settingRequirement({
    property: { arm: 'kubeletConfig.podMaxPids', terraform: 'kubelet_config.pod_max_pid' },
    read: ({ pool }) => pool.podMaxPids,
    aksDefault: -1,
    holds: (limit) => limit > 0,
    explain: (limit) =>
      limit === -1
        ? 'Pods on this pool may start any number of processes: -1 means no PID limit'
        : `Pods on this pool have no usable PID limit: ${limit} is not a positive number`,
  }),
});

export const kubeletSeccompDefault = requirementCheck({
  id: 'node-pools.kubelet-seccomp-default',
  description: "Every Linux node pool's kubelet applies the RuntimeDefault seccomp profile by default",
  subjects: linuxPools,
  requirement: settingRequirement({
    property: { arm: 'kubeletConfig.seccompDefault' },
    read: ({ pool }) => pool.seccompDefault,
    aksDefault: 'Unconfined',
    // ARM compares enum values without regard to case.
    holds: (profile) => profile.toLowerCase() === 'runtimedefault',
    explain: () => 'Containers without a seccomp profile run unconfined on this pool',
  }),
});

export const privateNodes = requirementCheck({
  id: 'node-pools.private-nodes',
  description: 'No node pool gives its nodes public IP addresses',
  subjects: nodePools('no node pool in the scanned input'),
  requirement: settingRequirement({
    property: { arm: 'enableNodePublicIP', terraform: 'node_public_ip_enabled' },
    read: ({ pool }) => pool.nodePublicIp,
    aksDefault: false,
    holds: (publicIp) => !publicIp,
    explain: () => 'Every node of this pool gets a public IP address, reachable from the internet',
  }),
});
