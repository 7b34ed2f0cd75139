import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { load as loadYaml, loadAll as loadAllYaml } from 'js-yaml';
import { loadAll as loadAllYaml4 } from 'js-yaml-4';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { globSync } from 'tinyglobby';
import { runCli } from '../../src/cli/run.js';
import { packageRoot } from '../../src/package-root.js';
import type { ScanReport } from '../../src/results/results.js';

/**
 * One reader under fuzz: files mutated from its fixtures, scanned through the CLI as a user
 * would (`aks-cis-gate scan FILE... --format json --fail-on none`), so that only unread
 * files can make the exit status non-zero.
 */
export interface FuzzTarget {
  name: string;
  extension: string;
  /** Globs under the package root whose files seed the mutations. */
  seeds: string[];
  /** Files per scan: the bicep reader starts its compiler once per scan, so it takes several. */
  filesPerCase: number;
  /** Whether a reader-independent parser can tell that a file is unparsable. */
  unparsable?: (bytes: Buffer) => boolean;
}

const invalidUtf8 = (bytes: Buffer): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
};

/**
 * Whether js-yaml 5 and js-yaml 4 both refuse the text. js-yaml 5 is the stricter; js-yaml 4 (the
 * scanner's own parser) accepts what go-yaml, and so kubectl, also accepts, such as a comment
 * right after a flow collection (`[x]# c`): one parser reading it makes the text readable.
 */
const yamlFails = (text: string): boolean => {
  const withoutBom = text.replace(/^\uFEFF/, '');
  const refuses = (load: (text: string) => void): boolean => {
    try {
      load(withoutBom);
      return false;
    } catch {
      return true;
    }
  };
  // Duplicate keys are the API server's to judge (the last wins), not a parse error.
  return (
    refuses((yaml) => loadAllYaml(yaml, () => undefined, { json: true })) &&
    refuses((yaml) => loadAllYaml4(yaml, null, { json: true }))
  );
};

const jsonFails = (text: string): boolean => {
  const errors: ParseError[] = [];
  try {
    parseJsonc(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true });
  } catch (error) {
    // jsonc-parser recurses per level: text this deep is beyond every reader's maxDepth anyway.
    if (error instanceof RangeError) return true;
    throw error;
  }
  return errors.length > 0;
};

/** Unparsable by every reader that could claim a `.json` file: JSON, JSON with comments, YAML. */
const unparsableJson = (bytes: Buffer): boolean => {
  const text = bytes.toString('utf8');
  return invalidUtf8(bytes) || (jsonFails(text) && yamlFails(text) && isNotPlainYamlScalar(text));
};

/** js-yaml reads a lone word as a scalar document; such a file is read and found to hold no object. */
function isNotPlainYamlScalar(text: string): boolean {
  try {
    const value: unknown = loadYaml(text, { json: true });
    return typeof value === 'object';
  } catch {
    return true;
  }
}

export const fuzzTargets: FuzzTarget[] = [
  {
    name: 'kubernetes-yaml',
    extension: 'yaml',
    seeds: ['test/fixtures/kubernetes/**/*.yaml', 'test/fixtures/yaml-input/**/*.yaml', 'examples/**/*.yaml'],
    filesPerCase: 1,
    unparsable: (bytes) => invalidUtf8(bytes) || yamlFails(bytes.toString('utf8')),
  },
  {
    name: 'arm',
    extension: 'json',
    seeds: ['test/fixtures/arm/**/*.json'],
    filesPerCase: 1,
    unparsable: unparsableJson,
  },
  {
    name: 'terraform-plan',
    extension: 'json',
    seeds: ['test/fixtures/terraform/**/*.json', '!**/*.expect.json'],
    filesPerCase: 1,
    unparsable: unparsableJson,
  },
  {
    name: 'bicep',
    extension: 'bicep',
    seeds: ['test/fixtures/bicep/**/*.bicep'],
    filesPerCase: 8,
  },
];

