import { describe, expect, it } from 'vitest';
import { shapeProblemsOf } from './object-shapes.js';

const fieldsOf = (kind: string, body: Record<string, unknown>) =>
  shapeProblemsOf({ kind, name: 'x', body }).map((problem) => problem.path.join('.'));

describe('shapeProblemsOf', () => {
  it("reports in the order of the kind's rules, then of the fields, whatever order the walk takes", () => {
    const deployment = {
      metadata: { name: 'x', labels: ['a'] },
      spec: {
        template: {
          spec: {
            containers: ['first', { securityContext: [] }, 'third', { env: { a: 1 } }],
            initContainers: { name: 'init' },
          },
        },
      },
    };
    expect(fieldsOf('Deployment', deployment)).toEqual([
      'metadata.labels',
      'spec.template.spec.initContainers',
      'spec.template.spec.containers.0',
      'spec.template.spec.containers.2',
      'spec.template.spec.containers.1.securityContext',
      'spec.template.spec.containers.3.env',
    ]);
  });

  it('reports the highest wrong field only, and takes null fields as unset', () => {
    expect(fieldsOf('Pod', { spec: { containers: { securityContext: 'x' } } })).toEqual(['spec.containers']);
    expect(fieldsOf('Pod', { spec: 'x' })).toEqual(['spec']);
    expect(fieldsOf('Pod', { metadata: null, spec: { containers: [null, { ports: null }] } })).toEqual([]);
  });

  it('reads the metadata of kinds without rules of their own', () => {
    expect(fieldsOf('ConfigMap', { metadata: { annotations: 'x' }, data: [] })).toEqual([
      'metadata.annotations',
    ]);
    expect(shapeProblemsOf({ kind: 'Role', name: 'reader', body: { rules: [{ verbs: 'get' }] } })).toEqual([
      {
        path: ['rules', 0, 'verbs'],
        message:
          'Role "reader": rules[0].verbs is a string, where Kubernetes takes a list; the checks cannot read it',
      },
    ]);
  });

  // Each kind's tree is built on its first object (4adf572): the same problems on its later objects,
  // and a kind named like an object's property is a kind without rules of its own.
  it("finds the same problems on a kind's first object and its later ones", () => {
    const cronJob = { spec: { jobTemplate: { spec: { template: { spec: { containers: {} } } } } } };
    const first = fieldsOf('CronJob', cronJob);
    expect(first).toEqual(['spec.jobTemplate.spec.template.spec.containers']);
    expect(fieldsOf('CronJob', { spec: [] })).toEqual(['spec']);
    expect(fieldsOf('CronJob', cronJob)).toEqual(first);
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(fieldsOf(kind, { metadata: { labels: 'x' }, spec: [] })).toEqual(['metadata.labels']);
  });
});
