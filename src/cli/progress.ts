import { logLine } from '../log.js';

/** Where progress goes: stderr, never stdout (the report). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** The step the scan is at now ("compiling Bicep file 3 of 12"). */
  step(text: string): void;
  /** Stops the updates and clears the terminal line. */
  stop(): void;
}

// On a terminal the line is redrawn every second; in a log, a line every few seconds is enough.
const terminalInterval = 1000;
const logInterval = 5000;

/** A step's phase: its text without counts, so "file 3 of 12" and "file 4 of 12" are one phase. */
const phaseOf = (step: string): string => step.replace(/\d+/g, '#');

const off: Progress = { step: () => undefined, stop: () => undefined };

/**
 * Shows what a long scan is doing (discovering, reading or compiling N of M files, checking,
 * listing a cluster's kinds) and for how long. On a terminal: nothing for the first second, then
 * the current step and the elapsed time on one redrawn line. In a log (--progress without a
 * terminal): a line when a new phase starts, and the current step every five seconds.
 * `enabled`: stderr is a terminal, or --progress asked for it.
 */
export function startProgress(stream: ProgressStream, enabled: boolean): Progress {
  if (!enabled) return off;
  const terminal = stream.isTTY === true;
  const started = Date.now();
  let current = 'scanning';
  let lastPhase: string | undefined;
  let shown = false;
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)}s`;
  // Step texts carry no scanned content, but a line written to a terminal or a log is kept to one line.
  const line = (text: string) => logLine(`${text}… ${elapsed()}`);
  const timer = setInterval(
    () => {
      stream.write(terminal ? `\r\u001b[2K${line(current)}` : `${line(current)}\n`);
      shown = true;
    },
    terminal ? terminalInterval : logInterval,
  );
  // Progress must never keep the process alive.
  timer.unref();
  return {
    step(text) {
      current = text;
      const phase = phaseOf(text);
      if (terminal || phase === lastPhase) return;
      lastPhase = phase;
      stream.write(`${line(text)}\n`);
    },
    stop() {
      clearInterval(timer);
      if (shown && terminal) stream.write('\r\u001b[2K');
    },
  };
}
