import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { insideWorkspace } from './workspace.js';

test('insideWorkspace follows symlinks and rejects every way out', () => {
  const root = mkdtempSync(join(tmpdir(), 'aks-cis-gate-workspace-'));
  const workspace = join(root, 'workspace');
  mkdirSync(join(workspace, 'deploy'), { recursive: true });
  mkdirSync(join(root, 'outside'));
  symlinkSync(join(root, 'outside'), join(workspace, 'escape'));
  symlinkSync(join(workspace, 'deploy'), join(workspace, 'alias'));

  expect(insideWorkspace(workspace, 'deploy/app.yaml')).toBe('deploy/app.yaml');
  expect(insideWorkspace(workspace, join(workspace, 'deploy'))).toBe('deploy');
  expect(insideWorkspace(workspace, 'alias/new/file.json')).toBe('deploy/new/file.json');
  expect(insideWorkspace(workspace, '..foo/x.yaml')).toBe('..foo/x.yaml');
  expect(insideWorkspace(workspace, '.')).toBe('');
  for (const way of ['../outside', '/etc/passwd', 'escape/secret.yaml', 'deploy/../../outside']) {
    expect(insideWorkspace(workspace, way)).toBeUndefined();
  }
});
