import type { Check, CheckResult } from '../../src/checks/check.js';
import type { Cluster, NodePool } from '../../src/model/cluster.js';
import type { KubeObject } from '../../src/model/kubernetes.js';
import type { SourceLocation } from '../../src/model/location.js';
import { setTo, type Setting } from '../../src/model/setting.js';
import { makeCluster, makePool } from './cluster-factory.js';
import type { Catalog, CatalogRule } from '../../src/benchmarks/catalog.js';

/** Small hand-made models, catalogs and checks for the engine's own tests. */

export const at = (file: string, line: number, template?: string): SourceLocation => ({
  file,
  line,
  column: 1,
  ...(template === undefined ? {} : { template }),
});

export function kubeObject(
  kind: string,
  name: string,
  namespace: string | undefined,
  location: SourceLocation,
  annotations?: Record<string, string>,
  fieldLines: Record<string, number> = {},
): KubeObject {
  return {
    apiVersion: 'v1',
    kind,
    name,
    namespace,
    body: { metadata: { name, ...(annotations === undefined ? {} : { annotations }) } },
    location,
    locate: (path) => {
      const line = fieldLines[path.join('.')];
      return line === undefined ? location : { ...location, line };
    },
    origin: 'manifest',
  };
}

export function nodePool(name: string, osSku: Setting<string>, location: SourceLocation): NodePool {
  return makePool({ name, location, osSku, osType: setTo('Linux', location) });
}

export function cluster(name: string, version: Setting<string>, nodePools: NodePool[] = []): Cluster {
  return makeCluster({
    name,
    id: `cluster:${name}`,
    location: version.location,
    kubernetesVersion: version,
    nodePools,
  });
}

export function rule(id: string, overrides: Partial<CatalogRule> = {}): CatalogRule {
  return {
    id,
    title: `Rule ${id}`,
    section: id.split('.').slice(0, 2).join('.'),
    assessment: 'Automated',
    level: 'L1',
    aksStatus: 'Depends on Environment',
    aksReason: 'Microsoft says it depends',
    responsibility: 'user',
    remediation: `Fix ${id}`,
    checks: [],
    ...overrides,
  };
}

export function catalog(id: string, overrides: Partial<Catalog> = {}): Catalog {
  return {
    id,
    family: 'cis-kubernetes',
    title: `Catalog ${id}`,
    version: id.replace(/^.*-v/, ''),
    source: 'test',
    sections: [{ id: '5', title: 'Policies' }],
    rules: [],
    ...overrides,
  };
}

/** A check that returns a fixed result, counting how often it ran. */
export function fixedCheck(id: string, result: Partial<CheckResult>): Check & { runs: number } {
  const check = {
    id,
    description: `test check ${id}`,
    runs: 0,
    run(): CheckResult {
      check.runs += 1;
      return { findings: [], applicable: 0, undecided: [], ...result };
    },
  };
  return check;
}
