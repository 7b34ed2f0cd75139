/**
 * A bounded, tolerant reading of Bicep source text: where declarations and their properties
 * are written, and which files they refer to. It never decides a value (the compiler does);
 * it only finds positions, so a finding can point at the line that decides it.
 */

interface Token {
  kind: 'identifier' | 'string' | 'punctuation' | 'newline' | 'other';
  text: string;
  /** The unescaped content of a string without interpolation. */
  value?: string;
  line: number;
  column: number;
}

export interface Position {
  line: number;
  column: number;
}

export type SourceNode =
  | { kind: 'object'; position: Position; properties: Map<string, { position: Position; value: SourceNode }> }
  | { kind: 'array'; position: Position; items: SourceNode[]; loopBody?: SourceNode }
  | { kind: 'other'; position: Position };

/** A hostile file must not make the scan slow: past this many tokens the rest is not read. */
const maxTokens = 2_000_000;
const maxNesting = 200;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;
  const push = (kind: Token['kind'], start: number, startLine: number, startColumn: number, value?: string) =>
    tokens.push({ kind, text: text.slice(start, index), value, line: startLine, column: startColumn });
  // Like the compiler, a line ends at \n, \r\n or a lone \r.
  const advanceOver = (end: number) => {
    for (; index < end; index += 1) {
      const code = text.charCodeAt(index);
      if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
        line += 1;
        lineStart = index + 1;
      }
    }
  };
  // Skips a comment at `index`, if there is one: in code and inside `${...}` alike.
  const skipComment = (): boolean => {
    if (text.startsWith('//', index)) {
      const end = /[\r\n]/.exec(text.slice(index))?.index;
      index = end === undefined ? text.length : index + end;
      return true;
    }
    if (text.startsWith('/*', index)) {
      const end = text.indexOf('*/', index + 2);
      advanceOver(end < 0 ? text.length : end + 2);
      return true;
    }
    return false;
  };
  // Skips a '''multi-line''' string at `index`; its value drops the first line break, as the compiler's does.
  const skipMultilineString = (): string => {
    const start = index;
    const end = text.indexOf("'''", index + 3);
    advanceOver(end < 0 ? text.length : end + 3);
    return text.slice(start + 3, Math.max(start + 3, index - 3)).replace(/^(\r\n|\n|\r)/, '');
  };
  // Skips one single-quoted string from `index` (at the quote); returns its value without interpolation.
  const skipString = (depth: number): string | undefined => {
    let value = '';
    let interpolated = false;
    index += 1;
    while (index < text.length) {
      const char = text[index];
      if (char === '\\') {
        const escaped = text[index + 1] ?? '';
        // `\u{2F}` is how Bicep spells any code point: decode it as the compiler will.
        const codePoint =
          escaped === 'u' ? /^\{([0-9A-Fa-f]{1,6})\}/.exec(text.slice(index + 2, index + 11)) : null;
        if (codePoint) {
          value += String.fromCodePoint(Math.min(Number.parseInt(codePoint[1] as string, 16), 0x10ffff));
          advanceOver(index + 2 + codePoint[0].length);
          continue;
        }
        value += { n: '\n', r: '\r', t: '\t', $: '$', "'": "'", '\\': '\\' }[escaped] ?? escaped;
        advanceOver(index + 2);
      } else if (char === "'") {
        index += 1;
        return interpolated ? undefined : value;
      } else if (char === '$' && text[index + 1] === '{' && depth < maxNesting) {
        interpolated = true;
        advanceOver(index + 2);
        let braces = 1;
        while (index < text.length && braces > 0) {
          if (skipComment()) continue;
          if (text.startsWith("'''", index)) skipMultilineString();
          else if (text[index] === "'") skipString(depth + 1);
          else {
            if (text[index] === '{') braces += 1;
            else if (text[index] === '}') braces -= 1;
            advanceOver(index + 1);
          }
        }
      } else {
        value += char;
        advanceOver(index + 1);
      }
    }
    return interpolated ? undefined : value;
  };
  while (index < text.length && tokens.length < maxTokens) {
    const char = text[index] as string;
    const start = index;
    const startLine = line;
    const startColumn = index - lineStart + 1;
    if (char === '\n' || char === '\r') {
      advanceOver(index + (text.startsWith('\r\n', index) ? 2 : 1));
      push('newline', start, startLine, startColumn);
    } else if (char === ' ' || char === '\t') {
      index += 1;
    } else if (skipComment()) {
      continue;
    } else if (text.startsWith("'''", index)) {
      const value = skipMultilineString();
      push('string', start, startLine, startColumn, value);
    } else if (char === "'") {
      const value = skipString(0);
      push('string', start, startLine, startColumn, value);
    } else if (/[A-Za-z_]/.test(char)) {
      while (index < text.length && /[A-Za-z0-9_]/.test(text[index] as string)) index += 1;
      push('identifier', start, startLine, startColumn);
    } else if ('{}[]():,=.?!@'.includes(char)) {
      index += 1;
      push('punctuation', start, startLine, startColumn);
    } else {
      index += 1;
      push('other', start, startLine, startColumn);
    }
  }
  return tokens;
}

