/**
 * CIS Kubernetes 4.3.1: kube-proxy's metrics endpoint should listen on localhost only. On AKS,
 * kube-proxy is the platform's (Microsoft attests Fail: AKS scrapes it centrally), so findings on
 * the AKS-managed DaemonSet carry `platform` and never block; a self-managed kube-proxy is judged.
 */
import { clusterOf, resourceName } from '../../model/kubernetes.js';
import { describeContainer, podTemplatesOf } from '../../model/pod-templates.js';
import { textsOf } from '../../model/fields.js';
import type { Check, FindingDraft } from '../check.js';
import { undecidedPods } from '../findings.js';

const flag = '--metrics-bind-address';
const isLoopback = (address: string) => /^(127\.|localhost(:|$)|\[?::1\]?(:|$))/.test(address);

export const kubeProxyMetricsCheck: Check = {
  id: 'kube-proxy.metrics-bind-address',
  description: 'kube-proxy must bind its metrics endpoint to localhost.',
  reads: ['DaemonSet'],
  run(model) {
    const findings: FindingDraft[] = [];
    let applicable = 0;
    const kubeProxies = model.kubeObjects.filter(
      (object) => object.kind === 'DaemonSet' && object.name === 'kube-proxy',
    );
    for (const object of kubeProxies) {
      for (const template of podTemplatesOf(object)) {
        for (const container of template.containers) {
          applicable += 1;
          for (const field of ['command', 'args'] as const) {
            const words = textsOf(container.body[field]);
            words.forEach((word, index) => {
              const address = word.startsWith(`${flag}=`)
                ? word.slice(flag.length + 1)
                : word === flag
                  ? words[index + 1]
                  : undefined;
              if (address === undefined || isLoopback(address)) return;
              findings.push({
                resource: resourceName(object),
                container: container.name,
                location: object.locate([...container.path, field, index]),
                message: `kube-proxy ${describeContainer(container)} serves metrics on ${address}, beyond localhost.`,
                key: `${container.key}.${flag}`,
                ...(object.platform ? { platform: true } : {}),
                ...clusterOf(object),
                ...(object.uid ? { uid: object.uid } : {}),
              });
            });
          }
        }
      }
    }
    return {
      findings,
      applicable,
      undecided: undecidedPods(kubeProxies, 'container'),
      ...(applicable === 0 ? { notApplicableReason: 'no kube-proxy DaemonSet in the input' } : {}),
    };
  },
};
