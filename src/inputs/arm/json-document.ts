import { type Node, type ParseError, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { FieldPath, SourceLocation } from '../../model/location.js';
import type { InputError, InputLimits } from '../input-format.js';
import { jsonNestingBeyond } from '../json-nesting.js';
import type { ArmValue } from './arm-value.js';

/** Line and column (1-based) of character offsets in a text. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let index = 0; index < text.length; index += 1) {
      if (text.charCodeAt(index) === 10) this.lineStarts.push(index + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] as number) + 1 };
  }
}

/** A JSON document as ARM reads it (comments allowed), with the position of every node. */
export interface JsonDocument {
  value: ArmValue;
  /** The location of `path`, or of its deepest ancestor present in the document. */
  locate(path: FieldPath): SourceLocation;
}

export type JsonParseResult = { ok: true; document: JsonDocument } | { ok: false; errors: InputError[] };

function childAt(node: Node, key: string | number): Node | undefined {
  if (node.type === 'array' && typeof key === 'number') return node.children?.[key];
  if (node.type !== 'object' || typeof key !== 'string') return undefined;
  const properties = node.children ?? [];
  const exact = properties.find((property) => property.children?.[0]?.value === key);
  const wanted = key.toLowerCase();
  // ARM property names are case-insensitive.
  const match =
    exact ?? properties.find((property) => String(property.children?.[0]?.value).toLowerCase() === wanted);
  return match?.children?.[1];
}

export function parseJsonDocument(text: string, displayPath: string, limits: InputLimits): JsonParseResult {
  const lines = new LineIndex(text);
  const errorAt = (offset: number, message: string): InputError => ({
    file: displayPath,
    ...lines.position(offset),
    message,
  });
  if (text.length > limits.maxDocumentBytes) {
    return {
      ok: false,
      errors: [errorAt(0, `the file is larger than ${limits.maxDocumentBytes} bytes and is not read`)],
    };
  }
  const tooDeep = jsonNestingBeyond(text, limits.maxDepth);
  if (tooDeep !== undefined) {
    return {
      ok: false,
      errors: [errorAt(tooDeep, `JSON nested deeper than ${limits.maxDepth} levels is not read (maxDepth)`)],
    };
  }
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length > 0 || root === undefined) {
    // The first error is the cause; the ones after it are its echoes.
    const [first] = parseErrors;
    const error = first
      ? errorAt(first.offset, `invalid JSON: ${printParseErrorCode(first.error)}`)
      : errorAt(0, 'the file holds no JSON value');
    return { ok: false, errors: [error] };
  }
  const locationOf = (node: Node): SourceLocation => {
    // A property's location is its key, on the line where it is written.
    const anchor = node.parent?.type === 'property' ? node.parent : node;
    return { file: displayPath, ...lines.position(anchor.offset) };
  };
  return {
    ok: true,
    document: {
      value: getNodeValue(root) as ArmValue,
      locate(path) {
        let node = root;
        for (const key of path) {
          const child = childAt(node, key);
          if (child === undefined) break;
          node = child;
        }
        return locationOf(node);
      },
    },
  };
}
