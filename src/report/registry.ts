import type { Baseline, GatePolicy } from '../results/gate.js';
import type { ScanReport } from '../results/results.js';
import { writeJson } from './json.js';
import type { ReportFormat } from './report-formats.js';

export interface RenderOptions {
  /** ANSI colours (table only, and only on a terminal). */
  color: boolean;
  /** Our version, for SARIF's tool.driver. */
  toolVersion: string;
  /** What blocks, so that the table and the markdown mark blocking failures. */
  policy: GatePolicy;
  /** What the gate compared with, so that old failures are not marked as blocking. */
  baseline?: Baseline;
  /** Table: the columns to wrap at. */
  width?: number;
  /** Table: every row, not only the failures. */
  verbose?: boolean;
}

export type Reporter = (report: ScanReport, options: RenderOptions) => string;

/**
 * A report handed to `write` in pieces, in order: the JSON report of a large scan (tens of
 * megabytes) goes to its file as it is rendered, never held as one string.
 */
export type ReportWriter = (
  report: ScanReport,
  options: RenderOptions,
  write: (piece: string) => void,
) => void;

const inOnePiece =
  (render: Reporter): ReportWriter =>
  (report, options, write) =>
    write(render(report, options));

/**
 * Every output format, each loaded only when it is asked for: the table's text width tables
 * (wrap-ansi builds an Intl.Segmenter when it loads) cost a JSON scan a sixth of its start-up.
 * JSON, the format of CI and of the bench, is the exception: 4 kB that loaded as a chunk of its
 * own, a file's open, read and compile more for every JSON scan (issue 12: 0.99x a small scan).
 * Adding a format is a module, its name in report-formats.ts and one line here.
 */
export const reporters: Record<ReportFormat, () => Promise<ReportWriter>> = {
  table: async () => inOnePiece((await import('./table.js')).renderTable),
  markdown: async () => inOnePiece((await import('./markdown.js')).renderMarkdown),
  json: async () => (report, _options, write) => writeJson(report, write),
  sarif: async () => {
    const { writeSarif } = await import('./sarif.js');
    return (report, options, write) => writeSarif(report, options, write);
  },
};
