/**
 * Helm-like manifest streams for the benchmark: what `helm template` prints for a fleet of
 * small services, each a ServiceAccount, ConfigMap, Role, RoleBinding, Service and Deployment
 * with `# Source:` comments, labels, probes, resources and volumes, about 1.1 KB per object.
 */

const objectsPerService = 6;

function service(index: number): string {
  const name = `svc-${index}`;
  const namespace = `team-${index % 40}`;
  /** The document start, Helm's `# Source:` comment and the metadata every object of the service shares. */
  const header = (template: string, apiVersion: string, kind: string, objectName: string) => `---
# Source: fleet/templates/${name}/${template}.yaml
apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: ${objectName}
  namespace: ${namespace}
  labels:
    app.kubernetes.io/name: ${name}
    app.kubernetes.io/instance: fleet
    app.kubernetes.io/managed-by: Helm
    helm.sh/chart: fleet-1.4.2`;
  return `${header('serviceaccount', 'v1', 'ServiceAccount', name)}
automountServiceAccountToken: false
${header('configmap', 'v1', 'ConfigMap', `${name}-settings`)}
data:
  LOG_LEVEL: info
  UPSTREAM_URL: "http://svc-${(index + 1) % 1000}.team-${(index + 1) % 40}.svc.cluster.local:8080"
  FEATURE_FLAGS: "checkout=on,search=${index % 2 === 0 ? 'on' : 'off'}"
${header('role', 'rbac.authorization.k8s.io/v1', 'Role', name)}
rules:
  - apiGroups: [""]
    resources: [configmaps]
    resourceNames: [${name}-settings]
    verbs: [get, watch]
${index % 10 === 0 ? '  - apiGroups: [""]\n    resources: [secrets]\n    verbs: [get, list]\n' : ''}${header('rolebinding', 'rbac.authorization.k8s.io/v1', 'RoleBinding', name)}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: ${name}
subjects:
  - kind: ServiceAccount
    name: ${name}
    namespace: ${namespace}
${header('service', 'v1', 'Service', name)}
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: 8080
      targetPort: http
${header('deployment', 'apps/v1', 'Deployment', name)}
spec:
  replicas: ${1 + (index % 3)}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
      annotations:
        checksum/config: ${(index * 2654435761).toString(16).padStart(16, '0')}
    spec:
      serviceAccountName: ${name}
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: ${10000 + index}
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: app
          image: "registry.example.com/fleet/${name}:1.4.${index % 7}"
          imagePullPolicy: IfNotPresent
          ports:
            - name: http
              containerPort: 8080
          envFrom:
            - configMapRef:
                name: ${name}-settings
          env:
            - name: POD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
${index % 5 === 0 ? '            - name: API_TOKEN\n              valueFrom:\n                secretKeyRef:\n                  name: api-token\n                  key: token\n' : ''}          readinessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 10
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
            limits:
              memory: 128Mi
          securityContext:
            allowPrivilegeEscalation: ${index % 9 === 0 ? 'true' : 'false'}
            readOnlyRootFilesystem: true
            capabilities:
              drop: [ALL]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {}
`;
}

/** A stream of at least `objects` objects (rounded up to whole services). */
export function generateManifestStream(objects: number): string {
  const services = Math.ceil(objects / objectsPerService);
  const parts: string[] = [];
  for (let index = 0; index < services; index += 1) parts.push(service(index));
  return parts.join('');
}

export const objectsInStream = (objects: number): number =>
  Math.ceil(objects / objectsPerService) * objectsPerService;
