import { inFile } from '../../../test/support/check-testing.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultLimits, type InputLimits } from '../input-format.js';
import { parseKubernetesManifests } from './parse-manifests.js';

// Counts the parser's calls: what a stream costs is told by how often the parser starts, not by a
// clock, which a busy machine would make fail.
const parserCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('js-yaml-4', async (importOriginal) => {
  const original = await importOriginal<typeof import('js-yaml-4')>();
  const loadAll: typeof original.loadAll = (...args: Parameters<typeof original.loadAll>) => {
    parserCalls.count += 1;
    return original.loadAll(...args);
  };
  return { ...original, loadAll };
});

const fixtures = join(import.meta.dirname, '../../../test/fixtures/yaml-input');
const sharedFixtures = '/work/shared/fixtures';

function parse(text: string, limits: Partial<InputLimits> = {}, defaultNamespace = 'default') {
  return parseKubernetesManifests(text, 'input.yaml', {
    defaultNamespace,
    limits: { ...defaultLimits, ...limits },
  });
}

function parseFixture(name: string, directory = fixtures) {
  return parseKubernetesManifests(readFileSync(join(directory, name), 'utf8'), name, {
    defaultNamespace: 'default',
    limits: defaultLimits,
  });
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

const firstContainer = ['spec', 'template', 'spec', 'containers', 0] as const;

describe('Helm-rendered streams', () => {
  const parsed = parseFixture('helm-stream.yaml');

  it('reads every document, skipping the empty ones', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.objects.map((object) => `${object.kind}/${object.name}`)).toEqual([
      'ServiceAccount/shop',
      'Deployment/shop',
      'ClusterRole/shop-reader',
    ]);
  });

  it('keeps the template named by the # Source comment on every location', () => {
    expect(parsed.objects[1]?.location).toEqual({
      file: 'helm-stream.yaml',
      line: 10,
      column: 1,
      template: 'shop/templates/deployment.yaml',
    });
    expect(inFile(parsed.objects[0]?.location).template).toBe('shop/templates/serviceaccount.yaml');
    expect(parsed.objects[1]?.locate([...firstContainer, 'securityContext', 'privileged'])).toEqual({
      file: 'helm-stream.yaml',
      line: 23,
      column: 13,
      template: 'shop/templates/deployment.yaml',
    });
  });

  it('points at a list item, and at the nearest present ancestor of a missing field', () => {
    const deployment = parsed.objects[1];
    expect(deployment?.locate(firstContainer)).toMatchObject({ line: 20, column: 11 });
    expect(deployment?.locate([...firstContainer, 'securityContext', 'runAsNonRoot'])).toMatchObject({
      line: 22,
      column: 11,
    });
    expect(deployment?.locate(['spec', 'template', 'spec', 'hostNetwork'])).toMatchObject({
      line: 17,
      column: 5,
    });
    expect(deployment?.locate([...firstContainer.slice(0, -1), 5])).toMatchObject({ line: 19, column: 7 });
  });

  it('keeps directives with the document they precede, and reads `...` document ends', () => {
    const text = [
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: first}\n...',
      '%YAML 1.1\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: second}\n...',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: third}\n',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.objects.map((object) => [object.name, inFile(object.location).line])).toEqual([
      ['first', 1],
      ['second', 7],
      ['third', 11],
    ]);
  });

  // Helm's heading is read by one match when it is exactly Helm's (`---`, `# Source:`, the content);
  // any other heading, by a walk over its lines: the same object, at the same place, either way.
  it.each([
    ['---\n# Source: c/t.yaml\n', '\n'],
    ['---\n# Source: c/t.yaml\n\n', '\n'],
    ['--- \n# Source: c/t.yaml\n', '\n'],
    ['---\n#  Source: c/t.yaml\n', '\n'],
    ['---\r\n# Source: c/t.yaml\r\n', '\r\n'],
    ['\uFEFF---\n# Source: c/t.yaml\n', '\n'],
  ])('locates the object under the heading %j at its content', (heading, lineBreak) => {
    const body = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', ''].join(lineBreak);
    const parsed = parse(`${heading}${body}${heading.replace('\uFEFF', '')}${body}`);
    expect(parsed.errors).toEqual([]);
    const lines = heading.split('\n').length;
    const at = (line: number, column: number) => ({ file: 'input.yaml', line, column, template: 'c/t.yaml' });
    expect(parsed.objects.map((object) => [object.location, object.locate(['metadata', 'name'])])).toEqual([
      [at(lines, 1), at(lines + 3, 3)],
      [at(2 * lines + 3, 1), at(2 * lines + 6, 3)],
    ]);
  });

  // The long fuzz run found this: the walk up from the first `---` never ended on a blank first line.
  it.each(['\n', '\r\n', '\n\n', '# chart\n'])(
    'reads a stream that opens with %j before its first ---',
    (head) => {
      const parsed = parse(`${head}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: first}\n`);
      expect(parsed.errors).toEqual([]);
      const lineOfMarker = head.split('\n').length;
      expect(parsed.objects.map((object) => [object.name, inFile(object.location).line])).toEqual([
        ['first', lineOfMarker + 1],
      ]);
    },
  );

  // The long fuzz run found this: JavaScript's `^` matched after U+2028, so the splitter saw a
  // `---` that the parser reads as text, and the text before it was dropped without an error.
  it.each(['\u2028', '\u2029', 'name\u2028'])(
    'does not start a document at a --- that follows %j on its line',
    (head) => {
      const parsed = parse(`${head}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: first}\n`);
      expect(parsed.objects).toEqual([]);
      expect(parsed.errors).toEqual([expect.objectContaining({ line: 2 })]);
    },
  );

  // The long fuzz run found this: js-yaml 4 drops the tag of an empty node that ends at `---`,
  // and the document read as empty, with no error, while every other reader refuses it.
  it.each([
    ['!!binary\n---\n', 1, 'unknown tag'],
    // js-yaml places its own error after the comments.
    ['!!foo # a comment\n# another\n---\n', 2, 'unknown tag'],
    ['!!foo\n...\n---\n', 1, 'the tag !<tag:yaml.org,2002:foo> has no value'],
    ['!!str\n---\n', 1, 'neither apiVersion nor kind'],
  ])('reports a tagged empty document (%j) instead of dropping it', (head, line, message) => {
    const parsed = parse(`${head}apiVersion: v1\nkind: ConfigMap\nmetadata: {name: next}\n`);
    expect(parsed.errors).toEqual([
      expect.objectContaining({ line, message: expect.stringContaining(message) }),
    ]);
    expect(parsed.objects.map((object) => object.name)).toEqual(['next']);
  });

  it('reads a lone carriage return before --- as a line break, as the parser does', () => {
    const parsed = parse(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: first}\r---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: second}\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.objects.map((object) => object.name)).toEqual(['first', 'second']);
  });

  it('puts namespaced objects without a namespace in the default one, cluster-scoped ones in none', () => {
    const inApps = parseKubernetesManifests(readFileSync(join(fixtures, 'helm-stream.yaml'), 'utf8'), 'x', {
      defaultNamespace: 'apps',
      limits: defaultLimits,
    });
    expect(inApps.objects.map((object) => object.namespace)).toEqual(['apps', 'store', undefined]);
  });
});

