import { expect } from 'vitest';

/** A file name a pull request could add: a newline, then a workflow command. */
export const hostileName = (extension: string) => `evil\n::warning title=X::y.${extension}`;

/** No line that the runner would take as a workflow command, and no raw control character. */
export function expectNoInjectedCommand(output: string): void {
  for (const line of output.split(/\r?\n/)) {
    expect(line.trimStart().startsWith('::warning title=X'), line).toBe(false);
  }
  expect(output).not.toContain('\u001b');
}
