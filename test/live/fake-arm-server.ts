import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { RecordedRequest } from './fake-api-server.js';

export interface FakeArmServer {
  url: string;
  ca: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const tls = (name: string) => readFileSync(join(import.meta.dirname, 'tls', name), 'utf8');

/**
 * A loopback HTTPS stand-in for Azure Resource Manager: it answers the GETs a live scan sends for
 * one managed cluster, with 403 for paths listed as forbidden and 401 without the expected token.
 */
export async function startFakeArmServer(options: {
  token: string;
  answers: Record<string, unknown>;
  forbidden?: string[];
}): Promise<FakeArmServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer({ key: tls('server.key'), cert: tls('server.crt') }, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1');
    requests.push({ method: request.method ?? '', path: url.pathname, query: url.search });
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      return send(401, {
        error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' },
      });
    }
    if (options.forbidden?.includes(url.pathname)) {
      return send(403, {
        error: { code: 'AuthorizationFailed', message: 'The client does not have authorization.' },
      });
    }
    const answer = options.answers[url.pathname];
    if (request.method !== 'GET' || answer === undefined) {
      return send(404, { error: { code: 'ResourceNotFound', message: `${url.pathname} was not found.` } });
    }
    send(200, answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    ca: tls('ca.crt'),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const clusterId =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/aks-prod';

/** A GET managedClusters answer as ARM returns it (trimmed to what matters, realistic values). */
export const managedClusterAnswer = {
  id: clusterId,
  name: 'aks-prod',
  type: 'Microsoft.ContainerService/ManagedClusters',
  location: 'westeurope',
  identity: { type: 'SystemAssigned', principalId: '11111111-1111-1111-1111-111111111111' },
  properties: {
    provisioningState: 'Succeeded',
    kubernetesVersion: '1.32.4',
    enableRBAC: true,
    disableLocalAccounts: false,
    aadProfile: { managed: true, enableAzureRBAC: true, tenantID: '22222222-2222-2222-2222-222222222222' },
    oidcIssuerProfile: { enabled: true, issuerURL: 'https://westeurope.oic.prod-aks.azure.com/x/y/' },
    securityProfile: { workloadIdentity: { enabled: true } },
    networkProfile: { networkPlugin: 'azure', networkPolicy: 'none', outboundType: 'loadBalancer' },
    addonProfiles: {
      azurepolicy: { enabled: false },
      azureKeyvaultSecretsProvider: { enabled: true, config: {} },
    },
    apiServerAccessProfile: { enablePrivateCluster: false },
    agentPoolProfiles: [
      {
        name: 'system',
        mode: 'System',
        count: 3,
        osType: 'Linux',
        osSKU: 'AzureLinux',
        orchestratorVersion: '1.32.4',
        vmSize: 'Standard_D4ds_v5',
      },
      {
        name: 'user',
        mode: 'User',
        count: 2,
        osType: 'Linux',
        osSKU: 'Ubuntu',
        orchestratorVersion: '1.32.4',
        kubeletConfig: { podMaxPids: 1024 },
      },
    ],
  },
};

export const diagnosticSettingsAnswer = {
  value: [
    {
      id: `${clusterId}/providers/microsoft.insights/diagnosticSettings/audit`,
      name: 'audit',
      properties: {
        workspaceId:
          '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law-ops',
        logs: [
          { category: 'kube-audit-admin', enabled: true },
          { category: 'guard', enabled: true },
        ],
      },
    },
  ],
};