const isOpening = (token: Token | undefined) => token?.kind === 'punctuation' && '{[('.includes(token.text);
const isClosing = (token: Token | undefined) => token?.kind === 'punctuation' && '}])'.includes(token.text);
const isPunctuation = (token: Token | undefined, text: string) =>
  token?.kind === 'punctuation' && token.text === text;

class TreeReader {
  constructor(private readonly tokens: Token[]) {}

  private skipSeparators(index: number): number {
    let next = index;
    while (this.tokens[next]?.kind === 'newline' || isPunctuation(this.tokens[next], ',')) next += 1;
    return next;
  }

  /** Index after the bracket that closes the one at `index`. */
  skipBalanced(index: number): number {
    let depth = 0;
    let next = index;
    do {
      const token = this.tokens[next];
      if (token === undefined) return next;
      if (isOpening(token)) depth += 1;
      else if (isClosing(token)) depth -= 1;
      next += 1;
    } while (depth > 0);
    return next;
  }

  /** Reads one value; returns the node and the index after it. */
  value(index: number, depth: number): { node: SourceNode; next: number } {
    const token = this.tokens[index];
    const position = { line: token?.line ?? 1, column: token?.column ?? 1 };
    if (depth < maxNesting && isPunctuation(token, '{')) return this.object(index, depth);
    if (depth < maxNesting && isPunctuation(token, '[')) {
      const first = this.skipSeparators(index + 1);
      if (this.tokens[first]?.kind === 'identifier' && this.tokens[first]?.text === 'for')
        return this.loop(index, depth);
      return this.array(index, depth);
    }
    // Any other expression: skip to the end of the value (a newline or comma outside brackets).
    let next = index;
    while (next < this.tokens.length) {
      const current = this.tokens[next];
      if (current?.kind === 'newline' || isPunctuation(current, ',') || isClosing(current)) break;
      next = isOpening(current) ? this.skipBalanced(next) : next + 1;
    }
    return { node: { kind: 'other', position }, next };
  }

  private object(index: number, depth: number): { node: SourceNode; next: number } {
    const open = this.tokens[index] as Token;
    const properties = new Map<string, { position: Position; value: SourceNode }>();
    let next = this.skipSeparators(index + 1);
    while (next < this.tokens.length && !isPunctuation(this.tokens[next], '}')) {
      const key = this.tokens[next] as Token;
      const name = key.kind === 'identifier' ? key.text : key.kind === 'string' ? key.value : undefined;
      if (name !== undefined && isPunctuation(this.tokens[next + 1], ':')) {
        const { node, next: after } = this.value(next + 2, depth + 1);
        // Bicep property names are case-insensitive, like ARM's.
        if (!properties.has(name.toLowerCase())) {
          properties.set(name.toLowerCase(), {
            position: { line: key.line, column: key.column },
            value: node,
          });
        }
        next = after;
      } else {
        next = this.value(next, depth + 1).next;
        if (
          next < this.tokens.length &&
          isClosing(this.tokens[next]) &&
          !isPunctuation(this.tokens[next], '}')
        )
          next += 1;
      }
      next = this.skipSeparators(next);
    }
    return {
      node: { kind: 'object', position: { line: open.line, column: open.column }, properties },
      next: next + 1,
    };
  }

