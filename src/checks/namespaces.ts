import { valueAt } from '../model/fields.js';
import type { Check } from './check.js';
import { blame, findingOn, resultOf } from './findings.js';

/** CIS 5.6.4: keep workloads out of `default`, so namespaces can separate policy and access. */
export const defaultNamespaceCheck: Check = {
  id: 'namespaces.default-namespace',
  description: 'Namespaced objects placed in the default namespace.',
  scope: 'object',
  run(model, options) {
    const namespaced = model.kubeObjects.filter((object) => object.namespace !== undefined);
    const findings = namespaced
      .filter((object) => object.namespace === 'default')
      .map((object) => {
        const explicit = valueAt(object.body, ['metadata', 'namespace']) !== undefined;
        return findingOn(object, {
          location: blame(object, ['metadata', 'namespace']),
          message: explicit
            ? `${object.kind} "${object.name}" sets metadata.namespace: default`
            : `${object.kind} "${object.name}" has no metadata.namespace, so it is installed into "${options.defaultNamespace}"`,
          key: 'metadata.namespace',
        });
      });
    return resultOf(findings, namespaced.length, 'no namespaced objects in the scanned input');
  },
};
