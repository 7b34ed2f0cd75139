import { access, appendFile } from '../fs-async.js';
import { appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { crypto } from '../lazy-crypto.js';

// The runner's protocol as @actions/core 3 speaks it, for the parts the action uses: the library's
// only entry point also loads its OIDC client (@actions/http-client, undici) and @actions/exec,
// which were most of the action's start-up. runner-commands.test.ts holds every function here to
// the library's output, byte for byte.

/** Where a workflow annotation points (the library's AnnotationProperties, as far as we use them). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

// The runner splits a command at `::`, `,` and line ends, and decodes these escapes.
const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
) {
  const given = Object.entries(properties).filter(
    ([, value]) => value !== undefined && value !== '' && value !== 0,
  );
  const head = given.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  process.stdout.write(`::${command}${head === '' ? '' : ` ${head}`}::${escapeData(message)}${EOL}`);
}

const annotationFields = ({ title, file, startLine }: AnnotationProperties) => ({
  title,
  file,
  line: startLine,
});

/** An action input as the runner passes it (INPUT_<NAME>), trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** The runner masks `secret` in every later line of the log. */
export const setSecret = (secret: string): void => issueCommand('add-mask', {}, secret);
export const info = (message: string): void => void process.stdout.write(`${message}${EOL}`);
export const debug = (message: string): void => issueCommand('debug', {}, message);
export const warning = (message: string, properties: AnnotationProperties = {}): void =>
  issueCommand('warning', annotationFields(properties), message);
export const error = (message: string, properties: AnnotationProperties = {}): void =>
  issueCommand('error', annotationFields(properties), message);

/** Fails the step (exit status 1) with `message` as an error. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * A step output, appended to the runner's GITHUB_OUTPUT file between two lines of a random
 * delimiter that neither the name nor the value can contain.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT'] || '';
  if (file === '') {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${crypto().randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: the output ${name} contains its delimiter`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Appends markdown to the job summary (the runner's GITHUB_STEP_SUMMARY file). */
export async function appendJobSummary(markdown: string): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    );
  }
  await appendFile(file, markdown, { encoding: 'utf8' });
}
