import type { SourceLocation } from './location.js';

/**
 * A configuration value read from infrastructure code or a live API.
 * IaC often cannot know a value before deployment, so a value is never guessed:
 * - `set`: the input states it, located at the property;
 * - `unset`: the input leaves it out, located at the enclosing resource, so a check
 *   applies the platform's documented default;
 * - `unknown`: it only resolves at deploy/apply time; the reason says why.
 */
export type Setting<T> =
  | { state: 'set'; value: T; location: SourceLocation }
  | { state: 'unset'; location: SourceLocation }
  | { state: 'unknown'; reason: string; location: SourceLocation };

export const setTo = <T>(value: T, location: SourceLocation): Setting<T> => ({
  state: 'set',
  value,
  location,
});
export const unset = <T>(location: SourceLocation): Setting<T> => ({ state: 'unset', location });
export const unknownSetting = <T>(reason: string, location: SourceLocation): Setting<T> => ({
  state: 'unknown',
  reason,
  location,
});
