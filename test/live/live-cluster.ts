import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aksCollections, aksKubeletConfig, systemNode, userNode } from './aks-cluster.js';
import {
  kubeconfigFor,
  startFakeApiServer,
  type FakeApiServer,
  type FakeApiServerOptions,
} from './fake-api-server.js';

export interface LiveCluster {
  server: FakeApiServer;
  /** A kubeconfig file (CA and bearer token) for the server, in a temporary directory. */
  kubeconfig: string;
  close(): Promise<void>;
}

export const liveToken = 'aks-cis-gate-test-token';

/**
 * The realistic AKS cluster of aks-cluster.ts on the loopback API server, both pools serving
 * AKS's kubelet configuration, with a kubeconfig to reach it. Options override any part.
 */
export async function startLiveCluster(options: Partial<FakeApiServerOptions> = {}): Promise<LiveCluster> {
  const server = await startFakeApiServer({
    token: liveToken,
    collections: aksCollections,
    configz: { [systemNode]: aksKubeletConfig, [userNode]: aksKubeletConfig },
    ...options,
  });
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-live-'));
  const kubeconfig = join(directory, 'config');
  writeFileSync(kubeconfig, kubeconfigFor(server, liveToken));
  return {
    server,
    kubeconfig,
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
