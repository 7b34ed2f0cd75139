import type { SourceLocation } from './location.js';

/** What reading the inputs found besides the model: every report lists these, none is ever silent. */

/** A file that could not be read or parsed. The scan goes on; by default the run still fails. */
export interface InputError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** An error at a location: a file's line, or a live object named by its address (it has no line). */
export const inputErrorAt = (location: SourceLocation, message: string): InputError =>
  location.kind === 'live'
    ? { file: location.cluster, message: `${location.apiAddress}: ${message}` }
    : { file: location.file, line: location.line, column: location.column, message };

/** A file deliberately not scanned, with the reason (never silent). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** A file or directory the configuration excludes (`exclude:`, `--exclude`): never read, always listed. */
export interface ExcludedPath {
  path: string;
  /** The glob that excluded it. */
  pattern: string;
}

/**
 * Deployable infrastructure or Kubernetes code that was found but not checked: a Helm chart
 * source, a Kustomize directory, a Bicep file whose registry modules are not available, a
 * template spec reference. Never silent: it is listed, counted in the headline, and blocks the
 * gate unless the user opts out. Files that are not infrastructure code stay in `skipped`.
 */
export interface NotCheckedInput {
  file: string;
  line?: number;
  /** Why it was not checked, e.g. "a Helm chart source: its templates are not rendered". */
  reason: string;
  /** How to get it checked, e.g. "render it with `helm template` and scan the output". */
  fix: string;
}
