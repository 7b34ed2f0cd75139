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

test('on a terminal: nothing for the first second, then the elapsed time redrawn, cleared at the end', () => {
  const terminal = stream(true);
  const stop = startProgress(terminal, true);
  vi.advanceTimersByTime(900);
  expect(terminal.written).toEqual([]);
  vi.advanceTimersByTime(1200);
  stop();
  expect(terminal.written).toEqual(['\r\u001b[2Kscanning… 1s', '\r\u001b[2Kscanning… 2s', '\r\u001b[2K']);
  vi.advanceTimersByTime(5000);
  expect(terminal.written).toHaveLength(3);
});

test('a quick scan shows nothing; off, nothing at all; in a log (--progress), a line every five seconds', () => {
  const quick = stream(true);
  startProgress(quick, true)();
  expect(quick.written).toEqual([]);
  const off = stream(false);
  const stopOff = startProgress(off, false);
  vi.advanceTimersByTime(20_000);
  stopOff();
  expect(off.written).toEqual([]);
  const log = stream(false);
  const stopLog = startProgress(log, true);
  vi.advanceTimersByTime(11_000);
  stopLog();
  expect(log.written).toEqual(['scanning… 5s\n', 'scanning… 10s\n']);
});
