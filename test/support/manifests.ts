/** A Role in namespace shop that reads secrets: CIS Kubernetes 5.1.2, an Automated rule, fails at its line 7. */
export const secretsRole = (name: string): string => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ${name}
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [secrets]
    verbs: [get]
`;