describe('scalars as Kubernetes reads them (go-yaml v2)', () => {
  const pod = only(parseFixture('yaml11-scalars.yaml').objects);
  const spec = pod.body.spec as Record<string, unknown>;
  const container = (spec.containers as Record<string, unknown>[])[0] as Record<string, unknown>;

  it('reads YAML 1.1 booleans in every spelling Kubernetes accepts', () => {
    expect([spec.hostPID, spec.hostIPC, spec.hostNetwork]).toEqual([true, true, true]);
    expect(container.securityContext).toMatchObject({ privileged: true, allowPrivilegeEscalation: false });
  });

  it('leaves quoted and mixed-case words as strings', () => {
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: 'yes' });
    expect(spec.hostname).toBe('yEs');
  });

  it('reads octal, hexadecimal, underscores and exponents as numbers', () => {
    expect(container.securityContext).toMatchObject({ runAsUser: 0, runAsGroup: 0 });
    expect((spec.volumes as { secret: { defaultMode: number } }[])[0]?.secret.defaultMode).toBe(0o644);
    expect(spec.terminationGracePeriodSeconds).toBe(10);
    expect(spec.priority).toBe(1000);
    expect(spec.nodeName).toBeNull();
  });

  it.each([
    ['n', false],
    ['NO', false],
    ['Off', false],
    ['TRUE', true],
    ['oN', 'oN'],
    ['0644', 420],
    ['08', 8],
    ['-0b11', -3],
    ['190:20:30', '190:20:30'],
    // The one-pass read of short decimals and of texts no number form holds.
    ['+1', 1],
    ['-0', 0],
    ['00', 0],
    ['012', 10],
    ['1.', 1],
    ['+.5', 0.5],
    ['123456789012345', 123456789012345],
    ['1:20', '1:20'],
    ['1.2.3', '1.2.3'],
    ['50m', '50m'],
    ['128Mi', '128Mi'],
    ['1e', '1e'],
    ['12#x', '12#x'],
    ['2024-01-02', '2024-01-02'],
    ['.inf', Number.POSITIVE_INFINITY],
    // Past Go's 64 bits: a float where the text is one, else a string, as go-yaml v2 reads them.
    ['0xFFFFFFFFFFFFFFFF', 2 ** 64 - 1],
    ['0x10000000000000000', '0x10000000000000000'],
    ['-0x8000000000000000', -(2 ** 63)],
    ['-0x8000000000000001', '-0x8000000000000001'],
    ['0b1' + '0'.repeat(64), '0b1' + '0'.repeat(64)],
    ['0o2000000000000000000000', '0o2000000000000000000000'],
    ['02000000000000000000000', 2e21],
    ['99999999999999999999', 1e20],
    ['1e400', '1e400'],
    ['-1e400', '-1e400'],
    ['1e-400', 0],
    ['!!bool "yes"', true],
    ['!!int "0x1F"', 31],
    ['!!float "1e3"', 1000],
    ['!!null ""', null],
    ['!!str 0644', '0644'],
  ])('reads %s as %s', (spelling, expected) => {
    const parsed = parse(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\nvalue: ${spelling}\n`);
    expect(only(parsed.objects).body.value).toBe(expected);
  });

  it.each(['!!int "yes"', '!!bool "0"', '!!int "0x10000000000000000"', '!!float "1e400"'])(
    'refuses %s',
    (spelling) => {
      const parsed = parse(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\nvalue: ${spelling}\n`);
      expect(parsed.errors).toHaveLength(1);
    },
  );
});

