import type { Baseline, GatePolicy } from '../results/gate.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { ScanReport } from '../results/results.js';
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

/** Every output format. Adding one is a module and one line here. */
export const reporters = {
  table: renderTable,
  markdown: renderMarkdown,
  json: renderJson,
  sarif: renderSarif,
} satisfies Record<string, (report: ScanReport, options: RenderOptions) => string>;

export type ReportFormat = keyof typeof reporters;

export const reportFormats = Object.keys(reporters) as ReportFormat[];
