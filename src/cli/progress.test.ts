import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startProgress } from './progress.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, write: (text: string) => written.push(text), isTTY };
}

test('on a terminal: nothing for the first second, then the current step and the elapsed time redrawn, cleared at the end', () => {
  const terminal = stream(true);
  const progress = startProgress(terminal, true);
  progress.step('discovering files');
  vi.advanceTimersByTime(900);
  expect(terminal.written).toEqual([]);
  progress.step('compiling Bicep file 1 of 2');
  vi.advanceTimersByTime(200);
  progress.step('compiling Bicep file 2 of 2');
  vi.advanceTimersByTime(1000);
  progress.step('checking');
  progress.stop();
  expect(terminal.written).toEqual([
    '\r\u001b[2Kcompiling Bicep file 1 of 2… 1s',
    '\r\u001b[2Kcompiling Bicep file 2 of 2… 2s',
    '\r\u001b[2K',
  ]);
  vi.advanceTimersByTime(5000);
  expect(terminal.written).toHaveLength(3);
});

test('a quick scan on a terminal shows nothing; off, nothing at all', () => {
  const quick = stream(true);
  const progress = startProgress(quick, true);
  progress.step('discovering files');
  progress.stop();
  expect(quick.written).toEqual([]);
  const off = stream(false);
  const stopped = startProgress(off, false);
  stopped.step('discovering files');
  vi.advanceTimersByTime(20_000);
  stopped.stop();
  expect(off.written).toEqual([]);
});

test('in a log (--progress): a line per phase, not per file, and the current step every five seconds', () => {
  const log = stream(false);
  const progress = startProgress(log, true);
  progress.step('discovering files');
  progress.step('reading 3 files');
  progress.step('compiling Bicep file 1 of 3');
  vi.advanceTimersByTime(3000);
  progress.step('compiling Bicep file 2 of 3');
  vi.advanceTimersByTime(3000);
  progress.step('compiling Bicep file 3 of 3');
  progress.step('checking');
  progress.stop();
  expect(log.written).toEqual([
    'discovering files… 0s\n',
    'reading 3 files… 0s\n',
    'compiling Bicep file 1 of 3… 0s\n',
    'compiling Bicep file 2 of 3… 5s\n',
    'checking… 6s\n',
  ]);
});
