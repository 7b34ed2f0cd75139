import { quoteInput } from '../../model/quote.js';

/** The syntax tree of one ARM template expression (the text between `[` and `]`). */
export type Expression =
  | { kind: 'call'; name: string; args: Expression[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'property'; target: Expression; name: string }
  | { kind: 'index'; target: Expression; index: Expression };

export type ParseResult = { ok: true; expression: Expression } | { ok: false; message: string };

type Token =
  | { kind: 'identifier'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'punctuation'; text: string };

/** Hostile templates could nest calls without end; ARM itself rejects far less. */
const maxNesting = 200;

/** True when a JSON string is an ARM expression: `[...]`, but not the `[[` escape. */
export const isExpressionString = (text: string): boolean =>
  text.startsWith('[') && !text.startsWith('[[') && text.trimEnd().endsWith(']');

/** `[[literal]` is ARM's escape for a string that starts with a bracket. */
export const unescapeLiteral = (text: string): string => (text.startsWith('[[') ? text.slice(1) : text);

function tokenize(source: string): Token[] | string {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source[index] as string;
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === "'") {
      let text = '';
      index += 1;
      for (;;) {
        if (index >= source.length) return 'unterminated string literal';
        if (source[index] === "'") {
          if (source[index + 1] === "'") {
            text += "'";
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        text += source[index];
        index += 1;
      }
      tokens.push({ kind: 'string', text });
    } else if (/[0-9]/.test(char) || (char === '-' && /[0-9]/.test(source[index + 1] ?? ''))) {
      const match = /^-?[0-9]+(\.[0-9]+)?/.exec(source.slice(index)) as RegExpExecArray;
      tokens.push({ kind: 'number', value: Number(match[0]) });
      index += match[0].length;
    } else if (/[A-Za-z_$]/.test(char)) {
      const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(source.slice(index)) as RegExpExecArray;
      tokens.push({ kind: 'identifier', text: match[0] });
      index += match[0].length;
    } else if ('()[],.'.includes(char)) {
      tokens.push({ kind: 'punctuation', text: char });
      index += 1;
    } else {
      return `unexpected character '${char}'`;
    }
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): Expression {
    const expression = this.parseExpression(0);
    if (this.position < this.tokens.length) throw new SyntaxError('unexpected text after the expression');
    return expression;
  }

  private peekPunctuation(text: string): boolean {
    const token = this.tokens[this.position];
    return token?.kind === 'punctuation' && token.text === text;
  }

  private expectPunctuation(text: string): void {
    if (!this.peekPunctuation(text)) throw new SyntaxError(`expected '${text}'`);
    this.position += 1;
  }

  /** An identifier followed by `(` at `index`. */
  private isCallAt(index: number): boolean {
    const name = this.tokens[index];
    const next = this.tokens[index + 1];
    return name?.kind === 'identifier' && next?.kind === 'punctuation' && next.text === '(';
  }

  private parseExpression(depth: number): Expression {
    if (depth > maxNesting) throw new SyntaxError('expression nested too deeply');
    let expression = this.parsePrimary(depth);
    for (;;) {
      if (this.peekPunctuation('.')) {
        this.position += 1;
        const token = this.tokens[this.position];
        if (token?.kind !== 'identifier') throw new SyntaxError("expected a property name after '.'");
        this.position += 1;
        expression = { kind: 'property', target: expression, name: token.text };
      } else if (this.peekPunctuation('[')) {
        this.position += 1;
        const index = this.parseExpression(depth + 1);
        this.expectPunctuation(']');
        expression = { kind: 'index', target: expression, index };
      } else {
        return expression;
      }
    }
  }

  private parsePrimary(depth: number): Expression {
    const token = this.tokens[this.position];
    if (token === undefined) throw new SyntaxError('unexpected end of expression');
    this.position += 1;
    if (token.kind === 'string') return { kind: 'string', value: token.text };
    if (token.kind === 'number') return { kind: 'number', value: token.value };
    if (token.kind !== 'identifier') throw new SyntaxError(`unexpected '${quoteInput(token.text)}'`);
    let name = token.text;
    // User-defined functions are namespaced: `namespace.function(...)`.
    while (this.peekPunctuation('.') && this.isCallAt(this.position + 1)) {
      name = `${name}.${(this.tokens[this.position + 1] as { text: string }).text}`;
      this.position += 2;
    }
    if (!this.peekPunctuation('(')) return { kind: 'call', name, args: [] };
    this.position += 1;
    const args: Expression[] = [];
    while (!this.peekPunctuation(')')) {
      if (args.length > 0) this.expectPunctuation(',');
      args.push(this.parseExpression(depth + 1));
    }
    this.position += 1;
    return { kind: 'call', name, args };
  }
}

/** Parses the inside of `[...]`. */
export function parseExpression(text: string): ParseResult {
  const inner = text.trim().slice(1, -1);
  const tokens = tokenize(inner);
  if (typeof tokens === 'string') return { ok: false, message: tokens };
  try {
    return { ok: true, expression: new Parser(tokens).parseAll() };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}
