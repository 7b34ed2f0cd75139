import { renderMarkdown } from '../report/markdown.js';
import {
  addedSuppressionTable,
  configChangeList,
  errorList,
  failureTable,
  fitBlocks,
  headline,
  newFailures,
  type ResultsView,
} from './results-markdown.js';

/** GitHub keeps at most 1 MiB of job summary per step. */
export const summaryLimitBytes = 1024 * 1024;

// Enough rows to read; the full list is in the JSON report and the tables below.
const maxListedNewFailures = 1000;

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * The job summary: the headline, the new failures, and the whole report in Microsoft's
 * columns. When that passes 1 MiB, the whole-report part gives way to a pointer to the JSON.
 */
export function renderJobSummary(
  view: ResultsView,
  reportJsonPath: string,
  limit = summaryLimitBytes,
): string {
  const fresh = newFailures(view.verdict);
  const note = (cut: boolean) =>
    cut
      ? `_The full table passes the job summary's 1 MiB limit and was left out: it is in the JSON report (${reportJsonPath}, the report-json output)._`
      : '';
  const text = fitBlocks(
    [
      { text: headline(view) },
      { text: configChangeList(view) },
      { text: addedSuppressionTable(view) },
      { text: failureTable('New failures', fresh, view.links, Math.min(fresh.length, maxListedNewFailures)) },
      { text: errorList(view.report), dropOrder: 20, omitted: '' },
      { text: renderMarkdown(view.report), dropOrder: 10, omitted: '' },
    ],
    limit,
    note,
    utf8Bytes,
  );
  return text ?? `${headline(view)}\n\n${note(true)}`;
}
