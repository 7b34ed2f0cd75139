/**
 * Text from scanned files (names, messages, paths, reasons) as inert Markdown: no HTML,
 * no links or images, no code spans, no emphasis, no @mentions or autolinks, no table
 * breaks, one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~!#]/g, (character) => `\\${character}`)
    .replace(/@/g, '&#64;')
    .replace(/:\/\//g, ':&#47;&#47;')
    .replace(/\b(www)\./gi, '$1&#46;');
}

/** Our own catalog text (titles, remediation, Microsoft's reasons) keeps its Markdown but stays in its table cell. */
export function catalogCell(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
}
