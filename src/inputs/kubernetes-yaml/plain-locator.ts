import type { FieldPath } from '../../model/location.js';
import { readsAsItself } from './kubernetes-schema.js';

/**
 * Finds a field of a plain document (`split-documents.ts`) in its text, by indentation and key
 * text, giving the offset that the position recorder's table gives (`offsetOf` in `positions.ts`):
 * a mapping's value at its key, a sequence item at its content, an absent field at its nearest
 * present ancestor. Reading the document again with the recorder costs what js-yaml costs on it;
 * this costs a walk over the lines of the mappings and sequences on the path.
 *
 * It answers only where the layout alone decides: block mappings and sequences, keys that are
 * plain text reading as themselves. Anything else gives `undefined`, and the caller reads the
 * document again: a tab or carriage return anywhere, a quoted scalar or flow collection that
 * does not close on its line (their next lines may stand at any indentation), a `-` alone on its
 * line, and on the path a quoted, duplicate or unusual key, a flow collection, `__proto__`.
 * Plain documents hold no anchors, aliases, tags, merge keys or explicit keys.
 */
export class PlainLocator {
  private readonly text: string;
  private readonly end: number;
  /** The document's lines with content (not blank, not only a comment): where it starts, its indentation. */
  private readonly starts: Int32Array;
  private readonly indents: Int32Array;
  /** For each such line, the next one indented no deeper: a walk steps over a line's value in one jump. */
  private readonly nexts: Int32Array;
  /** Steps the walks may still take: a few walks over the document, then the caller reads it. */
  private budget: number;

  /**
   * The locator of the document in `text` whose content starts at `start` and that ends before
   * `end`; undefined when its layout is not simple.
   */
  static of(text: string, start: number, end: number): PlainLocator | undefined {
    const source = text.slice(start, end);
    if (source.includes('\t') || source.includes('\r')) return undefined;
    // The content must start its line (not follow the `---`).
    const firstLine = text.lastIndexOf('\n', start - 1) + 1;
    if (skipSpaces(text, firstLine, start) !== start) return undefined;
    const starts: number[] = [];
    const indents: number[] = [];
    for (let lineStart = firstLine; lineStart < end;) {
      const lineEnd = lineEndOf(text, lineStart, end);
      const content = skipSpaces(text, lineStart, lineEnd);
      if (content < lineEnd && text.charCodeAt(content) !== hash) {
        if (!isSimpleLine(text, content, lineEnd)) return undefined;
        starts.push(content);
        indents.push(content - lineStart);
      }
      lineStart = lineEnd + 1;
    }
    return new PlainLocator(text, end, Int32Array.from(starts), Int32Array.from(indents));
  }

  private constructor(text: string, end: number, starts: Int32Array, indents: Int32Array) {
    this.text = text;
    this.end = end;
    this.starts = starts;
    this.indents = indents;
    const count = starts.length;
    this.nexts = new Int32Array(count);
    const open: number[] = [];
    for (let line = count - 1; line >= 0; line -= 1) {
      const indent = indents[line] as number;
      while (open.length > 0 && (indents[open[open.length - 1] as number] as number) > indent) open.pop();
      this.nexts[line] = open.length > 0 ? (open[open.length - 1] as number) : count;
      open.push(line);
    }
    this.budget = walksPerDocument * (count + 1);
  }

  /** The offset of `path` in the document; undefined when unsure. */
  offsetOf(path: FieldPath): number | undefined {
    if (this.starts.length === 0) return undefined;
    let offset = this.starts[0] as number;
    let node = this.nodeAt(0, offset, false);
    for (const step of path) {
      if (node === unknown) return undefined;
      if (node === scalar) break;
      let entry: Entry | typeof unknown | typeof absent;
      if (node.kind === 'mapping') {
        if (typeof step !== 'string') break;
        entry = this.valueOf(node, step);
      } else {
        if (typeof step !== 'number') break;
        entry = this.itemOf(node, step);
      }
      if (entry === unknown || this.budget < 0) return undefined;
      if (entry === absent) break;
      offset = entry.offset;
      node = entry.node;
    }
    return offset;
  }

  /**
   * The node whose content starts at `position` on content line `line`: a block mapping or
   * sequence, a scalar, or unknown. `afterKey`: it follows `key:` on its line, where no block
   * collection may start.
   */
  private nodeAt(line: number, position: number, afterKey: boolean): Node {
    const { text } = this;
    const lineEnd = lineEndOf(text, position, this.end);
    const code = text.charCodeAt(position);
    const column = (this.indents[line] as number) + position - (this.starts[line] as number);
    if (isEntryIndicator(text, position, lineEnd))
      return afterKey ? unknown : { kind: 'sequence', column, line, first: position };
    if (code === doubleQuote || code === singleQuote || code === openBracket || code === openBrace)
      return unknown;
    if (code === pipe || code === greater) return scalar;
    if (keyColon(text, position, lineEnd) === -1) return scalar;
    return afterKey ? unknown : { kind: 'mapping', column, line, first: position };
  }

