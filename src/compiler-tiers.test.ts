import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { runCli } from './cli/run.js';
import { tiersChosenByUser, turbofanCostsMore, turbofanPays } from './compiler-tiers.js';
import type { SourceFile } from './inputs/input-format.js';
import { scan } from './scan.js';

const file = (path: string, characters: number) => ({ path, text: 'x'.repeat(characters) });

describe('turbofanCostsMore', () => {
  test('a small manifest: too little to matter, the engine is left alone', () => {
    expect(turbofanCostsMore([file('/w/pod.yaml', 900)])).toBe(false);
    expect(turbofanCostsMore([])).toBe(false);
  });

  test('a few megabytes of YAML run without Turbofan', () => {
    expect(turbofanCostsMore([file('/w/stream.yaml', 6_400_000)])).toBe(true);
    expect(turbofanCostsMore([file('/w/a.yml', turbofanPays.ignoredBelowCharacters)])).toBe(true);
  });

  test('from 16 Mi characters read in JavaScript, Turbofan stays', () => {
    const half = turbofanPays.fromCharacters / 2;
    expect(turbofanCostsMore([file('/w/a.yaml', half), file('/w/b.tf', half)])).toBe(false);
    expect(turbofanCostsMore([file('/w/a.yaml', half), file('/w/b.tf', half - 1)])).toBe(true);
  });

  test('JSON, which V8 parses natively, counts towards the least size but not towards Turbofan', () => {
    expect(turbofanCostsMore([file('/w/plan.JSON', 52_000_000)])).toBe(true);
    expect(turbofanCostsMore([file('/w/plan.json', 52_000_000), file('/w/s.yaml', 17_000_000)])).toBe(false);
  });
});

test("a tiering flag on node's command line is the user's choice", () => {
  expect(tiersChosenByUser(['--turbofan'])).toBe(true);
  expect(tiersChosenByUser(['--no-turbofan'])).toBe(true);
  expect(tiersChosenByUser(['--max-opt=3'])).toBe(true);
  expect(tiersChosenByUser(['--max_opt=2'])).toBe(true);
  expect(tiersChosenByUser(['--no-maglev'])).toBe(true);
  // V8's other spelling of a negation: Turbofan turned off as well would leave no optimizing tier.
  expect(tiersChosenByUser(['--nomaglev'])).toBe(true);
  expect(tiersChosenByUser(['--noturbofan'])).toBe(true);
  expect(tiersChosenByUser(['--noopt'])).toBe(true);
  expect(tiersChosenByUser(['--trace-opt', '--max-old-space-size=4096', '--turbofan-stats'])).toBe(false);
  expect(tiersChosenByUser([])).toBe(false);
});

test("a library's scan and the CLI run in process leave the engine alone; the process's hook is given the files", async () => {
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  const setFlags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
  const directory = mkdtempSync(join(tmpdir(), 'compiler-tiers-'));
  // Past the least size that matters, in YAML: the CLI's process would leave Turbofan off for it.
  const configMap = (index: number) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${index}}\n`;
  writeFileSync(
    join(directory, 'stream.yaml'),
    Array.from({ length: 1000 }, (_, index) => configMap(index)).join(''),
  );
  try {
    await scan({ paths: ['stream.yaml'], cwd: directory });
    const quiet = { write: () => true };
    const argv = ['scan', 'stream.yaml', '--format', 'json', '--fail-on', 'none'];
    expect(await runCli(argv, { stdout: quiet, stderr: quiet, cwd: directory })).toBe(0);
    expect(setFlags).not.toHaveBeenCalled();
    // The hook the CLI's and the action's processes pass (chooseCompilerTiers, whose choice is
    // the process's for good: not called here, so that this worker's later tests are unchanged).
    const onDiscovered = vi.fn<(files: readonly SourceFile[]) => void>();
    await scan({ paths: ['stream.yaml'], cwd: directory, onDiscovered });
    expect(onDiscovered).toHaveBeenCalledOnce();
    expect(turbofanCostsMore(onDiscovered.mock.calls[0]?.[0] ?? [])).toBe(true);
  } finally {
    setFlags.mockRestore();
    rmSync(directory, { recursive: true, force: true });
  }
});
