import { expect, test } from 'vitest';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { reporters } from './registry.js';
import { reportFormats } from './report-formats.js';
import { renderSarif } from './sarif.js';
import { renderTable } from './table.js';

test('each output format loads its own renderer', async () => {
  const loaded = await Promise.all(reportFormats.map((format) => reporters[format]()));
  expect(loaded).toEqual([renderTable, renderMarkdown, renderJson, renderSarif]);
});