  private array(index: number, depth: number): { node: SourceNode; next: number } {
    const open = this.tokens[index] as Token;
    const items: SourceNode[] = [];
    let next = this.skipSeparators(index + 1);
    while (next < this.tokens.length && !isPunctuation(this.tokens[next], ']')) {
      const { node, next: after } = this.value(next, depth + 1);
      items.push(node);
      next = this.skipSeparators(after === next ? next + 1 : after);
    }
    return {
      node: { kind: 'array', position: { line: open.line, column: open.column }, items },
      next: next + 1,
    };
  }

  /** `[for x in xs: body]`: the body is what each item looks like. */
  private loop(index: number, depth: number): { node: SourceNode; next: number } {
    const open = this.tokens[index] as Token;
    const end = this.skipBalanced(index);
    let colon = index + 1;
    while (colon < end && !isPunctuation(this.tokens[colon], ':')) {
      colon = isOpening(this.tokens[colon]) ? this.skipBalanced(colon) : colon + 1;
    }
    const body = this.bodyAfter(colon + 1, end, depth);
    return {
      node: { kind: 'array', position: { line: open.line, column: open.column }, items: [], loopBody: body },
      next: end,
    };
  }

  /** The first `{ ... }` from `index` (skipping an `if (...)` condition), before `end`. */
  bodyAfter(index: number, end: number, depth: number): SourceNode | undefined {
    let next = index;
    while (next < end) {
      const token = this.tokens[next];
      if (isPunctuation(token, '{')) return this.value(next, depth + 1).node;
      next = isPunctuation(token, '(') ? this.skipBalanced(next) : next + 1;
    }
    return undefined;
  }
}

export interface Declaration {
  /** Where the keyword (`resource`, `module`, `param`, `var`) is written. */
  position: Position;
  /** The declared value: a resource or module body, or a variable's value. */
  body: SourceNode | undefined;
}

export interface FileReference {
  /** `configuredExtension`: `extension NAME`, which bicepconfig.json's `extensions` may map to a registry. */
  kind: 'module' | 'using' | 'extends' | 'import' | 'extension' | 'configuredExtension' | 'load';
  /**
   * Undefined when the path is not a plain string literal, so where it leads cannot be told.
   * For `configuredExtension`, the extension's name.
   */
  target: string | undefined;
  line: number;
}

const loadFunctions = new Set([
  'loadTextContent',
  'loadFileAsBase64',
  'loadJsonContent',
  'loadYamlContent',
  'loadDirectoryFileInfo',
]);

/** One .bicep or .bicepparam file, read for positions and references. */
export class BicepSource {
  private readonly tokens: Token[];
  private readonly reader: TreeReader;

