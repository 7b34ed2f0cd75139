import type { TokenCredential } from '@azure/core-auth';
import { afterEach, describe, expect, test } from 'vitest';
import {
  clusterId,
  diagnosticSettingsAnswer,
  managedClusterAnswer,
  startFakeArmServer,
  type FakeArmServer,
} from '../../../test/live/fake-arm-server.js';
import { readManagedCluster } from './read-managed-cluster.js';

const token = 'arm-test-token';
/** A TokenCredential that hands out a fixed token, as a test double for Entra ID. */
const testCredential = (value: string): TokenCredential => ({
  getToken: async () => ({ token: value, expiresOnTimestamp: Date.now() + 3_600_000 }),
});

let server: FakeArmServer | undefined;
afterEach(async () => server?.close());

const diagnosticsPath = `${clusterId}/providers/Microsoft.Insights/diagnosticSettings`;

async function read(forbidden: string[] = [], credentialToken = token) {
  server = await startFakeArmServer({
    token,
    answers: { [clusterId]: managedClusterAnswer, [diagnosticsPath]: diagnosticSettingsAnswer },
    forbidden,
  });
  return readManagedCluster({
    clusterId,
    armEndpoint: server.url,
    requestTimeoutMs: 5_000,
    credential: testCredential(credentialToken),
    tlsCa: server.ca,
  });
}

describe('readManagedCluster against a loopback Azure Resource Manager', () => {
  test('maps the deployed configuration into the cluster model, with GET requests only', async () => {
    const cluster = await read();
    expect(server?.requests.map((request) => request.method)).toEqual(['GET', 'GET']);
    expect(cluster).toMatchObject({ name: 'aks-prod', id: clusterId, origin: 'live' });
    expect(cluster.kubernetesVersion).toMatchObject({ state: 'set', value: '1.32.4' });
    expect(cluster.localAccountsDisabled).toMatchObject({ state: 'set', value: false });
    expect(cluster.networkPolicy).toMatchObject({ state: 'set', value: 'none' });
    expect(cluster.kmsEnabled.state).toBe('unset');
    expect(
      cluster.nodePools.map((pool) => [pool.name, pool.osSku.state === 'set' ? pool.osSku.value : undefined]),
    ).toEqual([
      ['system', 'AzureLinux'],
      ['user', 'Ubuntu'],
    ]);
    expect(cluster.nodePools[1]?.podMaxPids).toMatchObject({ state: 'set', value: 1024 });
    expect(cluster.diagnosticSettings).toHaveLength(1);
    expect(cluster.diagnosticSettings[0]?.enabledCategories).toMatchObject({
      state: 'set',
      value: ['kube-audit-admin', 'guard'],
    });
  });

  test('diagnostic settings the identity may not read leave only those rows undecided', async () => {
    const cluster = await read([diagnosticsPath]);
    expect(cluster.diagnosticSettings).toEqual([]);
    expect(cluster.diagnosticSettingsUnknown).toMatch(/^forbidden: GET .*diagnosticSettings/);
  });

  test('a refused token, a cluster id of the wrong shape and a missing cluster fail clearly', async () => {
    await expect(read([], 'stale-token')).rejects.toThrow(/401: the credential was refused/);
    await server?.close();
    await expect(
      readManagedCluster({
        clusterId: '/subscriptions/x/resourceGroups/y',
        armEndpoint: 'https://127.0.0.1:9',
        requestTimeoutMs: 100,
      }),
    ).rejects.toThrow(/managed cluster's resource id/);
    await expect(read([clusterId])).rejects.toThrow(/forbidden/);
  });
});
