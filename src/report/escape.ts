/** U+2060 WORD JOINER: invisible, and it splits `#12`, `GH-7` and `@user` so GitHub links none of them. */
const wordJoiner = '&#8288;';

/**
 * What could be markup, as inert text. GitHub turns `#12`, `owner/repo#12` and `GH-12` into
 * issue links after Markdown is parsed, so a backslash does not stop them; an invisible joiner
 * does. A backslash does not stop GitHub's `$…$` math either; a dollar in its own HTML element does.
 */
const inert: Readonly<Record<string, string>> = {
  '\r\n': ' ',
  '\r': ' ',
  '\n': ' ',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  ...Object.fromEntries([...'\\`*_[]|~!'].map((character) => [character, `\\${character}`])),
  '#': `\\#${wordJoiner}`,
  '@': '&#64;',
  $: '<span>$</span>',
  '://': ':&#47;&#47;',
};

/**
 * Text from scanned files (names, messages, paths, reasons) as inert Markdown: no HTML,
 * no links or images, no code spans, no emphasis, no math, no @mentions, issue references
 * or autolinks, no table breaks, one line. One pass: what each match becomes ends in a
 * character that is a word character exactly when the matched one was, so the `\b` before
 * `GH-` and `www.` reads the same as after any other replacement.
 */
export const escapeMarkdown = (text: string): string =>
  text.replace(
    /\r\n|[\r\n&<>\\`*_[\]|~!#@$]|:\/\/|\bgh-|\bwww\./gi,
    // `GH-` and `www.` in the case they were written.
    (found) => inert[found] ?? (found.endsWith('.') ? `${found.slice(0, -1)}&#46;` : `${found}${wordJoiner}`),
  );

/** Our own catalog text (titles, remediation, Microsoft's reasons) keeps its Markdown but stays in its table cell. */
export function catalogCell(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
}

/**
 * At most `max` characters of text from a scanned file: a 70,000-character resource name must
 * not push everything else out of a report. The cut says how long the whole was.
 */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}…(${text.length} characters)`;
}

/** A path inside a Markdown link target: every segment percent-encoded, parentheses too (`)` ends the link). */
export function linkPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
    .join('/');
}
