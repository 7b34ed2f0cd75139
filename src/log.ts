// C0 and C1 controls (terminal escapes among them) and the Unicode line separators; tab stays.
// eslint-disable-next-line no-control-regex -- matching them is the point
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
const lineBreaks = /\r|\n/g;

/**
 * Every log line of the CLI and the action passes through here: it holds names and values
 * from scanned content, which the pull request's author chooses. One line stays one line
 * (newlines and control characters become escapes), and it can never be read as a workflow
 * command: the runner takes a line whose trimmed start is `::`, or one holding the legacy `##[`.
 */
export function logLine(message: string): string {
  return message
    .replace(lineBreaks, (character) => (character === '\n' ? '\\n' : '\\r'))
    .replace(controlCharacters, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/^(\s*):(?=:)/, '$1%3A')
    .replaceAll('##[', '#%23[');
}
