import { describe, expect, test } from 'vitest';
import { parseKubernetesManifests } from '../../inputs/kubernetes-yaml/index.js';
import { defaultLimits } from '../../inputs/input-format.js';
import { emptyModel } from '../../model/scan-model.js';
import { kubeProxyMetricsCheck } from './kube-proxy.js';

const scan = (yaml: string) => {
  const { objects } = parseKubernetesManifests(yaml, 'kube-proxy.yaml', {
    defaultNamespace: 'default',
    limits: defaultLimits,
  });
  return kubeProxyMetricsCheck.run(
    { ...emptyModel(), kubeObjects: objects },
    { defaultNamespace: 'default' },
  );
};

const daemonSet = (command: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: kube-proxy
  namespace: kube-system
spec:
  template:
    spec:
      containers:
        - name: kube-proxy
          image: registry.k8s.io/kube-proxy:v1.32.4
          command:
            - kube-proxy
            - ${command}
`;

describe('kube-proxy metrics bind address (4.3.1)', () => {
  test('fails a metrics endpoint bound to every interface, at the argument line', () => {
    const result = scan(daemonSet('--metrics-bind-address=0.0.0.0:10249'));
    expect(result.applicable).toBe(1);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      resource: 'DaemonSet/kube-system/kube-proxy',
      container: 'kube-proxy',
      location: { file: 'kube-proxy.yaml', line: 14 },
    });
  });

  test('passes localhost and the default', () => {
    expect(scan(daemonSet('--metrics-bind-address=127.0.0.1:10249')).findings).toEqual([]);
    expect(scan(daemonSet('--v=2'))).toMatchObject({ applicable: 1, findings: [] });
  });

  test('no kube-proxy in the input: nothing to judge', () => {
    expect(scan('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n')).toMatchObject({
      applicable: 0,
    });
  });
});