describe('merge keys and aliases', () => {
  const parsed = parseFixture('merge-keys.yaml');
  const deployment = only(parsed.objects);
  const containers = (
    deployment.body.spec as { template: { spec: { containers: { securityContext: object }[] } } }
  ).template.spec.containers;
  const container = (index: number) => ['spec', 'template', 'spec', 'containers', index, 'securityContext'];

  it('expands merges, with keys written in the mapping winning, and aliases', () => {
    expect(parsed.errors).toEqual([]);
    expect(containers[1]?.securityContext).toEqual({ runAsNonRoot: true, privileged: false });
    expect(containers[2]?.securityContext).toEqual({ runAsNonRoot: true, privileged: true });
  });

  it('locates merged fields at their definition and the aliased value at the alias', () => {
    expect(deployment.locate([...container(1), 'runAsNonRoot'])).toMatchObject({ line: 12, column: 13 });
    expect(deployment.locate([...container(1), 'privileged'])).toMatchObject({ line: 18, column: 13 });
    expect(deployment.locate(container(2))).toMatchObject({ line: 21, column: 11 });
    expect(deployment.locate([...container(2), 'privileged'])).toMatchObject({ line: 13, column: 13 });
  });

  it('reports a merge after a key it overrides, where Kubernetes and the YAML spec disagree', () => {
    const sneaky = parseFixture('merge-after-key.yaml');
    expect(sneaky.objects).toHaveLength(1);
    expect(only(sneaky.errors)).toEqual({
      file: 'merge-after-key.yaml',
      line: 13,
      column: 9,
      message: expect.stringContaining('"privileged"'),
    });
  });

  it('reports two merges of the same key, where Kubernetes takes the later one', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: x}',
      'safe: &safe {privileged: false}',
      'unsafe: &unsafe {privileged: true}',
      'spec:',
      '  securityContext:',
      '    <<: *safe',
      '    <<: *unsafe',
    ].join('\n');
    expect(only(parse(text).errors)).toMatchObject({
      line: 9,
      column: 5,
      message: expect.stringContaining('"privileged"'),
    });
    const sequence = text.replace('    <<: *safe\n    <<: *unsafe', '    <<: [*safe, *unsafe]');
    expect(parse(sequence).errors).toEqual([]);
  });

  it('takes the last of duplicate keys, as Kubernetes does', () => {
    const parsed = parse(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  hostPID: false\n  hostPID: true\n',
    );
    const pod = only(parsed.objects);
    expect(pod.body.spec).toEqual({ hostPID: true });
    expect(pod.locate(['spec', 'hostPID'])).toMatchObject({ line: 6, column: 3 });
  });

  it('rejects an alias that refers to a node containing it', () => {
    const parsed = parse('apiVersion: v1\nkind: ConfigMap\nmetadata: &m {name: x, self: *m}\n');
    expect(parsed.objects).toEqual([]);
    expect(only(parsed.errors)).toMatchObject({ line: 3, message: expect.stringContaining('cycle') });
  });
});

