/**
 * A bounded scanner for Terraform's native syntax (.tf) that keeps only what positions need:
 * where each block, attribute, object key and list item starts. It never evaluates anything.
 * Terraform has already validated the configuration that produced the plan, so the scanner is
 * lenient: on text it does not understand it skips ahead and keeps the positions it found.
 */

/** A block, an attribute value, an object literal or a list literal, with where it starts. */
export interface HclNode {
  line: number;
  column: number;
  /** Attributes of a block body, or keys of an object literal. */
  fields: Map<string, HclNode>;
  /** Nested blocks by type, in source order. */
  blocks: Map<string, HclNode[]>;
  /** Items of a list literal. */
  items: HclNode[];
  /** Block labels, e.g. `["azurerm_kubernetes_cluster", "this"]` for a resource block. */
  labels: string[];
}

const newNode = (line: number, column: number, labels: string[] = []): HclNode => ({
  line,
  column,
  fields: new Map(),
  blocks: new Map(),
  items: [],
  labels,
});

const identifierStart = /[A-Za-z_]/;
const closingBracket: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
const isClosingBracket = (char: string): boolean => char === '}' || char === ']' || char === ')';
const identifierPart = /[A-Za-z0-9_-]/;

class HclScanner {
  private readonly text: string;
  private readonly maxDepth: number;
  private offset = 0;
  private line = 1;
  private column = 1;

  constructor(text: string, maxDepth: number) {
    this.text = text;
    this.maxDepth = maxDepth;
  }

  scanFile(): HclNode {
    const root = newNode(1, 1);
    this.scanBody(root, 0);
    // A stray `}` ends a body: at the top level, step over it and read on.
    while (!this.atEnd()) {
      this.advance();
      this.scanBody(root, 0);
    }
    return root;
  }

  private peek(ahead = 0): string {
    return this.text.charAt(this.offset + ahead);
  }

  private atEnd(): boolean {
    return this.offset >= this.text.length;
  }

  private advance(count = 1): void {
    for (let step = 0; step < count && !this.atEnd(); step += 1) {
      if (this.text.charAt(this.offset) === '\n') {
        this.line += 1;
        this.column = 1;
      } else {
        this.column += 1;
      }
      this.offset += 1;
    }
  }

  /** Skips spaces and comments; newlines too when `newlines` is set. Returns true if a newline was crossed. */
  private skipTrivia(newlines: boolean): boolean {
    let crossedNewline = false;
    while (!this.atEnd()) {
      const char = this.peek();
      if (char === '\n') {
        if (!newlines) return crossedNewline;
        crossedNewline = true;
        this.advance();
      } else if (char === ' ' || char === '\t' || char === '\r') {
        this.advance();
      } else if (char === '#' || (char === '/' && this.peek(1) === '/')) {
        while (!this.atEnd() && this.peek() !== '\n') this.advance();
      } else if (char === '/' && this.peek(1) === '*') {
        this.advance(2);
        while (!this.atEnd() && !(this.peek() === '*' && this.peek(1) === '/')) this.advance();
        this.advance(2);
      } else {
        return crossedNewline;
      }
    }
    return crossedNewline;
  }

  private readIdentifier(): string {
    const start = this.offset;
    while (!this.atEnd() && identifierPart.test(this.peek())) this.advance();
    return this.text.slice(start, this.offset);
  }

  /** Reads a quoted string (its raw inner text); interpolations and escapes are skipped over. */
  private readQuoted(): string {
    const start = this.offset + 1;
    this.skipQuoted();
    return this.text.slice(start, Math.max(start, this.offset - 1));
  }

  private skipQuoted(): void {
    this.advance();
    while (!this.atEnd()) {
      const char = this.peek();
      if (char === '\\') {
        this.advance(2);
      } else if (char === '"') {
        this.advance();
        return;
      } else if ((char === '$' || char === '%') && this.peek(1) === '{') {
        if (this.peek(-1) === char) {
          this.advance(2);
          continue;
        }
        this.advance(2);
        this.skipUntilClosing('}');
      } else if (char === '\n') {
        return;
      } else {
        this.advance();
      }
    }
  }

