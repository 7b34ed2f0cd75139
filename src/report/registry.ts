import type { Baseline, GatePolicy } from '../results/gate.js';
import type { ScanReport } from '../results/results.js';
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
 * Every output format, each loaded only when it is asked for: the table's text width tables
 * (wrap-ansi builds an Intl.Segmenter when it loads) cost a JSON scan a sixth of its start-up.
 * Adding a format is a module, its name in report-formats.ts and one line here.
 */
export const reporters: Record<ReportFormat, () => Promise<Reporter>> = {
  table: async () => (await import('./table.js')).renderTable,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
  json: async () => (await import('./json.js')).renderJson,
  sarif: async () => (await import('./sarif.js')).renderSarif,
};
