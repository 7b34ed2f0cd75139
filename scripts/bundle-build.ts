// The action and CLI bundles: how they are built, and the digest of what they are built from, which
// the build writes beside them so that the tests can tell a fresh dist/ from a stale one by content.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { minify } from 'terser';
import ts from 'typescript';
import { codeCacheKeyFile } from '../src/cli/code-cache.js';

const execFileAsync = promisify(execFile);

/** Beside the bundles: the digest of their inputs (bundleInputsDigest) when they were built. */
export const bundleStampFile = 'bundle-inputs.sha256';

/**
 * Everything outside src/ that changes the bundles: the dependencies (lockfile), package.json (the
 * action imports it for its version), the compiler options ncc reads, and this build.
 */
const buildFiles = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/bundle-build.ts'];

/** What ncc can reach from the entry points: all of src/ but the tests and their fixtures. */
function isBundleSource(name: string, isDirectory: boolean): boolean {
  return isDirectory ? name !== '__snapshots__' && name !== 'fixtures' : !name.endsWith('.test.ts');
}

async function bundleSources(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => isBundleSource(entry.name, entry.isDirectory()))
      .map(async (entry) =>
        entry.isDirectory() ? bundleSources(join(directory, entry.name)) : [join(directory, entry.name)],
      ),
  );
  return nested.flat();
}

/**
 * sha256 over the path and content of every bundle input, in a fixed order, so that the same
 * sources give the same digest on any machine and at any file time.
 */
export async function bundleInputsDigest(root: string): Promise<string> {
  const files = [...(await bundleSources(join(root, 'src'))), ...buildFiles.map((file) => join(root, file))]
    .map((file) => relative(root, file).split(sep).join('/'))
    .sort();
  return filesDigest(root, files);
}