  /** The entry of `key` in `mapping`: every entry is read, to be sure there is one such key. */
  private valueOf(mapping: Collection, key: string): Entry | typeof unknown | typeof absent {
    if (key === '__proto__') return unknown;
    const { text, end } = this;
    let found: Entry | typeof absent = absent;
    for (let line = mapping.line, entry = mapping.first; entry !== -1;) {
      const lineEnd = lineEndOf(text, entry, end);
      let keyEnd = entry;
      while (keyEnd < lineEnd && isKeyCharacter(text.charCodeAt(keyEnd))) keyEnd += 1;
      if (keyEnd === entry || !isIndicator(text, keyEnd, lineEnd, colon)) return unknown;
      const name = text.slice(entry, keyEnd);
      if (!readsAsItself(name)) return unknown;
      if (name === key) {
        if (found !== absent) return unknown;
        found = { offset: entry, node: this.valueNode(line, keyEnd + 1, lineEnd, mapping.column) };
      }
      // The next entry: the next line at the mapping's column that is not a `-` entry of a compact sequence value.
      do line = this.nextAtMost(line, mapping.column);
      while (this.isAt(line, mapping.column) && this.isEntry(line));
      entry = this.isAt(line, mapping.column) ? (this.starts[line] as number) : -1;
    }
    return found;
  }

  /** The node after a key's colon: on its line, or on the next (a compact sequence may stand at the key's column). */
  private valueNode(line: number, afterColon: number, lineEnd: number, column: number): Node {
    const { text } = this;
    const inline = skipSpaces(text, afterColon, lineEnd);
    if (inline < lineEnd && text.charCodeAt(inline) !== hash) return this.nodeAt(line, inline, true);
    const below = line + 1;
    if (below >= this.starts.length) return scalar;
    const indent = this.indents[below] as number;
    if (indent > column || (indent === column && this.isEntry(below)))
      return this.nodeAt(below, this.starts[below] as number, false);
    // An empty value (null): a path below it stops at the key.
    return scalar;
  }

  /** The item at `index` of `sequence`, at its content (each `-` has some on its line: see `isSimpleLine`). */
  private itemOf(sequence: Collection, index: number): Entry | typeof absent {
    const { text, end } = this;
    for (let line = sequence.line, entry = sequence.first, count = 0; ; count += 1) {
      if (count === index) {
        const content = skipSpaces(text, entry + 1, lineEndOf(text, entry, end));
        return { offset: content, node: this.nodeAt(line, content, false) };
      }
      line = this.nextAtMost(line, sequence.column);
      if (!this.isAt(line, sequence.column) || !this.isEntry(line)) return absent;
      entry = this.starts[line] as number;
    }
  }

  /** The first content line after `line` indented `column` or less (the count of lines if none). */
  private nextAtMost(line: number, column: number): number {
    let next = line + 1;
    this.budget -= 1;
    while (next < this.starts.length && (this.indents[next] as number) > column) {
      next = this.nexts[next] as number;
      this.budget -= 1;
    }
    return next;
  }

  private isAt(line: number, column: number): boolean {
    return line < this.starts.length && this.indents[line] === column;
  }

  /** Whether content line `line` starts with a `-` entry. */
  private isEntry(line: number): boolean {
    const start = this.starts[line] as number;
    return isEntryIndicator(this.text, start, lineEndOf(this.text, start, this.end));
  }
}

/** Walks over a document's lines that its locator may make before the caller reads it instead. */
const walksPerDocument = 16;

interface Collection {
  kind: 'mapping' | 'sequence';
  column: number;
  /** The content line it starts on. */
  line: number;
  /** Where its first entry starts: the first key, or the first `-`. */
  first: number;
}

const scalar = 0;
const unknown = 1;
const absent = 2;
type Node = Collection | typeof scalar | typeof unknown;

interface Entry {
  offset: number;
  node: Node;
}

const space = 0x20;
const hash = 0x23;
const dash = 0x2d;
const colon = 0x3a;
const comma = 0x2c;
const backslash = 0x5c;
const doubleQuote = 0x22;
const singleQuote = 0x27;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const pipe = 0x7c;
const greater = 0x3e;

function lineEndOf(text: string, position: number, end: number): number {
  const newline = text.indexOf('\n', position);
  return newline === -1 || newline > end ? end : newline;
}

function skipSpaces(text: string, from: number, to: number): number {
  let position = from;
  while (position < to && text.charCodeAt(position) === space) position += 1;
  return position;
}

/** `code` at `position`, followed by a space or the line's end: a `-` entry, a key's `:`. */
function isIndicator(text: string, position: number, lineEnd: number, code: number): boolean {
  return (
    position < lineEnd &&
    text.charCodeAt(position) === code &&
    (position + 1 === lineEnd || text.charCodeAt(position + 1) === space)
  );
}

