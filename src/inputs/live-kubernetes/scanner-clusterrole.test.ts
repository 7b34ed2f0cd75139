import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { checks } from '../../checks/registry.js';
import { packageRoot } from '../../package-root.js';
import { pluralOf } from '../../../test/live/fixture-cluster.js';
import { liveKinds } from './kinds.js';

interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  verbs?: string[];
}

interface RbacObject {
  kind: string;
  metadata: { name: string };
  rules?: PolicyRule[];
}

const documents = loadAll(
  readFileSync(join(packageRoot(), 'examples', 'live', 'scanner-clusterrole.yaml'), 'utf8'),
) as RbacObject[];
const roleNamed = (kind: string, name: string): RbacObject => {
  const found = documents.find((document) => document.kind === kind && document.metadata.name === name);
  if (!found) throw new Error(`examples/live/scanner-clusterrole.yaml has no ${kind} ${name}`);
  return found;
};
const scanner = roleNamed('ClusterRole', 'aks-cis-gate-reader');
const nodeAudit = roleNamed('Role', 'aks-cis-gate-node-audit');

/** Every `group/resource verb` a role grants. */
const grantsOf = (role: RbacObject): Set<string> =>
  new Set(
    (role.rules ?? []).flatMap((rule) =>
      (rule.apiGroups ?? []).flatMap((group) =>
        (rule.resources ?? []).flatMap((resource) =>
          (rule.verbs ?? []).map((verb) => `${group}/${resource} ${verb}`),
        ),
      ),
    ),
  );

const groupOf = (apiVersion: string): string =>
  apiVersion.includes('/') ? (apiVersion.split('/')[0] as string) : '';

describe('examples/live/scanner-clusterrole.yaml', () => {
  test('the scanner may get and list exactly the kinds the live scan lists, and read configz', () => {
    const wanted = [
      ...liveKinds.flatMap((kind) =>
        ['get', 'list'].map((verb) => `${groupOf(kind.apiVersion)}/${pluralOf(kind.kind)} ${verb}`),
      ),
      '/nodes/proxy get',
    ].sort();
    expect([...grantsOf(scanner)].sort()).toEqual(wanted);
  });

  test('nothing on secrets, no wildcards, no writes', () => {
    const grants = [...grantsOf(scanner), ...grantsOf(nodeAudit)];
    expect(grants.filter((grant) => grant.includes('secrets') || grant.includes('*'))).toEqual([]);
    expect([...grantsOf(scanner)].filter((grant) => !/ (get|list)$/.test(grant))).toEqual([]);
  });

  test('the node audit Role creates and deletes Jobs and reads their pods and logs, in its namespace only', () => {
    expect([...grantsOf(nodeAudit)].sort()).toEqual(
      ['batch/jobs create', 'batch/jobs delete', '/pods get', '/pods list', '/pods/log get'].sort(),
    );
    expect(documents.filter((document) => document.kind === 'ClusterRole')).toHaveLength(1);
  });

  test('every kind a check declares it reads is one the live scan lists', () => {
    const listed = new Set([...liveKinds.map((kind) => kind.kind), 'nodes/proxy']);
    expect(checks.flatMap((check) => (check.reads ?? []).filter((kind) => !listed.has(kind)))).toEqual([]);
  });
});
