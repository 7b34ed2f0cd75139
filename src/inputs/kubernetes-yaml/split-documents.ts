/**
 * One `---`-separated slice of a YAML stream. Parsing each slice on its own keeps a syntax
 * error in one document from losing the others, and keeps the parser's event arrays small.
 * A `---` at column 0 always starts a document in YAML (no scalar may contain one), so
 * splitting there never cuts a value in half.
 */
export interface DocumentSlice {
  start: number;
  end: number;
  /** Helm's `# Source: chart/templates/x.yaml` comment heading the document. */
  template?: string;
  /** False when the slice holds only comments, blank lines and its `---`: an empty document. */
  hasContent: boolean;
}

// Not `^` with the `m` flag: JavaScript also starts a line after U+2028 and U+2029, which the
// parser reads as text, so a marker found there would skip the text before it unparsed.
const documentMarker = /(?<![^\r\n])---(?=[ \t\r\n]|$)/g;
const yamlBlanks = /^[ \t\r]+|[ \t\r]+$/g;
const helmSourceComment = /^#\s*Source:\s*(.+?)\s*$/;

/** The slices of `text`, at most `maxSlices` of them (the last one then runs to the end). */
export function splitDocuments(text: string, maxSlices = Number.POSITIVE_INFINITY): DocumentSlice[] {
  const starts = [0];
  for (const marker of text.matchAll(documentMarker)) {
    if (starts.length >= maxSlices) break;
    const start = withDirectives(text, marker.index);
    if (start > (starts[starts.length - 1] as number)) starts.push(start);
  }
  return starts.map((start, index) => {
    const end = starts[index + 1] ?? text.length;
    const { template, hasContent } = headingOf(text, start, end);
    return template === undefined ? { start, end, hasContent } : { start, end, template, hasContent };
  });
}

/**
 * Directives (`%YAML 1.1`, `%TAG`) belong to the document whose `---` follows them, so a
 * slice starts at the first directive line right above its marker.
 */
function withDirectives(text: string, markerStart: number): number {
  let start = markerStart;
  let lineStart = markerStart;
  while (lineStart > 0) {
    // lastIndexOf clamps a negative start to 0, where it would find the line break that ends the
    // first line itself (text "\n---"): the first line starts at 0, and the walk must end there.
    const previousStart = lineStart < 2 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = trimBlanks(text.slice(previousStart, lineStart));
    if (line.startsWith('%')) start = previousStart;
    else if (line !== '' && !line.startsWith('#')) break;
    lineStart = previousStart;
  }
  return start;
}

/** Reads the comment lines before the document's first content line, if it has one. */
function headingOf(text: string, start: number, end: number): { template?: string; hasContent: boolean } {
  let template: string | undefined;
  let lineStart = start;
  while (lineStart < end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    let line = trimBlanks(text.slice(lineStart, lineEnd));
    if (lineStart === start && line.startsWith('---')) line = trimBlanks(line.slice(3));
    if (line !== '' && !line.startsWith('#'))
      return template === undefined ? { hasContent: true } : { template, hasContent: true };
    template ??= helmSourceComment.exec(line)?.[1];
    lineStart = lineEnd + 1;
  }
  return template === undefined ? { hasContent: false } : { template, hasContent: false };
}

/** Trims what YAML counts as blank; `String.trim` also drops U+2028, U+FEFF and others, which YAML reads as text. */
function trimBlanks(line: string): string {
  return line.replace(yamlBlanks, '');
}
