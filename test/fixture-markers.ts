import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The input languages whose fixtures the harness scans: test/fixtures/<language>/<check-id>/. */
export const fixtureLanguages = ['kubernetes', 'bicep', 'arm', 'terraform'] as const;

export const fixturesRoot = new URL('./fixtures/', import.meta.url).pathname;

/**
 * One expected finding: `cis-kubernetes:5.2.2` at file:line (file relative to the fixture's
 * directory), and, when the marker gives one (`# expect: 5.2.2 /privileged: true/`), a pattern
 * that the finding's message must match.
 */
export interface Expectation {
  rule: string;
  file: string;
  line: number;
  message?: RegExp;
}

export interface Fixture {
  /** Path relative to test/fixtures, the test's name. */
  name: string;
  checkId: string;
  kind: 'fail' | 'pass';
  /** What to scan, relative to `cwd`: the file, or `.` inside a directory fixture. */
  scanPath: string;
  cwd: string;
}

const markerPattern = /(?:#|\/\/)\s*expect:\s*(.+?)\s*$/;
/** Rule references, then an optional `/pattern/` for the message of each. */
const markerBody = /^([^/]+?)(?:\s+\/(.+)\/)?$/;

/** `5.2.2` means CIS Kubernetes, as in suppressions. */
const qualify = (reference: string): string =>
  reference.includes(':') ? reference : `cis-kubernetes:${reference}`;

/** `# expect: …` / `// expect: …` markers of one file, plus its `<file>.expect.json` sidecar. */
function expectationsOfFile(path: string, displayPath: string): Expectation[] {
  if (path.endsWith('.expect.json')) return [];
  const found: Expectation[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((text, index) => {
      const body = markerBody.exec(markerPattern.exec(text)?.[1] ?? '');
      if (body === null) return;
      const message = body[2] === undefined ? undefined : new RegExp(body[2]);
      for (const reference of body[1]!.split(/[\s,]+/)) {
        found.push({
          rule: qualify(reference),
          file: displayPath,
          line: index + 1,
          ...(message && { message }),
        });
      }
    });
  const sidecar = `${path}.expect.json`;
  if (statSync(sidecar, { throwIfNoEntry: false })?.isFile()) {
    const entries = JSON.parse(readFileSync(sidecar, 'utf8')) as {
      rule: string;
      line: number;
      file?: string;
      message?: string;
    }[];
    found.push(
      ...entries.map((entry) => ({
        rule: qualify(entry.rule),
        line: entry.line,
        file: entry.file ?? displayPath,
        ...(entry.message === undefined ? {} : { message: new RegExp(entry.message) }),
      })),
    );
  }
  return found;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/** Every expectation of a fixture (a file, or every file of a directory fixture). */
export function expectationsOf(fixture: Fixture): Expectation[] {
  const target = join(fixture.cwd, fixture.scanPath);
  const files = statSync(target).isDirectory() ? filesUnder(target) : [target];
  return files.flatMap((path) => expectationsOfFile(path, relative(fixture.cwd, path)));
}

/** Every fixture: test/fixtures/<language>/<check-id>/{fail,pass}-*(.ext or directory). */
export function listFixtures(languages: readonly string[] = fixtureLanguages): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const language of languages) {
    const languageDirectory = join(fixturesRoot, language);
    if (!statSync(languageDirectory, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const checkId of readdirSync(languageDirectory).sort()) {
      const checkDirectory = join(languageDirectory, checkId);
      if (!statSync(checkDirectory).isDirectory()) continue;
      for (const entry of readdirSync(checkDirectory).sort()) {
        const kind = /^(fail|pass)-/.exec(entry)?.[1] as Fixture['kind'] | undefined;
        if (kind === undefined || entry.endsWith('.expect.json')) continue;
        // A directory fixture is scanned from inside, so its markers name files relative to it.
        const directory = statSync(join(checkDirectory, entry)).isDirectory();
        fixtures.push({
          name: `${language}/${checkId}/${entry}`,
          checkId,
          kind,
          scanPath: directory ? '.' : entry,
          cwd: directory ? join(checkDirectory, entry) : checkDirectory,
        });
      }
    }
  }
  return fixtures;
}

/** Live fixtures (test/fixtures/live/): clusters for the loopback API server, not files to scan. */
export const liveFixtureLanguage = 'live';

/** One expected live finding: live objects have no lines, so a finding is named by rule and resource. */
export interface LiveExpectation {
  rule: string;
  resource: string;
  /** On an AKS-managed object: shown, never counted. */
  platform?: true;
}

/** The `<file>.expect.json` sidecar of a live fixture; a pass fixture has none. */
export function liveExpectationsOf(fixture: Fixture): LiveExpectation[] {
  const sidecar = `${join(fixture.cwd, fixture.scanPath)}.expect.json`;
  if (!statSync(sidecar, { throwIfNoEntry: false })?.isFile()) return [];
  const entries = JSON.parse(readFileSync(sidecar, 'utf8')) as LiveExpectation[];
  return entries.map((entry) => ({ ...entry, rule: qualify(entry.rule) }));
}
