import type { Baseline, GatePolicy } from '../results/gate.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { ScanReport } from '../results/results.js';
import type { ReportFormat } from './report-formats.js';
import { renderSarif } from './sarif.js';
import { renderTable } from './table.js';

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

/** Every output format. Adding one is a module, its name in report-formats.ts and one line here. */
export const reporters = {
  table: renderTable,
  markdown: renderMarkdown,
  json: renderJson,
  sarif: renderSarif,
} satisfies Record<ReportFormat, (report: ScanReport, options: RenderOptions) => string>;
