import { type SyntaxKind, createScanner } from 'jsonc-parser';

// jsonc-parser's SyntaxKind is an ambient const enum, which isolatedModules cannot read.
export const jsonToken = {
  openBrace: 1 as SyntaxKind,
  closeBrace: 2 as SyntaxKind,
  openBracket: 3 as SyntaxKind,
  closeBracket: 4 as SyntaxKind,
  comma: 5 as SyntaxKind,
  string: 10 as SyntaxKind,
  endOfFile: 17 as SyntaxKind,
};

/**
 * The offset of the first bracket that opens level `maxDepth + 1`, or undefined when the text
 * nests no deeper. jsonc-parser's parse and parseTree recurse once per level, so a hostile file of
 * ten thousand `[` would exhaust the stack: every caller asks this (the scanner is iterative) first.
 */
export function jsonNestingBeyond(text: string, maxDepth: number): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== jsonToken.endOfFile; token = scanner.scan()) {
    if (token === jsonToken.openBrace || token === jsonToken.openBracket) {
      depth += 1;
      if (depth > maxDepth) return scanner.getTokenOffset();
    } else if (token === jsonToken.closeBrace || token === jsonToken.closeBracket) {
      depth -= 1;
    }
  }
  return undefined;
}
