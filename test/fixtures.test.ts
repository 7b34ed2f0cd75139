import { describeLocation } from '../src/model/location.js';
import { afterAll, describe, expect, test } from 'vitest';
import { openBicepSession } from '../src/inputs/bicep/compiler.js';
import { findBicep } from '../src/inputs/bicep/find-bicep.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { headlineCounts, type HeadlineCounts } from '../src/results/counts.js';
import type { ScanReport } from '../src/results/results.js';
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
          at: `${benchmark.family}:${rule.id} @ ${describeLocation(finding.location)}`,
          message: finding.message,
        });
      }
    }
  }
  return found.sort((a, b) => a.at.localeCompare(b.at));
}

/** The headline counts recomputed the plain way, straight from the rows and findings. */
function recount(report: ScanReport): HeadlineCounts {
  const rows = report.benchmarks.flatMap((benchmark) =>
    benchmark.rules.map((rule) => ({ key: `${benchmark.family}:${rule.id}`, rule })),
  );
  const failing = new Set(
    rows.filter(({ rule }) => rule.decidedBy === 'scan' && rule.status === 'Fail').map(({ key }) => key),
  );
  const notEvaluated = new Set(
    rows
      .filter(({ key, rule }) => rule.status === 'Not evaluated' && !failing.has(key))
      .map(({ key }) => key),
  );
  const findings = [
    ...new Map(
      rows.flatMap(({ rule }) => rule.findings).map((finding) => [finding.fingerprint, finding]),
    ).values(),
  ];
  const counted = findings.filter((finding) => finding.suppressed === undefined && finding.platform !== true);
  return {
    failingRules: failing.size,
    findings: counted.length,
    new: counted.length,
    blocking: 0,
    suppressed: findings.filter((finding) => finding.suppressed !== undefined).length,
    notEvaluated: notEvaluated.size,
    notChecked: report.notChecked.length,
    inputErrors: report.errors.length,
  };
}

/** Every row nobody decided says Not evaluated, in the JSON and in the markdown table's Status column. */
function expectUndecidedRowsNotEvaluated(report: ScanReport): void {
  const json = JSON.parse(renderJson(report)) as ScanReport;
  const markdown = renderMarkdown(report).split('\n');
  for (const benchmark of json.benchmarks) {
    const tableStart = markdown.indexOf(`## ${benchmark.title} (${benchmark.id})`);
    for (const rule of benchmark.rules.filter((row) => row.decidedBy === 'none')) {
      expect(rule.status, `${benchmark.id} ${rule.id}`).toBe('Not evaluated');
      const line = markdown.slice(tableStart).find((text) => text.startsWith(`| ${rule.id} |`));
      // CIS ID | Recommendation | Assessment | Level | Status | Microsoft's AKS status | Reason
      expect(line?.split(' | ')[4], `${benchmark.id} ${rule.id} in markdown`).toBe('Not evaluated');
    }
  }
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
      // Properties of every report, whatever the fixture: counts that add up, undecided rows said so.
      expect(headlineCounts(report)).toEqual(recount(report));
      expectUndecidedRowsNotEvaluated(report);
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
