/**
 * The one place that talks to HashiCorp's HCL parser: the Go `hcl` package compiled to
 * WebAssembly, as `@cdktf/hcl2json` ships it. It turns a .tf file into its body as JSON, where
 * every expression that is not a plain literal is kept as a `${…}` string, and one such expression
 * into HCL's own syntax tree. Nothing here evaluates anything.
 *
 * The package's own loader finds its .wasm through `__dirname`, which the ESM bundle in dist/ does
 * not have, and starts it on import; this loader reads the installed package's file (development)
 * or the copy `npm run build` puts in dist/ (the action has no node_modules), and starts it only
 * when a .tf file is read.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { TFExpressionSyntaxTree } from '@cdktf/hcl2json';
import { packageRoot } from '../../package-root.js';

export type ExpressionTree = TFExpressionSyntaxTree.ExpressionType;

/** A block body: attributes (literal or `${…}` strings) and nested blocks (lists of bodies). */
export type HclBody = Record<string, unknown>;

export type ParsedFile = { body: HclBody } | { error: { line?: number; column?: number; message: string } };

type Callback = (error: string | null, result: string) => void;
type Exported = (filename: string, text: string, callback: Callback) => void;
interface GoProgram {
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}

/** Never from the working directory: a scanned repository must not supply the parser. */
function wasmFile(): string {
  const installed = join(packageRoot(), 'node_modules', '@cdktf', 'hcl2json', 'main.wasm.gz');
  return existsSync(installed) ? installed : join(packageRoot(), 'dist', 'hcl2json.wasm.gz');
}

let parser: Promise<Record<string, Exported>> | undefined;

/** Starts the Go program once; it registers its functions on a global object and keeps running. */
function startParser(): Promise<Record<string, Exported>> {
  parser ??= (async () => {
    await import('@cdktf/hcl2json/wasm/bridge_wasm_exec.js');
    const Go = (globalThis as unknown as { Go: new () => GoProgram }).Go;
    const go = new Go();
    const { instance } = await WebAssembly.instantiate(
      gunzipSync(await readFile(wasmFile())),
      go.importObject,
    );
    const exported: Record<string, Exported> = {};
    (globalThis as Record<string, unknown>).__parse_terraform_config_wasm__ = exported;
    // The Go program runs for the life of the process; its end is of no interest.
    go.run(instance).catch(() => undefined);
    return exported;
  })();
  return parser;
}

async function call(name: 'parse' | 'getExpressionAst', filename: string, text: string): Promise<string> {
  const exported = await startParser();
  const implementation = exported[name];
  if (implementation === undefined) throw new Error(`the HCL parser has no ${name}`);
  return new Promise((resolve, reject) => {
    implementation(filename, text, (error, result) => (error ? reject(new Error(error)) : resolve(result)));
  });
}

/** `parse config: [main.tf:2,6-3,1: Invalid expression; Expected …]` → line 2, column 6. */
const diagnostic = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?: ([^\]]*)\]?\s*$/;

export async function parseHclFile(name: string, text: string): Promise<ParsedFile> {
  try {
    const body: unknown = JSON.parse(await call('parse', name, text));
    return { body: typeof body === 'object' && body !== null ? (body as HclBody) : {} };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = diagnostic.exec(message);
    if (match === null) return { error: { message: `not valid HCL: ${message}` } };
    return {
      error: {
        line: Number(match[1]),
        column: Number(match[2]),
        message: `not valid HCL: ${match[3] ?? ''}`,
      },
    };
  }
}

/** HCL's syntax tree of one expression, or undefined when it does not parse. */
export async function expressionTree(text: string): Promise<ExpressionTree | undefined> {
  try {
    const tree: unknown = JSON.parse(await call('getExpressionAst', 'expression.tf', text));
    return typeof tree === 'object' && tree !== null ? (tree as ExpressionTree) : undefined;
  } catch {
    return undefined;
  }
}
