import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the action made, as the server saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

/**
 * `ok`: answers like GitHub. `bad-gateway`: every request gets a 502. `read-only`: writes
 * get 403 "Resource not accessible by integration", as a read-only GITHUB_TOKEN does.
 */
export type FakeGitHubMode = 'ok' | 'bad-gateway' | 'read-only';

/** The few REST endpoints the action uses, on 127.0.0.1 and a random port, standing in for api.github.com. */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  /** Commit comments, by commit sha (live mode on a push). */
  readonly commitComments: (StoredComment & { commitSha: string })[] = [];
  mode: FakeGitHubMode = 'ok';
  private nextId = 1000;
  private server: Server | undefined;

  /** Forgets every request and comment, and answers like GitHub again. */
  reset(): void {
    this.requests.length = 0;
    this.comments.length = 0;
    this.commitComments.length = 0;
    this.mode = 'ok';
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests whose `METHOD /path` (query string left off) matches. */
  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter(
      (request) => request.method === method && pathPattern.test(request.path.split('?')[0] ?? ''),
    );
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = request.url ?? '/';
    const method = request.method ?? 'GET';
    this.requests.push({
      method,
      path,
      authorization: request.headers.authorization,
      body: text === '' ? undefined : JSON.parse(text),
    });
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4990',
        'x-ratelimit-used': '10',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-resource': 'core',
      });
      response.end(JSON.stringify(body));
    };
    if (this.mode === 'bad-gateway') return reply(502, { message: 'Server Error' });
    if (this.mode === 'read-only' && method !== 'GET') {
      return reply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
    }
    const route = `${method} ${path.split('?')[0]}`;
    let match: RegExpExecArray | null;
    if ((match = /^GET \/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.exec(route)))
      return reply(200, this.comments);
    if ((match = /^POST \/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.exec(route))) {
      const comment = { id: this.nextId++, body: (JSON.parse(text) as { body: string }).body, user: botUser };
      this.comments.push(comment);
      return reply(201, comment);
    }
    if ((match = /^PATCH \/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(route))) {
      const comment = this.comments.find((stored) => stored.id === Number(match?.[1]));
      if (comment === undefined) return reply(404, { message: 'Not Found' });
      comment.body = (JSON.parse(text) as { body: string }).body;
      return reply(200, comment);
    }
    if ((match = /^POST \/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})\/comments$/.exec(route))) {
      const body = (JSON.parse(text) as { body: string }).body;
      const comment = { id: this.nextId++, body, user: botUser, commitSha: match[1] as string };
      this.commitComments.push(comment);
      return reply(201, comment);
    }
    if (/^POST \/repos\/[^/]+\/[^/]+\/check-runs$/.test(route)) return reply(201, { id: this.nextId++ });
    if ((match = /^PATCH \/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(route)))
      return reply(200, { id: Number(match[1]) });
    return reply(404, { message: 'Not Found' });
  }
}

const botUser = { login: 'github-actions[bot]', type: 'Bot' };
