import { afterEach, expect, test } from 'vitest';
import { aksCollections, aksKubeletConfig, systemNode, userNode } from '../../../test/live/aks-cluster.js';
import {
  startFakeApiServer,
  writeKubeconfig,
  type FakeApiServer,
} from '../../../test/live/fake-api-server.js';
import {
  clusterId,
  diagnosticSettingsAnswer,
  managedClusterAnswer,
  startFakeArmServer,
  type FakeArmServer,
} from '../../../test/live/fake-arm-server.js';
import { readLive } from './read-live.js';

let kubernetes: FakeApiServer | undefined;
let arm: FakeArmServer | undefined;
afterEach(async () => {
  await kubernetes?.close();
  await arm?.close();
});

const log = { info: () => undefined, warn: () => undefined };

test('one cluster from ARM and the Kubernetes API together, with kubelet configuration and node audit per pool', async () => {
  kubernetes = await startFakeApiServer({
    token: 'k',
    collections: aksCollections,
    configz: { [systemNode]: aksKubeletConfig, [userNode]: aksKubeletConfig },
    auditJobs: {
      namespace: 'aks-cis-gate',
      log: 'AKS-CIS-GATE {"kind":"sysctl","name":"kernel.randomize_va_space","value":"2"}\nAKS-CIS-GATE {"kind":"done"}\n',
    },
  });
  arm = await startFakeArmServer({
    token: 'a',
    answers: {
      [clusterId]: managedClusterAnswer,
      [`${clusterId}/providers/Microsoft.Insights/diagnosticSettings`]: diagnosticSettingsAnswer,
    },
  });
  const kubeconfig = writeKubeconfig(kubernetes, 'k');
  const result = await readLive({
    kubernetes: { kubeconfig, requestTimeoutMs: 5_000, pageSize: 500, countPlatformAsUser: false },
    arm: {
      clusterId,
      armEndpoint: arm.url,
      requestTimeoutMs: 5_000,
      tlsCa: arm.ca,
      credential: { getToken: async () => ({ token: 'a', expiresOnTimestamp: Date.now() + 60_000 }) },
    },
    nodeAudit: { namespace: 'aks-cis-gate', image: 'busybox', timeoutMs: 2_000, pollIntervalMs: 10 },
    log,
  });
  expect(result.model.clusters).toHaveLength(1);
  const [cluster] = result.model.clusters;
  // Azure Resource Manager locates the cluster's settings by its resource id and property path.
  expect(cluster?.rbacEnabled.location).toMatchObject({
    kind: 'live',
    api: 'azure-resource-manager',
    cluster: 'aks-prod',
    apiAddress: expect.stringMatching(/\/managedClusters\/aks-prod$/) as unknown,
  });
  expect(cluster?.localAccountsDisabled).toMatchObject({ state: 'set', value: false });
  expect(cluster?.nodePools.map((pool) => pool.name)).toEqual(['system', 'user']);
  expect(cluster?.nodePools[0]?.liveKubeletConfig?.readOnlyPort).toBe(0);
  expect(cluster?.nodePools[0]?.nodeAudit?.records).toHaveLength(1);
  // The kubelet reports no pod PID limit on the system pool; ARM leaves it unset too.
  expect(cluster?.nodePools[0]?.podMaxPids).toMatchObject({ state: 'set', value: -1 });
  expect(result.model.kubeObjects.every((object) => object.cluster === 'aks-prod')).toBe(true);
  // The node audit is the only writer: one Job created and deleted per pool.
  const writes = kubernetes.requests
    .filter((request) => request.method !== 'GET')
    .map((request) => request.method);
  expect(writes).toEqual(['POST', 'DELETE', 'POST', 'DELETE']);
});
