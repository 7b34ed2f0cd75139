import { readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { readFile, readdir, realpath, stat } from '../fs-async.js';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ExcludedPath } from '../model/input-problems.js';
import {
  hasExtension,
  type InputError,
  type InputLimits,
  type NotCheckedInput,
  type SkippedFile,
  type SourceFile,
} from './input-format.js';
import { discoveredExtensions } from './registry.js';

export interface DiscoverOptions {
  cwd: string;
  limits: InputLimits;
  /** Globs, relative to `cwd`, of files and directories never scanned. */
  exclude?: readonly string[];
}

export interface Discovery {
  files: SourceFile[];
  errors: InputError[];
  skipped: SkippedFile[];
  /** Deployable code that is not read as it stands: Helm chart sources, Kustomize directories. */
  notChecked: NotCheckedInput[];
  /** Paths that do not exist and globs that match nothing: the command line cannot run (exit 2). */
  unmatched: string[];
  /** What the exclude globs left out: a directory once, not each file below it. */
  excluded: ExcludedPath[];
}

/** A file some input format may claim; the registry decides which one reads it. */
const isCandidate = (path: string): boolean => hasExtension(path, discoveredExtensions);
// .terraform holds downloaded providers and registry modules: not the user's code.
const ignoredDirectories = new Set(['.git', 'node_modules', '.terraform']);
const chartSource: Omit<NotCheckedInput, 'file'> = {
  reason:
    'a Helm chart source (Chart.yaml and templates/): its templates are not Kubernetes objects until rendered',
  fix: 'render it with `helm template RELEASE CHART_DIR -f VALUES` and scan the output',
};
const kustomization: Omit<NotCheckedInput, 'file'> = {
  reason:
    'a Kustomize directory: the objects it builds (patches, overlays, generated ConfigMaps and Secrets) are not what its files say',
  fix: 'build it with `kubectl kustomize DIR` (or `kustomize build DIR`) and scan the output',
};
/** The names kustomize looks for in a directory. */
const kustomizationFile = /^(kustomization\.ya?ml|Kustomization)$/;
const outsideReason = 'symbolic link to a path outside the scanned directory';
const bom = '\uFEFF';

/**
 * Finds the files to scan: files named on the command line (read whatever their name), and the
 * candidate files below directories and globs. No path means the working directory. Nothing is
 * dropped silently: what is not read is skipped with a reason, or an error.
 */
export async function discoverFiles(paths: string[], options: DiscoverOptions): Promise<Discovery> {
  const discovery = new FileDiscovery(options);
  for (const path of paths.length === 0 ? ['.'] : paths) await discovery.add(path);
  return discovery.result();
}

class FileDiscovery {
  private readonly cwd: string;
  private readonly limits: InputLimits;
  /** By real path. */
  private readonly files = new Map<string, SourceFile>();
  private readonly errors: InputError[] = [];
  private readonly skipped = new Map<string, SkippedFile>();
  private readonly notChecked = new Map<string, NotCheckedInput>();
  private readonly unmatched: string[] = [];
  private readonly excluded = new Map<string, ExcludedPath>();
  /** The first exclude glob that matches a cwd-relative path, if any. */
  private readonly excludedBy: (path: string) => string | undefined;
  /** Real paths of directories already walked, so a symlink loop ends. */
  private readonly walked = new Set<string>();
  /** Answers of isChartDirectory, asked once per directory for every file a glob matches. */
  private readonly chartDirectories = new Map<string, Promise<boolean>>();

  constructor(options: DiscoverOptions) {
    this.cwd = options.cwd;
    this.limits = options.limits;
    const matchers = (options.exclude ?? []).map((pattern) => ({
      pattern,
      matches: picomatch(pattern, { dot: true }),
    }));
    this.excludedBy = (path) => matchers.find((matcher) => matcher.matches(path))?.pattern;
  }

  result(): Discovery {
    return {
      files: [...this.files.values()],
      errors: this.errors,
      skipped: [...this.skipped.values()],
      notChecked: [...this.notChecked.values()],
      unmatched: this.unmatched,
      excluded: [...this.excluded.values()],
    };
  }

  /**
   * Whether the configuration excludes `path`; if so it is listed once. Matched on the path
   * relative to the working directory, whatever name reached it (a link, a glob, a walk).
   */
  private isExcluded(path: string): boolean {
    const shown = this.display(path);
    const pattern = this.excludedBy(shown);
    if (pattern === undefined) return false;
    if (!this.excluded.has(shown)) this.excluded.set(shown, { path: shown, pattern });
    return true;
  }

