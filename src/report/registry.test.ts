import { expect, test } from 'vitest';
import { cliDefaultPolicy } from '../results/gate.js';
import { sampleReport } from '../../test/support/report.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { reporters, type RenderOptions } from './registry.js';
import { reportFormats } from './report-formats.js';
import { renderSarif } from './sarif.js';
import { renderTable } from './table.js';

test('each output format loads its own renderer, and writes what it renders', async () => {
  const report = sampleReport();
  const options: RenderOptions = { color: false, toolVersion: '0.1.0', policy: cliDefaultPolicy };
  const written = await Promise.all(
    reportFormats.map(async (format) => {
      const pieces: string[] = [];
      (await reporters[format]())(report, options, (piece) => pieces.push(piece));
      return pieces;
    }),
  );
  expect(written.map((pieces) => pieces.join(''))).toEqual(
    [renderTable, renderMarkdown, renderJson, renderSarif].map((render) => render(report, options)),
  );
  // The JSON report comes in pieces, to be written as it is rendered.
  expect(written[reportFormats.indexOf('json')]?.length).toBeGreaterThan(1);
});
