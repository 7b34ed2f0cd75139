// The action and CLI bundles: how they are built, and the digest of what they are built from, which
// the build writes beside them so that the tests can tell a fresh dist/ from a stale one by content.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';

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
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The digest that `directory`'s bundles were built from, or undefined if it has none. */
export async function builtFrom(directory: string): Promise<string | undefined> {
  return readFile(join(directory, bundleStampFile), 'utf8').then(
    (text) => text.trim(),
    () => undefined,
  );
}

/**
 * Builds both bundles as dist/ holds them (the action at `output`, the CLI in `output`/cli) and
 * stamps them with their inputs' digest. The build goes to a directory of its own and is renamed
 * into place, so that a reader never sees half a bundle.
 */
export async function buildBundles(root: string, output: string): Promise<void> {
  const digest = await bundleInputsDigest(root);
  const building = `${output}-building-${process.pid}`;
  // Apart until both are done: ncc first deletes every .js file under its output directory.
  const buildingCli = `${building}-cli`;
  const ncc = (entry: string, to: string, ...options: string[]) =>
    execFileAsync(
      join(root, 'node_modules', '.bin', 'ncc'),
      ['build', entry, '-o', to, '--minify', '--quiet', ...options],
      { cwd: root },
    );
  try {
    await Promise.all([
      ncc('src/action/main.ts', building, '--license', 'licenses.txt'),
      ncc('src/cli/main.ts', buildingCli),
    ]);
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
