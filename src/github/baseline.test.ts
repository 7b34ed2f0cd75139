import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createWorkspace, type Workspace } from '../../test/action/action-harness.js';
import { report } from '../../test/action/report-builder.js';
import type { ScanReport } from '../results/results.js';
import { resolveBaseline, type BaselineRequest } from './baseline.js';

function filesUnder(directory: string, root = directory): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(directory, entry.name), root)
      : [relative(root, join(directory, entry.name))],
  );
}

/** A scan stand-in that remembers what the base tree held. */
function recordingScan() {
  const seen: Record<string, string> = {};
  const scanTree = async (directory: string): Promise<ScanReport> => {
    for (const file of filesUnder(directory)) seen[file] = readFileSync(join(directory, file), 'utf8');
    return report([]);
  };
  return { seen, scanTree };
}

const request = (
  fields: Partial<BaselineRequest> & Pick<BaselineRequest, 'source' | 'workspace'>,
): BaselineRequest => ({
  scanTree: async () => report([]),
  log: () => undefined,
  ...fields,
});

/** The automatic baseline of a workspace, and what the base tree held. */
async function scanBase(workspace: Workspace) {
  const { seen, scanTree } = recordingScan();
  const baseline = await resolveBaseline(
    request({
      source: { kind: 'auto' },
      workspace: workspace.directory,
      baseSha: workspace.baseSha,
      scanTree,
    }),
  );
  return { seen, baseline };
}

describe('resolveBaseline', () => {
  test('fetches the base commit into a shallow checkout and scans its tree, not the head', async () => {
    const workspace = createWorkspace(
      { 'deploy/app.yaml': 'base: true\n', 'README.md': 'readme\n', 'infra/main.bicep': 'param x string\n' },
      { 'deploy/app.yaml': 'head: true\n' },
    );
    const { seen, baseline } = await scanBase(workspace);
    expect(baseline).toEqual({
      kind: 'report',
      report: report([]),
      description: `the base commit ${workspace.baseSha.slice(0, 7)}`,
    });
    // Only the kinds of file the inputs read are written out.
    expect(seen).toEqual({ 'deploy/app.yaml': 'base: true\n', 'infra/main.bicep': 'param x string\n' });
  });

  test('runs no filter that the scanned tree asks for, and no hook', async () => {
    const workspace = createWorkspace(
      { '.gitattributes': '*.yaml filter=probe\n', 'a.yaml': 'a: 1\n' },
      { 'a.yaml': 'a: 2\n' },
    );
    const witness = join(mkdtempSync(join(tmpdir(), 'filter-witness-')), 'ran');
    const probe = `sh -c 'touch ${witness}; cat'`;
    const config = join(workspace.directory, '.git', 'config');
    writeFileSync(config, `${readFileSync(config, 'utf8')}[filter "probe"]\n\tsmudge = ${probe}\n`);
    for (const hook of ['reference-transaction', 'post-checkout']) {
      writeFileSync(join(workspace.directory, '.git', 'hooks', hook), `#!/bin/sh\ntouch '${witness}'\n`);
      chmodSync(join(workspace.directory, '.git', 'hooks', hook), 0o755);
    }
    const { seen, baseline } = await scanBase(workspace);
    expect(baseline.kind).toBe('report');
    expect(seen).toEqual({ 'a.yaml': 'a: 1\n' });
    expect(existsSync(witness)).toBe(false);
  });

  test('a base commit that cannot be read makes every finding new, and says why', async () => {
    const workspace = createWorkspace({ 'a.yaml': 'a: 1\n' }, { 'a.yaml': 'a: 2\n' });
    const missing = '0123456789abcdef0123456789abcdef01234567';
    const baseline = await resolveBaseline(
      request({ source: { kind: 'auto' }, workspace: workspace.directory, baseSha: missing }),
    );
    expect(baseline).toEqual({
      kind: 'unavailable',
      reason: expect.stringContaining('the base commit 0123456 could not be read'),
    });
  });

  test('a push has no base; baseline none has none either', async () => {
    const workspace = createWorkspace({ 'a.yaml': 'a: 1\n' }, {});
    expect(
      await resolveBaseline(request({ source: { kind: 'auto' }, workspace: workspace.directory })),
    ).toEqual({
      kind: 'unavailable',
      reason: 'there is no base commit (not a pull request)',
    });
    expect(
      await resolveBaseline(request({ source: { kind: 'none' }, workspace: workspace.directory })),
    ).toEqual({
      kind: 'unavailable',
      reason: 'baseline is none',
    });
  });

  test('a committed JSON report inside the workspace serves as the baseline', async () => {
    const stored = report([]);
    const workspace = createWorkspace(
      {
        'reports/base.json': JSON.stringify(stored),
        'reports/v1.json': JSON.stringify({ ...stored, schemaVersion: 1 }),
        'reports/v2.json': JSON.stringify({ ...stored, schemaVersion: 2 }),
        'bad.json': '{"x": 1}',
        'hollow.json': '{"schemaVersion": 1, "benchmarks": [{"rules": [{}]}]}',
        'forged.json': JSON.stringify({ ...stored, benchmarks: [{ id: 'x', rules: 'all pass' }] }),
      },
      {},
    );
    const read = (path: string) =>
      resolveBaseline(request({ source: { kind: 'file', path }, workspace: workspace.directory }));
    expect(await read('reports/base.json')).toEqual({
      kind: 'report',
      report: stored,
      description: 'the committed report reports/base.json',
    });
    // Reports written before schemaVersion 3 still serve: their fingerprints are the same.
    expect(await read('reports/v1.json')).toMatchObject({ kind: 'report', report: { schemaVersion: 1 } });
    expect(await read('reports/v2.json')).toMatchObject({ kind: 'report', report: { schemaVersion: 2 } });
    expect(await read('bad.json')).toEqual({
      kind: 'unavailable',
      reason: 'baseline bad.json is not an aks-cis-gate JSON report (schemaVersion 1 to 3)',
    });
    expect(await read('hollow.json')).toEqual({
      kind: 'unavailable',
      reason:
        "baseline hollow.json is not a valid schemaVersion 1 report: (top level) must have required property 'skipped'",
    });
    // Schema-validated, not only shaped: a report whose rows are not rows is refused.
    expect(await read('forged.json')).toEqual({
      kind: 'unavailable',
      reason:
        "baseline forged.json is not a valid schemaVersion 3 report: /benchmarks/0 must have required property 'family'",
    });
    expect(await read('../origin/reports/base.json')).toEqual({
      kind: 'unavailable',
      reason: 'baseline ../origin/reports/base.json is outside the workspace',
    });
  });
});
