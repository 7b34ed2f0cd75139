import { describe, expect, test } from 'vitest';
import { aksKubeletConfig } from '../../../test/live/aks-cluster.js';
import { makeCluster, makePool, modelOf } from '../../../test/support/cluster-factory.js';
import type { Check } from '../check.js';
import { kubeletChecks } from './kubelet-config.js';

const checkById = (id: string): Check => {
  const check = kubeletChecks.find((candidate) => candidate.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
};

const modelWith = (config: Record<string, unknown> | undefined) =>
  modelOf(
    makeCluster({
      name: 'aks-prod',
      nodePools: [makePool({ name: 'user', ...(config ? { liveKubeletConfig: config } : {}) })],
    }),
  );

const options = { defaultNamespace: 'default' };

describe('kubelet configuration checks', () => {
  test.each(kubeletChecks.map((check) => check.id))('%s passes AKS-as-shipped configuration', (id) => {
    const result = checkById(id).run(modelWith(aksKubeletConfig), options);
    expect(result).toMatchObject({ applicable: 1, findings: [] });
  });

  test.each([
    [
      'kubelet.anonymous-auth',
      { authentication: { anonymous: { enabled: true } } },
      'authentication.anonymous.enabled is true',
    ],
    [
      'kubelet.authorization-mode',
      { authorization: { mode: 'AlwaysAllow' } },
      'authorization.mode is "AlwaysAllow"',
    ],
    ['kubelet.client-ca', { authentication: { x509: {} } }, 'authentication.x509.clientCAFile is not set'],
    ['kubelet.read-only-port', { readOnlyPort: 10255 }, 'readOnlyPort is 10255'],
    [
      'kubelet.streaming-idle-timeout',
      { streamingConnectionIdleTimeout: '0s' },
      'streamingConnectionIdleTimeout is 0',
    ],
    ['kubelet.iptables-util-chains', { makeIPTablesUtilChains: false }, 'makeIPTablesUtilChains is false'],
    ['kubelet.event-qps', { eventRecordQPS: 2 }, 'eventRecordQPS is 2'],
    ['kubelet.rotate-certificates', { rotateCertificates: false }, 'rotateCertificates is false'],
    [
      'kubelet.rotate-server-certificates',
      { featureGates: { RotateKubeletServerCertificate: false }, serverTLSBootstrap: false },
      'RotateKubeletServerCertificate is false',
    ],
    [
      'kubelet.tls-ciphers',
      { tlsCipherSuites: ['TLS_RSA_WITH_3DES_EDE_CBC_SHA'] },
      'weak suites: TLS_RSA_WITH_3DES_EDE_CBC_SHA',
    ],
    ['kubelet.tls-ciphers', { tlsCipherSuites: undefined }, 'tlsCipherSuites is not set'],
  ])('%s fails %j', (id, override, message) => {
    const result = checkById(id).run(modelWith({ ...aksKubeletConfig, ...override }), options);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ resource: 'NodePool/aks-prod/user', cluster: 'aks-prod' });
    expect(result.findings[0]?.message).toContain(message);
  });

  test('without a live kubelet configuration nothing is judged, and the reason says so', () => {
    const result = checkById('kubelet.read-only-port').run(modelWith(undefined), options);
    expect(result).toMatchObject({
      applicable: 0,
      findings: [],
      notApplicableReason: expect.stringContaining('live scan'),
    });
  });

  test('every kubelet check declares what it reads, so a 403 on nodes/proxy leaves its rows not evaluated', () => {
    for (const check of kubeletChecks) expect(check.reads).toContain('nodes/proxy');
  });
});
