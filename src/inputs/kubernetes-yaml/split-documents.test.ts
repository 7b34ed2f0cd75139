import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitDocuments } from './split-documents.js';
import { contentStart } from './yaml-source.js';

const plainness = (text: string) =>
  splitDocuments(text)
    .filter((slice) => slice.hasContent)
    .map((slice) => slice.plain);

describe('plain slices: read without the position recorder', () => {
  it('takes an ordinary manifest, JSON included, as plain', () => {
    expect(
      plainness('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  url: "http://x:8080"\n'),
    ).toEqual([true]);
    expect(
      plainness('{"apiVersion": "v1", "kind": "List", "items": [{"kind": "Pod"}, {"kind": "Service"}]}\n'),
    ).toEqual([true]);
  });

  it.each([
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['an anchor', 'a: &x 1\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a merge key', 'a:\n  <<: {b: 1}\n'],
    ['an explicit key', '? a\n: b\n'],
    ['a flow sequence as a key', '[a]: b\n'],
    ['a flow mapping as a key', 'x: 1\n{a: 1} : b\n'],
    ['a line that starts with a colon', 'k:\n- a: 1\n:x: 1\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['a document end', 'a: 1\n...\n'],
  ])('takes a slice with %s as not plain', (_, text) => {
    expect(plainness(text)).toEqual([false]);
  });

  it('marks only the slice that holds the construct', () => {
    expect(plainness('---\na: 1\n---\nb: *x\n---\nc: [1]\n---\nd: [1]: 2\n---\ne: 2\n')).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('marks the slice that a directive opens, not the one before its line break', () => {
    expect(plainness('---\na: 1\n%YAML 1.1\n---\nb: 2\n---\nc: 3\n')).toEqual([true, false, true]);
    expect(plainness('a: 1\n---\nb: 2\n...\n---\nc: 3\n')).toEqual([true, false, true]);
  });

  it('looks for a colon after a closing bracket in one pass over a long line of them', () => {
    // One scan per bracket to the end of the line would take minutes here.
    const text = `a: "${'] # '.repeat(300_000)}"\n`;
    expect(plainness(text)).toEqual([true]);
  });
});

describe("Helm's heading", () => {
  /** The template and content of each slice, with the offsets left out. */
  const headings = (text: string) =>
    splitDocuments(text).map(({ templateStart, templateEnd, hasContent }) => ({
      template: templateStart === undefined ? undefined : text.slice(templateStart, templateEnd),
      hasContent,
    }));

  it('reads `---`, `# Source:` and a line of content by one match, as the walk over the lines does', () => {
    const character = fc.constantFrom(...'ab/.-_ #:\t\r\u00a0\u2028-'.split(''));
    const text = fc.string({ unit: character, maxLength: 8 });
    fc.assert(
      fc.property(text, text, text, (name, content, next) => {
        const helm = `---\n# Source: ${name}\n${content}\n${next}\n---\n# Source: ${name}\n`;
        // A blank line after each marker leaves the heading to the walk over its lines.
        expect(headings(helm)).toEqual(headings(helm.replaceAll('---\n', '---\n\n')));
        // Where the match found the content, it is where the reader would look for it past the marker.
        for (const slice of splitDocuments(helm))
          if (slice.content !== undefined && slice.plain)
            expect(slice.content).toBe(contentStart(helm, slice.start + '---'.length));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the template from the heading of a Helm stream', () => {
    expect(
      headings('---\n# Source: chart/templates/a.yaml\nkind: A\n---\n# Source: b.yaml\n---\nx: 1\n'),
    ).toEqual([
      { template: 'chart/templates/a.yaml', hasContent: true },
      { template: 'b.yaml', hasContent: false },
      { template: undefined, hasContent: true },
    ]);
  });
});
