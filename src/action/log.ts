import * as core from '@actions/core';
import { logLine } from '../log.js';

type AnnotationProperties = { title: string; file: string; startLine: number };

/**
 * The action's only way to the log: every line through logLine, so that nothing from the
 * scanned content (file names, values) can start a workflow command.
 */
export const actionLog = {
  info: (message: string) => core.info(logLine(message)),
  /** Shown when the workflow turns on step debug logging: the scan's phases, as they start. */
  debug: (message: string) => core.debug(logLine(message)),
  warn: (message: string) => core.warning(logLine(message)),
  warning: (message: string, properties?: AnnotationProperties) => core.warning(logLine(message), properties),
  error: (message: string, properties?: AnnotationProperties) => core.error(logLine(message), properties),
  /** Fails the step; each line of the message is made safe on its own, so that a list stays a list. */
  fail: (message: string) => core.setFailed(message.split('\n').map(logLine).join('\n')),
};