  async add(path: string): Promise<void> {
    const absolute = resolve(this.cwd, path);
    if (this.isExcluded(absolute)) return;
    // Synchronous, as the files are read: a scan of named files then never starts libuv's thread
    // pool (issue 12: a small scan 0.91-0.94x the wall time).
    const stats = statOrUndefined(absolute);
    if (stats?.isDirectory()) {
      const root = realpathSync.native(absolute);
      if (await this.isChartDirectory(absolute)) this.listNotChecked(absolute, chartSource);
      else await this.walk(absolute, root);
    } else if (stats?.isFile()) {
      await this.addFile(absolute, true);
    } else if (stats !== undefined) {
      // A device or pipe could be endless: never read one.
      this.errors.push({ file: this.display(absolute), message: 'not a regular file' });
    } else if (isGlobPattern(path)) {
      await this.addGlob(path);
    } else {
      this.unmatched.push(path);
    }
  }

  /**
   * Glob matches are treated like a walk: only candidate files, outside .git and node_modules,
   * and links must resolve inside the pattern's fixed leading directory.
   */
  private async addGlob(pattern: string): Promise<void> {
    const { glob } = await import('tinyglobby');
    const matches = await glob(pattern, {
      cwd: this.cwd,
      absolute: true,
      onlyFiles: true,
      expandDirectories: false,
      ignore: [...ignoredDirectories].map((directory) => `**/${directory}/**`),
    });
    if (matches.length === 0) {
      this.unmatched.push(pattern);
      return;
    }
    const root = await realpath(resolve(this.cwd, fixedPrefix(pattern))).catch(() => this.cwd);
    // Links followed through a loop reach the same outside file by many paths: report it once.
    const refused = new Set<string>();
    for (const match of matches.sort()) {
      const path = resolve(match);
      if (this.isExcluded(path)) continue;
      const real = await realpath(path);
      const chart = await this.enclosingChart(path);
      if (chart !== undefined) this.listNotChecked(chart, chartSource);
      else if (isInside(real, root)) {
        if (kustomizationFile.test(basename(path))) this.listNotChecked(dirname(path), kustomization);
        if (isCandidate(path)) await this.addFile(path, false);
      } else if (!refused.has(real)) {
        refused.add(real);
        this.skip(path, outsideReason);
      }
    }
  }

  private async walk(directory: string, root: string): Promise<void> {
    const real = await realpath(directory);
    if (this.walked.has(real)) return;
    this.walked.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      this.errors.push({
        file: this.display(directory),
        message: `cannot read directory: ${describe(error)}`,
      });
      return;
    }
    entries.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
    // Its plain manifests are still read below; what kustomize makes of them is not.
    if (entries.some((entry) => kustomizationFile.test(entry.name)))
      this.listNotChecked(directory, kustomization);
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (this.isExcluded(path)) continue;
      if (entry.isSymbolicLink()) await this.followLink(path, root);
      else if (entry.isDirectory()) await this.enterDirectory(path, entry.name, root);
      else if (entry.isFile() && isCandidate(entry.name)) await this.addFile(path, false);
    }
  }

  private async enterDirectory(path: string, name: string, root: string): Promise<void> {
    if (ignoredDirectories.has(name)) return;
    if (await this.isChartDirectory(path)) this.listNotChecked(path, chartSource);
    else await this.walk(path, root);
  }

  /** A link met on a walk must stay inside the directory being walked. */
  private async followLink(path: string, root: string): Promise<void> {
    const target = await realpath(path).catch(() => undefined);
    if (target === undefined) {
      this.skip(path, 'broken symbolic link');
      return;
    }
    if (!isInside(target, root)) {
      this.skip(path, outsideReason);
      return;
    }
    const stats = await stat(target);
    const name = target.slice(dirname(target).length + 1);
    if (stats.isDirectory()) await this.enterDirectory(path, name, root);
    else if (stats.isFile() && isCandidate(name)) await this.addFile(path, false);
  }

  /** Files are keyed by their real path: a file reached twice (by name, by link) is read once. */
  private async addFile(path: string, explicit: boolean): Promise<void> {
    const displayPath = this.display(path);
    try {
      const real = realpathSync.native(path);
      const known = this.files.get(real);
      if (known !== undefined) {
        known.explicit ||= explicit;
        return;
      }
      // Size first: a file over the limit is never read into memory.
      const { size } = statSync(path);
      if (size > this.limits.maxFileBytes) {
        this.errors.push({
          file: displayPath,
          message: `file is larger than the limit of ${this.limits.maxFileBytes} bytes (maxFileBytes)`,
        });
        return;
      }
      const decoded = await readUtf8(path);
      if (!decoded.ok) {
        this.errors.push({ file: displayPath, line: decoded.line, message: invalidUtf8Message });
        return;
      }
      const { text } = decoded;
      this.files.set(real, {
        path,
        displayPath,
        text: text.startsWith(bom) ? text.slice(1) : text,
        explicit,
      });
    } catch (error) {
      this.errors.push({ file: displayPath, message: `cannot read file: ${describe(error)}` });
    }
  }

  /** `Chart.yaml` beside `templates/`: a chart's source, whose templates are not YAML until rendered. */
  private isChartDirectory(directory: string): Promise<boolean> {
    let answer = this.chartDirectories.get(directory);
    if (answer === undefined) {
      answer = Promise.all([
        stat(join(directory, 'Chart.yaml')).catch(() => undefined),
        stat(join(directory, 'templates')).catch(() => undefined),
      ]).then(([chart, templates]) => chart?.isFile() === true && templates?.isDirectory() === true);
      this.chartDirectories.set(directory, answer);
    }
    return answer;
  }

  /** The chart directory a globbed file belongs to, if any. */
  private async enclosingChart(file: string): Promise<string | undefined> {
    for (let directory = dirname(file); directory !== dirname(directory); directory = dirname(directory)) {
      if (await this.isChartDirectory(directory)) return directory;
    }
    return undefined;
  }

  private listNotChecked(path: string, why: Omit<NotCheckedInput, 'file'>): void {
    const file = this.display(path);
    if (!this.notChecked.has(file)) this.notChecked.set(file, { file, ...why });
  }

  private skip(path: string, reason: string): void {
    const file = this.display(path);
    if (!this.skipped.has(file)) this.skipped.set(file, { file, reason });
  }

  /** Relative to the working directory when inside it, absolute otherwise; always with `/`. */
  private display(path: string): string {
    const fromCwd = relative(this.cwd, path);
    const shown = isInside(path, this.cwd) ? fromCwd || '.' : path;
    return sep === '/' ? shown : shown.split(sep).join('/');
  }
}