describe('positions that js-yaml 4 reports no node for', () => {
  const at = (text: string, path: (string | number)[]) => {
    const object = only(parse(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n${text}`).objects);
    const { line, column } = inFile(object.locate(path));
    return `${line}:${column}`;
  };

  it('places the entries after an empty one (`-` alone) by their indicators', () => {
    const text = 'args:\n  -\n  - second\n  -\n  - [fourth]\n';
    expect(at(text, ['args', 1])).toBe('6:5');
    expect(at(text, ['args', 3, 0])).toBe('8:6');
    // An empty entry has no place of its own: it is located at its sequence, here at the key.
    expect(at(text, ['args', 2])).toBe('4:1');
  });

  it('locates a value the loader probed as a would-be key at its own place', () => {
    expect(at('data: [{a: 1}]\nlist:\n- {b: 2}\n', ['list', 0, 'b'])).toBe('6:4');
  });

  it('rejects a collection as a key, as Kubernetes does, at the key', () => {
    const parsed = parse('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  ? [a, b]\n  : c\n');
    expect(only(parsed.errors)).toMatchObject({
      line: 5,
      column: 5,
      message: expect.stringContaining('scalar keys'),
    });
  });
});

describe('List objects, JSON, byte-order marks and CRLF', () => {
  it('unpacks List items, each with its own positions and namespace', () => {
    const parsed = parseFixture('list.yaml');
    expect(
      parsed.objects.map((object) => [object.kind, object.namespace, inFile(object.location).line]),
    ).toEqual([
      ['ConfigMap', 'team-a', 4],
      ['Namespace', undefined, 11],
    ]);
    expect(parsed.objects[0]?.locate(['data', 'mode'])).toMatchObject({ line: 10, column: 7 });
    expect(only(parsed.errors)).toEqual({
      file: 'list.yaml',
      line: 15,
      column: 5,
      message: 'object of kind Secret has no apiVersion',
    });
  });

  it('reads a JSON manifest with positions', () => {
    const pod = only(parseFixture('manifest.json').objects);
    expect(pod.body.spec).toMatchObject({ hostNetwork: true });
    expect(pod.locate(['spec', 'hostNetwork'])).toMatchObject({ line: 8, column: 5 });
    expect(pod.locate(['spec', 'containers', 0, 'name'])).toMatchObject({ line: 11, column: 9 });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const parsed = parseFixture('bom.yaml');
    expect(parsed.errors).toEqual([]);
    expect(only(parsed.objects)).toMatchObject({
      apiVersion: 'v1',
      name: 'with-bom',
      location: { line: 1, column: 1 },
    });
  });

  it('strips byte-order marks written more than once, as the loader strips its own', () => {
    // The loader strips one mark more than the reader did and counted its offsets in what was left:
    // a document read again for a position was read one character off, and the scan stopped.
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - {name: c, image: x}\n';
    const places = (text: string) =>
      parse(text).objects.map((object) => [
        object.location,
        object.locate(['metadata', 'name']),
        object.locate(['spec', 'containers', 0, 'image']),
      ]);
    for (const text of [pod, `${pod}---\n${pod}`, `&a\n${pod}`]) {
      const once = places(`\uFEFF${text}`);
      expect(once.length).toBe(text.includes('---') ? 2 : 1);
      expect(places(`\uFEFF\uFEFF${text}`)).toEqual(once);
      expect(places(`\uFEFF\uFEFF\uFEFF${text}`)).toEqual(once);
    }
  });

  it('reads CRLF line ends with the same lines and columns', () => {
    expect(readFileSync(join(fixtures, 'windows.crlf.yaml'), 'utf8')).toContain('\r\n');
    const parsed = parseFixture('windows.crlf.yaml');
    const pod = only(parsed.objects);
    expect(pod.name).toBe('windows');
    expect(pod.locate(['spec', 'containers', 0, 'securityContext', 'privileged'])).toMatchObject({
      line: 10,
      column: 9,
    });
  });
});

describe('errors', () => {
  // The long fuzz run found the explicit form read as a key "[object Object]", the document kept.
  it.each([
    ['an implicit key', '[a, b]: 1\n'],
    ['an explicit key with a value', '? [a]\n: 1\n'],
    ['an explicit key alone', '? a: 1\n'],
  ])('a collection as %s is an error at the key, as kubectl refuses it', (_form, head) => {
    const parsed = parse(`${head}apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n`);
    expect(parsed.objects).toEqual([]);
    expect(parsed.errors).toEqual([
      {
        file: 'input.yaml',
        line: 1,
        column: head.startsWith('?') ? 3 : 1,
        message: 'YAML syntax error: a mapping key is a collection; Kubernetes accepts only scalar keys',
      },
    ]);
  });

  it('a scalar explicit key without a value is read, its value null', () => {
    const parsed = parse('? note\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.objects[0]?.body.note).toBeNull();
  });

  it('reports a syntax error in one document at its absolute line and keeps the others', () => {
    const parsed = parseFixture('syntax-error-in-middle.yaml');
    expect(parsed.objects.map((object) => object.name)).toEqual(['before', 'after']);
    expect(only(parsed.errors)).toMatchObject({
      file: 'syntax-error-in-middle.yaml',
      line: 12,
      message: expect.stringMatching(/^YAML syntax error: /),
    });
  });

  it('reports a kind without apiVersion, and the reverse, at the field', () => {
    const parsed = parseFixture('missing-api-version.yaml');
    expect(parsed.objects.map((object) => object.name)).toEqual(['fine']);
    expect(parsed.errors).toEqual([
      {
        file: 'missing-api-version.yaml',
        line: 6,
        column: 1,
        message: 'object of kind Pod has no apiVersion',
      },
      {
        file: 'missing-api-version.yaml',
        line: 10,
        column: 1,
        message: 'object with apiVersion v1 has no kind',
      },
      {
        file: 'missing-api-version.yaml',
        line: 14,
        column: 1,
        message: 'document has neither apiVersion nor kind',
      },
    ]);
  });

  it('counts documents without apiVersion and kind in a file that holds no objects, without errors', () => {
    const parsed = parseFixture('values.yaml');
    expect(parsed).toMatchObject({ objects: [], errors: [], documentsWithoutKind: 1 });
  });

  it('never copies source text into an error message', () => {
    const parsed = parse('apiVersion: v1\nkind: Secret\nstringData:\n  password: "hunter2\n');
    expect(only(parsed.errors).message).not.toContain('hunter2');
  });
});

describe('objects in shapes that Kubernetes rejects', () => {
  const parsed = parseFixture('wrong-shapes.yaml');

  it('reports each wrong field of a kind the checks read, at its line', () => {
    expect(parsed.errors.map((error) => `${error.line}: ${error.message}`)).toEqual([
      '6: Pod "spec-is-a-list": spec is a list, where Kubernetes takes a mapping; the checks cannot read it',
      '20: Deployment "containers-is-a-mapping": spec.template.spec.initContainers[0] is a string, where Kubernetes takes a mapping; the checks cannot read it',
      '21: Deployment "containers-is-a-mapping": spec.template.spec.containers is a mapping, where Kubernetes takes a list; the checks cannot read it',
      '39: CronJob "nested-wrong": spec.jobTemplate.spec.template.spec.containers[0].securityContext is a string, where Kubernetes takes a mapping; the checks cannot read it',
      '40: CronJob "nested-wrong": spec.jobTemplate.spec.template.spec.containers[0].env is a mapping, where Kubernetes takes a list; the checks cannot read it',
      '47: Role "rules-is-a-mapping": rules is a mapping, where Kubernetes takes a list; the checks cannot read it',
      '56: ClusterRoleBinding "subject-is-text": subjects is a string, where Kubernetes takes a list; the checks cannot read it',
      '57: ClusterRoleBinding "subject-is-text": roleRef is a string, where Kubernetes takes a mapping; the checks cannot read it',
      '63: ConfigMap "fine": metadata.annotations is a list, where Kubernetes takes a mapping; the checks cannot read it',
    ]);
  });

  it('keeps the objects, so nothing is dropped from the model', () => {
    expect(parsed.objects.map((object) => object.name)).toEqual([
      'spec-is-a-list',
      'containers-is-a-mapping',
      'nested-wrong',
      'rules-is-a-mapping',
      'subject-is-text',
      'fine',
    ]);
  });

  it('leaves null fields alone: Kubernetes reads them as unset', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  volumes: ~\n';
    expect(parse(text).errors).toEqual([]);
  });
});

describe('limits', () => {
  const billionLaughs = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: lol}',
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...'bcdefghi'.split('').map((name, index) => {
      const previous = 'abcdefghi'[index] as string;
      return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
    }),
  ].join('\n');

  it('stops an alias bomb with little memory, naming the limit', () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const parsed = parse(billionLaughs);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    expect(parsed.objects).toEqual([]);
    expect(only(parsed.errors)).toMatchObject({
      line: 1,
      message: expect.stringContaining('maxDocumentBytes'),
    });
  });

  it('counts aliases against maxAliases', () => {
    const parsed = parse(billionLaughs, { maxAliases: 20 });
    expect(only(parsed.errors).message).toBe('more than 20 aliases in one document (maxAliases)');
  });

  it('stops deep nesting at maxDepth', () => {
    const parsed = parse(
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: ${'['.repeat(100_000)}`,
    );
    expect(only(parsed.errors)).toMatchObject({
      line: 4,
      message: 'nesting is deeper than the limit of 100 (maxDepth)',
    });
  });

  it('stops aliases that nest deeper than maxDepth', () => {
    const levels = Array.from({ length: 30 }, (_, level) => `l${level + 1}: &l${level + 1} [*l${level}]`);
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: deep}',
      'l0: &l0 [x]',
      ...levels,
    ].join('\n');
    expect(parse(text).errors).toEqual([]);
    expect(only(parse(text, { maxDepth: 20 }).errors)).toMatchObject({
      line: 1,
      message: 'aliases nest the document deeper than the limit of 20 (maxDepth)',
    });
  });

  it('bounds the keys that merges copy', () => {
    const parsed = parseFixture('merge-keys.yaml');
    expect(parsed.errors).toEqual([]);
    const limited = parseKubernetesManifests(
      readFileSync(join(fixtures, 'merge-keys.yaml'), 'utf8'),
      'm.yaml',
      {
        defaultNamespace: 'default',
        limits: { ...defaultLimits, maxMergeKeys: 2 },
      },
    );
    expect(only(limited.errors)).toMatchObject({
      line: 17,
      message: 'merge keys copy more than 2 keys (maxMergeKeys)',
    });
  });

  it('rejects a file over maxFileBytes and a document over maxDocumentBytes, keeping the others', () => {
    const text = readFileSync(join(fixtures, 'syntax-error-in-middle.yaml'), 'utf8').replace(
      '[unclosed, list',
      'ok',
    );
    expect(only(parse(text, { maxFileBytes: 100 }).errors)).toMatchObject({
      line: 1,
      message: 'file is larger than the limit of 100 bytes (maxFileBytes)',
    });
    const parsed = parse(`${text}\n---\n${'# padding\n'.repeat(20)}apiVersion: v1\nkind: ConfigMap\n`, {
      maxDocumentBytes: 150,
    });
    expect(parsed.objects.map((object) => object.name)).toEqual(['before', 'broken', 'after']);
    expect(only(parsed.errors)).toMatchObject({
      line: 19,
      message: 'document is larger than the limit of 150 bytes (maxDocumentBytes)',
    });
  });

  it('refuses a file with more documents than maxDocuments, at the first one over', () => {
    const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\n`;
    const text = ['a', 'b', 'c'].map((name) => `---\n${configMap(name)}`).join('');
    expect(parse(text, { maxDocuments: 3 }).objects).toHaveLength(3);
    const refused = parse(text, { maxDocuments: 2 });
    expect(refused.objects).toEqual([]);
    expect(only(refused.errors)).toEqual({
      file: 'input.yaml',
      line: 9,
      column: 1,
      message: 'file has more than 2 documents (maxDocuments)',
    });
  });

  // 100,000 empty documents took 13.5 s when each one started the parser.
  it('does not start the parser for empty documents (comments and markers)', () => {
    parserCalls.count = 0;
    const parsed = parse('---\n# Source: chart/templates/empty.yaml\n'.repeat(100_000));
    expect(parserCalls.count).toBe(0);
    expect(parsed).toMatchObject({ objects: [], errors: [], documentsWithoutKind: 0 });
  });

  it('reads a run of documents with one start of the parser, not one per document', () => {
    parserCalls.count = 0;
    const parsed = parse(
      Array.from(
        { length: 1_000 },
        (_, index) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${index}}\n`,
      ).join(''),
    );
    expect(parsed.objects).toHaveLength(1_000);
    expect(parserCalls.count).toBe(1);
  });

  it('admits a 60 MB, 50k-object stream with the default limits', () => {
    expect(defaultLimits.maxFileBytes).toBeGreaterThanOrEqual(60 * 1024 * 1024);
    expect(defaultLimits.maxAliases).toBeGreaterThan(0);
  });
});