  private skipHeredoc(): void {
    this.advance(2);
    if (this.peek() === '-') this.advance();
    const marker = this.readIdentifier();
    while (!this.atEnd()) {
      while (!this.atEnd() && this.peek() !== '\n') this.advance();
      this.advance();
      const lineEnd = this.text.indexOf('\n', this.offset);
      const lineText = this.text.slice(this.offset, lineEnd === -1 ? undefined : lineEnd);
      if (lineText.trim() === marker) {
        this.advance(lineText.length);
        return;
      }
    }
  }

  /** Skips nested brackets, strings and heredocs up to and including `closing`. */
  private skipUntilClosing(closing: string): void {
    const expected: string[] = [closing];
    while (!this.atEnd() && expected.length > 0) {
      const char = this.peek();
      if (char === '"') {
        this.skipQuoted();
        continue;
      }
      if (char === '<' && this.peek(1) === '<' && /[-A-Za-z_]/.test(this.peek(2))) {
        this.skipHeredoc();
        continue;
      }
      if (char === '#' || (char === '/' && (this.peek(1) === '/' || this.peek(1) === '*'))) {
        this.skipTrivia(false);
        if (this.peek() !== '\n') continue;
      }
      const closing = closingBracket[char];
      if (closing !== undefined) expected.push(closing);
      else if (char === expected[expected.length - 1]) expected.pop();
      // A closing bracket of the wrong kind: the text is not valid HCL, so stop before it.
      else if (isClosingBracket(char)) return;
      this.advance();
    }
  }

  /** Block body or object literal: attributes/keys and nested blocks until `}` or the end. */
  private scanBody(node: HclNode, depth: number): void {
    for (;;) {
      this.skipTrivia(true);
      if (this.atEnd()) return;
      const char = this.peek();
      if (char === '}') return;
      if (!identifierStart.test(char)) {
        this.skipToLineEnd();
        continue;
      }
      const line = this.line;
      const column = this.column;
      const name = this.readIdentifier();
      this.skipTrivia(false);
      if (this.peek() === '=' && this.peek(1) !== '=') {
        this.advance();
        node.fields.set(name, this.scanExpression(line, column, depth + 1, 'body'));
        continue;
      }
      const labels: string[] = [];
      while (this.peek() === '"' || identifierStart.test(this.peek())) {
        labels.push(this.peek() === '"' ? this.readQuoted() : this.readIdentifier());
        this.skipTrivia(false);
      }
      if (this.peek() !== '{') {
        this.skipToLineEnd();
        continue;
      }
      this.advance();
      const block = newNode(line, column, labels);
      if (depth < this.maxDepth) this.scanBody(block, depth + 1);
      else this.skipUntilClosing('}');
      if (this.peek() === '}') this.advance();
      const siblings = node.blocks.get(name) ?? [];
      siblings.push(block);
      node.blocks.set(name, siblings);
    }
  }

  private skipToLineEnd(): void {
    while (!this.atEnd() && this.peek() !== '\n') {
      const closing = closingBracket[this.peek()];
      if (closing !== undefined) {
        this.advance();
        this.skipUntilClosing(closing);
      } else if (this.peek() === '}') {
        return;
      } else {
        this.advance();
      }
    }
  }

  /**
   * An expression that starts after `=` or `:`. The node is located at `line:column` (the
   * attribute name or key). Object and list literals keep their keys' and items' positions;
   * anything else is skipped to where the expression ends in its context.
   */
  private scanExpression(
    line: number,
    column: number,
    depth: number,
    context: 'body' | 'object' | 'list',
  ): HclNode {
    const node = newNode(line, column);
    this.skipTrivia(false);
    const opening = this.peek();
    if ((opening === '{' || opening === '[') && depth < this.maxDepth && !this.startsForExpression()) {
      this.advance();
      if (opening === '{') this.scanObject(node, depth);
      else this.scanList(node, depth);
    }
    this.skipExpressionRest(context);
    return node;
  }

