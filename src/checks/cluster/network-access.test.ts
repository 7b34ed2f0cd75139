import { describe, expect, it } from 'vitest';
import { describeSettingCheck } from '../../../test/support/cluster-check-cases.js';
import { controlPlaneAccess, networkPolicyEngine, privateEndpoint } from './network-access.js';
import {
  deployTime,
  lineOf,
  makeCluster,
  modelOf,
  onCluster,
  stated,
} from '../../../test/support/cluster-factory.js';

describeSettingCheck({
  check: networkPolicyEngine,
  field: { cluster: 'networkPolicy' },
  compliant: 'calico',
  noncompliant: 'none',
  key: 'networkProfile.networkPolicy',
  defaultFails: true,
  message:
    'NetworkPolicy objects are not enforced: no network policy engine is selected (networkProfile.networkPolicy = "none"); ' +
    'the dataplane is not Cilium, which would enforce them itself (networkProfile.networkDataplane not set; AKS default "azure")',
});

describeSettingCheck({
  check: controlPlaneAccess,
  field: { cluster: 'authorizedIpRanges' },
  compliant: ['203.0.113.0/24'],
  noncompliant: ['203.0.113.0/24', '0.0.0.0/0'],
  key: 'apiServerAccessProfile',
  defaultFails: true,
  message:
    'Anyone on the internet can reach the API server endpoint: the API server has a public endpoint ' +
    '(apiServerAccessProfile.enablePrivateCluster not set; AKS default false); an authorized IP range admits every address ' +
    '(apiServerAccessProfile.authorizedIPRanges = ["203.0.113.0/24","0.0.0.0/0"]); ' +
    'public network access is not disabled (publicNetworkAccess not set; AKS default "Enabled")',
});

describeSettingCheck({
  check: privateEndpoint,
  field: { cluster: 'privateCluster' },
  compliant: true,
  noncompliant: false,
  key: 'apiServerAccessProfile.enablePrivateCluster',
  defaultFails: true,
  message: 'the API server has a public endpoint (apiServerAccessProfile.enablePrivateCluster = false)',
});

const options = { defaultNamespace: 'default' };
const findingsOf = (check: typeof privateEndpoint, ...clusters: ReturnType<typeof makeCluster>[]) =>
  check.run(modelOf(...clusters), options).findings;

describe('cluster.network-policy-engine', () => {
  it('accepts the Cilium dataplane without a networkPolicy value', () => {
    expect(findingsOf(networkPolicyEngine, makeCluster({ networkDataplane: stated('cilium', 5) }))).toEqual(
      [],
    );
  });

  it('accepts engine names whatever their case, as ARM does', () => {
    expect(findingsOf(networkPolicyEngine, makeCluster({ networkPolicy: stated('Azure', 5) }))).toEqual([]);
  });

  it('stays undecided while the engine is known only at deployment', () => {
    const result = networkPolicyEngine.run(
      modelOf(makeCluster({ networkDataplane: deployTime(6) })),
      options,
    );
    expect(result.findings).toEqual([]);
    expect(result.undecided).toHaveLength(1);
  });
});

describe('cluster.control-plane-access', () => {
  it('passes a private cluster without authorized ranges', () => {
    expect(findingsOf(controlPlaneAccess, makeCluster({ privateCluster: stated(true, 4) }))).toEqual([]);
  });

  it('fails an open IPv6 range too', () => {
    expect(
      findingsOf(controlPlaneAccess, makeCluster({ authorizedIpRanges: stated(['::/0'], 4) })),
    ).toHaveLength(1);
  });

  it('fails ranges that together open the whole internet, and passes real allow-lists', () => {
    const open = makeCluster({ authorizedIpRanges: stated(['0.0.0.0/1', '128.0.0.0/1'], 4) });
    expect(findingsOf(controlPlaneAccess, open)).toHaveLength(1);
    const office = makeCluster({ authorizedIpRanges: stated(['203.0.113.0/24', '10.0.0.0/8'], 4) });
    expect(findingsOf(controlPlaneAccess, office)).toEqual([]);
  });

  it('passes a public endpoint whose public network access is disabled, in any case', () => {
    const open = { authorizedIpRanges: stated(['0.0.0.0/0'], 4) };
    expect(
      findingsOf(controlPlaneAccess, makeCluster({ ...open, publicNetworkAccess: stated('disabled', 5) })),
    ).toEqual([]);
    expect(
      findingsOf(controlPlaneAccess, makeCluster({ ...open, publicNetworkAccess: stated('Enabled', 5) })),
    ).toHaveLength(1);
  });

  it('blames the stated public setting rather than the missing ranges', () => {
    const cluster = makeCluster({ privateCluster: stated(false, 11) });
    expect(findingsOf(controlPlaneAccess, cluster).map((finding) => finding.location)).toEqual([lineOf(11)]);
  });
});

describe('cluster.private-endpoint', () => {
  it('fails a private cluster that keeps a public FQDN, at that property', () => {
    const cluster = makeCluster({
      privateCluster: stated(true, 4),
      privateClusterPublicFqdn: stated(true, 5),
    });
    expect(findingsOf(privateEndpoint, cluster)).toEqual([
      {
        resource: 'ManagedCluster/aks-prod',
        ...onCluster(),
        location: lineOf(5),
        message:
          'a public DNS name still resolves to the API server (apiServerAccessProfile.enablePrivateClusterPublicFQDN = true)',
        key: 'apiServerAccessProfile.enablePrivateClusterPublicFQDN',
      },
    ]);
  });

  it('fails public network access only where the template states it', () => {
    const privateCluster = { privateCluster: stated(true, 4) };
    expect(findingsOf(privateEndpoint, makeCluster(privateCluster))).toEqual([]);
    expect(
      findingsOf(
        privateEndpoint,
        makeCluster({ ...privateCluster, publicNetworkAccess: stated('Enabled', 6) }),
      ),
    ).toEqual([
      {
        resource: 'ManagedCluster/aks-prod',
        ...onCluster(),
        location: lineOf(6),
        message: 'public network access to the cluster is enabled (publicNetworkAccess = "Enabled")',
        key: 'publicNetworkAccess',
      },
    ]);
  });

  it('reports each shortfall of a public cluster separately', () => {
    const cluster = makeCluster({
      privateClusterPublicFqdn: stated(true, 5),
      publicNetworkAccess: stated('Enabled', 6),
    });
    expect(
      findingsOf(privateEndpoint, cluster).map((finding) => [finding.key, finding.location.line]),
    ).toEqual([
      ['apiServerAccessProfile.enablePrivateCluster', 1],
      ['apiServerAccessProfile.enablePrivateClusterPublicFQDN', 5],
      ['publicNetworkAccess', 6],
    ]);
  });
});

describe('combining settings', () => {
  it('fails on a stated shortfall even when another part is known only at deployment', () => {
    const cluster = makeCluster({ privateCluster: deployTime(4), privateClusterPublicFqdn: stated(true, 5) });
    const result = privateEndpoint.run(modelOf(cluster), options);
    expect(result.findings.map((finding) => finding.location)).toEqual([lineOf(5)]);
    expect(result.undecided).toEqual([]);
  });

  it('stays undecided when no alternative is met and one is known only at deployment', () => {
    const cluster = makeCluster({ privateCluster: deployTime(4), authorizedIpRanges: stated([], 7) });
    const result = controlPlaneAccess.run(modelOf(cluster), options);
    expect(result.findings).toEqual([]);
    expect(result.undecided.map((undecided) => undecided.location)).toEqual([lineOf(4)]);
  });
});
