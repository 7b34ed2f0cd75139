import { join } from 'node:path';
import { decideGate, type Baseline } from '../../src/results/gate.js';
import type { ResultsView } from '../../src/github/results-markdown.js';
import type { ScanReport } from '../../src/results/results.js';
import { scan } from '../../src/scan.js';
import { repositoryRoot } from '../action/action-harness.js';

/** The scan of the bundled `examples/`, from the repository root, as the action would run it. */
export async function scanExamples(): Promise<ScanReport> {
  return scan({ paths: ['examples'], cwd: repositoryRoot, log: { info: () => {}, warn: () => {} } });
}

export const exampleLinks = {
  serverUrl: 'https://github.com',
  owner: 'octo-org',
  repo: 'shop',
  headSha: '4f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
};

/** A pull request that adds `examples/` to a base that had none, gated with the action's defaults. */
export function examplesView(report: ScanReport): ResultsView {
  const baseline: Baseline = {
    kind: 'report',
    description: 'the base commit 0f0f0f0',
    report: { ...report, benchmarks: [], errors: [], notChecked: [], skipped: [] },
  };
  const verdict = decideGate(report, baseline, {
    failOn: 'new-automated',
    level: 'L2',
    failOnError: true,
    failOnUnchecked: true,
  });
  return { report, verdict, baseline, links: exampleLinks };
}

export const examplesDirectory = join(repositoryRoot, 'examples');
