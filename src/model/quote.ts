/** How much of one input value a message may copy. */
export const maxQuotedCharacters = 200;
/** A DNS subdomain's length, the longest name the Kubernetes API server accepts. */
export const maxKubernetesNameCharacters = 253;
/** How long a message or reason in the report may be, whatever it quotes. */
export const maxMessageCharacters = 4000;

/**
 * An input value as a message copies it: at most 200 characters, then how long it was.
 * Values come from the scanned content, so their size is the author's choice, and one
 * value can land in a hundred reasons: unbounded, a 50 MB string exhausts the memory.
 * Strings are copied as they are; anything else as JSON.
 */
export function quoteInput(value: unknown, maxCharacters = maxQuotedCharacters): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length <= maxCharacters ? text : `${text.slice(0, maxCharacters)}…(${text.length} characters)`;
}
