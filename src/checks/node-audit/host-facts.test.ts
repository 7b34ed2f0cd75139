import { describe, expect, test } from 'vitest';
import type { NodeAuditRecord } from '../../model/node-audit.js';
import { makeCluster, makePool, modelOf } from '../../../test/support/cluster-factory.js';
import { nodeAuditChecks } from './host-facts.js';

const options = { defaultNamespace: 'default' };
const run = (id: string, records: NodeAuditRecord[] | undefined) => {
  const check = nodeAuditChecks.find((candidate) => candidate.id === id);
  if (!check) throw new Error(`no check ${id}`);
  const pool = makePool({
    name: 'system',
    ...(records ? { nodeAudit: { node: 'aks-system-0', records } } : {}),
  });
  return check.run(modelOf(makeCluster({ name: 'aks-prod', nodePools: [pool] })), options);
};
const file = (path: string, mode: number, uid = 0, gid = 0): NodeAuditRecord => ({
  kind: 'file',
  path,
  exists: true,
  mode,
  uid,
  gid,
});

describe('node audit host facts', () => {
  test('a file more open than allowed fails, naming the node and the mode', () => {
    const result = run('node-audit.kubelet-kubeconfig-permissions', [
      file('/var/lib/kubelet/kubeconfig', 0o644),
    ]);
    expect(result.applicable).toBe(1);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ resource: 'NodePool/aks-prod/system', cluster: 'aks-prod' });
    expect(result.findings[0]?.message).toBe(
      "Node aks-system-0 (pool 'system'): /var/lib/kubelet/kubeconfig is mode 644, more open than 600.",
    );
  });

  test('compliant modes and owners pass', () => {
    expect(
      run('node-audit.kubelet-kubeconfig-permissions', [file('/var/lib/kubelet/kubeconfig', 0o600)]).findings,
    ).toEqual([]);
    expect(run('node-audit.shadow-permissions', [file('/etc/shadow', 0o000)]).findings).toEqual([]);
    expect(run('node-audit.passwd-permissions', [file('/etc/passwd', 0o644)])).toMatchObject({
      applicable: 1,
      findings: [],
    });
  });

  test('ownership other than root:root fails', () => {
    const result = run('node-audit.client-ca-ownership', [
      file('/etc/kubernetes/certs/ca.crt', 0o600, 1000, 0),
    ]);
    expect(result.findings[0]?.message).toContain('owned by 1000:0, not root:root');
  });

  test('an optional file that does not exist complies (4.1.3: "if a proxy kubeconfig file exists")', () => {
    const result = run('node-audit.proxy-kubeconfig-permissions', [
      { kind: 'file', path: '/var/lib/kube-proxy/kubeconfig', exists: false },
    ]);
    expect(result).toMatchObject({ applicable: 1, findings: [] });
  });

  test('kernel modules must be neither loaded nor loadable; ASLR must be 2', () => {
    expect(
      run('node-audit.module-hfs', [{ kind: 'module', name: 'hfs', loaded: true, disabled: false }]).findings,
    ).toHaveLength(2);
    expect(
      run('node-audit.module-cramfs', [{ kind: 'module', name: 'cramfs', loaded: false, disabled: true }])
        .findings,
    ).toEqual([]);
    expect(
      run('node-audit.aslr', [{ kind: 'sysctl', name: 'kernel.randomize_va_space', value: '1' }]).findings[0]
        ?.message,
    ).toContain('kernel.randomize_va_space is 1, not 2');
  });

  test('without node audit results nothing is judged, and the reason says how to get them', () => {
    expect(run('node-audit.aslr', undefined)).toMatchObject({
      applicable: 0,
      notApplicableReason: expect.stringContaining('--node-audit'),
    });
  });
});

test('a pool whose audit failed is undecided, not passed', () => {
  const check = nodeAuditChecks.find((candidate) => candidate.id === 'node-audit.aslr');
  const pool = makePool({
    name: 'gpu',
    nodeAudit: { node: 'aks-gpu-0', records: [], failure: 'image pull failed' },
  });
  const result = check?.run(modelOf(makeCluster({ name: 'aks-prod', nodePools: [pool] })), {
    defaultNamespace: 'default',
  });
  expect(result).toMatchObject({
    applicable: 0,
    findings: [],
    undecided: [{ resource: 'NodePool/aks-prod/gpu' }],
  });
  expect(result?.undecided[0]?.reason).toContain('image pull failed');
});

test('a module both loaded and loadable gives two findings with distinct fingerprint keys', () => {
  const check = nodeAuditChecks.find((candidate) => candidate.id === 'node-audit.module-hfs');
  const pool = makePool({
    name: 'system',
    nodeAudit: { node: 'n', records: [{ kind: 'module', name: 'hfs', loaded: true, disabled: false }] },
  });
  const keys = check
    ?.run(modelOf(makeCluster({ nodePools: [pool] })), { defaultNamespace: 'default' })
    .findings.map((finding) => finding.key);
  expect(keys).toEqual(['node-audit.module-hfs:loaded', 'node-audit.module-hfs:loadable']);
});
