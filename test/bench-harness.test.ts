import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pairedRows, pairedRuns, timeNodeProcess, timeWithPeakRss } from '../bench/harness.js';

const directory = mkdtempSync(join(tmpdir(), 'bench-harness-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const stdoutFile = join(directory, 'stdout');

/** `node -e` that appends one character to `file`: a count of its runs. */
const countedRun = (file: string) => ({
  args: ['-e', `require('node:fs').appendFileSync(${JSON.stringify(file)}, 'x')`],
});

describe("the bench's whole-process timers (bench/harness.ts)", () => {
  // Page faults are the build machine's main cost: the start-up rows show them beside the times.
  test("timeNodeProcess counts the child's minor page faults as /usr/bin/time does", () => {
    const command = { args: ['-e', 'Buffer.alloc(8 * 1024 * 1024).fill(1)'] };
    const byBash = timeNodeProcess(command, stdoutFile).minorPageFaults ?? 0;
    const byTime = timeWithPeakRss(command, stdoutFile).minorPageFaults ?? 0;
    expect(byTime).toBeGreaterThan(1000);
    expect(Math.abs(byBash - byTime) / byTime).toBeLessThan(0.1);
  });

  test("timeNodeProcess fails with the child's status, not its own last command's", () => {
    expect(() => timeNodeProcess({ args: ['-e', 'process.exit(3)'] }, stdoutFile)).toThrow(/exited with 3/);
  });

  test('pairedRuns runs each side once uncounted before its pairs, when asked', () => {
    const [subject, baseline] = [join(directory, 'subject'), join(directory, 'baseline')];
    const paired = pairedRuns(
      countedRun(subject),
      countedRun(baseline),
      stdoutFile,
      { runs: 3, warmUp: true },
      timeNodeProcess,
    );
    expect([readFileSync(subject, 'utf8'), readFileSync(baseline, 'utf8')]).toEqual(['xxxx', 'xxxx']);
    expect(paired.runs).toBe(3);
    // No peak RSS from bash's `time`, so no row for it; each ratio with the pairs' middle half.
    const { rows } = pairedRows('counted', paired, 2);
    expect(rows.map((row) => row.split(' | ')[0])).toEqual([
      '| counted: wall',
      '| counted: CPU',
      '| counted: minor page faults',
    ]);
    for (const row of rows) expect(row.split(' | ')[3]).toMatch(/^\d+\.\d\d× \(\d+\.\d\d–\d+\.\d\d\)$/);
  });
});
