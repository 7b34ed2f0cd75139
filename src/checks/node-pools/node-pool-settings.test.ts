import { describe, expect, it } from 'vitest';
import { describeSettingCheck } from '../../../test/support/cluster-check-cases.js';
import {
  lineOf,
  makeCluster,
  makePool,
  modelOf,
  onCluster,
  stated,
} from '../../../test/support/cluster-factory.js';
import { kubeletSeccompDefault, podPidLimit, privateNodes } from './node-pool-settings.js';

describeSettingCheck({
  check: podPidLimit,
  field: { pool: 'podMaxPids' },
  compliant: 1024,
  noncompliant: -1,
  key: 'kubeletConfig.podMaxPids',
  defaultFails: true,
  message:
    'Pods on this pool may start any number of processes: -1 means no PID limit (kubeletConfig.podMaxPids = -1)',
});

describeSettingCheck({
  check: kubeletSeccompDefault,
  field: { pool: 'seccompDefault' },
  compliant: 'RuntimeDefault',
  noncompliant: 'Unconfined',
  key: 'kubeletConfig.seccompDefault',
  defaultFails: true,
  message:
    'Containers without a seccomp profile run unconfined on this pool (kubeletConfig.seccompDefault = "Unconfined")',
});

describeSettingCheck({
  check: privateNodes,
  field: { pool: 'nodePublicIp' },
  compliant: false,
  noncompliant: true,
  key: 'enableNodePublicIP',
  defaultFails: false,
  message:
    'Every node of this pool gets a public IP address, reachable from the internet (enableNodePublicIP = true)',
});

const options = { defaultNamespace: 'default' };

describe('node-pools.pod-pid-limit', () => {
  it('fails a pool that leaves podMaxPids out at the pool, saying AKS sets no limit', () => {
    expect(podPidLimit.run(modelOf(makeCluster()), options).findings).toEqual([
      {
        resource: 'NodePool/aks-prod/system',
        ...onCluster(),
        location: lineOf(20),
        message:
          'Pods on this pool may start any number of processes: -1 means no PID limit (kubeletConfig.podMaxPids not set; AKS default -1)',
        key: 'system:kubeletConfig.podMaxPids',
      },
    ]);
  });

  it('fails 0 at its line', () => {
    const cluster = makeCluster({ nodePools: [makePool({ podMaxPids: stated(0, 27) })] });
    expect(
      podPidLimit
        .run(modelOf(cluster), options)
        .findings.map((finding) => [finding.location, finding.message]),
    ).toEqual([
      [
        lineOf(27),
        'Pods on this pool have no usable PID limit: 0 is not a positive number (kubeletConfig.podMaxPids = 0)',
      ],
    ]);
  });

  it('judges every pool and names the failing one', () => {
    const cluster = makeCluster({
      nodePools: [
        makePool({ name: 'system', podMaxPids: stated(2048, 22) }),
        makePool({ name: 'apps', location: lineOf(50), podMaxPids: stated(-1, 55) }),
      ],
    });
    const result = podPidLimit.run(modelOf(cluster), options);
    expect(result.applicable).toBe(2);
    expect(result.findings.map((finding) => [finding.resource, finding.key, finding.location.line])).toEqual([
      ['NodePool/aks-prod/apps', 'apps:kubeletConfig.podMaxPids', 55],
    ]);
  });

  it('uses the azurerm argument for a Terraform pool', () => {
    const cluster = makeCluster({ origin: 'terraform' });
    expect(podPidLimit.run(modelOf(cluster), options).findings[0]?.message).toMatch(
      /\(kubelet_config\.pod_max_pid not set; AKS default -1\)$/,
    );
  });
});

describe('kubelet settings on Windows pools', () => {
  const windowsOnly = makeCluster({ nodePools: [makePool({ name: 'win', osType: stated('Windows', 61) })] });

  it.each([podPidLimit, kubeletSeccompDefault])('$id does not judge Windows pools', (check) => {
    expect(check.run(modelOf(windowsOnly), options)).toEqual({
      findings: [],
      applicable: 0,
      undecided: [],
      notApplicableReason: 'no Linux node pool in the scanned input',
    });
  });

  it('still judges public IPs on Windows pools', () => {
    const cluster = makeCluster({
      nodePools: [makePool({ name: 'win', osType: stated('Windows', 61), nodePublicIp: stated(true, 62) })],
    });
    expect(privateNodes.run(modelOf(cluster), options).findings.map((finding) => finding.resource)).toEqual([
      'NodePool/aks-prod/win',
    ]);
  });
});

describe('a cluster without node pools', () => {
  it('leaves the node-pool checks nothing to judge, with the reason', () => {
    expect(privateNodes.run(modelOf(makeCluster({ nodePools: [] })), options)).toEqual({
      findings: [],
      applicable: 0,
      undecided: [],
      notApplicableReason: 'no node pool in the scanned input',
    });
  });
});
