import type { KubeObject } from '../model/kubernetes.js';
import type { Check } from './check.js';
import { findingOn, resultOf } from './findings.js';

/**
 * The policies that count for CIS 5.3.2, which asks for network policies defined in every
 * namespace: namespaced ones, Kubernetes NetworkPolicy (also the Calico API's kind of that
 * name) and CiliumNetworkPolicy. Cluster-wide policies (Calico GlobalNetworkPolicy,
 * CiliumClusterwideNetworkPolicy) do not, even one whose selector names the namespace: their
 * selectors match labels that other tools and admission controllers set at run time, so the
 * input cannot show which namespaces they cover, and they belong to no namespace whose owner
 * would review them.
 */
const namespacePolicyKinds = new Set(['NetworkPolicy', 'CiliumNetworkPolicy']);

/** CIS 5.3.2: every namespace, declared or used by a namespaced object, has a NetworkPolicy. */
export const namespacesWithoutPolicyCheck: Check = {
  id: 'network.namespaces-without-policy',
  description:
    'Namespaces, declared or used, that have no namespaced network policy (NetworkPolicy, CiliumNetworkPolicy) in the scanned input; cluster-wide policies do not count.',
  run(model) {
    const covered = new Set(
      model.kubeObjects
        .filter((object) => namespacePolicyKinds.has(object.kind))
        .map((object) => object.namespace),
    );
    // The Namespace object when the input declares it, else the first object placed in it.
    const anchors = new Map<string, KubeObject>();
    for (const object of model.kubeObjects) {
      if (object.kind === 'Namespace' && object.namespace === undefined) anchors.set(object.name, object);
    }
    for (const object of model.kubeObjects) {
      if (object.namespace !== undefined && !anchors.has(object.namespace))
        anchors.set(object.namespace, object);
    }
    const findings = [...anchors]
      .filter(([namespace]) => !covered.has(namespace))
      .map(([namespace, anchor]) => ({
        ...findingOn(anchor, {
          location: anchor.location,
          message:
            anchor.kind === 'Namespace'
              ? `Namespace "${namespace}" has no NetworkPolicy in the scanned input`
              : `Namespace "${namespace}" (used by ${anchor.kind} "${anchor.name}") has no NetworkPolicy in the scanned input`,
          key: `namespace:${namespace}`,
        }),
        resource: `Namespace/${namespace}`,
      }));
    return resultOf(findings, anchors.size, 'no namespaces declared or used in the scanned input');
  },
};
