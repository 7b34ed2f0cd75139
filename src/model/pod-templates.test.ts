import { inFile } from '../../test/support/check-testing.js';
import { describe, expect, it } from 'vitest';
import { manifestModel } from '../../test/support/check-testing.js';
import { describeContainer, podTemplatesIn, podTemplatesOf } from './pod-templates.js';

const workloads = `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
  namespace: reports
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            team: reporting
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: fetch
              image: busybox
          containers:
            - name: report
              image: contoso/report:1.0
---
apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: app
      image: nginx
  ephemeralContainers:
    - name: debugger
      image: busybox
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
`;

describe('podTemplatesOf', () => {
  const [cronJob, pod, configMap] = manifestModel(workloads).kubeObjects;

  it('finds a CronJob pod spec under its job template, with init containers first', () => {
    const [template] = podTemplatesOf(cronJob!);
    expect(template?.specPath).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'spec']);
    expect(template?.metadata).toEqual({ annotations: { team: 'reporting' } });
    expect(template?.containers.map((container) => [container.kind, container.name, container.key])).toEqual([
      ['initContainer', 'fetch', 'spec.jobTemplate.spec.template.spec.initContainers[fetch]'],
      ['container', 'report', 'spec.jobTemplate.spec.template.spec.containers[report]'],
    ]);
    expect(inFile(cronJob!.locate(template!.containers[1]!.path)).line).toBe(21);
  });

  it('reads a Pod spec and its ephemeral containers', () => {
    const [template] = podTemplatesOf(pod!);
    expect(template?.specPath).toEqual(['spec']);
    expect(template?.containers.map((container) => describeContainer(container))).toEqual([
      'container "app"',
      'ephemeral container "debugger"',
    ]);
    expect(template?.containers[1]?.path).toEqual(['spec', 'ephemeralContainers', 0]);
  });

  it('gives nothing for kinds without pods', () => {
    expect(podTemplatesOf(configMap!)).toEqual([]);
  });

  it('reads every workload kind', () => {
    const kinds = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job'];
    const yaml = kinds
      .map(
        (kind) =>
          `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: w\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n`,
      )
      .join('---\n');
    const found = manifestModel(yaml).kubeObjects.map(
      (object) => podTemplatesOf(object)[0]?.containers[0]?.key,
    );
    expect(found).toEqual(kinds.map(() => 'spec.template.spec.containers[c]'));
  });
});

describe('podTemplatesIn', () => {
  it('reads a model once, however many checks ask', () => {
    const { kubeObjects } = manifestModel(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: app, image: app}]\n',
    );
    const templates = podTemplatesIn(kubeObjects);
    expect(templates.map((template) => template.key)).toEqual(['spec']);
    expect(podTemplatesIn(kubeObjects)).toBe(templates);
  });
});

describe('the unknown fields of a pod template', () => {
  const [deployment] = manifestModel(
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: app}]\n',
  ).kubeObjects;
  const unknownAt = (...paths: (string | number)[][]) =>
    podTemplatesOf({
      ...deployment!,
      unknownFields: paths.map((path) => ({ path, reason: 'known only after apply' })),
    })[0]?.unknownFields?.map((field) => field.path);

  it('keeps those above the template or inside it, in order', () => {
    expect(unknownAt(['spec'], ['id'], ['spec', 'template', 'spec', 'containers', 0, 'image'])).toEqual([
      ['spec'],
      ['spec', 'template', 'spec', 'containers', 0, 'image'],
    ]);
  });

  it('has none when every unknown lies beside the template (the id of a Terraform workload)', () => {
    expect(unknownAt(['id'], ['spec', 'replicas'])).toBeUndefined();
    expect(podTemplatesOf(deployment!)[0]).not.toHaveProperty('unknownFields');
  });
});
