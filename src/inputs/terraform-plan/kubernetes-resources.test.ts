import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { podSecurityChecks } from '../../checks/pod-security.js';
import { serviceAccountChecks } from '../../checks/service-accounts.js';
import type { KubeObject } from '../../model/kubernetes.js';
import type { ScanModel } from '../../model/scan-model.js';
import type { InputResult, SourceFile } from '../input-format.js';
import { parsedJsonOf } from '../parsed-json.js';
import { terraformPlan } from './format.js';
import { planContext, planFileOf, readPlan } from '../../../test/support/terraform-plan.js';

const metadata = (name: string, namespace?: string, labels?: Record<string, string>) => [
  { name, namespace: namespace ?? null, labels: labels ?? null, annotations: null, generate_name: null },
];

function only(result: InputResult): KubeObject {
  expect(result.errors).toEqual([]);
  expect(result.model.kubeObjects).toHaveLength(1);
  return result.model.kubeObjects![0]!;
}

describe('Kubernetes provider resources', () => {
  it('maps RBAC blocks to rules, subjects and roleRef', async () => {
    const binding = only(
      await readPlan([
        {
          type: 'kubernetes_cluster_role_binding_v1',
          name: 'ops',
          values: {
            metadata: metadata('ops-admin'),
            role_ref: [
              { api_group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
            ],
            subject: [
              { kind: 'Group', name: 'ops', api_group: 'rbac.authorization.k8s.io', namespace: null },
              { kind: 'ServiceAccount', name: 'deployer', namespace: 'ci', api_group: null },
            ],
          },
        },
      ]),
    );
    expect(binding).toMatchObject({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding' });
    expect(binding.namespace).toBeUndefined();
    expect(binding.body.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: 'cluster-admin',
    });
    expect(binding.body.subjects).toEqual([
      { kind: 'Group', name: 'ops', apiGroup: 'rbac.authorization.k8s.io' },
      { kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' },
    ]);
  });

  it('keeps a single rule a list and maps non_resource_urls', async () => {
    const role = only(
      await readPlan([
        {
          type: 'kubernetes_cluster_role',
          name: 'metrics',
          values: {
            metadata: metadata('metrics'),
            rule: [
              {
                api_groups: null,
                resources: null,
                verbs: ['get'],
                non_resource_urls: ['/metrics'],
                resource_names: null,
              },
            ],
          },
        },
      ]),
    );
    expect(role.body.rules).toEqual([{ verbs: ['get'], nonResourceURLs: ['/metrics'] }]);
  });

  it('maps a CronJob through jobTemplate to its pod spec, with host namespaces and integer user ids', async () => {
    const cronJob = only(
      await readPlan([
        {
          type: 'kubernetes_cron_job_v1',
          name: 'backup',
          values: {
            metadata: metadata('backup', 'ops'),
            spec: [
              {
                schedule: '0 3 * * *',
                job_template: [
                  {
                    metadata: [],
                    spec: [
                      {
                        template: [
                          {
                            metadata: [],
                            spec: [
                              {
                                host_pid: true,
                                host_ipc: false,
                                security_context: [{ run_as_user: '0', run_as_non_root: false }],
                                container: [{ name: 'backup', image: 'backup:1', security_context: [] }],
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        },
      ]),
    );
    expect(cronJob).toMatchObject({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      namespace: 'ops',
      name: 'backup',
    });
    const jobTemplate = cronJob.body.spec as {
      jobTemplate: { spec: { template: { spec: Record<string, unknown> } } };
    };
    expect(jobTemplate.jobTemplate.spec.template.spec).toEqual({
      hostPID: true,
      hostIPC: false,
      securityContext: { runAsUser: 0, runAsNonRoot: false },
      containers: [{ name: 'backup', image: 'backup:1' }],
    });
  });

  it('maps a block of several items to a list, and drops empty lists and nulls', async () => {
    const container = (name: string, port: unknown[]) => ({ name, port, env: [], security_context: null });
    const ports = [{ container_port: 80 }, { container_port: 443, host_port: 443 }];
    // A list that holds no blocks (`toleration`) is kept as written.
    const pod = { container: [container('a', []), container('b', ports)], toleration: [null], volume: [] };
    const template = [{ metadata: [], spec: [pod] }];
    const values = { metadata: metadata('web'), spec: [{ replicas: '2', template }] };
    const deployment = only(await readPlan([{ type: 'kubernetes_deployment_v1', name: 'web', values }]));
    const spec = deployment.body.spec as { replicas: unknown; template: { spec: unknown } };
    expect(spec.replicas).toBe(2);
    expect(spec.template.spec).toEqual({
      containers: [
        { name: 'a' },
        { name: 'b', ports: [{ containerPort: 80 }, { containerPort: 443, hostPort: 443 }] },
      ],
      tolerations: [null],
    });
  });

  it('maps a ServiceAccount in the default namespace of the scan, with its automount switch', async () => {
    const account = only(
      await readPlan([
        {
          type: 'kubernetes_service_account_v1',
          name: 'builder',
          values: {
            metadata: metadata('builder'),
            automount_service_account_token: true,
            secret: [{ name: 'builder-token' }],
            wait_for_default_secret: false,
          },
        },
      ]),
    );
    expect(account.namespace).toBe('apps');
    expect(account.body).toEqual({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'builder' },
      automountServiceAccountToken: true,
      secrets: [{ name: 'builder-token' }],
    });
  });

  it("maps a namespace's default ServiceAccount, which the provider leaves unnamed, to `default`", async () => {
    const account = only(
      await readPlan([
        {
          type: 'kubernetes_default_service_account_v1',
          name: 'shop',
          values: {
            metadata: [{ namespace: 'shop', name: null, labels: null, annotations: null }],
            automount_service_account_token: false,
          },
          unknown: { metadata: [{ name: true, uid: true }] },
        },
      ]),
    );
    expect([account.kind, account.namespace, account.name]).toEqual(['ServiceAccount', 'shop', 'default']);
    expect(account.body.automountServiceAccountToken).toBe(false);
  });

  it('maps a ReplicationController with its pod template', async () => {
    const controller = only(
      await readPlan([
        {
          type: 'kubernetes_replication_controller_v1',
          name: 'legacy',
          values: {
            metadata: metadata('legacy', 'shop'),
            spec: [
              {
                replicas: '2',
                selector: { app: 'legacy' },
                template: [
                  {
                    metadata: metadata('legacy'),
                    spec: [{ host_network: true, container: [{ name: 'legacy', image: 'legacy:1.0' }] }],
                  },
                ],
              },
            ],
          },
        },
      ]),
    );
    expect([controller.apiVersion, controller.kind]).toEqual(['v1', 'ReplicationController']);
    expect(controller.body.spec).toEqual({
      replicas: 2,
      selector: { app: 'legacy' },
      template: {
        metadata: { name: 'legacy' },
        spec: { hostNetwork: true, containers: [{ name: 'legacy', image: 'legacy:1.0' }] },
      },
    });
  });

  it('keeps Namespace labels as written (map keys are not renamed)', async () => {
    const namespace = only(
      await readPlan([
        {
          type: 'kubernetes_namespace_v1',
          name: 'shop',
          values: {
            metadata: metadata('shop', undefined, { 'pod-security.kubernetes.io/enforce': 'restricted' }),
          },
        },
      ]),
    );
    expect(namespace.namespace).toBeUndefined();
    expect(namespace.body.metadata).toEqual({
      name: 'shop',
      labels: { 'pod-security.kubernetes.io/enforce': 'restricted' },
    });
  });

  it('locates objects without .tf sources in the plan file by address', async () => {
    const pod = only(
      await readPlan([
        {
          type: 'kubernetes_pod_v1',
          name: 'debug',
          values: {
            metadata: metadata('debug', 'tools'),
            spec: [{ container: [{ name: 'shell', image: 'busybox' }] }],
          },
        },
      ]),
    );
    expect(pod.locate(['spec', 'containers', 0, 'securityContext'])).toEqual({
      file: 'plan.json',
      line: 1,
      column: 72,
      address: 'kubernetes_pod_v1.debug',
      terraformAddress: 'kubernetes_pod_v1.debug',
    });
  });

  it('lists a kubernetes_manifest known only after apply instead of guessing it', async () => {
    const result = await readPlan([
      {
        type: 'kubernetes_manifest',
        name: 'crd_object',
        values: { manifest: null },
        unknown: { manifest: true },
      },
    ]);
    expect(result.model.kubeObjects).toEqual([]);
    // Not merely skipped: a resource that will be deployed but could not be checked blocks the gate.
    expect(result.skipped).toEqual([]);
    expect(result.notChecked).toEqual([
      {
        file: 'plan.json',
        line: 1,
        reason:
          'kubernetes_manifest.crd_object is not checked: its manifest is known only after apply (terraform plan)',
        fix: 'write the manifest from values known at plan time, or scan the cluster after apply (`--live`)',
      },
    ]);
  });

  it('marks a namespace that only apply decides, rather than assuming one', async () => {
    const deployment = only(
      await readPlan([
        {
          type: 'kubernetes_deployment_v1',
          name: 'api',
          values: { metadata: [{ name: 'api' }], spec: [] },
          unknown: { metadata: [{ namespace: true }] },
        },
      ]),
    );
    expect(deployment.namespace).toBe('(known after apply)');
  });

  it("maps argument names as names: `constructor` and `to_string` are not Object's own properties", async () => {
    const pod = only(
      await readPlan([
        {
          type: 'kubernetes_pod_v1',
          name: 'web',
          values: {
            metadata: [{ name: 'web', namespace: 'shop' }],
            spec: [
              {
                host_pid: true,
                constructor: 'a',
                to_string: 'b',
                container: [{ name: 'web', image: 'nginx' }],
              },
            ],
          },
        },
      ]),
    );
    const spec = pod.body.spec as Record<string, unknown>;
    expect(Object.entries(spec).filter(([field]) => field !== 'containers')).toEqual([
      ['hostPID', true],
      ['constructor', 'a'],
      ['toString', 'b'],
    ]);
  });

  it('does not check values nested deeper than the limit', async () => {
    let nested: Record<string, unknown> = { name: 'leaf' };
    for (let depth = 0; depth < 80; depth += 1) nested = { level: [nested] };
    const result = await readPlan([
      { type: 'kubernetes_pod_v1', name: 'deep', values: { metadata: metadata('deep'), spec: [nested] } },
    ]);
    expect(result.model.kubeObjects).toEqual([]);
    expect(result.notChecked?.[0]?.reason).toMatch(
      /^kubernetes_pod_v1\.deep is not checked: its values nest deeper/,
    );
  });
});

describe('values known only after apply', () => {
  it('are named by their Kubernetes field, so the checks that read them are not evaluated', async () => {
    const container = {
      name: 'web',
      image: 'contoso.azurecr.io/web:1.0',
      security_context: [{ privileged: null }],
    };
    const result = await readPlan([
      {
        type: 'kubernetes_deployment_v1',
        name: 'web',
        values: {
          metadata: metadata('web', 'shop'),
          spec: [{ template: [{ metadata: [{}], spec: [{ container: [container], host_network: null }] }] }],
        },
        unknown: {
          spec: [
            {
              template: [
                { spec: [{ container: [{ security_context: [{ privileged: true }] }], host_network: true }] },
              ],
            },
          ],
        },
      },
    ]);
    const deployment = only(result);
    expect(deployment.unknownFields?.map((field) => field.path.join('.'))).toEqual([
      'spec.template.spec.hostNetwork',
      'spec.template.spec.containers.0.securityContext.privileged',
    ]);
    const privileged = podSecurityChecks.find((check) => check.id === 'pod-security.privileged');
    const outcome = privileged?.run(result.model as ScanModel, { defaultNamespace: 'apps' });
    expect(outcome).toMatchObject({ findings: [], applicable: 0 });
    expect(outcome?.undecided[0]?.reason).toBe(
      'spec.template.spec.containers.0.securityContext.privileged: known only after apply (terraform plan)',
    );
  });
});

describe('a pod spec or container list known only after apply', () => {
  const deployment = (values: Record<string, unknown>, unknown: Record<string, unknown>) =>
    readPlan([
      {
        type: 'kubernetes_deployment_v1',
        name: 'web',
        values: { metadata: metadata('web', 'shop'), ...values },
        unknown,
      },
    ]);
  const run = (result: InputResult, checks: typeof podSecurityChecks, id: string) =>
    checks.find((check) => check.id === id)?.run(result.model as ScanModel, { defaultNamespace: 'apps' });

  it('leaves every pod and container check undecided for the workload, instead of dropping it', async () => {
    const result = await deployment({}, { spec: true });
    expect(only(result).unknownFields?.map((field) => field.path.join('.'))).toEqual(['spec']);
    for (const [checks, id] of [
      [podSecurityChecks, 'pod-security.privileged'],
      [podSecurityChecks, 'pod-security.host-path'],
      [serviceAccountChecks, 'service-accounts.default-used'],
      [serviceAccountChecks, 'service-accounts.token-automount'],
    ] as const) {
      const outcome = run(result, checks, id);
      expect({ id, findings: outcome?.findings, undecided: outcome?.undecided }).toEqual({
        id,
        findings: [],
        undecided: [
          expect.objectContaining({
            resource: 'Deployment/shop/web',
            reason: 'spec.template.spec: known only after apply (terraform plan)',
          }),
        ],
      });
    }
  });

  it('an unknown container list leaves the container checks undecided and the pod checks judged', async () => {
    const result = await deployment(
      { spec: [{ template: [{ metadata: [{}], spec: [{ host_pid: true }] }] }] },
      { spec: [{ template: [{ spec: [{ container: true }] }] }] },
    );
    expect(run(result, podSecurityChecks, 'pod-security.privileged')?.undecided).toEqual([
      expect.objectContaining({
        resource: 'Deployment/shop/web',
        reason: 'spec.template.spec.containers: known only after apply (terraform plan)',
      }),
    ]);
    const hostPid = run(result, podSecurityChecks, 'pod-security.host-pid');
    expect(hostPid?.undecided).toEqual([]);
    expect(hostPid?.findings.map((finding) => [finding.resource, finding.key])).toEqual([
      ['Deployment/shop/web', 'spec.template.spec:hostPID'],
    ]);
  });

  it("an unknown field deeper down is that field's, not the whole pod's", async () => {
    const result = await deployment(
      {
        spec: [{ template: [{ metadata: [{}], spec: [{ container: [{ name: 'web', image: 'nginx' }] }] }] }],
      },
      { spec: [{ template: [{ spec: [{ container: [{ security_context: true }] }] }] }] },
    );
    expect(run(result, podSecurityChecks, 'pod-security.privileged')?.undecided).toEqual([
      expect.objectContaining({
        reason:
          'spec.template.spec.containers.0.securityContext.privileged: known only after apply (terraform plan)',
      }),
    ]);
  });
});

describe('arguments the configuration does not write', () => {
  /** A Deployment whose service_account_name the plan knows only after apply, under `expressions`. */
  const deploymentWithUnknownAccount = (expressions: Record<string, unknown>) =>
    readPlan([
      {
        type: 'kubernetes_deployment_v1',
        name: 'web',
        values: {
          metadata: metadata('web', 'shop'),
          spec: [
            {
              template: [
                {
                  metadata: [{}],
                  spec: [{ container: [{ name: 'web', image: 'nginx' }], service_account_name: null }],
                },
              ],
            },
          ],
        },
        unknown: { spec: [{ template: [{ spec: [{ service_account_name: true }] }] }] },
        expressions,
      },
    ]);
  const defaultUsed = (result: InputResult) =>
    serviceAccountChecks
      .find((check) => check.id === 'service-accounts.default-used')
      ?.run(result.model as ScanModel, { defaultNamespace: 'apps' });

  it("are the provider's computed defaults, so an unknown there is an unset field, not an unknown one", async () => {
    const result = await deploymentWithUnknownAccount({
      metadata: [{ name: { constant_value: 'web' } }],
      spec: [{ template: [{ spec: [{ container: [{ name: { constant_value: 'web' } }] }] }] }],
    });
    expect(only(result).unknownFields).toBeUndefined();
    expect(defaultUsed(result)?.findings.map((finding) => finding.message)).toEqual([
      'Deployment "web" runs as the default service account (serviceAccountName is unset)',
    ]);
  });

  it('an argument the configuration writes from something known only after apply leaves the check undecided', async () => {
    const written = { references: ['kubernetes_service_account_v1.web.metadata[0].name'] };
    const outcome = defaultUsed(
      await deploymentWithUnknownAccount({
        spec: [{ template: [{ spec: [{ service_account_name: written }] }] }],
      }),
    );
    expect(outcome?.findings).toEqual([]);
    expect(outcome?.undecided[0]?.reason).toBe(
      'spec.template.spec.serviceAccountName: known only after apply (terraform plan)',
    );
  });
});

type PodPlanValues = { root_module: { resources: { values: object }[] } };

describe('memory', () => {
  /** Reads a plan of one pod; only weak references to the plan file and the pod's parsed values are kept. */
  async function readPodPlan(): Promise<{
    planFile: WeakRef<SourceFile>;
    planValues: WeakRef<object>;
    pod?: KubeObject;
  }> {
    const file = planFileOf([
      {
        type: 'kubernetes_pod_v1',
        name: 'web',
        values: { metadata: metadata('web'), spec: [{ container: [{ name: 'web', image: 'nginx' }] }] },
      },
    ]);
    // The reader takes the value parsed here, as it takes the one ARM detection parsed.
    const parsed = parsedJsonOf(file) as { ok: true; value: { planned_values: PodPlanValues } };
    const planValues = parsed.value.planned_values.root_module.resources[0]!.values;
    const { model } = await terraformPlan.read([file], planContext);
    return { planFile: new WeakRef(file), planValues: new WeakRef(planValues), pod: model.kubeObjects?.[0] };
  }

  /** readPodPlan, then a full garbage collection: what is still referenced weakly is kept by the model. */
  async function readPodPlanThenCollect(): ReturnType<typeof readPodPlan> {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const read = await readPodPlan();
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    return read;
  }

  // Objects keep their locator until the scan ends; if it held the plan's sources, a 50 MB plan
  // (its text and every parsed value) would stay in memory through the checks and the report.
  it('lets the plan file go once it is read, while objects still locate their fields', async () => {
    const { planFile, pod } = await readPodPlanThenCollect();
    expect(planFile.deref()).toBeUndefined();
    expect(pod?.locate(['spec', 'containers', 0, 'image'])).toMatchObject({ file: 'plan.json', line: 1 });
  });

  // The object's body is a mapped copy: the plan's own values (a 50 MB plan's, for 2,000
  // deployments) must not stay reachable through its locate or its unknown fields.
  it('lets the parsed plan values go once an object is made of them', async () => {
    const { planValues, pod } = await readPodPlanThenCollect();
    expect(planValues.deref()).toBeUndefined();
    expect(pod?.body.kind).toBe('Pod');
  });
});