/** sha256 over each file's name (relative to `root`) and content, in the order given. */
async function filesDigest(root: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The names of a bundle's scripts in `directory`, sorted. */
async function scriptsIn(directory: string): Promise<string[]> {
  return (await readdir(directory)).filter((name) => name.endsWith('.js')).sort();
}

/** The digest that `directory`'s bundles were built from, or undefined if it has none. */
export async function builtFrom(directory: string): Promise<string | undefined> {
  return readFile(join(directory, bundleStampFile), 'utf8').then(
    (text) => text.trim(),
    () => undefined,
  );
}

/** The comments terser keeps by default ("some"): licences and copyrights. */
const licenceComment = /@preserve|@copyright|@lic|@cc_on|^\**!/i;

/** A kept comment in ASCII: the code around it is, and one other character would undo that. */
function keepLicence(_node: unknown, comment: { value: string }): boolean {
  if (!licenceComment.test(comment.value)) return false;
  comment.value = comment.value.replace(
    /[^\t\n\r\x20-\x7e]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return true;
}

/**
 * Where each module's function starts and ends in a bundle's script, and whether it is in
 * parentheses: the values of its module map, the first object of numbered functions that webpack
 * writes, before any module's code (`exports.modules = {…}` or `export const modules = {…}` in a
 * chunk, `var e = {…}` in an entry, inside its wrapper function in a CommonJS one).
 */
export function moduleFunctions(code: string): { start: number; end: number; parenthesized: boolean }[] {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const unwrapped = (value: ts.Expression) =>
    ts.isParenthesizedExpression(value) ? value.expression : value;
  const isModule = (property: ts.ObjectLiteralElementLike) =>
    ts.isPropertyAssignment(property) &&
    ts.isNumericLiteral(property.name) &&
    (ts.isArrowFunction(unwrapped(property.initializer)) ||
      ts.isFunctionExpression(unwrapped(property.initializer)));
  const moduleMap = (node: ts.Node): ts.ObjectLiteralExpression | undefined =>
    ts.isObjectLiteralExpression(node) && node.properties.length > 0 && node.properties.every(isModule)
      ? node
      : ts.forEachChild(node, moduleMap);
  const properties: readonly ts.ObjectLiteralElementLike[] = moduleMap(source)?.properties ?? [];
  return properties.filter(ts.isPropertyAssignment).map(({ initializer }) => {
    const value = unwrapped(initializer);
    return { start: value.getStart(source), end: value.end, parenthesized: value !== initializer };
  });
}

/**
 * Each module's function in parentheses, as webpack writes it and terser's printer drops: V8
 * compiles a parenthesized function with its script, parsed once, rather than pre-parsed with it
 * and parsed again on its first call; and the CLI's compile cache, which keeps what was compiled
 * with the script, then keeps the modules too. Paired (issue 12): a small CLI scan took 0.89× the
 * CPU with a warm cache, 0.88× without one, 0.91× with a new one; the action 0.90–0.92× to the
 * start of its scan.
 */
function modulesCompiledEagerly(code: string): string {
  const pieces: string[] = [];
  let from = 0;
  for (const { start, end, parenthesized } of moduleFunctions(code)) {
    if (parenthesized) continue;
    pieces.push(code.slice(from, start), '(', code.slice(start, end), ')');
    from = end;
  }
  pieces.push(code.slice(from));
  return pieces.join('');
}

/**
 * Rewrites each script of a bundle without whitespace or comments (licence comments stay) and in
 * ASCII, escaping every other character. ncc minifies only its entry file, so the CLI's chunks
 * were read and compiled comments and all; and one character past ASCII (an ellipsis in a
 * message) makes V8 keep the whole source as a two-byte string, slower to decode and to scan.
 * terser as ncc runs it, but with no rewritten code, and local names shortened with every function's
 * and class's name kept (a library may read a class's name, as node-fetch does Blob's): webpack's
 * names (`__webpack_require__`, `external_node_fs_`) were a quarter of the CLI's scripts, which
 * every run reads, keeps as strings and scans when it compiles a function the code cache lacks
 * (issue 12: a small CLI scan 0.97-0.98x the CPU); then each module compiled with its script
 * (modulesCompiledEagerly). `module`: the scripts are ES modules (the action's), not CommonJS.
 */
async function compactScripts(directory: string, module: boolean): Promise<void> {
  const scripts = await scriptsIn(directory);
  // One at a time: a chunk of the Kubernetes client alone is 16 MB.
  for (const name of scripts) {
    const file = join(directory, name);
    const { code } = await minify(await readFile(file, 'utf8'), {
      module,
      compress: false,
      mangle: { keep_fnames: true, keep_classnames: true },
      format: { ascii_only: true, comments: keepLicence },
    });
    await writeFile(file, modulesCompiledEagerly(code as string));
  }
}

/**
 * sha256 over the name and content of every script in `directory`: the key of the CLI's code
 * cache (src/cli/code-cache.ts), which must never serve one build's compiled code to another.
 */
export async function scriptsDigest(directory: string): Promise<string> {
  return filesDigest(directory, await scriptsIn(directory));
}

/** What ncc's API returns: the entry's script, and its chunks and other files to write beside it. */
interface NccBuild {
  code: string;
  assets: Record<string, { source: string | Uint8Array; permissions: number }>;
  symlinks: Record<string, string>;
}
type Ncc = (
  entry: string,
  options: { esm: boolean; minify: boolean; quiet: boolean; cache: false; license: string },
) => Promise<NccBuild>;

/**
 * The CLI as CommonJS, which Node loads with less work than ES modules (issue 12: about 0.5 ms a
 * chunk, 2 ms for an entry). ncc's command line builds CommonJS only from an entry named .cjs, its
 * API from any. The bundle's own package.json says so: dist/ is an ES-module package (the action).
 */
async function buildCommonJsCli(root: string, output: string): Promise<void> {
  const ncc = createRequire(join(root, 'package.json'))('@vercel/ncc') as Ncc;
  const { code, assets, symlinks } = await ncc(join(root, 'src', 'cli', 'main.ts'), {
    esm: false,
    minify: true,
    quiet: true,
    cache: false,
    // Beside the scripts, as the action's: the CLI bundles packages the action does not (fast-sha256).
    license: 'licenses.txt',
  });
  await mkdir(output, { recursive: true });
  // Executable, for its shebang: npm links the bin to it.
  await writeFile(join(output, 'index.js'), code, { mode: 0o755 });
  for (const [name, { source, permissions }] of Object.entries(assets)) {
    await mkdir(dirname(join(output, name)), { recursive: true });
    await writeFile(join(output, name), source, { mode: permissions });
  }
  for (const [name, target] of Object.entries(symlinks)) await symlink(target, join(output, name));
  await writeFile(join(output, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
}

/**
 * Builds both bundles as dist/ holds them (the action at `output`, the CLI in `output`/cli) and
 * stamps them with their inputs' digest. The build goes to a directory of its own and is renamed
 * into place, so that a reader never sees half a bundle. Neither build uses ncc's cache: it is kept
 * per working directory and per entry but not per option, so a clone that once built the CLI as an
 * ES module built it as CommonJS with modules left from then, and dist/ looked stale to CI.
 */
export async function buildBundles(root: string, output: string): Promise<void> {
  const digest = await bundleInputsDigest(root);
  const building = `${output}-building-${process.pid}`;
  // Apart until both are done: ncc first deletes every .js file under its output directory.
  const buildingCli = `${building}-cli`;
  try {
    await Promise.all([
      execFileAsync(
        join(root, 'node_modules', '.bin', 'ncc'),
        [
          'build',
          'src/action/main.ts',
          '-o',
          building,
          '--minify',
          '--quiet',
          '--no-cache',
          '--license',
          'licenses.txt',
        ],
        { cwd: root },
      ),
      buildCommonJsCli(root, buildingCli),
    ]);
    await Promise.all([compactScripts(building, true), compactScripts(buildingCli, false)]);
    await writeFile(join(buildingCli, codeCacheKeyFile), `${await scriptsDigest(buildingCli)}\n`);
    await rename(buildingCli, join(building, 'cli'));
    await copyFile(
      join(root, 'node_modules', '@cdktf', 'hcl2json', 'main.wasm.gz'),
      join(building, 'hcl2json.wasm.gz'),
    );
    await writeFile(join(building, bundleStampFile), `${digest}\n`);
    await rm(output, { recursive: true, force: true });
    await rename(building, output);
  } finally {
    await Promise.all(
      [building, buildingCli].map((directory) => rm(directory, { recursive: true, force: true })),
    );
  }
}
