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
});
