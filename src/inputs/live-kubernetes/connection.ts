import type { KubeConfig } from '@kubernetes/client-node';
import type { ConfigurationOptions, ObservableMiddleware } from '@kubernetes/client-node';
import { quietClientLibraryDeprecations } from './library-deprecations.js';

export interface LiveKubernetesOptions {
  /** --kubeconfig; otherwise KUBECONFIG, in-cluster credentials, then ~/.kube/config, as kubectl does. */
  kubeconfig?: string;
  /** --context; otherwise the kubeconfig's current context. */
  context?: string;
  /** Bound on every request. */
  requestTimeoutMs: number;
  /** `limit` for list requests; `continue` tokens fetch the rest. */
  pageSize: number;
}

export const defaultLiveKubernetesOptions: LiveKubernetesOptions = {
  requestTimeoutMs: 30_000,
  pageSize: 500,
};

export type KubernetesClient = typeof import('@kubernetes/client-node');

/** A loaded kubeconfig plus the per-request options (timeout) every call must pass. */
export interface LiveConnection {
  client: KubernetesClient;
  kubeConfig: KubeConfig;
  /** The context's name, used as the "file" of live findings. */
  contextName: string;
  server: string;
  requestOptions: ConfigurationOptions<ObservableMiddleware>;
}

/**
 * Loads credentials the way kubectl does. The client library is imported here, lazily, so the
 * code-only scan never pays its start-up cost.
 */
export async function connect(options: LiveKubernetesOptions): Promise<LiveConnection> {
  quietClientLibraryDeprecations();
  const client = await import('@kubernetes/client-node');
  const kubeConfig = new client.KubeConfig();
  if (options.kubeconfig !== undefined) kubeConfig.loadFromFile(options.kubeconfig);
  else kubeConfig.loadFromDefault();
  if (options.context !== undefined) {
    if (!kubeConfig.getContextObject(options.context)) {
      throw new LiveScanError(`the kubeconfig has no context named '${options.context}'`);
    }
    kubeConfig.setCurrentContext(options.context);
  }
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster) throw new LiveScanError('the kubeconfig names no cluster for the current context');
  // The object-parameter APIs take observable middleware; this one bounds every request's time.
  const timeout: ObservableMiddleware = {
    pre: (context) => {
      context.setSignal(AbortSignal.timeout(options.requestTimeoutMs));
      return new client.Observable(Promise.resolve(context));
    },
    post: (context) => new client.Observable(Promise.resolve(context)),
  };
  return {
    client,
    kubeConfig,
    contextName: kubeConfig.getCurrentContext(),
    server: cluster.server,
    requestOptions: { middleware: [timeout], middlewareMergeStrategy: 'append' },
  };
}

/** The live scan cannot go on (401, timeout, unreachable server): the CLI exits 2. */
export class LiveScanError extends Error {
  override name = 'LiveScanError';
}

/** The HTTP status of a client-node failure, when the server answered. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number') {
    return error.code;
  }
  return undefined;
}

/** A failure that must stop the scan: anything but a 403 or 404 for one kind. */
export function fatalError(error: unknown, what: string, server: string): LiveScanError {
  const status = statusOf(error);
  if (status === 401)
    return new LiveScanError(`${what}: 401 Unauthorized from ${server}: the credentials were refused`);
  if (status !== undefined) return new LiveScanError(`${what}: HTTP ${status} from ${server}`);
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'AbortError' || /abort|timeout/i.test(message)) {
    return new LiveScanError(`${what}: no answer from ${server} in time (${message})`);
  }
  return new LiveScanError(`${what}: cannot reach ${server} (${message})`);
}
