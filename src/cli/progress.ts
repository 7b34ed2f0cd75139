/** Where progress goes: stderr, never stdout (the report). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

// On a terminal the line is redrawn every second; in a log, a line every few seconds is enough.
const terminalInterval = 1000;
const logInterval = 5000;

/**
 * Shows that a long scan is still working (compiling Bicep, listing a cluster's kinds): nothing
 * for the first second, then the elapsed time. Returns the function that stops it and clears
 * the line. `enabled`: stderr is a terminal, or --progress asked for it.
 */
export function startProgress(stream: ProgressStream, enabled: boolean, what = 'scanning'): () => void {
  if (!enabled) return () => {};
  const terminal = stream.isTTY === true;
  const started = Date.now();
  let shown = false;
  const timer = setInterval(
    () => {
      const seconds = Math.round((Date.now() - started) / 1000);
      stream.write(terminal ? `\r\u001b[2K${what}… ${seconds}s` : `${what}… ${seconds}s\n`);
      shown = true;
    },
    terminal ? terminalInterval : logInterval,
  );
  // Progress must never keep the process alive.
  timer.unref();
  return () => {
    clearInterval(timer);
    if (shown && terminal) stream.write('\r\u001b[2K');
  };
}
