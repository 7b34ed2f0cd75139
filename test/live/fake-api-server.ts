import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One collection the fake API server serves: its URL path and its items. */
export interface FakeCollection {
  path: string;
  items: Record<string, unknown>[];
}

export interface FakeApiServerOptions {
  token: string;
  collections: FakeCollection[];
  /** Paths answered 403, as RBAC does for an identity without `list` on them. */
  forbidden?: string[];
  /** Kubelet configuration per node name, served at /api/v1/nodes/{node}/proxy/configz. */
  configz?: Record<string, Record<string, unknown>>;
  /** Delay before every answer, to test request time bounds. */
  delayMs?: number;
  version?: { major: string; minor: string; gitVersion: string };
  /**
   * Serves the node audit's Job lifecycle in this namespace: POST creates a Job whose pod has
   * already finished with `log`; DELETE removes it. Without it, every write is refused (405).
   */
  auditJobs?: { namespace: string; log: string; podPhase?: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body?: unknown;
}

export interface FakeApiServer {
  url: string;
  caData: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const tls = (name: string) => readFileSync(join(import.meta.dirname, 'tls', name));

/**
 * A loopback HTTPS stand-in for the Kubernetes API server: bearer-token auth, list paging with
 * `limit`/`continue` like the real one, 403 for forbidden collections, 404 for kinds that do not
 * exist, optional slow answers. It records every request so tests can assert GET-only behaviour.
 */
export async function startFakeApiServer(options: FakeApiServerOptions): Promise<FakeApiServer> {
  const requests: RecordedRequest[] = [];
  const collections = new Map(options.collections.map((collection) => [collection.path, collection.items]));
  const jobs = new Set<string>();
  const server = createServer({ key: tls('server.key'), cert: tls('server.crt') }, (request, response) => {
    const url = new URL(request.url ?? '/', 'https://127.0.0.1');
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        path: url.pathname,
        query: url.search,
      };
      if (text) recorded.body = JSON.parse(text);
      requests.push(recorded);
      const answer = () => respond(request, response, url, options, collections, recorded, jobs);
      if (options.delayMs) setTimeout(answer, options.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    caData: tls('ca.crt').toString('base64'),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function respond(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  options: FakeApiServerOptions,
  collections: Map<string, Record<string, unknown>[]>,
  recorded: RecordedRequest,
  jobs: Set<string>,
): void {
  const send = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const status = (code: number, reason: string, message: string) =>
    send(code, { kind: 'Status', apiVersion: 'v1', status: 'Failure', message, reason, code });
  if (request.headers.authorization !== `Bearer ${options.token}`)
    return status(401, 'Unauthorized', 'Unauthorized');
  const audit = options.auditJobs;
  if (audit && url.pathname.startsWith(`/apis/batch/v1/namespaces/${audit.namespace}/jobs`)) {
    return answerJob(request.method ?? '', url, recorded, jobs, send, status);
  }
  if (audit && request.method === 'GET' && url.pathname === `/api/v1/namespaces/${audit.namespace}/pods`) {
    const job = (url.searchParams.get('labelSelector') ?? '').replace('job-name=', '');
    const items = jobs.has(job)
      ? [
          {
            metadata: { name: `${job}-x7k2q`, namespace: audit.namespace },
            status: { phase: audit.podPhase ?? 'Succeeded' },
          },
        ]
      : [];
    return send(200, { kind: 'PodList', apiVersion: 'v1', metadata: {}, items });
  }
  if (audit && request.method === 'GET' && /\/pods\/[^/]+\/log$/.test(url.pathname)) {
    response.writeHead(200, { 'content-type': 'text/plain' });
    return void response.end(audit.log);
  }
  if (request.method !== 'GET')
    return status(405, 'MethodNotAllowed', `${request.method} is not served here`);
  if (url.pathname === '/version') {
    return send(200, options.version ?? { major: '1', minor: '32', gitVersion: 'v1.32.4' });
  }
  if (options.forbidden?.includes(url.pathname)) {
    return status(403, 'Forbidden', `cannot list resource at ${url.pathname}`);
  }
  const configz = /^\/api\/v1\/nodes\/([^/]+)\/proxy\/configz$/.exec(url.pathname);
  if (configz) {
    const config = options.configz?.[decodeURIComponent(configz[1] as string)];
    return config ? send(200, { kubeletconfig: config }) : status(404, 'NotFound', 'no such node');
  }
  const items = collections.get(url.pathname);
  if (!items) return status(404, 'NotFound', 'the server could not find the requested resource');
  const limit = Number(url.searchParams.get('limit') ?? items.length) || items.length;
  const offset = Number(url.searchParams.get('continue') ?? 0);
  const page = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? String(offset + limit) : undefined;
  send(200, { kind: 'List', apiVersion: 'v1', metadata: next ? { continue: next } : {}, items: page });
}

function answerJob(
  method: string,
  url: URL,
  recorded: RecordedRequest,
  jobs: Set<string>,
  send: (status: number, body: unknown) => void,
  status: (code: number, reason: string, message: string) => void,
): void {
  if (method === 'POST') {
    const name = (recorded.body as { metadata?: { name?: string } } | undefined)?.metadata?.name ?? '';
    jobs.add(name);
    return send(201, recorded.body);
  }
  const name = url.pathname.split('/').at(-1) ?? '';
  if (method === 'DELETE' && jobs.delete(name)) {
    return send(200, { kind: 'Status', apiVersion: 'v1', status: 'Success' });
  }
  return status(404, 'NotFound', `job ${name} not found`);
}

/**
 * Writes a kubeconfig for the fake server, as `az aks get-credentials` would (a token user), into a
 * fresh temporary directory, and returns its path.
 */
export function writeKubeconfig(server: FakeApiServer, token: string, context = 'aks-prod'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'aks-cis-gate-kubeconfig-')), 'config');
  writeFileSync(path, kubeconfigText(server, token, context));
  return path;
}

function kubeconfigText(server: FakeApiServer, token: string, context: string): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      { name: context, cluster: { server: server.url, 'certificate-authority-data': server.caData } },
    ],
    users: [{ name: `clusterUser_${context}`, user: { token } }],
    contexts: [{ name: context, context: { cluster: context, user: `clusterUser_${context}` } }],
    'current-context': context,
  });
}