describe('positions of plain documents, read when first asked for', () => {
  // Each Deployment sits lower in its document than the one before, so a position read from a
  // neighbouring document would give another line.
  const deployment = (name: string, padding: number) =>
    `---\n# Source: app/templates/${name}.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n${'  # padding\n'.repeat(padding)}spec:\n  template:\n    spec:\n      containers:\n        - name: app\n          securityContext:\n            privileged: true\n`;
  const stream = [
    '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\n',
    deployment('first', 0),
    deployment('second', 1),
    deployment('third', 3),
    deployment('fourth', 6),
  ].join('');
  const privileged = [...firstContainer, 'securityContext', 'privileged'];

  it("reads the run once, and finds positions in a plain document's own text", () => {
    parserCalls.count = 0;
    const parsed = parse(stream);
    expect(parsed.errors).toEqual([]);
    expect(parsed.objects.map((object) => object.name)).toEqual([
      'settings',
      'first',
      'second',
      'third',
      'fourth',
    ]);
    expect(parserCalls.count).toBe(1);
    const third = parsed.objects[3];
    expect(third?.locate(privileged)).toEqual({
      file: 'input.yaml',
      line: 47,
      column: 13,
      template: 'app/templates/third.yaml',
    });
    expect(parserCalls.count).toBe(1);
    expect(third?.locate(['metadata', 'name'])).toMatchObject({ line: 37, column: 3 });
    expect(parserCalls.count).toBe(1);
  });

  it('reads a document again, once, where its text alone does not tell (a quoted scalar over two lines)', () => {
    const folded = stream.replace(
      '  name: third\n',
      '  name: third\n  annotations:\n    note: "two\n  lines"\n',
    );
    parserCalls.count = 0;
    const third = parse(folded).objects[3];
    expect(parserCalls.count).toBe(1);
    expect(third?.locate(privileged)).toMatchObject({ line: 50, column: 13 });
    expect(third?.locate(['metadata', 'annotations', 'note'])).toMatchObject({ line: 39, column: 5 });
    expect(parserCalls.count).toBe(2);
  });

  it("locates each document from its own text, not a neighbour's", () => {
    const parsed = parse(stream);
    expect(parsed.objects.map((object) => inFile(object.location).line)).toEqual([2, 7, 20, 34, 50]);
    expect(parsed.objects.slice(1).map((object) => inFile(object.locate(privileged)).line)).toEqual([
      17, 31, 47, 66,
    ]);
  });

  it.each([
    ['first', 1],
    ['third', 3],
  ])('reads the plain documents around one with anchors (%s), each in its own way', (name, index) => {
    const withAnchors = stream.replace(
      `  name: ${name}\n`,
      `  name: ${name}\n  annotations: {a: &value x, b: *value}\n`,
    );
    parserCalls.count = 0;
    const parsed = parse(withAnchors);
    expect(parsed.errors).toEqual([]);
    // The documents before the anchored one, the anchored one, the documents after it.
    expect(parserCalls.count).toBe(3);
    const anchored = parsed.objects[index];
    expect(anchored?.body.metadata).toMatchObject({ annotations: { a: 'x', b: 'x' } });
    expect(anchored?.locate(['metadata', 'annotations', 'b'])).toMatchObject({ column: 30 });
    const shift = (line: number, document: number) => (document >= index ? line + 1 : line);
    expect(parsed.objects.slice(1).map((object) => inFile(object.locate(privileged)).line)).toEqual(
      [17, 31, 47, 66].map((line, document) => shift(line, document + 1)),
    );
  });

  it('gives an alias in a later document its bounds: a run is plain only if every document in it is', () => {
    const bomb = stream.replace(
      '  name: fourth\n',
      '  name: fourth\n  annotations: {a: &a x, b: *a, c: *a}\n',
    );
    const parsed = parse(bomb, { maxAliases: 1 });
    expect(parsed.errors).toEqual([
      expect.objectContaining({ line: 54, message: 'more than 1 aliases in one document (maxAliases)' }),
    ]);
    expect(parsed.objects.map((object) => object.name)).toEqual(['settings', 'first', 'second', 'third']);
  });

  it('drops nothing when a plain document does not parse: the others keep their positions', () => {
    const broken = stream.replace('name: second\n', 'name: second\n  bad: [\n');
    const parsed = parse(broken);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.objects.map((object) => object.name)).toEqual(['settings', 'first', 'third', 'fourth']);
    expect(parsed.objects[2]?.locate(privileged)).toMatchObject({ line: 48, column: 13 });
  });
});

