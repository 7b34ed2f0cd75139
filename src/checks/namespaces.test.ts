import { inFile } from '../../test/support/check-testing.js';
import { describe, expect, it } from 'vitest';
import { manifestModel, runCheck } from '../../test/support/check-testing.js';
import { defaultNamespaceCheck } from './namespaces.js';

const yaml = `apiVersion: v1
kind: ConfigMap
metadata:
  name: implicit
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: explicit
  namespace: default
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: elsewhere
  namespace: shop
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: reader
`;

describe('namespaces.default-namespace', () => {
  it('flags explicit and implicit use of default, not cluster-scoped kinds', () => {
    const result = runCheck(defaultNamespaceCheck, manifestModel(yaml));
    expect(result.applicable).toBe(3);
    expect(
      result.findings.map((finding) => [inFile(finding.location).line, finding.resource, finding.message]),
    ).toEqual([
      [
        1,
        'ConfigMap/default/implicit',
        'ConfigMap "implicit" has no metadata.namespace, so it is installed into "default"',
      ],
      [10, 'ConfigMap/default/explicit', 'ConfigMap "explicit" sets metadata.namespace: default'],
    ]);
  });

  it('says why nothing was judged', () => {
    const clusterScoped = manifestModel('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n');
    expect(runCheck(defaultNamespaceCheck, clusterScoped)).toMatchObject({
      applicable: 0,
      notApplicableReason: 'no namespaced objects in the scanned input',
    });
  });
});
