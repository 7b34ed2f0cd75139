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
  | { state: 'unset'; location: SourceLocation; platformDefault?: PlatformDefault<T> }
  | { state: 'unknown'; reason: string; location: SourceLocation };

/**
 * The platform's value for an unset property when it is not the one a check assumes: a default
 * that changed over API versions (enableRBAC), with the reason naming the version.
 */
export interface PlatformDefault<T> {
  value: T;
  /** Completes "<property> not set; …", e.g. "API version 2018-03-31 defaults it to false". */
  reason: string;
}

export const setTo = <T>(value: T, location: SourceLocation): Setting<T> => ({
  state: 'set',
  value,
  location,
});
export const unset = <T>(location: SourceLocation, platformDefault?: PlatformDefault<T>): Setting<T> =>
  platformDefault === undefined
    ? { state: 'unset', location }
    : { state: 'unset', location, platformDefault };
export const unknownSetting = <T>(reason: string, location: SourceLocation): Setting<T> => ({
  state: 'unknown',
  reason,
  location,
});