const isEntryIndicator = (text: string, position: number, lineEnd: number) =>
  isIndicator(text, position, lineEnd, dash);

/** Key text the locator compares as it is: letters, digits and `_ . / -`, not starting with `.`, `/` or `-`. */
function isKeyCharacter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f ||
    code === 0x2e ||
    code === 0x2f ||
    code === dash
  );
}

/** The `:` ending a plain implicit key that starts at `position`, or -1 (a comment or the line's end first). */
function keyColon(text: string, position: number, lineEnd: number): number {
  for (let at = position; at < lineEnd; at += 1) {
    const code = text.charCodeAt(at);
    if (code === colon && (at + 1 === lineEnd || text.charCodeAt(at + 1) === space)) return at;
    if (code === space && text.charCodeAt(at + 1) === hash) return -1;
  }
  return -1;
}

/**
 * Whether a line (from its content) leaves the layout to its indentation: every quoted scalar
 * and flow collection that may start on it closes on it, and each `-` has content after it. Each line is read on its
 * own, where a node may start (its content, after `- `, after a key's `: `): a line of a block
 * scalar read this way can only be refused, never let through wrongly.
 */
function isSimpleLine(text: string, content: number, lineEnd: number): boolean {
  let position = content;
  while (isEntryIndicator(text, position, lineEnd)) position = skipSpaces(text, position + 1, lineEnd);
  // A `-` with nothing after it on its line. Its entry may be empty, and js-yaml 4 then takes the
  // next `-`, at any lesser indentation, for another entry of the same sequence.
  if (position === lineEnd || text.charCodeAt(position) === hash) return position === content;
  let after = closedNodeEnd(text, position, lineEnd);
  if (after === -1) return false;
  if (after === position) {
    // Plain: a key, and its value after the colon, or a scalar to the end of the line.
    const keyEnd = keyColon(text, position, lineEnd);
    if (keyEnd === -1) return true;
    after = keyEnd;
  } else {
    after = skipSpaces(text, after, lineEnd);
    if (!isIndicator(text, after, lineEnd, colon)) return endsLine(text, after, lineEnd);
  }
  const value = skipSpaces(text, after + 1, lineEnd);
  if (value === lineEnd || text.charCodeAt(value) === hash) return true;
  const valueEnd = closedNodeEnd(text, value, lineEnd);
  return valueEnd !== -1 && (valueEnd === value || endsLine(text, valueEnd, lineEnd));
}

/** Nothing but spaces and a comment from `position` to the line's end. */
function endsLine(text: string, position: number, lineEnd: number): boolean {
  const rest = skipSpaces(text, position, lineEnd);
  return rest === lineEnd || (rest > position && text.charCodeAt(rest) === hash);
}

/**
 * After the quoted scalar or flow collection starting at `position`, if it closes on its line
 * (else -1); `position` itself for a plain node.
 */
function closedNodeEnd(text: string, position: number, lineEnd: number): number {
  const code = text.charCodeAt(position);
  if (code === doubleQuote || code === singleQuote) return quotedEnd(text, position, lineEnd);
  if (code === openBracket || code === openBrace) return flowEnd(text, position, lineEnd);
  return position;
}

function quotedEnd(text: string, position: number, lineEnd: number): number {
  const quote = text.charCodeAt(position);
  for (let at = position + 1; at < lineEnd; at += 1) {
    const code = text.charCodeAt(at);
    if (quote === doubleQuote && code === backslash) {
      // An escaped line break continues the scalar on the next line.
      if (at + 1 >= lineEnd) return -1;
      at += 1;
    } else if (code === quote) {
      if (quote === singleQuote && text.charCodeAt(at + 1) === singleQuote && at + 1 < lineEnd) at += 1;
      else return at + 1;
    }
  }
  return -1;
}

/**
 * After the flow collection starting at `position`, if it closes on its line. Quotes are read as
 * quoted scalars only where a node starts (after `[`, `{`, `,` or a `: `); any other quote, and
 * any `#`, gives -1 rather than a guess.
 */
function flowEnd(text: string, position: number, lineEnd: number): number {
  let depth = 0;
  let nodeStart = true;
  for (let at = position; at < lineEnd;) {
    const code = text.charCodeAt(at);
    if (code === openBracket || code === openBrace) {
      depth += 1;
      nodeStart = true;
      at += 1;
    } else if (code === closeBracket || code === closeBrace) {
      depth -= 1;
      at += 1;
      if (depth === 0) return at;
      nodeStart = false;
    } else if (code === comma || isIndicator(text, at, lineEnd, colon)) {
      nodeStart = true;
      at += 1;
    } else if (code === space) {
      at += 1;
    } else if (code === hash) {
      return -1;
    } else if (code === doubleQuote || code === singleQuote) {
      if (!nodeStart) return -1;
      at = quotedEnd(text, at, lineEnd);
      if (at === -1) return -1;
      nodeStart = false;
    } else {
      nodeStart = false;
      at += 1;
    }
  }
  return -1;
}