/** Text that readers give meaning to: structure, anchors, escapes, ARM and Bicep syntax, odd code points. */
const meaningfulText = [
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  ':',
  ',',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  '- ',
  '---\n',
  '...\n',
  '&a ',
  '*a',
  '<<: *a',
  '!!binary ',
  '!!js/function ',
  '? ',
  '|',
  '>',
  '#',
  '%YAML 1.2\n',
  '\\',
  '\\u0000',
  '${',
  '}',
  "'''",
  '/*',
  '*/',
  '//',
  '\u0000',
  '\u2028',
  '\uFEFF',
  '\uD800',
  'null',
  'true',
  '1e999',
  '-0',
  '0x10',
  '"$schema"',
  '"resources"',
  '"type"',
  '"apiVersion"',
  '"[concat(\'a\')]"',
  '"[parameters(\'x\')]"',
  'kind: Pod\n',
  'apiVersion: v1\n',
  "module m '../x.bicep' = {}\n",
  "loadTextContent('../x')",
];

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'truncate'; at: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.oneof(
      fc.constantFrom(...meaningfulText).map(utf8),
      fc.string({ unit: 'binary', maxLength: 12 }).map(utf8),
      // Raw bytes: invalid UTF-8 sequences, control characters.
      fc.uint8Array({ minLength: 1, maxLength: 4 }),
    ),
  }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: position,
    length: fc.integer({ min: 1, max: 200 }),
    times: fc.integer({ min: 2, max: 300 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
);

function applyMutation(bytes: Buffer, change: Mutation): Buffer {
  const at = Math.floor(change.at * (bytes.length + 1));
  switch (change.kind) {
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), change.bytes, bytes.subarray(at)]);
    case 'repeat': {
      const slice = bytes.subarray(at, at + change.length);
      return Buffer.concat([
        bytes.subarray(0, at),
        ...Array<Buffer>(change.times).fill(slice),
        bytes.subarray(at),
      ]);
    }
    case 'truncate':
      return bytes.subarray(0, at);
  }
}

export function readSeeds(target: FuzzTarget): Buffer[] {
  const paths = globSync(target.seeds, { cwd: packageRoot(), absolute: true });
  return paths.sort().map((path) => readFileSync(path));
}

/** A generated file; printed short in a counterexample (the whole file is saved on failure). */
class FuzzFile {
  constructor(readonly bytes: Buffer) {}
  [fc.toStringMethod](): string {
    return `${this.bytes.length} bytes ${JSON.stringify(this.bytes.toString('utf8', 0, 120))}…`;
  }
}

/** A seed file with one to eight mutations applied in turn. */
function mutatedFile(seeds: Buffer[]): fc.Arbitrary<FuzzFile> {
  return fc
    .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
    .map(([index, changes]) => new FuzzFile(changes.reduce(applyMutation, seeds[index] as Buffer)));
}

export interface FuzzBounds {
  /** Wall-clock time of one scan. */
  maxCaseMilliseconds: number;
  /** The heap after one scan. */
  maxHeapBytes: number;
}

export interface FuzzStatistics {
  cases: number;
  files: number;
  unparsable: number;
  slowestCaseMilliseconds: number;
  peakHeapBytes: number;
}

export const emptyStatistics = (): FuzzStatistics => ({
  cases: 0,
  files: 0,
  unparsable: 0,
  slowestCaseMilliseconds: 0,
  peakHeapBytes: 0,
});

const keptDirectory = (target: FuzzTarget): string =>
  join(tmpdir(), `aks-cis-gate-fuzz-failure-${target.name}`);

/**
 * Runs on a thread of its own, because a scan stuck in a loop holds the thread that runs it and
 * could never be timed from there: past the limit, it keeps the case's files, says where they
 * are, and kills the process (a hang is a violated property, and nothing else would end it).
 */
const watchdogSource = `
const { workerData } = require('node:worker_threads');
const { cpSync, rmSync, writeSync } = require('node:fs');
const started = new BigInt64Array(workerData.started);
setInterval(() => {
  const since = Atomics.load(started, 0);
  if (since === 0n || Date.now() - Number(since) < workerData.limit) return;
  rmSync(workerData.kept, { recursive: true, force: true });
  cpSync(workerData.directory, workerData.kept, { recursive: true });
  writeSync(2, 'fuzz: a scan has not returned after ' + workerData.limit + ' ms (the files are in ' + workerData.kept + ')\\n');
  process.kill(process.pid, 'SIGKILL');
}, 1000);
`;

class HangWatchdog {
  private readonly started = new BigInt64Array(new SharedArrayBuffer(8));
  private readonly worker: Worker;

  constructor(directory: string, kept: string, limit: number) {
    this.worker = new Worker(watchdogSource, {
      eval: true,
      workerData: { started: this.started.buffer, directory, kept, limit },
    });
    this.worker.unref();
  }

