import { describe, expect, it } from 'vitest';
import { manifestModel, pickCheck, runCheck } from '../../test/support/check-testing.js';
import { podSecurityChecks } from './pod-security.js';

describe('findingOn', () => {
  it("carries the object's cluster (name, source, identity), uid and platform mark into its findings", () => {
    const [pod] = manifestModel(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: konnectivity-agent\n  namespace: kube-system\nspec:\n  hostNetwork: true\n',
    ).kubeObjects;
    const live = {
      ...pod!,
      origin: 'live' as const,
      cluster: 'aks-prod',
      clusterSource:
        '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-prod',
      clusterIdentity: 'arm-id#arm-id',
      uid: '0b7c',
      platform: true,
    };
    const hostNetwork = pickCheck(podSecurityChecks, 'pod-security.host-network');
    expect(runCheck(hostNetwork, { kubeObjects: [live], clusters: [] }).findings).toEqual([
      expect.objectContaining({
        resource: 'Pod/kube-system/konnectivity-agent',
        cluster: 'aks-prod',
        clusterSource: live.clusterSource,
        clusterIdentity: 'arm-id#arm-id',
        uid: '0b7c',
        platform: true,
        location: expect.objectContaining({ line: 7 }),
      }),
    ]);
  });
});
