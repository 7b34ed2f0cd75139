import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { InputLimits, SourceFile } from '../input-format.js';
import { jsonNestingBeyond } from '../json-nesting.js';

/** JSON with comments or trailing commas (tsconfig.json, .vscode/settings.json): not JSON, but no error either. */
export function isJsonc(file: SourceFile, limits: InputLimits): boolean {
  if (jsonNestingBeyond(file.text, limits.maxDepth) !== undefined) return false;
  const problems: ParseError[] = [];
  parseJsonc(file.text, problems, { allowTrailingComma: true });
  return problems.length === 0;
}
