import * as runner from '../github/runner-commands.js';
import type { AnnotationProperties } from '../github/runner-commands.js';
import { logLine } from '../log.js';

/**
 * The action's only way to the log: every line through logLine, so that nothing from the
 * scanned content (file names, values) can start a workflow command.
 */
export const actionLog = {
  info: (message: string) => runner.info(logLine(message)),
  /** Shown when the workflow turns on step debug logging: the scan's phases, as they start. */
  debug: (message: string) => runner.debug(logLine(message)),
  warn: (message: string) => runner.warning(logLine(message)),
  warning: (message: string, properties?: AnnotationProperties) =>
    runner.warning(logLine(message), properties),
  error: (message: string, properties?: AnnotationProperties) => runner.error(logLine(message), properties),
  /** Fails the step; each line of the message is made safe on its own, so that a list stays a list. */
  fail: (message: string) => runner.setFailed(message.split('\n').map(logLine).join('\n')),
};