  async time<T>(scan: () => Promise<T>): Promise<T> {
    Atomics.store(this.started, 0, BigInt(Date.now()));
    try {
      return await scan();
    } finally {
      Atomics.store(this.started, 0, 0n);
    }
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * Scans `files` through the CLI in `directory` and checks the properties: no uncaught
 * exception, bounded time and heap, every unparsable file an error with file and line, and
 * exit status 1 whenever a file was not read (an error, or skipped).
 */
async function checkCase(
  target: FuzzTarget,
  directory: string,
  files: Buffer[],
  bounds: FuzzBounds,
  statistics: FuzzStatistics,
  watchdog: HangWatchdog,
): Promise<void> {
  // The failing files stay where the message says, for replaying by hand.
  const fail = (message: string): never => {
    const kept = keptDirectory(target);
    rmSync(kept, { recursive: true, force: true });
    cpSync(directory, kept, { recursive: true });
    throw new Error(`${message} (the files are in ${kept})`);
  };
  const names = files.map((_, index) => `case-${index}.${target.extension}`);
  files.forEach((bytes, index) => writeFileSync(join(directory, names[index] as string), bytes));
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const status = await watchdog.time(() =>
    runCli(['scan', ...names, '--format', 'json', '--fail-on', 'none'], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: directory,
    }),
  );
  const elapsed = performance.now() - started;
  const heap = process.memoryUsage().heapUsed;
  statistics.cases += 1;
  statistics.files += files.length;
  statistics.slowestCaseMilliseconds = Math.max(statistics.slowestCaseMilliseconds, elapsed);
  statistics.peakHeapBytes = Math.max(statistics.peakHeapBytes, heap);

  if (elapsed > bounds.maxCaseMilliseconds) fail(`the scan took ${Math.round(elapsed)} ms`);
  if (heap > bounds.maxHeapBytes) fail(`the heap holds ${heap} bytes after the scan`);
  if (status === 2) fail(`the CLI could not run: ${stderr}`);
  const report = JSON.parse(stdout) as ScanReport;
  // Skipped files are not infrastructure code (a parameters file, a tool's config) and do not block;
  // a file that could not be read and deployable code not checked do.
  const unread = new Set([...report.errors, ...report.notChecked].map((entry) => entry.file));
  if (unread.size > 0 && status !== 1)
    fail(`exit status ${status} although ${[...unread].join(', ')} was not read`);
  for (const [index, bytes] of files.entries()) {
    if (!target.unparsable?.(bytes)) continue;
    statistics.unparsable += 1;
    const name = names[index] as string;
    const error = report.errors.find((entry) => entry.file === name);
    if (error === undefined) fail(`${name} does not parse, and the report has no error for it`);
    // A whole-file error needs no line when nothing was read from the file: a named `.json` file
    // that YAML reads as empty (form feeds) is "no Kubernetes object", not a misread object.
    const wholeFile = error?.message.startsWith('no Kubernetes object') === true;
    if (error?.line === undefined && !wholeFile) fail(`the error for ${name} has no line: ${error?.message}`);
  }
}

export interface FuzzRun {
  numRuns: number;
  seed?: number;
  bounds: FuzzBounds;
  /** Stops after this long, counting the cases run so far as a pass. */
  timeLimitSeconds?: number;
  /** Called after every case. */
  progress?: (statistics: FuzzStatistics) => void;
}

/** Runs one target's property `numRuns` times in a temporary directory, removed afterwards. */
export async function fuzzReader(target: FuzzTarget, run: FuzzRun): Promise<FuzzStatistics> {
  const seeds = readSeeds(target);
  if (seeds.length === 0) throw new Error(`no seed files for ${target.name}`);
  const directory = mkdtempSync(join(tmpdir(), `aks-cis-gate-fuzz-${target.name}-`));
  const statistics = emptyStatistics();
  // Twice the bound: a slow case is reported with its time when it returns; only a hang is killed.
  const watchdog = new HangWatchdog(directory, keptDirectory(target), 2 * run.bounds.maxCaseMilliseconds);
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutatedFile(seeds), { minLength: target.filesPerCase, maxLength: target.filesPerCase }),
        async (files) => {
          await checkCase(
            target,
            directory,
            files.map((file) => file.bytes),
            run.bounds,
            statistics,
            watchdog,
          );
          run.progress?.(statistics);
        },
      ),
      {
        numRuns: run.numRuns,
        endOnFailure: true,
        ...(run.seed === undefined ? {} : { seed: run.seed }),
        ...(run.timeLimitSeconds === undefined
          ? {}
          : { interruptAfterTimeLimit: run.timeLimitSeconds * 1000, markInterruptAsFailure: false }),
      },
    );
  } finally {
    await watchdog.stop();
    rmSync(directory, { recursive: true, force: true });
  }
  return statistics;
}
