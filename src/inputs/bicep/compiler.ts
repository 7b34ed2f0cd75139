import { type ChildProcess, spawn } from 'node:child_process';
import {
  type MessageConnection,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
} from 'vscode-jsonrpc/node';

/** The one module that owns the bicep process, spoken to over `bicep jsonrpc --stdio`. */

interface Position {
  line: number;
  char: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** Shapes of Azure/bicep src/Bicep.Cli/Rpc/ICliJsonRpcProtocol.cs (camelCased on the wire). */
export interface BicepDiagnostic {
  source: string;
  range: Range;
  level: string;
  code: string;
  message: string;
}

export interface CompileResponse {
  success: boolean;
  diagnostics: BicepDiagnostic[];
  contents?: string | null;
}

export interface CompileParamsResponse {
  success: boolean;
  diagnostics: BicepDiagnostic[];
  parameters?: string | null;
  template?: string | null;
  templateSpecId?: string | null;
}

export interface DeploymentGraphNode {
  range: Range;
  name: string;
  /** `Microsoft.X/y` without the API version, or `<module>`. */
  type: string;
  isExisting: boolean;
  relativePath?: string | null;
}

export interface DeploymentGraph {
  nodes: DeploymentGraphNode[];
  edges: { source: string; target: string }[];
}

export interface BicepCompiler {
  version(): Promise<string>;
  compile(path: string): Promise<CompileResponse>;
  compileParams(path: string): Promise<CompileParamsResponse>;
  deploymentGraph(path: string): Promise<DeploymentGraph>;
  /** Every file the compilation read: sources, modules (cached ones too), load*() targets, bicepconfig.json. */
  fileReferences(path: string): Promise<string[]>;
}

let processStarts = 0;

/** How many bicep processes this module has started (the bench and tests watch it). */
export const bicepProcessStarts = (): number => processStarts;

export class BicepRequestError extends Error {}

interface RunningCompiler {
  child: ChildProcess;
  connection: MessageConnection;
  exited: Promise<string>;
}

/**
 * The compiler sees only what it needs to run: scanned .bicepparam files can call
 * readEnvironmentVariable(), and a value read there may end up in a finding's message, so
 * tokens and other secrets of the CI environment must not be visible to it.
 */
function compilerEnvironment(): NodeJS.ProcessEnv {
  const kept = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'DOTNET_ROOT', 'DOTNET_BUNDLE_EXTRACT_BASE_DIR'];
  const environment: NodeJS.ProcessEnv = { DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
  for (const name of kept) {
    if (process.env[name] !== undefined) environment[name] = process.env[name];
  }
  return environment;
}

function start(executable: string): RunningCompiler {
  processStarts += 1;
  // Its own process group, so that a wrapper script and every child it forks can be killed as one.
  const child = spawn(executable, ['jsonrpc', '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: compilerEnvironment(),
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString('utf8');
  });
  const exited = new Promise<string>((resolve) => {
    child.on('error', (error) => resolve(`the bicep process could not start: ${error.message}`));
    child.on('exit', (code, signal) =>
      resolve(`the bicep process exited (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim()}` : ''}`),
    );
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout as NodeJS.ReadableStream),
    new StreamMessageWriter(child.stdin as NodeJS.WritableStream),
  );
  connection.listen();
  return { child, connection, exited };
}

/**
 * Kills the whole process group: killing only the direct child would leave a grandchild that
 * holds the pipes (a wrapper's bicep, or a hostile script's fork) keeping the scan alive.
 */
function stop(running: RunningCompiler): void {
  running.connection.dispose();
  running.child.stdin?.end();
  const { pid } = running.child;
  try {
    if (pid !== undefined) process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
  running.child.stdout?.destroy();
  running.child.stderr?.destroy();
}

export interface CompilerOptions {
  /** Bound on one request; a stuck compiler is restarted once, then given up on. */
  requestTimeoutMs?: number;
}

/** A bicep process that several scans can share (the fixture suite); `close` stops it. */
export interface BicepSession {
  compiler: BicepCompiler;
  close(): void;
}

/**
 * A client that starts bicep on its first request. A request that times out or crashes the
 * process restarts it (at most once per session) for the next requests.
 */
export function openBicepSession(executable: string, options: CompilerOptions = {}): BicepSession {
  const timeoutMs = options.requestTimeoutMs ?? 120_000;
  let running: RunningCompiler | undefined;
  let restarts = 0;
  const request = async <R>(method: string, params: object): Promise<R> => {
    if (running === undefined) {
      if (restarts > 1)
        throw new BicepRequestError('the bicep process failed twice in this run; not restarted again');
      running = start(executable);
    }
    const current = running;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new BicepRequestError(`bicep did not answer within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
    });
    const exit = current.exited.then((reason) => Promise.reject(new BicepRequestError(reason)));
    // The exit may come long after this request settled; it must not surface as unhandled.
    exit.catch(() => undefined);
    try {
      return await Promise.race([current.connection.sendRequest<R>(method, params), timeout, exit]);
    } catch (error) {
      // bicep answered, with an error: the process is fine and stays up for the next request.
      if (error instanceof ResponseError) throw new BicepRequestError(`bicep answered: ${error.message}`);
      stop(current);
      running = undefined;
      restarts += 1;
      throw error instanceof BicepRequestError ? error : new BicepRequestError(String(error));
    } finally {
      clearTimeout(timer);
    }
  };
  const compiler: BicepCompiler = {
    version: async () => (await request<{ version: string }>('bicep/version', {})).version,
    compile: (path) => request<CompileResponse>('bicep/compile', { path }),
    compileParams: (path) =>
      request<CompileParamsResponse>('bicep/compileParams', { path, parameterOverrides: {} }),
    deploymentGraph: (path) => request<DeploymentGraph>('bicep/getDeploymentGraph', { path }),
    fileReferences: async (path) =>
      (await request<{ filePaths: string[] }>('bicep/getFileReferences', { path })).filePaths,
  };
  return {
    compiler,
    close: () => {
      if (running !== undefined) stop(running);
      running = undefined;
    },
  };
}

/** Starts bicep once, hands a client to `use`, and always stops the process. */
export async function withBicepCompiler<T>(
  executable: string,
  use: (compiler: BicepCompiler) => Promise<T>,
  options: CompilerOptions = {},
): Promise<T> {
  const session = openBicepSession(executable, options);
  try {
    return await use(session.compiler);
  } finally {
    session.close();
  }
}
