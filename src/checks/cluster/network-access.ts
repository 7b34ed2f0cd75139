/**
 * How the cluster's network is exposed and segmented, from the cluster resource:
 * - `cluster.network-policy-engine` decides CIS Kubernetes 5.3.1 and CIS AKS 5.4.4. Microsoft
 *   attests 5.3.1 Pass because Azure CNI supports NetworkPolicy, but without an engine
 *   (networkPolicy azure/calico/cilium, or the Cilium dataplane) the objects are not enforced;
 * - `cluster.control-plane-access` decides CIS AKS 5.4.1: a private API server, authorized
 *   IP ranges that do not admit every address, or public network access disabled;
 * - `cluster.private-endpoint` decides CIS AKS 5.4.2: a private API server with no public FQDN,
 *   and public network access not enabled where the template states it.
 */
import { allOf, anyOf, clusters, requirementCheck, settingRequirement } from './requirements.js';

// ARM compares enum values without regard to case.
const lower = (value: string): string => value.toLowerCase();

const policyEngines = new Set(['azure', 'calico', 'cilium']);

export const networkPolicyEngine = requirementCheck({
  id: 'cluster.network-policy-engine',
  description: 'A network policy engine enforces NetworkPolicy objects',
  subjects: clusters,
  requirement: anyOf(
    'networkProfile.networkPolicy',
    'NetworkPolicy objects are not enforced',
    settingRequirement({
      property: { arm: 'networkProfile.networkPolicy', terraform: 'network_profile.network_policy' },
      read: ({ cluster }) => cluster.networkPolicy,
      aksDefault: 'none',
      holds: (engine) => policyEngines.has(lower(engine)),
      explain: () => 'no network policy engine is selected',
    }),
    settingRequirement({
      property: { arm: 'networkProfile.networkDataplane', terraform: 'network_profile.network_data_plane' },
      read: ({ cluster }) => cluster.networkDataplane,
      aksDefault: 'azure',
      holds: (dataplane) => lower(dataplane) === 'cilium',
      explain: () => 'the dataplane is not Cilium, which would enforce them itself',
    }),
  ),
});

const privateApiServer = settingRequirement({
  property: { arm: 'apiServerAccessProfile.enablePrivateCluster', terraform: 'private_cluster_enabled' },
  read: ({ cluster }) => cluster.privateCluster,
  aksDefault: false,
  holds: (isPrivate: boolean) => isPrivate,
  explain: () => 'the API server has a public endpoint',
});

/**
 * A range that opens the endpoint to a large share of the internet: IPv4 shorter than /8 (every
 * address in two lines: 0.0.0.0/1 and 128.0.0.0/1) or IPv6 shorter than /16. Real allow-lists are
 * office and runner ranges, far longer.
 */
const admitsEveryAddress = (range: string): boolean => {
  const match = /\/(\d+)$/.exec(range.trim());
  if (match === null) return false;
  return Number(match[1]) < (range.includes(':') ? 16 : 8);
};

export const controlPlaneAccess = requirementCheck({
  id: 'cluster.control-plane-access',
  description: 'The API server is private or limited to authorized IP ranges',
  subjects: clusters,
  requirement: anyOf(
    'apiServerAccessProfile',
    'Anyone on the internet can reach the API server endpoint',
    privateApiServer,
    settingRequirement({
      property: {
        arm: 'apiServerAccessProfile.authorizedIPRanges',
        terraform: 'api_server_access_profile.authorized_ip_ranges',
      },
      read: ({ cluster }) => cluster.authorizedIpRanges,
      aksDefault: [],
      holds: (ranges) => ranges.length > 0 && !ranges.some(admitsEveryAddress),
      explain: (ranges) =>
        ranges.length === 0
          ? 'no authorized IP ranges limit who reaches it'
          : 'an authorized IP range admits every address',
    }),
    settingRequirement({
      // 'Disabled' refuses every connection from the internet, whatever the ranges say.
      property: { arm: 'publicNetworkAccess' },
      read: ({ cluster }) => cluster.publicNetworkAccess,
      aksDefault: 'Enabled',
      holds: (access) => lower(access) === 'disabled',
      explain: () => 'public network access is not disabled',
    }),
  ),
});

export const privateEndpoint = requirementCheck({
  id: 'cluster.private-endpoint',
  description: 'The API server has only a private endpoint and no public access',
  subjects: clusters,
  requirement: allOf(
    privateApiServer,
    settingRequirement({
      property: {
        arm: 'apiServerAccessProfile.enablePrivateClusterPublicFQDN',
        terraform: 'private_cluster_public_fqdn_enabled',
      },
      read: ({ cluster }) => cluster.privateClusterPublicFqdn,
      aksDefault: false,
      holds: (publicFqdn) => !publicFqdn,
      explain: () => 'a public DNS name still resolves to the API server',
    }),
    settingRequirement({
      // No documented default, and azurerm has no argument for it: only a stated value counts.
      property: { arm: 'publicNetworkAccess' },
      read: ({ cluster }) => cluster.publicNetworkAccess,
      holds: (access) => lower(access) !== 'enabled',
      explain: () => 'public network access to the cluster is enabled',
    }),
  ),
});