  /** True when the file is too large to read whole: its references cannot all be known. */
  readonly truncated: boolean;

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    this.truncated = this.tokens.length >= maxTokens;
    this.reader = new TreeReader(this.tokens);
  }

  /** The declaration of `keyword name` at the top level (`param x`, `var x`). */
  declarationNamed(keyword: 'param' | 'var', name: string): Declaration | undefined {
    const wanted = name.toLowerCase();
    for (let index = 0; index + 1 < this.tokens.length; index += 1) {
      const token = this.tokens[index] as Token;
      const previous = this.tokens[index - 1];
      const atLineStart = previous === undefined || previous.kind === 'newline';
      if (!atLineStart || token.kind !== 'identifier' || token.text !== keyword) continue;
      const nameToken = this.tokens[index + 1] as Token;
      if (nameToken.kind !== 'identifier' || nameToken.text.toLowerCase() !== wanted) continue;
      let equals = index + 2;
      while (
        equals < this.tokens.length &&
        this.tokens[equals]?.kind !== 'newline' &&
        !isPunctuation(this.tokens[equals], '=')
      ) {
        equals = isOpening(this.tokens[equals]) ? this.reader.skipBalanced(equals) : equals + 1;
      }
      const body = isPunctuation(this.tokens[equals], '=')
        ? this.reader.value(equals + 1, 0).node
        : undefined;
      return { position: { line: token.line, column: token.column }, body };
    }
    return undefined;
  }

  /** The `resource` or `module` declaration that starts on (0-based) `line`, as the compiler's range gives it. */
  declarationAt(line: number): Declaration | undefined {
    const first = this.tokens.findIndex((token) => token.line >= line + 1);
    if (first < 0) return undefined;
    let keyword = first;
    // Decorators (`@description(...)`) may come first.
    while (keyword < this.tokens.length) {
      const token = this.tokens[keyword] as Token;
      if (token.kind === 'identifier' && (token.text === 'resource' || token.text === 'module')) break;
      keyword = isOpening(token) ? this.reader.skipBalanced(keyword) : keyword + 1;
    }
    const token = this.tokens[keyword];
    if (token === undefined) return undefined;
    let equals = keyword + 1;
    while (equals < this.tokens.length && !isPunctuation(this.tokens[equals], '=')) equals += 1;
    const bodyIndex = this.skipToBody(equals + 1);
    const body = bodyIndex === undefined ? undefined : this.reader.value(bodyIndex, 0).node;
    return { position: { line: token.line, column: token.column }, body };
  }

  /** After `=`: `if (cond) {`, `[for x in y: {`, or `{`; for a loop, the body of each item. */
  private skipToBody(index: number): number | undefined {
    let next = index;
    while (next < this.tokens.length) {
      const token = this.tokens[next];
      if (isPunctuation(token, '{')) return next;
      if (isPunctuation(token, '(')) next = this.reader.skipBalanced(next);
      else next += 1;
    }
    return undefined;
  }

  /** `using none`: a .bicepparam that deliberately names no template. */
  usesNoTemplate(): boolean {
    return this.tokens.some(
      (token, index) =>
        token.kind === 'identifier' &&
        token.text === 'using' &&
        (index === 0 || this.tokens[index - 1]?.kind === 'newline') &&
        this.tokens[index + 1]?.kind === 'identifier' &&
        this.tokens[index + 1]?.text === 'none',
    );
  }

  /** Files and artifacts this file refers to, found without compiling it. */
  references(): FileReference[] {
    const references: FileReference[] = [];
    const tokens = this.tokens;
    const stringAt = (index: number) => (tokens[index]?.kind === 'string' ? tokens[index]?.value : undefined);
    const atLineStart = (index: number) => index === 0 || tokens[index - 1]?.kind === 'newline';
    tokens.forEach((token, index) => {
      if (token.kind !== 'identifier') return;
      let target: string | undefined;
      let kind: FileReference['kind'] | undefined;
      // Statements start a line; elsewhere these words are ordinary names. `using none` and
      // `extension kubernetes` name no file.
      const statement = atLineStart(index);
      if (statement && token.text === 'module' && tokens[index + 1]?.kind === 'identifier') {
        [kind, target] = ['module', stringAt(index + 2)];
      } else if (statement && ['using', 'extends', 'extension'].includes(token.text)) {
        const next = tokens[index + 1];
        if (next?.kind === 'string') {
          [kind, target] = [token.text as FileReference['kind'], stringAt(index + 1)];
        } else if (token.text === 'extension' && next?.kind === 'identifier') {
          [kind, target] = ['configuredExtension', next.text];
        }
      } else if (token.text === 'from' && tokens[index + 1]?.kind === 'string') {
        [kind, target] = ['import', stringAt(index + 1)];
      } else if (loadFunctions.has(token.text) && isPunctuation(tokens[index + 1], '(')) {
        [kind, target] = ['load', stringAt(index + 2)];
      }
      // A reference whose path is not a plain literal is kept, target unknown, so it is refused.
      if (kind !== undefined) references.push({ kind, target, line: token.line });
    });
    return references;
  }
}

export const isRegistryReference = (target: string): boolean => /^(br|ts)[:/]/i.test(target);