describe('namespaces', () => {
  it.each([
    ['v1', 'ConfigMap', '', 'apps'],
    ['v1', 'ConfigMap', 'namespace: team', 'team'],
    ['v1', 'Namespace', 'namespace: team', undefined],
    ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', '', undefined],
    ['constraints.gatekeeper.sh/v1beta1', 'K8sRequiredLabels', '', undefined],
    ['kyverno.io/v1', 'ClusterPolicy', '', undefined],
    ['kyverno.io/v1', 'Policy', '', 'apps'],
  ])('%s %s %s → %s', (apiVersion, kind, namespaceLine, expected) => {
    const text = `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n  ${namespaceLine}\n`;
    expect(only(parse(text, {}, 'apps').objects).namespace).toBe(expected);
  });
});

describe('real files', () => {
  it('reads calico-etcd.yaml, real `helm template` output', () => {
    const parsed = parseFixture('projectcalico+calico/manifests/calico-etcd.yaml', sharedFixtures);
    expect(parsed.errors).toEqual([]);
    expect(parsed.objects).toHaveLength(16);
    const node = parsed.objects.find((object) => object.kind === 'DaemonSet');
    expect(node?.name).toBe('calico-node');
    expect(node?.location).toMatchObject({
      line: 324,
      column: 1,
      template: 'calico/templates/calico-node.yaml',
    });
    expect(node?.namespace).toBe('kube-system');
    expect(node?.locate(['spec', 'template', 'spec', 'hostNetwork'])).toMatchObject({ line: 346, column: 7 });
    const podSpec = ['spec', 'template', 'spec'];
    expect(
      inFile(node?.locate([...podSpec, 'initContainers', 1, 'securityContext', 'privileged'])).line,
    ).toBe(435);
    expect(inFile(node?.locate([...podSpec, 'containers', 0, 'securityContext', 'privileged'])).line).toBe(
      534,
    );
  });

  it('reads the AKS store demo, which holds an empty document', () => {
    const parsed = parseFixture('Azure-Samples+aks-store-demo/aks-store-all-in-one.yaml', sharedFixtures);
    expect(parsed.errors).toEqual([]);
    expect(parsed.objects).toHaveLength(19);
    expect(parsed.objects.every((object) => object.namespace === 'default')).toBe(true);
  });
});
