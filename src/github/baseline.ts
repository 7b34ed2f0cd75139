import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from '../fs-async.js';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { ScanReport } from '../results/results.js';
import type { Baseline } from '../results/gate.js';
import { hasExtension } from '../inputs/input-format.js';
import { scannedExtensions } from '../inputs/registry.js';
import { insideWorkspace } from './workspace.js';

/** The kinds of file the inputs read; the rest of the base tree is not written out. */
export const isScanned = (path: string): boolean => hasExtension(path, scannedExtensions);

// node:child_process loads on the first git call, not with the module: a scan that asks git
// nothing starts without it.
const childProcess = () => import('node:child_process');

/**
 * Git never runs anything from the repository: no hooks, no fsmonitor, no prompts. File
 * contents are read with `cat-file` (no smudge filters, no attributes), never checked out.
 */
const safeGitOptions = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];
const gitEnvironment = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };

async function git(workspace: string, args: string[]): Promise<string> {
  const { execFile } = await childProcess();
  const { stdout } = await promisify(execFile)('git', [...safeGitOptions, ...args], {
    cwd: workspace,
    env: gitEnvironment,
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

const maxBaseTreeBytes = 512 * 1024 * 1024;

interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size: number;
  path: string;
}

/** `git ls-tree -r -l -z`: `<mode> SP <type> SP <oid> SP+ <size> TAB <path> NUL`. */
function parseTree(output: string): TreeEntry[] {
  return output
    .split('\0')
    .filter((record) => record !== '')
    .flatMap((record) => {
      const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record);
      if (!match) return [];
      const [, mode = '', type = '', oid = '', size = '0', path = ''] = match;
      return [{ mode, type, oid, size: size === '-' ? 0 : Number(size), path }];
    });
}

/** Reads many blobs in one `git cat-file --batch` process, in the order asked. */
async function readBlobs(workspace: string, oids: string[]): Promise<Buffer[]> {
  const { spawn } = await childProcess();
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', [...safeGitOptions, 'cat-file', '--batch'], {
      cwd: workspace,
      env: gitEnvironment,
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const output = Buffer.concat(chunks);
      const blobs: Buffer[] = [];
      let offset = 0;
      for (const oid of oids) {
        const headerEnd = output.indexOf(0x0a, offset);
        const header = output.subarray(offset, headerEnd).toString('utf8');
        const size = Number(header.split(' ')[2]);
        if (!header.startsWith(oid) || Number.isNaN(size))
          return reject(new Error(`git cat-file: unexpected "${header}"`));
        blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
      }
      resolvePromise(blobs);
    });
    child.stdin.end(oids.map((oid) => `${oid}\n`).join(''));
  });
}

