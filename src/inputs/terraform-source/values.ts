import { quoteInput } from '../../model/quote.js';

/** What an expression evaluates to without providers: a value, or Unknown with the reason. */
export class Unknown {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/**
 * An expression Terraform itself would reject when evaluating it (an index past the end of a known
 * list, lookup() of a missing key without a default): `try()` moves on from it, as Terraform does.
 * Every other Unknown is a value Terraform knows and this reader does not, so `try()` stops there.
 */
export class EvaluationError extends Unknown {}

export type Value = null | string | number | boolean | Value[] | { [key: string]: Value } | Unknown;

export const isUnknown = (value: unknown): value is Unknown => value instanceof Unknown;

export const isRecord = (value: unknown): value is Record<string, Value> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown);

/** The first Unknown anywhere inside `value`: a list or object with one unknown part is not known. */
export function firstUnknown(value: Value, depth = 0): Unknown | undefined {
  if (value instanceof Unknown) return value;
  if (depth > 64) return new Unknown('the value nests too deeply to read');
  const children = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
  for (const child of children) {
    const found = firstUnknown(child, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Scanned text in a message: on one line, at most a short excerpt of it (quoteInput), in backticks. */
export const quote = (text: string): string => `\`${quoteInput(text.replace(/\s+/g, ' ').trim(), 120)}\``;
