/**
 * The cases every single-setting check must get right, generated from one table row per check:
 * a stated compliant value, a stated failing value (blamed at its line), the AKS default when
 * the property is left out, a deploy-time value (undecided, never a pass), several clusters
 * (each finding names its own), and an input without clusters.
 */
import { describe, expect, it } from 'vitest';
import type { Cluster, NodePool } from '../../src/model/cluster.js';
import type { Setting } from '../../src/model/setting.js';
import type { Check } from '../../src/checks/check.js';
import { deployTime, lineOf, makeCluster, makePool, modelOf, onCluster, stated } from './cluster-factory.js';

type SettingFields<Shape> = Extract<
  { [K in keyof Shape]-?: Shape[K] extends Setting<unknown> ? K : never }[keyof Shape],
  string
>;

export interface SettingCheckCases<T> {
  check: Check;
  /** The model field the check reads, on the cluster or on its (only) node pool. */
  field: { cluster: SettingFields<Cluster> } | { pool: SettingFields<NodePool> };
  compliant: T;
  noncompliant: T;
  /** The exact finding message for `noncompliant`. */
  message: string;
  /** The finding key's property part. */
  key: string;
  /** Whether AKS's default (property left out) fails the check. */
  defaultFails: boolean;
}

const options = { defaultNamespace: 'default' };

export function describeSettingCheck<T>(cases: SettingCheckCases<T>): void {
  const onPool = 'pool' in cases.field;
  const clusterWith = (name: string, setting: Setting<T>): Cluster => {
    const field = cases.field;
    return 'pool' in field
      ? makeCluster({ name, nodePools: [makePool({ [field.pool]: setting })] })
      : makeCluster({ name, [field.cluster]: setting });
  };
  const resourceOf = (cluster: string): string =>
    onPool ? `NodePool/${cluster}/system` : `ManagedCluster/${cluster}`;
  const key = onPool ? `system:${cases.key}` : cases.key;
  const run = (...clusters: Cluster[]) => cases.check.run(modelOf(...clusters), options);

  describe(`${cases.check.id} (common cases)`, () => {
    it('passes a stated compliant value', () => {
      const result = run(clusterWith('aks-prod', stated(cases.compliant, 7)));
      expect(result).toMatchObject({ findings: [], applicable: 1, undecided: [] });
      expect(result.notApplicableReason).toBeUndefined();
    });

    it('fails a stated non-compliant value at its line', () => {
      expect(run(clusterWith('aks-prod', stated(cases.noncompliant, 7))).findings).toEqual([
        {
          resource: resourceOf('aks-prod'),
          ...onCluster(),
          location: lineOf(7),
          message: cases.message,
          key,
        },
      ]);
    });

    it(`applies the AKS default when the property is left out (${cases.defaultFails ? 'fails' : 'passes'})`, () => {
      const cluster = makeCluster();
      const declaration = onPool ? lineOf(20) : lineOf(1);
      const result = run(cluster);
      expect(result.applicable).toBe(1);
      expect(result.findings).toEqual(
        cases.defaultFails
          ? [
              {
                resource: resourceOf('aks-prod'),
                ...onCluster(),
                location: declaration,
                message: expect.stringContaining('not set; AKS default'),
                key,
              },
            ]
          : [],
      );
    });

    it('leaves a deploy-time value undecided, with its reason and location', () => {
      const result = run(clusterWith('aks-prod', deployTime(9)));
      expect(result.findings).toEqual([]);
      expect(result.undecided).toEqual([
        {
          reason: expect.stringContaining('resolves only at deployment'),
          resource: resourceOf('aks-prod'),
          location: lineOf(9),
        },
      ]);
    });

    it('judges several clusters separately and names each in its findings', () => {
      const result = run(
        clusterWith('aks-east', stated(cases.noncompliant, 7)),
        clusterWith('aks-west', stated(cases.compliant, 8)),
        clusterWith('aks-north', stated(cases.noncompliant, 30)),
      );
      expect(result.applicable).toBe(3);
      expect(
        result.findings.map((finding) => [finding.cluster, finding.resource, finding.location.line]),
      ).toEqual([
        ['aks-east', resourceOf('aks-east'), 7],
        ['aks-north', resourceOf('aks-north'), 30],
      ]);
    });

    it('has nothing to judge without a cluster', () => {
      expect(run()).toEqual({
        findings: [],
        applicable: 0,
        undecided: [],
        notApplicableReason: 'no AKS cluster in the scanned input',
      });
    });
  });
}