/** Makes sure the base commit is in the clone, fetching just it when the checkout is shallow. */
async function ensureCommit(
  workspace: string,
  sha: string,
  log: (message: string) => void,
): Promise<boolean> {
  const present = () =>
    git(workspace, ['cat-file', '-e', `${sha}^{commit}`]).then(
      () => true,
      () => false,
    );
  if (await present()) return true;
  log(`base commit ${sha} is not in the checkout; fetching it`);
  try {
    await git(workspace, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
  } catch (error) {
    log(`git fetch of the base commit failed: ${(error as Error).message.split('\n')[0]}`);
  }
  return present();
}

/** Writes the scanned kinds of file of `sha` into `target`, as plain files (and symlinks). */
async function writeBaseTree(workspace: string, sha: string, target: string): Promise<void> {
  const entries = parseTree(await git(workspace, ['ls-tree', '-r', '-l', '-z', '--full-tree', sha]));
  const blobs = entries.filter((entry) => entry.type === 'blob' && isScanned(entry.path));
  const total = blobs.reduce((sum, entry) => sum + entry.size, 0);
  if (total > maxBaseTreeBytes)
    throw new Error(`the base tree's scannable files exceed ${maxBaseTreeBytes} bytes`);
  const contents = await readBlobs(
    workspace,
    blobs.map((entry) => entry.oid),
  );
  for (const [index, entry] of blobs.entries()) {
    const destination = resolve(target, entry.path);
    // Git refuses `..` in tree paths; this guards against a crafted tree all the same.
    if (!destination.startsWith(target + sep)) continue;
    await mkdir(dirname(destination), { recursive: true });
    const content = contents[index] as Buffer;
    // Mode 120000 is a symlink whose blob is its target; the scan keeps symlinks inside its allowed roots.
    if (entry.mode === '120000') await symlink(content.toString('utf8'), destination);
    else await writeFile(destination, content);
  }
}

export type BaseFile =
  { kind: 'found'; text: string } | { kind: 'missing' } | { kind: 'unreadable'; reason: string };

const maxBaseFileBytes = 1024 * 1024;

/**
 * One file as the base commit has it (`path` relative to the repository's root), read from
 * git's objects: the pull request cannot change it.
 */
export async function readBaseFile(
  workspace: string,
  sha: string,
  path: string,
  log: (message: string) => void,
): Promise<BaseFile> {
  const short = sha.slice(0, 7);
  if (!(await ensureCommit(workspace, sha, log)))
    return {
      kind: 'unreadable',
      reason: `the base commit ${short} is not in the checkout and could not be fetched`,
    };
  const listed = parseTree(await git(workspace, ['ls-tree', '-l', '-z', '--full-tree', sha, '--', path]));
  const entry = listed.find((candidate) => candidate.path === path);
  if (entry === undefined) return { kind: 'missing' };
  if (entry.type !== 'blob' || entry.mode === '120000')
    return { kind: 'unreadable', reason: `${path} at ${short} is not a regular file` };
  if (entry.size > maxBaseFileBytes)
    return { kind: 'unreadable', reason: `${path} at ${short} is larger than 1 MiB` };
  const [blob] = await readBlobs(workspace, [entry.oid]);
  return { kind: 'found', text: (blob as Buffer).toString('utf8') };
}

/** The repository holding a directory, and a commit in it named by the user (`main`, `HEAD~3`, a sha). */
export interface BaseCommit {
  /** The repository's top directory. */
  root: string;
  /** The directory's path inside it, `''` or ending in `/`, as `git rev-parse --show-prefix` prints it. */
  prefix: string;
  sha: string;
}

/**
 * Resolves `ref` in the git repository that holds `directory`. The ref is user input: one that
 * starts with `-` is refused, and git is told where options end, so it is never read as one.
 */
export async function resolveBaseCommit(
  directory: string,
  ref: string,
): Promise<({ ok: true } & BaseCommit) | { ok: false; reason: string }> {
  if (ref === '' || ref.startsWith('-'))
    return { ok: false, reason: `--base "${ref}" is not a git revision (it must not start with "-")` };
  let root: string;
  let prefix: string;
  try {
    [root = '', prefix = ''] = (
      await git(directory, ['rev-parse', '--show-toplevel', '--show-prefix'])
    ).split('\n');
  } catch {
    return {
      ok: false,
      reason: `${directory} is not inside a git repository, so --base has no commit to read`,
    };
  }
  try {
    const sha = (
      await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
    ).trim();
    return { ok: true, root, prefix, sha };
  } catch {
    return { ok: false, reason: `--base "${ref}" names no commit in ${root}` };
  }
}

/** `auto`: scan the base commit; `none`: everything is new; `file`: a committed JSON report. */
export type BaselineSource = { kind: 'auto' } | { kind: 'none' } | { kind: 'file'; path: string };

export interface BaselineRequest {
  source: BaselineSource;
  workspace: string;
  /** The pull request's base commit; undefined on a push. */
  baseSha?: string;
  /** Scans a directory holding the base tree with the base commit's settings. */
  scanTree: (directory: string) => Promise<ScanReport>;
  log: (message: string) => void;
}

const maxBaselineBytes = 256 * 1024 * 1024;

/**
 * A JSON report of an earlier scan, read from `file` and checked against the report schema
 * before use: whoever wrote it, the gate reads only what the schema allows.
 */
export async function readBaselineReport(file: string, name: string): Promise<Baseline> {
  let parsed: unknown;
  try {
    if ((await stat(file)).size > maxBaselineBytes) throw new Error(`larger than ${maxBaselineBytes} bytes`);
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { kind: 'unavailable', reason: `baseline ${name} could not be read: ${(error as Error).message}` };
  }
  // Loaded only here: compiling the report schema costs a scan that reads no baseline its start-up.
  const { validateReport } = await import('../report/report-validator.js');
  const validated = validateReport(parsed);
  return validated.ok
    ? { kind: 'report', report: validated.report, description: `the committed report ${name}` }
    : { kind: 'unavailable', reason: `baseline ${name} is ${validated.problem}` };
}

/** A JSON report committed earlier. It comes from the checkout, so it stays inside the workspace. */
async function readReportFile(workspace: string, path: string): Promise<Baseline> {
  const relativePath = insideWorkspace(workspace, path);
  if (relativePath === undefined)
    return { kind: 'unavailable', reason: `baseline ${path} is outside the workspace` };
  return readBaselineReport(join(workspace, relativePath), path);
}

/**
 * Writes the base commit's scannable files to a temporary directory, hands it to `use`, and
 * removes it; what cannot be read is a reason, never an exception.
 */
export async function withBaseTree<T>(
  workspace: string,
  sha: string,
  log: (message: string) => void,
  use: (directory: string) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; reason: string }> {
  const short = sha.slice(0, 7);
  if (!(await ensureCommit(workspace, sha, log))) {
    return {
      ok: false,
      reason: `the base commit ${short} could not be read (use actions/checkout with fetch-depth: 0, or keep its credentials so the action can fetch it)`,
    };
  }
  const directory = await mkdtemp(join(process.env['RUNNER_TEMP'] || tmpdir(), 'aks-cis-gate-base-'));
  try {
    await writeBaseTree(workspace, sha, directory);
    return { ok: true, value: await use(directory) };
  } catch (error) {
    return { ok: false, reason: `scanning the base commit ${short} failed: ${(error as Error).message}` };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function scanBaseCommit(request: BaselineRequest, sha: string): Promise<Baseline> {
  const scanned = await withBaseTree(request.workspace, sha, request.log, (directory) =>
    request.scanTree(directory),
  );
  return scanned.ok
    ? { kind: 'report', report: scanned.value, description: `the base commit ${sha.slice(0, 7)}` }
    : { kind: 'unavailable', reason: scanned.reason };
}

/** What the head is compared with: never throws; what cannot be read makes every finding new. */
export async function resolveBaseline(request: BaselineRequest): Promise<Baseline> {
  switch (request.source.kind) {
    case 'none':
      return { kind: 'unavailable', reason: 'baseline is none' };
    case 'file':
      return readReportFile(request.workspace, request.source.path);
    case 'auto':
      return request.baseSha === undefined
        ? { kind: 'unavailable', reason: 'there is no base commit (not a pull request)' }
        : scanBaseCommit(request, request.baseSha);
  }
}
