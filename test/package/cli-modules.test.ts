import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';

// Every module a run loads is read, compiled and kept (issue 12): a scan of YAML loads none of
// what only a comparison, a live node audit or a Terraform plan runs (src/cli/commands.ts).
test('a scan of YAML loads neither the comparison, the node audit nor the plan reader', () => {
  const directory = mkdtempSync(join(tmpdir(), 'cli-modules-'));
  try {
    writeFileSync(join(directory, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\n');
    writeFileSync(
      join(directory, 'probe.cjs'),
      `process.on('exit', () => {
        const fs = require('node:fs');
        const loaded = Object.keys(require.cache)
          .filter((file) => file.startsWith(require('node:path').dirname(process.argv[1])))
          .map((file) => fs.readFileSync(file, 'utf8'))
          .join('');
        const found = ['function readBaselineReport(', 'function runNodeAudit(', 'function parsePlanText(']
          .filter((name) => loaded.includes(name));
        if (process.moduleLoadList.includes('NativeModule os')) found.push('node:os');
        fs.writeFileSync('found.json', JSON.stringify(found));
      });`,
    );
    const run = spawnSync(
      process.execPath,
      ['--require', './probe.cjs', join(inject('cliBundleDirectory'), 'index.js'), 'scan', 'pod.yaml'],
      // With the compile cache, as a user's run: without it Node itself loads node:os.
      { cwd: directory, encoding: 'utf8', env: { NODE_COMPILE_CACHE: join(directory, 'cache') } },
    );
    expect(run.stderr).toBe('');
    expect(spawnSync('cat', ['found.json'], { cwd: directory, encoding: 'utf8' }).stdout).toBe('[]');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
