import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { liveSource } from '../src/inputs/live/live-source.js';
import type { ScanReport } from '../src/results/results.js';
import { scan } from '../src/scan.js';
import {
  liveExpectationsOf,
  liveFixtureLanguage,
  listFixtures,
  type LiveExpectation,
} from './fixture-markers.js';
import { nodeAuditNamespace, startFixtureCluster, type LiveFixture } from './live/fixture-cluster.js';
import type { LiveCluster } from './live/live-cluster.js';

let cluster: LiveCluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

/** Findings of one check as `family:id @ resource`, once per fingerprint, platform ones marked. */
function findingsOfCheck(report: ScanReport, checkId: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const benchmark of report.benchmarks) {
    for (const rule of benchmark.rules) {
      for (const finding of rule.findings) {
        if (finding.check !== checkId || seen.has(finding.fingerprint)) continue;
        seen.add(finding.fingerprint);
        found.push(
          expectationText({
            rule: `${benchmark.family}:${rule.id}`,
            resource: finding.resource,
            ...(finding.platform ? { platform: true } : {}),
          }),
        );
      }
    }
  }
  return found.sort();
}

const expectationText = (expectation: LiveExpectation): string =>
  `${expectation.rule} @ ${expectation.resource}${expectation.platform ? ' (platform)' : ''}`;

const fixtures = listFixtures([liveFixtureLanguage]);

describe('live check fixtures: each finding of the check exactly as the sidecar says', () => {
  test('fixtures exist', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    test(fixture.name, async () => {
      const data = JSON.parse(readFileSync(join(fixture.cwd, fixture.scanPath), 'utf8')) as LiveFixture;
      cluster = await startFixtureCluster(data);
      const report = await scan({
        paths: [],
        cwd: tmpdir(),
        benchmarks: ['cis-kubernetes', 'cis-aks', 'cis-azure-linux'],
        sources: [
          liveSource({
            kubeconfig: cluster.kubeconfig,
            context: undefined,
            azureClusterId: undefined,
            armEndpoint: undefined,
            authorityHost: undefined,
            requestTimeoutSeconds: 10,
            pageSize: 500,
            countPlatformWorkloads: false,
            nodeAudit:
              data.nodeAudit === undefined
                ? undefined
                : { image: 'busybox:1.36', namespace: nodeAuditNamespace },
          }),
        ],
      });
      expect(report.errors).toEqual([]);
      const expected = liveExpectationsOf(fixture).map(expectationText).sort();
      if (fixture.kind === 'fail') {
        expect(
          expected.filter((entry) => !entry.endsWith('(platform)')).length,
          'a fail fixture needs a counted finding',
        ).toBeGreaterThan(0);
      } else {
        expect(
          expected.filter((entry) => !entry.endsWith('(platform)')),
          'a pass fixture expects no counted finding',
        ).toEqual([]);
      }
      expect(findingsOfCheck(report, fixture.checkId)).toEqual(expected);
    });
  }
});
