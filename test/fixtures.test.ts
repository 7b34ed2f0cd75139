import { afterAll, describe, expect, test } from 'vitest';
import { findBicep, openBicepSession } from '../src/inputs/bicep/compiler.js';
import type { ScanReport } from '../src/report/report.js';
import { scan } from '../src/scan.js';
import { expectationsOf, listFixtures, type Expectation, type Fixture } from './fixture-markers.js';

interface FoundFinding {
  /** `family:id @ file:line`, the form markers are compared in. */
  at: string;
  message: string;
}

/**
 * Findings of one check in every family, once per fingerprint (several catalog versions repeat
 * them): a finding under a family that no marker names is as unexpected as a wrong line.
 */
function findingsOfCheck(report: ScanReport, checkId: string): FoundFinding[] {
  const seen = new Set<string>();
  const found: FoundFinding[] = [];
  for (const benchmark of report.benchmarks) {
    for (const rule of benchmark.rules) {
      for (const finding of rule.findings) {
        if (finding.check !== checkId || seen.has(finding.fingerprint)) continue;
        seen.add(finding.fingerprint);
        found.push({
          at: `${benchmark.family}:${rule.id} @ ${finding.file}:${finding.line}`,
          message: finding.message,
        });
      }
    }
  }
  return found.sort((a, b) => a.at.localeCompare(b.at));
}

const expectedAt = (expectation: Expectation): string =>
  `${expectation.rule} @ ${expectation.file}:${expectation.line}`;

/**
 * One bicep process for every Bicep fixture: .NET start-up (seconds) would otherwise dominate
 * each one. Each fixture is still its own scan, so its findings are its own.
 */
const bicep = findBicep(undefined);
if ('error' in bicep) throw new Error(`bicep is required for the fixtures: ${bicep.error}`);
const bicepSession = openBicepSession(bicep.path);
afterAll(() => bicepSession.close());

async function scanFixture(fixture: Fixture): Promise<ScanReport> {
  return scan({
    paths: [fixture.scanPath],
    cwd: fixture.cwd,
    benchmarks: ['cis-kubernetes', 'cis-aks', 'cis-azure-linux'],
    bicepCompiler: bicepSession.compiler,
  });
}

const fixtures = listFixtures();

describe('check fixtures: each finding of the check exactly as the markers say', () => {
  test('fixtures exist', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    test(fixture.name, async () => {
      const report = await scanFixture(fixture);
      expect(report.errors).toEqual([]);
      const expectations = expectationsOf(fixture);
      const found = findingsOfCheck(report, fixture.checkId);
      if (fixture.kind === 'pass') {
        expect(expectations).toEqual([]);
        expect(found.map((finding) => finding.at)).toEqual([]);
        return;
      }
      expect(expectations.length, 'a fail fixture needs at least one expect marker').toBeGreaterThan(0);
      expect(found.map((finding) => finding.at)).toEqual(expectations.map(expectedAt).sort());
      for (const expectation of expectations.filter((candidate) => candidate.message !== undefined)) {
        const messages = found.filter((finding) => finding.at === expectedAt(expectation));
        expect(
          messages.map((finding) => finding.message),
          `the message at ${expectedAt(expectation)}`,
        ).toContainEqual(expect.stringMatching(expectation.message!));
      }
    });
  }
});
