import { afterEach, describe, expect, test } from 'vitest';
import { aksCollections, aksKubeletConfig, systemNode, userNode } from '../../../test/live/aks-cluster.js';
import {
  writeKubeconfig,
  startFakeApiServer,
  type FakeApiServer,
  type FakeApiServerOptions,
} from '../../../test/live/fake-api-server.js';
import { liveKinds } from './kinds.js';
import { LiveScanError } from './connection.js';
import { readLiveKubernetes, type LiveReadOptions } from './read-cluster.js';

const token = 'test-token-4f9c';
const quietLog = { info: () => undefined, warn: () => undefined };
let server: FakeApiServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function scanFake(
  overrides: Partial<FakeApiServerOptions> = {},
  options: Partial<LiveReadOptions> = {},
  kubeToken = token,
) {
  server = await startFakeApiServer({
    token,
    collections: aksCollections,
    configz: { [systemNode]: aksKubeletConfig, [userNode]: { ...aksKubeletConfig, podPidsLimit: 1024 } },
    ...overrides,
  });
  const kubeconfig = writeKubeconfig(server, kubeToken);
  return readLiveKubernetes({
    kubeconfig,
    requestTimeoutMs: 2_000,
    pageSize: 2,
    countPlatformAsUser: false,
    log: quietLog,
    ...options,
  });
}

describe('readLiveKubernetes against a loopback API server', () => {
  test('lists every kind with GET only, following continue tokens', async () => {
    const result = await scanFake();
    const methods = new Set(server?.requests.map((request) => request.method));
    expect([...methods]).toEqual(['GET']);
    // Three namespaces with pages of two: the second page came from a continue token.
    expect(server?.requests.filter((request) => request.path === '/api/v1/namespaces')).toHaveLength(2);
    const names = result.model.kubeObjects.map(
      (object) => `${object.kind}/${object.namespace ?? ''}/${object.name}`,
    );
    expect(names).toContain('Deployment/shop/storefront');
    expect(names).toContain('Pod/shop/debug-shell');
    // The kube-proxy pod repeats its DaemonSet, which is read itself.
    expect(names).not.toContain('Pod/kube-system/kube-proxy-7xk2p');
    expect(result.unreadable).toEqual([]);
  });

  test('tells the progress line which kind it is listing, N of M', async () => {
    const steps: string[] = [];
    await scanFake({}, { progress: (step) => steps.push(step) });
    expect(steps).toHaveLength(liveKinds.length);
    expect(steps[0]).toBe(
      `listing the cluster's ${liveKinds[0]?.kind} objects (kind 1 of ${liveKinds.length})`,
    );
    expect(steps.at(-1)).toBe(
      `listing the cluster's ${liveKinds.at(-1)?.kind} objects (kind ${liveKinds.length} of ${liveKinds.length})`,
    );
  });

  test('marks AKS-managed objects as the platform, unless asked to count them as the user', async () => {
    const result = await scanFake();
    const byName = (kind: string, name: string) =>
      result.model.kubeObjects.find((o) => o.kind === kind && o.name === name);
    expect(byName('DaemonSet', 'kube-proxy')?.platform).toBe(true);
    expect(byName('ClusterRoleBinding', 'cluster-admin')?.platform).toBe(true);
    expect(byName('ClusterRoleBinding', 'ops-admins')?.platform).toBeUndefined();
    expect(byName('Deployment', 'storefront')).toMatchObject({
      origin: 'live',
      cluster: 'aks-prod',
      namespace: 'shop',
    });
    // A live object is located by its address on the API server, not by a file and a line.
    expect(byName('Deployment', 'storefront')?.location).toEqual({
      kind: 'live',
      api: 'kubernetes',
      cluster: 'aks-prod',
      apiAddress: '/apis/apps/v1/namespaces/shop/deployments/storefront',
      uid: expect.stringMatching(/^00000000-/) as unknown,
    });
    expect(byName('ClusterRoleBinding', 'ops-admins')?.locate(['subjects', 0, 'name'])).toMatchObject({
      apiAddress: '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/ops-admins',
      fieldPath: 'subjects[0].name',
    });
    await server?.close();
    const counted = await scanFake({}, { countPlatformAsUser: true });
    expect(
      counted.model.kubeObjects.find((o) => o.name === 'kube-proxy' && o.kind === 'DaemonSet')?.platform,
    ).toBeUndefined();
  });

  test('groups nodes into pools and reads one kubelet configuration per pool', async () => {
    const result = await scanFake();
    const [cluster] = result.model.clusters;
    expect(cluster?.kubernetesVersion).toMatchObject({ state: 'set', value: '1.32' });
    const pools = Object.fromEntries(cluster?.nodePools.map((pool) => [pool.name, pool]) ?? []);
    expect(pools.system?.osSku).toMatchObject({ state: 'set', value: 'AzureLinux' });
    expect(pools.system?.podMaxPids).toMatchObject({ state: 'set', value: -1 });
    expect(pools.user?.podMaxPids).toMatchObject({ state: 'set', value: 1024 });
    expect(pools.user?.liveKubeletConfig?.readOnlyPort).toBe(0);
    expect(server?.requests.filter((request) => request.path.endsWith('/proxy/configz'))).toHaveLength(2);
    expect(cluster?.localAccountsDisabled.state).toBe('unknown');
  });

  test('a 403 on one kind leaves the rest of the scan going and says what could not be read', async () => {
    const result = await scanFake({
      forbidden: [
        '/apis/rbac.authorization.k8s.io/v1/clusterroles',
        `/api/v1/nodes/${systemNode}/proxy/configz`,
      ],
    });
    expect(result.unreadable).toEqual([
      { kind: 'ClusterRole', reason: 'forbidden: list rbac.authorization.k8s.io/v1 ClusterRole' },
      { kind: 'nodes/proxy', reason: `forbidden: GET nodes/${systemNode}/proxy/configz` },
    ]);
    expect(result.model.kubeObjects.some((object) => object.kind === 'ClusterRoleBinding')).toBe(true);
    expect(result.model.clusters[0]?.nodePools[0]?.podMaxPids.state).toBe('unknown');
  });

  test('refused credentials, a slow server and an unreachable one stop the scan with a clear error', async () => {
    await expect(scanFake({}, {}, 'wrong-token')).rejects.toThrow(/401 Unauthorized/);
    await server?.close();
    await expect(scanFake({ delayMs: 1_500 }, { requestTimeoutMs: 200 })).rejects.toThrow(LiveScanError);
    await server?.close();
    const closed = await startFakeApiServer({ token, collections: [] });
    const kubeconfig = writeKubeconfig(closed, token);
    await closed.close();
    await expect(
      readLiveKubernetes({
        kubeconfig,
        requestTimeoutMs: 1_000,
        pageSize: 500,
        countPlatformAsUser: false,
        log: quietLog,
      }),
    ).rejects.toThrow(/cannot reach|no answer/);
  });

  test('an unknown context is an error naming it', async () => {
    await expect(scanFake({}, { context: 'staging' })).rejects.toThrow(
      "the kubeconfig has no context named 'staging'",
    );
  });
});
