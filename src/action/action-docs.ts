import { CORE_SCHEMA, load } from 'js-yaml';

export const docsStartMarker = '<!-- action-docs:start -->';
export const docsEndMarker = '<!-- action-docs:end -->';

/** How workflows refer to the action in the docs and examples. */
export const actionUses = 'aks-cis-gate/aks-cis-gate@v1';

interface ActionMetadata {
  name: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const cell = (text: string): string => oneLine(text).replace(/\|/g, '\\|');

/** A `#`-comment block wrapped at about 90 columns, for the usage example. */
function commentLines(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of oneLine(text).split(' ')) {
    if (line !== '' && line.length + word.length + 1 > 90) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(`${indent}# ${line}`);
  return lines;
}

/**
 * The usage section, generated from action.yml so that the two cannot drift apart: a
 * `uses:` step with every input, its description and its default, then the outputs.
 */
export function renderActionDocs(actionYaml: string, uses: string): string {
  const action = load(actionYaml, { schema: CORE_SCHEMA }) as ActionMetadata;
  const inputs = Object.entries(action.inputs).flatMap(([name, input]) => [
    ...commentLines(input.description, '    '),
    ...(input.default === undefined ? [] : [`    # Default: ${input.default}`]),
    `    ${name}: ''`,
    '',
  ]);
  return [
    docsStartMarker,
    '',
    '```yaml',
    `- uses: ${uses}`,
    '  with:',
    ...inputs.slice(0, -1),
    '```',
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(
      ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
    ),
    '',
    docsEndMarker,
  ].join('\n');
}

export type DocsUpdate = { ok: true; document: string } | { ok: false; message: string };

/** Replaces what sits between the markers (markers included) with the generated section. */
export function replaceGeneratedSection(document: string, generated: string): DocsUpdate {
  const start = document.indexOf(docsStartMarker);
  const end = document.indexOf(docsEndMarker);
  if (start < 0 || end < start) {
    return { ok: false, message: `the document has no ${docsStartMarker} … ${docsEndMarker} section` };
  }
  return {
    ok: true,
    document: document.slice(0, start) + generated + document.slice(end + docsEndMarker.length),
  };
}
