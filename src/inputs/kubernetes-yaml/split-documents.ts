/**
 * One `---`-separated slice of a YAML stream. Parsing each slice on its own keeps a syntax
 * error in one document from losing the others, and keeps the parser's event arrays small.
 * A `---` at column 0 always starts a document in YAML (no scalar may contain one), so
 * splitting there never cuts a value in half.
 */
export interface DocumentSlice {
  start: number;
  end: number;
  /**
   * Where the name in Helm's `# Source: chart/templates/x.yaml` comment heading the document starts,
   * and its end: offsets rather than a string, which the reader cuts out of the loader's copy of the
   * text (the values keep that copy; a string cut here would keep the file's text, or cost a copy).
   */
  templateStart?: number;
  templateEnd?: number;
  /** False when the slice holds only comments, blank lines and its `---`: an empty document. */
  hasContent: boolean;
  /**
   * True when the slice holds none of the characters that start the constructs whose bounds the
   * position recorder enforces (aliases, anchors, tags, merge keys, collection keys) or that
   * would put a second document in it (directives, `...`): its values can be read without the
   * recorder, and its positions when one is asked for.
   */
  plain: boolean;
  /** Where its content starts (past the marker and comments), when one match read its heading (Helm's). */
  content?: number;
}

// Not `^` with the `m` flag: JavaScript also starts a line after U+2028 and U+2029, which the
// parser reads as text, so a marker found there would skip the text before it unparsed.
const documentMarker = /(?<![^\r\n])---(?=[ \t\r\n]|$)/g;
/**
 * Helm's `# Source: chart/templates/x.yaml`: the name runs to the line's last character that is not
 * blank (`\S`), or is one character when nothing else is left. The same matches as a lazy
 * `(.+?)\s*$`, which tried the end of the line after every character (the 100k stream's split:
 * 250 → 222 ms).
 */
const helmSourceComment = /^#\s*Source:\s*(.*\S|.)\s*$/d;
/**
 * What a plain slice may not hold: the characters that start aliases, anchors, tags, merge keys
 * and explicit keys; a flow collection followed by `:` on its line (a collection used as a key);
 * a line whose content starts with `:` (where the position recorder, which looks for a key's
 * colon across line breaks and comments, would also take a collection for a key); directives
 * and `...`. Anywhere, not only where YAML would read them: a `*` in a quoted string costs its
 * slice the fast read, never a check. Line starts are found by their line break, not by a
 * lookbehind for it, which made the search ten times slower; the text's first line is tested
 * apart. The colon that starts a line's content is found from the colon, looking back over the
 * line's indentation: a line break starts a match at every line, a colon at most one per line and
 * fails at once after a key (half the time of the whole search).
 */
const notPlain = /[*&!?]|<<|[\]}][ \t]*:|[\r\n](?:%|\.\.\.)|(?<=[\r\n][ \t]*):/g;
const notPlainFirstLine = /^(?:[ \t]*:|%|\.\.\.)/;

/** The slices of `text`, at most `maxSlices` of them (the last one then runs to the end). */
export function splitDocuments(text: string, maxSlices = Number.POSITIVE_INFINITY): DocumentSlice[] {
  const starts = [0];
  // `test` rather than `matchAll`: no match object for each of the stream's markers.
  documentMarker.lastIndex = 0;
  while (starts.length < maxSlices && documentMarker.test(text)) {
    const start = withDirectives(text, documentMarker.lastIndex - '---'.length);
    if (start > (starts[starts.length - 1] as number)) starts.push(start);
  }
  const slices = starts.map((start, index) => sliceOf(text, start, starts[index + 1] ?? text.length));
  let slice = 0;
  const notPlainAt = (offset: number) => {
    while ((slices[slice] as DocumentSlice).end <= offset) slice += 1;
    (slices[slice] as DocumentSlice).plain = false;
  };
  if (notPlainFirstLine.test(text)) notPlainAt(0);
  // A match's last character is in the slice that holds it (the line break before a directive
  // ends the slice before).
  for (const match of text.matchAll(notPlain)) notPlainAt(match.index + match[0].length - 1);
  return slices;
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
    // The line and its line break: blank only if every character of both is.
    const first = skipBlanks(text, previousStart, lineStart);
    if (first < lineStart) {
      const code = text.charCodeAt(first);
      if (code === percent) start = previousStart;
      else if (code !== hash) break;
    }
    lineStart = previousStart;
  }
  return start;
}

/**
 * The heading Helm writes, `---`, then `# Source: name`, then the document's first line of content,
 * read by one match (the heading's template and content are what the lines' walk below finds in it).
 */
const helmHeading = /---\n# Source: [\w./-]+\n[^ \t\r\n#]/y;
const helmName = '---\n# Source: '.length;

/**
 * The slice from `start` to `end`, with what the comment lines before its first content line say,
 * if it has one.
 */
function sliceOf(text: string, start: number, end: number): DocumentSlice {
  helmHeading.lastIndex = start;
  if (helmHeading.test(text) && helmHeading.lastIndex <= end) {
    // The match ends at the content's first character; the name, at the line break before it.
    const content = helmHeading.lastIndex - 1;
    return {
      start,
      end,
      templateStart: start + helmName,
      templateEnd: content - 1,
      hasContent: true,
      plain: true,
      content,
    };
  }
  let template: [number, number] | undefined;
  let lineStart = start;
  while (lineStart < end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    let first = skipBlanks(text, lineStart, lineEnd);
    if (lineStart === start && first + 3 <= lineEnd && text.startsWith('---', first))
      first = skipBlanks(text, first + 3, lineEnd);
    if (first < lineEnd && text.charCodeAt(first) !== hash) return walkedSlice(start, end, template, true);
    if (template === undefined && first < lineEnd) {
      const name = helmSourceComment.exec(text.slice(first, trimEnd(text, first, lineEnd)))?.indices?.[1];
      if (name !== undefined) template = [first + name[0], first + name[1]];
    }
    lineStart = lineEnd + 1;
  }
  return walkedSlice(start, end, template, false);
}

/** A slice whose heading the lines' walk read: with the template's offsets only when it found one. */
function walkedSlice(
  start: number,
  end: number,
  template: [number, number] | undefined,
  hasContent: boolean,
): DocumentSlice {
  return template === undefined
    ? { start, end, hasContent, plain: true }
    : { start, end, templateStart: template[0], templateEnd: template[1], hasContent, plain: true };
}

const space = 0x20;
const tab = 0x09;
const carriageReturn = 0x0d;
const hash = 0x23;
const percent = 0x25;

/**
 * What YAML counts as blank on a line: space, tab and a carriage return. `String.trim` also drops
 * U+2028, U+FEFF and others, which YAML reads as text. Scanned in place: cutting and trimming each
 * line of every document's heading cost a tenth of the split.
 */
const isBlank = (code: number) => code === space || code === tab || code === carriageReturn;

/** The first offset from `from` (before `to`) that is not blank, or `to`. */
function skipBlanks(text: string, from: number, to: number): number {
  let position = from;
  while (position < to && isBlank(text.charCodeAt(position))) position += 1;
  return position;
}

/** The offset after the last character before `to` (from `from`) that is not blank. */
function trimEnd(text: string, from: number, to: number): number {
  let position = to;
  while (position > from && isBlank(text.charCodeAt(position - 1))) position -= 1;
  return position;
}