const invalidUtf8Message =
  'not valid UTF-8 on this line; the Kubernetes API server and the compilers reject such a file, so it is not read';

type Decoded = { ok: true; text: string } | { ok: false; line: number };

/** What `stat` says of `path`, or undefined where it says nothing (no such file, no access). */
function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The file as strict UTF-8 text. Read as text in one native call: no buffer beside the text, and
 * the text on the heap rather than outside it, where a 50 MB plan's buffer and text set off a
 * full collection for nothing (measured: the peak 20% lower; docs/benchmarks.md, "Big JSON, eighth
 * round"). That decoding is lenient, but it turns every ill-formed sequence into U+FFFD: a text
 * without one was valid UTF-8, and one with it (which a valid file may also hold) is decoded
 * again, strictly, from the file's bytes. Synchronous: discovery reads one file at a time anyway.
 */
async function readUtf8(path: string): Promise<Decoded> {
  const text = readFileSync(path, 'utf8');
  return text.includes('\uFFFD') ? decodeUtf8(await readFile(path)) : { ok: true, text };
}

/**
 * Strict UTF-8: a lenient decoder would turn bad bytes into U+FFFD and check a file that
 * differs from what gets deployed. The newline byte never occurs inside a multi-byte
 * sequence, so decoding line by line finds the first bad line.
 */
function decodeUtf8(bytes: Buffer): Decoded {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    let start = 0;
    for (let line = 1; ; line += 1) {
      const end = bytes.indexOf(0x0a, start);
      try {
        decoder.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
      } catch {
        return { ok: false, line };
      }
      if (end < 0) return { ok: false, line };
      start = end + 1;
    }
  }
}

function isInside(path: string, directory: string): boolean {
  const fromDirectory = relative(directory, path);
  const leaves = fromDirectory === '..' || fromDirectory.startsWith(`..${sep}`);
  return !leaves && !isAbsolute(fromDirectory);
}

/**
 * Whether a path is a glob, as tinyglobby's isDynamicPattern decides it, from the picomatch
 * both share: tinyglobby, with its directory walker, loads only when a glob is expanded.
 */
export function isGlobPattern(path: string): boolean {
  const { isGlob, negated } = picomatch.scan(path);
  return isGlob || negated;
}

/** The directories of a glob before its first wildcard: `deploy/**\/*.yaml` → `deploy`. */
function fixedPrefix(pattern: string): string {
  const segments = pattern.split('/');
  const firstDynamic = segments.findIndex((segment) => isGlobPattern(segment));
  return segments.slice(0, firstDynamic === -1 ? -1 : firstDynamic).join('/') || '.';
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
