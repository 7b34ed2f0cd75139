import { inFile } from '../../test/support/check-testing.js';
import { describe, expect, it } from 'vitest';
import { manifestModel, runCheck } from '../../test/support/check-testing.js';
import { namespacesWithoutPolicyCheck } from './network-policies.js';

describe('network.namespaces-without-policy', () => {
  it('flags declared and used namespaces that no policy covers', () => {
    const model = manifestModel({
      'namespaces.yaml':
        'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: quiet\n',
      'app.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  namespace: orders\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: shop\n',
      'policy.yaml':
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: shop\nspec:\n  podSelector: {}\n',
    });
    const result = runCheck(namespacesWithoutPolicyCheck, model);
    expect(result.applicable).toBe(3);
    expect(
      result.findings.map((finding) => [
        inFile(finding.location).file,
        inFile(finding.location).line,
        finding.resource,
        finding.message,
      ]),
    ).toEqual([
      [
        'namespaces.yaml',
        6,
        'Namespace/quiet',
        'Namespace "quiet" has no NetworkPolicy in the scanned input',
      ],
      [
        'app.yaml',
        1,
        'Namespace/orders',
        'Namespace "orders" (used by Service "api") has no NetworkPolicy in the scanned input',
      ],
    ]);
  });

  it('counts a Cilium namespaced policy', () => {
    const model = manifestModel(
      'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n  name: l7\n  namespace: shop\nspec: {}\n',
    );
    expect(runCheck(namespacesWithoutPolicyCheck, model)).toMatchObject({ findings: [], applicable: 1 });
  });

  it('says why nothing was judged', () => {
    const model = manifestModel(
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\n',
    );
    expect(runCheck(namespacesWithoutPolicyCheck, model)).toMatchObject({
      applicable: 0,
      notApplicableReason: 'no namespaces declared or used in the scanned input',
    });
  });
});
