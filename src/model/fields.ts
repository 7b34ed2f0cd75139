import type { FieldPath } from './location.js';

/**
 * Readers for object bodies. Bodies come from scanned content, so every value is `unknown`
 * until a reader has checked its shape; a value of the wrong shape reads as absent.
 */

export type Fields = Record<string, unknown>;

export function asFields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A value as a message shows it: text as written, anything else as its JSON. */
export function displayValue(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
}

const isText = (entry: unknown): entry is string => typeof entry === 'string';

/**
 * Strings of a list field, ignoring entries of any other type: the list itself when it holds only
 * strings, as it almost always does, rather than a copy for every role rule a scan keeps.
 */
export function textsOf(value: unknown): readonly string[] {
  const list = asList(value);
  return list.every(isText) ? list : list.filter(isText);
}

/** The value at `path` below `root`, or undefined when any step is missing or null (Kubernetes reads null as unset). */
export function valueAt(root: unknown, path: FieldPath): unknown {
  let current = root;
  for (const step of path) {
    if (typeof step === 'number') {
      current = Array.isArray(current) ? current[step] : undefined;
    } else {
      current = asFields(current)?.[step];
    }
    if (current === undefined || current === null) return undefined;
  }
  return current;
}
