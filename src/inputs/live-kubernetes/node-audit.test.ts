import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  startFakeApiServer,
  writeKubeconfig,
  type FakeApiServer,
} from '../../../test/live/fake-api-server.js';
import { defaultNodeAuditImage } from '../live/live-source.js';
import { connect } from './connection.js';
import {
  auditedFiles,
  nodeAuditJob,
  nodeAuditScript,
  parseNodeAuditLog,
  runNodeAudit,
  type NodeAuditOptions,
} from './node-audit.js';

const options: NodeAuditOptions = {
  namespace: 'aks-cis-gate',
  image: 'mcr.microsoft.com/azurelinux/busybox:1.36',
  timeoutMs: 2_000,
  pollIntervalMs: 20,
};

/** A fake host root with the files the audit reads, at chosen modes. */
function fakeHost(): string {
  const root = mkdtempSync(join(tmpdir(), 'host-'));
  const put = (path: string, text: string, mode: number) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    chmodSync(join(root, path), mode);
  };
  put('/etc/passwd', 'root:x:0:0::/root:/bin/bash\n', 0o644);
  put('/etc/shadow', 'root:*::0:::::\n', 0o640);
  put('/var/lib/kubelet/kubeconfig', 'apiVersion: v1\n', 0o600);
  put('/proc/modules', 'overlay 151552 18 - Live 0x0\nhfs 69632 0 - Live 0x0\n', 0o444);
  put('/etc/modprobe.d/cis.conf', 'install cramfs /bin/false\nblacklist freevxfs\n', 0o644);
  return root;
}

describe('node audit script', () => {
  test('reports modes, owners, modules and sysctls that the parser reads back', () => {
    const log = execFileSync('/bin/sh', ['-c', nodeAuditScript(fakeHost())], { encoding: 'utf8' });
    const { records, complete } = parseNodeAuditLog(`some other output\n${log}`);
    expect(complete).toBe(true);
    const files = records.filter((record) => record.kind === 'file');
    expect(files).toHaveLength(auditedFiles.length);
    expect(files.find((record) => record.path === '/etc/shadow')).toMatchObject({
      exists: true,
      mode: 0o640,
    });
    expect(files.find((record) => record.path === '/etc/motd')).toEqual({
      kind: 'file',
      path: '/etc/motd',
      exists: false,
    });
    expect(records).toContainEqual({ kind: 'module', name: 'cramfs', loaded: false, disabled: true });
    expect(records).toContainEqual({ kind: 'module', name: 'hfs', loaded: true, disabled: false });
    expect(records.find((record) => record.kind === 'sysctl')).toMatchObject({
      name: 'kernel.randomize_va_space',
    });
  });

  test('ignores forged or malformed lines and notices a log cut short', () => {
    const { records, complete } = parseNodeAuditLog(
      'AKS-CIS-GATE {"kind":"file","path":"/etc/passwd","exists":true,"mode":"zz","uid":0,"gid":0}\nAKS-CIS-GATE not json\n',
    );
    expect(records).toEqual([]);
    expect(complete).toBe(false);
  });
});

describe('node audit Job', () => {
  test('is pinned to its node, mounts the host read-only and runs without privilege', () => {
    const job = nodeAuditJob('system', 'aks-system-1-vmss000000', 'run1', options) as {
      spec: { template: { spec: Record<string, unknown> } };
    };
    const spec = job.spec.template.spec as {
      nodeName: string;
      volumes: { name: string; hostPath: { path: string } }[];
      containers: {
        image: string;
        securityContext: Record<string, unknown>;
        volumeMounts: { name: string; mountPath: string; readOnly: boolean }[];
      }[];
      securityContext: { runAsNonRoot: boolean };
    };
    expect(spec.nodeName).toBe('aks-system-1-vmss000000');
    const mounts = spec.containers[0]?.volumeMounts ?? [];
    const hostPaths = spec.volumes.map((volume) => volume.hostPath.path);
    expect(hostPaths).not.toContain('/');
    expect(mounts.every((mount) => mount.readOnly)).toBe(true);
    // Each mount shows its host path at /host<path>, where the script looks.
    expect(mounts.map((mount) => mount.mountPath)).toEqual(hostPaths.map((path) => `/host${path}`));
    expect(mounts.map((mount) => mount.name)).toEqual(spec.volumes.map((volume) => volume.name));
    // Every file the script reads sits under a mount.
    for (const file of [
      ...auditedFiles,
      '/proc/modules',
      '/etc/modprobe.d/x.conf',
      '/usr/lib/modprobe.d/x.conf',
    ]) {
      expect(
        hostPaths.some((path) => file === path || file.startsWith(`${path}/`)),
        file,
      ).toBe(true);
    }
    expect(spec.containers[0]?.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
    });
    expect(spec.securityContext.runAsNonRoot).toBe(true);
  });
});

