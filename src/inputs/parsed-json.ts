import type { SourceFile } from './input-format.js';
import { parsedFiles, type ParsedJson } from './parsed-json-store.js';
import { parsePlanText } from './terraform-plan/plan-text.js';
import { isReadType } from './terraform-plan/read-types.js';

/**
 * From this size a text is parsed as a plan might be, its resources one by one (`plan-text.ts`):
 * measured, a 10 MB plan took as much CPU either way and 6% more peak memory, 17 and 20 MB ones as
 * much CPU and 7–11% less memory, a 50 MB one 9% less of each (docs/benchmarks.md, "Big JSON, seventh round").
 */
export const largeJsonCharacters = 16 * 1024 * 1024;

/**
 * A file's text read as strict JSON, parsed at most once however many formats look at it: ARM
 * detection decides from the value, and the Terraform plan reader takes the same value instead
 * of parsing a plan of tens of megabytes a second time. A large text leaves out the resources of
 * a plan that the plan reader would pass over; nothing else reads them. `ok: false` when the text is not strict
 * JSON (comments, trailing commas, not JSON at all): each format then reads the text its own way.
 */
export function parsedJsonOf(file: SourceFile): ParsedJson {
  let parsed = parsedFiles.get(file);
  if (parsed === undefined) {
    try {
      const text = file.text.replace(/^\uFEFF/, '');
      parsed = {
        ok: true,
        value: text.length < largeJsonCharacters ? JSON.parse(text) : parsePlanText(text, isReadType),
      };
    } catch {
      parsed = { ok: false };
    }
    parsedFiles.set(file, parsed);
  }
  return parsed;
}
