import type { SourceFile } from './input-format.js';

export type ParsedJson = { ok: true; value: unknown } | { ok: false };

/**
 * Each file's text as parsed-json.ts parsed it. Apart from the parser, which reads a large plan
 * (plan-text.ts): what forgets a value after every read must not load it for a scan of YAML.
 */
export const parsedFiles = new WeakMap<SourceFile, ParsedJson>();

/**
 * Forgets the file's parsed value: the model keeps what it needs, and the file outlives its
 * read (discovery holds it to the end of the scan), so a value kept here would keep the whole
 * parsed tree in memory through the checks and the report.
 */
export function forgetParsedJson(file: SourceFile): void {
  parsedFiles.delete(file);
}