describe('the default audit image', () => {
  test('is pinned by digest', () => {
    expect(defaultNodeAuditImage).toMatch(/@sha256:[0-9a-f]{64}$/);
  });
});

describe('runNodeAudit against a loopback API server', () => {
  let server: FakeApiServer | undefined;
  afterEach(async () => server?.close());

  const start = async (log: string, podPhase = 'Succeeded') => {
    server = await startFakeApiServer({
      token: 't',
      collections: [],
      auditJobs: { namespace: options.namespace, log, podPhase },
    });
    return connect({ kubeconfig: writeKubeconfig(server, 't'), requestTimeoutMs: 2_000, pageSize: 500 });
  };

  test('creates one Job per pool, reads its log and deletes it', async () => {
    const connection = await start(
      'AKS-CIS-GATE {"kind":"sysctl","name":"kernel.randomize_va_space","value":"2"}\nAKS-CIS-GATE {"kind":"done"}\n',
    );
    const result = await runNodeAudit(
      connection,
      [{ pool: 'system', node: 'aks-system-1-vmss000000' }],
      options,
      'run1',
    );
    expect(result.failures.size).toBe(0);
    expect(result.audits.get('system')?.records).toEqual([
      { kind: 'sysctl', name: 'kernel.randomize_va_space', value: '2' },
    ]);
    const writes = server?.requests
      .filter((request) => request.method !== 'GET')
      .map((request) => request.method);
    expect(writes).toEqual(['POST', 'DELETE']);
  });

  test.each(['SIGINT', 'SIGTERM'] as const)(
    '%s while the Job runs deletes it, then stops the process',
    async (signal) => {
      const connection = await start('', 'Running');
      const signals = new EventEmitter();
      const stopped: string[] = [];
      const stopSignals = {
        once: (name: NodeJS.Signals, listener: (name: NodeJS.Signals) => void) =>
          signals.once(name, listener),
        off: (name: NodeJS.Signals, listener: (name: NodeJS.Signals) => void) => signals.off(name, listener),
        stop: (name: NodeJS.Signals) => void stopped.push(name),
      };
      const audit = runNodeAudit(
        connection,
        [{ pool: 'user', node: 'aks-user-1-vmss000000' }],
        { ...options, timeoutMs: 1_500, stopSignals },
        'run3',
      );
      await vi.waitFor(() =>
        expect(server?.requests.some((request) => request.method === 'POST')).toBe(true),
      );
      signals.emit(signal, signal);
      await vi.waitFor(() => expect(stopped).toEqual([signal]), { timeout: 10_000 });
      const deletion = server?.requests.find((request) => request.method === 'DELETE');
      expect(deletion?.path).toContain('/jobs/aks-cis-gate-audit-user-run3');
      await audit;
      expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
    },
  );

  test('a Job that never finishes is given up and still deleted', async () => {
    const connection = await start('', 'Running');
    const result = await runNodeAudit(
      connection,
      [{ pool: 'user', node: 'aks-user-1-vmss000000' }],
      { ...options, timeoutMs: 200 },
      'run2',
    );
    expect(result.failures.get('user')).toMatch(/did not finish/);
    expect(server?.requests.at(-1)?.method).toBe('DELETE');
  });
});
