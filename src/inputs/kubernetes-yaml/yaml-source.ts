/**
 * Small scans of YAML source text around the offsets the parser reports. js-yaml 4's listener
 * gives the offset where the parser started looking for a node, which may still be before the
 * space, comments and properties (`!tag`, `&anchor`) that precede its content.
 */

const space = 0x20;
const tab = 0x09;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;
const hash = 0x23;
const exclamation = 0x21;
const ampersand = 0x26;
const asterisk = 0x2a;
const colon = 0x3a;
const question = 0x3f;
const dash = 0x2d;

const isBlank = (code: number) =>
  code === space || code === tab || code === lineFeed || code === carriageReturn;
const isProperty = (code: number) => code === exclamation || code === ampersand;
const endsToken = (code: number) =>
  Number.isNaN(code) ||
  isBlank(code) ||
  code === 0 ||
  code === 0x2c ||
  code === 0x5b ||
  code === 0x5d ||
  code === 0x7b ||
  code === 0x7d;

/** The offset after any spaces, line breaks and comments starting at `offset`. */
export function skipSeparation(source: string, offset: number): number {
  let position = offset;
  let afterBlank = position === 0 || isBlank(source.charCodeAt(position - 1));
  for (;;) {
    const code = source.charCodeAt(position);
    if (isBlank(code)) {
      position += 1;
      afterBlank = true;
    } else if (code === hash && afterBlank) {
      while (position < source.length && source.charCodeAt(position) !== lineFeed) position += 1;
    } else {
      return position;
    }
  }
}

function skipToken(source: string, offset: number): number {
  let position = offset;
  while (!endsToken(source.charCodeAt(position))) position += 1;
  return position;
}

/** Where a node's content starts: past separation and its properties. */
export function contentStart(source: string, offset: number): number {
  let position = skipSeparation(source, offset);
  while (isProperty(source.charCodeAt(position))) {
    position = skipSeparation(source, skipToken(source, position));
  }
  return position;
}

/**
 * Where a scalar starts, as the earlier reader located it: its tag, else its anchor, else its
 * content (the opening quote of a quoted one).
 */
export function scalarStart(source: string, offset: number): number {
  let position = skipSeparation(source, offset);
  let tag = -1;
  let anchor = -1;
  for (let code = source.charCodeAt(position); isProperty(code); code = source.charCodeAt(position)) {
    if (code === exclamation && tag === -1) tag = position;
    if (code === ampersand && anchor === -1) anchor = position;
    position = skipSeparation(source, skipToken(source, position));
  }
  return tag !== -1 ? tag : anchor !== -1 ? anchor : position;
}

/** Whether the node whose content starts at or after `offset` is an alias (`*name`). */
export const isAliasAt = (source: string, offset: number): boolean =>
  source.charCodeAt(contentStart(source, offset)) === asterisk;

/** A node followed by `:` is a mapping key (implicit on its line, or explicit after `?`). */
export const isFollowedByColon = (source: string, end: number): boolean =>
  source.charCodeAt(skipSeparation(source, end)) === colon;

/**
 * Whether the node that opens at `open` follows a `?` indicator: an explicit key, which may
 * stand without a `:` after it (its value is then null).
 */
export function isExplicitKeyAt(source: string, open: number): boolean {
  let position = open - 1;
  while (source.charCodeAt(position) === space || source.charCodeAt(position) === tab) position -= 1;
  return (
    source.charCodeAt(position) === question && (position === 0 || isBlank(source.charCodeAt(position - 1)))
  );
}

/**
 * The offsets of the `-` indicators of the block sequence that starts at `start` and ends
 * before `end`: its first one, then each line whose content starts with `- ` in its column.
 * js-yaml 4 reads an empty entry (`-` alone on its line) without reporting a node; these
 * indicators number the entries that it did report.
 */
export function sequenceEntryStarts(source: string, start: number, end: number): number[] {
  const column = start - (source.lastIndexOf('\n', start - 1) + 1);
  const starts = [start];
  for (let lineStart = source.indexOf('\n', start) + 1; lineStart > 0 && lineStart < end;) {
    const entry = lineStart + column;
    let indented = true;
    for (let position = lineStart; position < entry; position += 1) {
      if (source.charCodeAt(position) !== space) indented = false;
    }
    const following = source.charCodeAt(entry + 1);
    const isIndicator = source.charCodeAt(entry) === dash && (isBlank(following) || Number.isNaN(following));
    if (indented && entry < end && isIndicator) {
      starts.push(entry);
    }
    lineStart = source.indexOf('\n', lineStart) + 1;
  }
  return starts;
}