  private startsForExpression(): boolean {
    return /^[[{]\s*for\s/.test(this.text.slice(this.offset, this.offset + 64));
  }

  /** Skips to the end of the current expression: newline (in a body or object), `,`, or a closing bracket. */
  private skipExpressionRest(context: 'body' | 'object' | 'list'): void {
    while (!this.atEnd()) {
      const char = this.peek();
      if (char === '\n' && context !== 'list') return;
      if (char === ',' && context !== 'body') return;
      if (char === '}' || char === ']') return;
      if (char === '"') this.skipQuoted();
      else if (char === '<' && this.peek(1) === '<' && /[-A-Za-z_]/.test(this.peek(2))) this.skipHeredoc();
      else if (char === '#' || (char === '/' && (this.peek(1) === '/' || this.peek(1) === '*')))
        this.skipTrivia(false);
      else if (closingBracket[char] !== undefined) {
        this.advance();
        this.skipUntilClosing(closingBracket[char]);
      } else this.advance();
    }
  }

  /** Items of an object or list literal, separated by commas or newlines, up to `closing`. */
  private scanItems(closing: '}' | ']', scanItem: () => void): void {
    for (;;) {
      this.skipTrivia(true);
      if (this.peek() === ',') {
        this.advance();
        continue;
      }
      if (this.atEnd() || this.peek() === closing) break;
      if (isClosingBracket(this.peek())) return;
      const before = this.offset;
      scanItem();
      // Text the scanner does not understand is stepped over, so the loop always ends.
      if (this.offset === before) this.advance();
    }
    if (this.peek() === closing) this.advance();
  }

  private scanObject(node: HclNode, depth: number): void {
    this.scanItems('}', () => {
      const line = this.line;
      const column = this.column;
      let key: string | undefined;
      if (this.peek() === '"') key = this.readQuoted();
      else if (identifierStart.test(this.peek())) key = this.readIdentifier();
      this.skipTrivia(false);
      if (key === undefined || !(this.peek() === '=' || this.peek() === ':')) {
        this.skipExpressionRest('object');
        return;
      }
      this.advance();
      node.fields.set(key, this.scanExpression(line, column, depth + 1, 'object'));
    });
  }

  private scanList(node: HclNode, depth: number): void {
    this.scanItems(']', () =>
      node.items.push(this.scanExpression(this.line, this.column, depth + 1, 'list')),
    );
  }
}

/** Scans one .tf file. `maxDepth` bounds nesting so hostile input cannot exhaust the stack. */
export function scanHcl(text: string, maxDepth: number): HclNode {
  return new HclScanner(text, maxDepth).scanFile();
}

/**
 * The node at `path` below `node` (attribute and block names, block and list indexes, as in plan
 * JSON: `['default_node_pool', 0, 'kubelet_config', 0, 'pod_max_pid']`), else the nearest ancestor
 * found. A `dynamic "x"` block stands for every `x` block it generates.
 */
export function findHclNode(node: HclNode, path: readonly (string | number)[]): HclNode {
  let current = node;
  for (let index = 0; index < path.length; index += 1) {
    const step = path[index] ?? '';
    if (typeof step === 'number') {
      const item = current.items[step];
      if (item === undefined) return current;
      current = item;
      continue;
    }
    const field = current.fields.get(step);
    if (field !== undefined) {
      current = field;
      continue;
    }
    const next = path[index + 1];
    const blockIndex = typeof next === 'number' ? next : 0;
    if (typeof next === 'number') index += 1;
    const block = current.blocks.get(step)?.[blockIndex] ?? dynamicContent(current, step);
    if (block === undefined) return current;
    current = block;
  }
  return current;
}

function dynamicContent(node: HclNode, blockType: string): HclNode | undefined {
  const dynamic = node.blocks.get('dynamic')?.find((block) => block.labels[0] === blockType);
  return dynamic?.blocks.get('content')?.[0] ?? dynamic;
}
