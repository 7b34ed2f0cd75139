import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { aksCollections, aksKubeletConfig, systemNode, userNode } from './aks-cluster.js';
import {
  startFakeApiServer,
  writeKubeconfig,
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
  const kubeconfig = writeKubeconfig(server, liveToken);
  const directory = dirname(kubeconfig);
  return {
    server,
    kubeconfig,
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
