import { renderBenchmarkTables } from '../report/markdown.js';
import { fitResults, renderResults, type ResultsView } from './results-markdown.js';

/** GitHub keeps at most 1 MiB of job summary per step. */
export const summaryLimitBytes = 1024 * 1024;

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * The job summary: what the comment says, then every row of every benchmark in Microsoft's
 * columns, collapsed. Past 1 MiB the full table goes first, then the lists are cut from the
 * bottom, and the summary points to the JSON report.
 */
export function renderJobSummary(
  view: ResultsView,
  reportJsonPath: string,
  limit = summaryLimitBytes,
): string {
  const fullTable = [
    '<details><summary>Every row of every benchmark, in Microsoft’s columns</summary>',
    '',
    ...renderBenchmarkTables(view.report),
    '',
    '</details>',
  ].join('\n');
  return fitResults(view, limit, utf8Bytes, (shown, cut) =>
    cut
      ? `${renderResults(view, shown)}\n_The full report passes the job summary's 1 MiB limit and was cut: every row and finding is in the JSON report (${reportJsonPath}, the report-json output)._\n`
      : `${renderResults(view, shown)}\n${fullTable}\n`,
  );
}
