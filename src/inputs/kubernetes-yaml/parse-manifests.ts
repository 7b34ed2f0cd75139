import { YAMLException, loadAll, type ParserState } from 'js-yaml-4';
import { isClusterScoped } from '../../model/cluster-scoped-kinds.js';
import { asFields, asText, type Fields } from '../../model/fields.js';
import type { KubeObject } from '../../model/kubernetes.js';
import { shapeProblemsOf } from '../../model/object-shapes.js';
import type { FieldPath, FileLocation } from '../../model/location.js';
import type { InputError, InputLimits } from '../input-format.js';
import { kubernetesSchema } from './kubernetes-schema.js';
import { LineCursor } from './line-index.js';
import { PlainLocator } from './plain-locator.js';
import {
  PositionRecorder,
  offsetOf,
  tableAt,
  type DocumentPositions,
  type NodePositions,
} from './positions.js';
import { splitDocuments, type DocumentSlice } from './split-documents.js';
import { contentStart } from './yaml-source.js';

export interface ParseOptions {
  /** Namespace of namespaced objects without metadata.namespace (as `helm install -n`). */
  defaultNamespace: string;
  limits: InputLimits;
}

export interface ParsedManifests {
  objects: KubeObject[];
  errors: InputError[];
  /**
   * Documents that are mappings with neither apiVersion nor kind. In a file that holds
   * Kubernetes objects they are errors (already in `errors`); in a file without any, they
   * make it "not a manifest" (values.yaml, workflows, package.json).
   */
  documentsWithoutKind: number;
  /** Documents that configure a Kubernetes tool (kustomize, kind, kubeadm, kubeconfig…): not cluster objects. */
  toolConfigurations: ToolConfiguration[];
}

/**
 * The text the loader read for a run of documents, and the file offset it starts at: a document's
 * lines are counted in it, and a plain document is read again from it.
 */
interface LoadedRun {
  input: string;
  base: number;
}

/** Where a plain document is: its slice of the file. */
interface PlainSlice {
  start: number;
  end: number;
}

/** The last plain document asked about (`ManifestReader.lastPlain`). */
interface LastPlain {
  places: DocumentPlaces;
  /** Its locator once built; null when its layout is not simple enough to find fields in its text. */
  locator?: PlainLocator | null;
  /** Its table, once read (an object: a document may have no table). */
  table?: { root: NodePositions | undefined };
}

type Listener = (event: 'open' | 'close', state: ParserState) => void;

export interface ToolConfiguration {
  line: number;
  /** What it is and what to do with it, for the skipped list. */
  description: string;
}

/**
 * Reads a YAML or JSON stream into Kubernetes objects the way kubectl would: YAML 1.1 scalars
 * as go-yaml v2 resolves them, merge keys and aliases expanded, `List` objects unpacked. Every
 * field keeps its line and column. Errors come back as values with file and line; one bad
 * document does not stop the others.
 */
export function parseKubernetesManifests(
  text: string,
  displayPath: string,
  options: ParseOptions,
): ParsedManifests {
  return new ManifestReader(text, displayPath, options).read();
}

const leadingMarks = /^\uFEFF+/;
const noRoots = new Int32Array(0);

class ManifestReader {
  /** The file's text, while it is read; let go after (see `readPlainRun`). */
  private text: string;
  private readonly file: string;
  private readonly options: ParseOptions;
  /**
   * Lines of the offsets asked for while the file is read; documents count their own after, in
   * the loader's copy, so it is let go with the text.
   */
  private lines: LineCursor;
  private readonly result: ParsedManifests = {
    objects: [],
    errors: [],
    documentsWithoutKind: 0,
    toolConfigurations: [],
  };
  /** Places of documents with neither apiVersion nor kind, reported only if the file holds objects. */
  private readonly kindless: { line: number; column: number }[] = [];
  private readonly positions: PositionRecorder;

  constructor(text: string, file: string, options: ParseOptions) {
    this.file = file;
    this.options = options;
    // Every leading mark: the loader strips one of what is left and counts its offsets after it.
    this.text = text.replace(leadingMarks, '');
    this.loaderLines = !this.text.includes('\r');
    this.lines = new LineCursor(this.text);
    this.positions = new PositionRecorder(options.limits.maxAliases);
  }

  read(): ParsedManifests {
    const { maxFileBytes, maxDocuments } = this.options.limits;
    if (exceedsBytes(this.text, maxFileBytes)) {
      this.error(0, `file is larger than the limit of ${maxFileBytes} bytes (maxFileBytes)`);
      return this.result;
    }
    const slices = splitDocuments(this.text, maxDocuments + 1);
    if (slices.length > maxDocuments) {
      this.error(
        (slices[maxDocuments] as DocumentSlice).start,
        `file has more than ${maxDocuments} documents (maxDocuments)`,
      );
      return this.result;
    }
    // A slice of comments and blank lines is an empty document: nothing to parse (the parser's
    // cost per document made 100,000 of them take seconds).
    for (const run of contentRuns(slices)) {
      const read = (run[0] as DocumentSlice).plain ? this.readPlainRun(run) : this.readRun(run);
      if (!read) for (const slice of run) this.readSlice(slice);
    }
    // The file's text is garbage once read (the caller drops it), unless held here to the end of
    // the scan: every object's places hold the reader (65 MB for a 100k-object stream).
    this.text = '';
    this.lines = new LineCursor('');
    this.result.documentsWithoutKind = this.kindless.length;
    if (this.result.objects.length > 0) {
      for (const { line, column } of this.kindless)
        this.errorAt(line, column, 'document has neither apiVersion nor kind');
    }
    return this.result;
  }

  /**
   * Consecutive documents in one call, when they hold no error: each call to the parser costs
   * a setup, and Helm output is thousands of small documents. False when one of them is over
   * `maxDocumentBytes` or does not parse; then each is read on its own, so that one bad
   * document loses only itself.
   */
  private readRun(run: DocumentSlice[]): boolean {
    const first = run[0] as DocumentSlice;
    if (run.length === 1 || this.anyTooLarge(run)) return false;
    const values = this.load(this.sourceOfRun(run), first.start);
    if (values instanceof YAMLException) return false;
    const loaded = { input: this.loaderInput, base: first.start };
    let slice = 0;
    this.positions.documents.forEach((positions, index) => {
      // Documents come in order: the one that starts in a slice takes its `# Source:` template.
      while ((run[slice + 1]?.start ?? Number.POSITIVE_INFINITY) <= positions.start) slice += 1;
      this.readDocument(values[index], positions, templateOf(run[slice], loaded), loaded);
    });
    return true;
  }

  /**
   * Plain slices (`DocumentSlice.plain`), one document each, read without the position
   * recorder: the values alone, as fast as the loader goes. Most documents never need a
   * position (in a Helm stream, about one in fifteen has a finding), so a document's table is
   * built when a position in it is asked for, by reading its slice again with the recorder
   * (`plainTable`). False as `readRun`.
   */
  private readPlainRun(run: DocumentSlice[]): boolean {
    if (this.anyTooLarge(run)) return false;
    const base = (run[0] as DocumentSlice).start;
    this.roots = new Int32Array(3 * run.length);
    this.rootCount = 0;
    const values = this.load(this.sourceOfRun(run), base, this.noteRoots);
    const roots = this.roots;
    this.roots = noRoots;
    if (values instanceof YAMLException || values.length !== run.length) return false;
    // The loader reads a copy of its input, and the values' strings point into that copy, so it
    // lives as long as they do; re-reads take their slices from it rather than keep the file's
    // text as well (65 MB for a 100k-object stream).
    const loaded = { input: this.loaderInput, base };
    const baseLine = this.loaderLines ? this.lines.position(base).line : 0;
    values.forEach((value, index) => {
      const slice = run[index] as DocumentSlice;
      if (value === null || value === undefined) return;
      const start = slice.content ?? this.contentStartOf(slice);
      // The loader's count of lines, where it started the document's root at that offset.
      const root = 3 * index;
      const places =
        this.loaderLines && roots[root] === start - base
          ? new DocumentPlaces(
              this,
              start,
              baseLine + (roots[root + 1] as number),
              start - base - (roots[root + 2] as number) + 1,
              templateOf(slice, loaded),
              loaded,
              undefined,
              slice,
            )
          : this.placesOf(start, templateOf(slice, loaded), loaded, undefined, slice);
      this.readObject(value, places, true);
    });
    return true;
  }

  /** The text of the loader's last call (`LoadedRun`), noted by its listener. */
  private loaderInput = '';
  /**
   * Where the loader opened each document's root in the plain run being read: its offset in the
   * run, its line (from 0) and that line's start, three numbers a document. The loader counts the
   * lines as it reads them, so the reader need not count them again (260,000 line feeds in the 10k
   * stream). Sized for the run's documents (a loader that finds more fails the run), and let go after.
   */
  private roots = noRoots;
  private rootCount = 0;
  /**
   * Whether the loader's lines are the file's: it counts a lone carriage return as a line break
   * too, where a position's line is counted in line feeds. Without any, a slice also starts a line.
   */
  private readonly loaderLines: boolean;
  private readonly noteRoots: Listener = (event, state) => {
    if (event === 'open' && state.depth === 1) {
      this.loaderInput = state.input;
      const { roots, rootCount } = this;
      roots[rootCount] = state.position;
      roots[rootCount + 1] = state.line;
      roots[rootCount + 2] = state.lineStart;
      this.rootCount = rootCount + 3;
    }
  };
  private readonly recordPositions: Listener = (event, state) => {
    this.loaderInput = state.input;
    this.positions.listener(event, state);
  };

  /** A document's places, starting at `start` (its line counted now, in the file's order). */
  private placesOf(
    start: number,
    template: string | undefined,
    loaded: LoadedRun,
    positions: NodePositions | undefined,
    plain?: PlainSlice,
  ): DocumentPlaces {
    const { line, column } = this.lines.position(start);
    return new DocumentPlaces(this, start, line, column, template, loaded, positions, plain);
  }

  /** Where a plain slice's document starts: its content, past the `---` and any comments. */
  private contentStartOf(slice: DocumentSlice): number {
    const marker = this.text.startsWith('---', slice.start) ? 3 : 0;
    return contentStart(this.text, slice.start + marker);
  }

  /**
   * The last plain document asked about: its locator, and its table once read. Only the last is
   * kept: in the bench's Helm stream, 611 of the 649 documents asked for a position are asked once
   * and 38 twice, and keeping every table cost 23 MB at 100k objects; a shard's store asks for
   * every field of one object in turn.
   */
  private lastPlain: LastPlain | undefined;

  private lastPlainOf(places: DocumentPlaces): LastPlain {
    if (this.lastPlain?.places !== places) this.lastPlain = { places };
    return this.lastPlain;
  }

  /**
   * The offset of `path` in a plain document: found in its text where the locator can tell
   * exactly, else in its table, read again with the recorder (the table's offsets, either way).
   */
  plainOffset(
    places: DocumentPlaces,
    loaded: LoadedRun,
    start: number,
    end: number,
    path: FieldPath,
  ): number {
    const last = this.lastPlainOf(places);
    if (last.table === undefined) {
      const { input, base } = loaded;
      last.locator ??= PlainLocator.of(input, places.start - base, end - base) ?? null;
      const found = last.locator?.offsetOf(path);
      if (found !== undefined) return found + base;
    }
    return offsetOf(this.plainTable(places, loaded, start, end), places.start, path);
  }

  /** A plain document's table: its slice read again, with the recorder, unless it was the last asked. */
  plainTable(
    places: DocumentPlaces,
    loaded: LoadedRun,
    start: number,
    end: number,
  ): NodePositions | undefined {
    const last = this.lastPlainOf(places);
    last.table ??= { root: this.reread(loaded, start, end) };
    return last.table.root;
  }

  private reread({ input, base }: LoadedRun, start: number, end: number): NodePositions | undefined {
    const values = this.load(input.slice(start - base, end - base), start);
    const [document] = this.positions.documents;
    // The first read took this slice for one document without error, and the recorder only
    // refuses constructs that a plain slice does not hold.
    if (values instanceof YAMLException || document === undefined || this.positions.documents.length !== 1)
      throw new Error(`${this.file}: the document at offset ${start} read differently the second time`);
    return document.root;
  }

  private anyTooLarge(run: DocumentSlice[]): boolean {
    const { maxDocumentBytes } = this.options.limits;
    // By each slice's length first: cutting every slice out of the text to measure it made a string each.
    return run.some(
      ({ start, end }) =>
        end - start > maxDocumentBytes / 3 && exceedsBytes(this.text.slice(start, end), maxDocumentBytes),
    );
  }

  private sourceOf(slice: DocumentSlice): string {
    return this.text.slice(slice.start, slice.end);
  }

  private sourceOfRun(run: DocumentSlice[]): string {
    return this.text.slice((run[0] as DocumentSlice).start, (run[run.length - 1] as DocumentSlice).end);
  }

  private readSlice(slice: DocumentSlice): void {
    const { limits } = this.options;
    const source = this.sourceOf(slice);
    if (exceedsBytes(source, limits.maxDocumentBytes)) {
      this.error(
        slice.start,
        `document is larger than the limit of ${limits.maxDocumentBytes} bytes (maxDocumentBytes)`,
      );
      return;
    }
    const values = this.load(source, slice.start);
    if (values instanceof YAMLException) {
      const offset = values.reason.includes('maxTotalMergeKeys') ? this.positions.lastMergeKey : undefined;
      this.error(offset ?? slice.start + errorOffset(source, values), describeYamlError(values, limits));
      return;
    }
    const loaded = { input: this.loaderInput, base: slice.start };
    this.positions.documents.forEach((positions, index) =>
      this.readDocument(values[index], positions, templateOf(slice, loaded), loaded),
    );
  }

  /** One pass: js-yaml 4 builds the values while the recorder notes where each node is (given its listener). */
  private load(
    source: string,
    base: number,
    listener: Listener = this.recordPositions,
  ): unknown[] | YAMLException {
    const { limits } = this.options;
    this.positions.startSlice(base);
    try {
      return loadAll(source, null, {
        schema: kubernetesSchema,
        // Kubernetes decodes duplicate keys with the last one winning (and a warning).
        json: true,
        maxDepth: limits.maxDepth,
        maxTotalMergeKeys: limits.maxMergeKeys,
        listener,
      });
    } catch (error) {
      if (error instanceof YAMLException) return error;
      throw error;
    }
  }

  private readDocument(
    value: unknown,
    positions: DocumentPositions,
    template: string | undefined,
    loaded: LoadedRun,
  ): void {
    if (value === null || value === undefined) return;
    const { limits } = this.options;
    if (positions.recursiveAlias !== undefined) {
      this.error(positions.recursiveAlias, 'alias refers to a node that contains it (a cycle)');
      return;
    }
    // An alias-free document cannot hold more nodes than it has bytes, nor nest deeper than the
    // parser allows; aliases may not do more.
    if (positions.expanded.nodes > limits.maxDocumentBytes) {
      this.error(
        positions.start,
        `aliases expand the document to more than ${limits.maxDocumentBytes} nodes (limit maxDocumentBytes)`,
      );
      return;
    }
    if (positions.expanded.depth > limits.maxDepth) {
      this.error(
        positions.start,
        `aliases nest the document deeper than the limit of ${limits.maxDepth} (maxDepth)`,
      );
      return;
    }
    for (const conflict of positions.mergeConflicts) {
      this.error(
        conflict.offset,
        `merge key overrides "${conflict.key}" written before it: Kubernetes keeps the merged value, the YAML spec the earlier one; write the key after the merge`,
      );
    }
    this.readObject(value, this.placesOf(positions.start, template, loaded, positions.root), true);
  }

  /** Adds one object, or the items of a List; `topLevel` is false for List items. */
  private readObject(value: unknown, places: DocumentPlaces, topLevel: boolean): void {
    const body = asFields(value);
    const apiVersion = body?.apiVersion;
    const kind = body?.kind;
    if (body === undefined || (apiVersion === undefined && kind === undefined)) {
      if (topLevel) this.kindless.push({ line: places.line, column: places.column });
      else this.error(places.start, 'List item has neither apiVersion nor kind');
      return;
    }
    if (typeof apiVersion !== 'string' || apiVersion === '') {
      this.error(places.offsetOf(['kind']), `object of kind ${String(kind)} has no apiVersion`);
      return;
    }
    if (typeof kind !== 'string' || kind === '') {
      this.error(places.offsetOf(['apiVersion']), `object with apiVersion ${apiVersion} has no kind`);
      return;
    }
    const toolConfiguration = describeToolConfiguration(apiVersion, kind);
    if (toolConfiguration !== undefined) {
      this.result.toolConfigurations.push({
        line: places.line,
        description: toolConfiguration,
      });
      return;
    }
    if (isList(kind, body)) {
      (body.items as unknown[]).forEach((item, index) => {
        const path = ['items', index];
        const itemPlaces = this.placesOf(
          places.offsetOf(path),
          places.template,
          places.loaded,
          tableAt(places.table(), path),
        );
        this.readObject(item, itemPlaces, false);
      });
      return;
    }
    const object = this.kubeObject(apiVersion, kind, body, places);
    this.result.objects.push(object);
    for (const problem of shapeProblemsOf(object)) this.error(places.offsetOf(problem.path), problem.message);
  }

  private kubeObject(apiVersion: string, kind: string, body: Fields, places: DocumentPlaces): KubeObject {
    const metadata = asFields(body.metadata);
    const declaredNamespace = asText(metadata?.namespace);
    return {
      apiVersion,
      kind,
      name: asText(metadata?.name) ?? asText(metadata?.generateName) ?? '',
      namespace: isClusterScoped(apiVersion, kind)
        ? undefined
        : declaredNamespace !== undefined && declaredNamespace !== ''
          ? declaredNamespace
          : this.options.defaultNamespace,
      body,
      location: places.startLocation(),
      locate: places.locate,
      origin: 'manifest',
    };
  }

  /**
   * The lines of the last document asked for a location, counted from its start: a check asks of
   * one document's fields in order, then of the next document's.
   */
  private documentLines: { places: DocumentPlaces; lines: LineCursor } | undefined;

  linesOf(places: DocumentPlaces): LineCursor {
    const last = this.documentLines;
    if (last?.places === places) return last.lines;
    const { input, base } = places.loaded;
    const start = places.start - base;
    // On the line the document starts on, the last one's cursor goes on (a List written on one
    // line, where a new cursor would search the whole line for its end).
    const lines =
      last?.places.loaded === places.loaded && last.lines.line === places.line
        ? last.lines
        : new LineCursor(input, start, places.line, start - places.column + 1);
    this.documentLines = { places, lines };
    return lines;
  }

  /** A location in this file, under the document's Helm template if it has one. */
  locationOf(line: number, column: number, template: string | undefined): FileLocation {
    return template === undefined
      ? { file: this.file, line, column }
      : { file: this.file, line, column, template };
  }

  private error(offset: number, message: string): void {
    const { line, column } = this.lines.position(offset);
    this.errorAt(line, column, message);
  }

  private errorAt(line: number, column: number, message: string): void {
    this.result.errors.push({ file: this.file, line, column, message });
  }
}

/**
 * Where one document's fields are (or one List item's): its position table, which for a plain
 * document is read when a position is asked for, and its start. Its object and the reader's
 * errors ask it: one record and one function per document, where each object held three
 * closures and two contexts, which the 100k-object stream kept to the end of the scan.
 */
class DocumentPlaces {
  private readonly reader: ManifestReader;
  /** The text the document was read from (its List items' places count their lines in it too). */
  readonly loaded: LoadedRun;
  private readonly positions: NodePositions | undefined;
  // A plain document's slice, in fields of their own rather than an object kept per document.
  private readonly plain: boolean;
  private readonly sliceStart: number;
  private readonly sliceEnd: number;
  /** The object's `locate`: one function per document, and its own property, which copies of the object keep. */
  readonly locate: (path: FieldPath) => FileLocation;

  /**
   * `start` is on line `line`, in column `column`; `loaded`, the text the document was read from; `positions`, its
   * table, or for a plain document (`plain`) the slice to read it from when asked.
   */
  constructor(
    reader: ManifestReader,
    readonly start: number,
    readonly line: number,
    readonly column: number,
    readonly template: string | undefined,
    loaded: LoadedRun,
    positions: NodePositions | undefined,
    plain?: PlainSlice,
  ) {
    this.reader = reader;
    this.loaded = loaded;
    this.positions = positions;
    this.plain = plain !== undefined;
    this.sliceStart = plain?.start ?? 0;
    this.sliceEnd = plain?.end ?? 0;
    // Bound rather than an arrow: a bound function needs no context of its own (50 bytes a document).
    this.locate = this.locationOf.bind(this);
  }

  table(): NodePositions | undefined {
    return this.plain
      ? this.reader.plainTable(this, this.loaded, this.sliceStart, this.sliceEnd)
      : this.positions;
  }

  offsetOf(path: FieldPath): number {
    return this.plain
      ? this.reader.plainOffset(this, this.loaded, this.sliceStart, this.sliceEnd, path)
      : offsetOf(this.positions, this.start, path);
  }

  /** The location of the document's start, whose line and column it holds: no cursor on its text. */
  startLocation(): FileLocation {
    return this.reader.locationOf(this.line, this.column, this.template);
  }

  /** The location of `offset`, in the document: its lines are counted from its start. */
  locationAt(offset: number): FileLocation {
    const { line, column } = this.reader.linesOf(this).position(offset - this.loaded.base);
    return this.reader.locationOf(line, column, this.template);
  }

  private locationOf(path: FieldPath): FileLocation {
    return this.locationAt(this.offsetOf(path));
  }
}

/** API groups of configuration files that tools read; the API server never stores them. */
const toolConfigurationGroups = new Set([
  'kustomize.config.k8s.io',
  'config.kubernetes.io',
  'kind.x-k8s.io',
  'kubeadm.k8s.io',
  'kubelet.config.k8s.io',
  'kubeproxy.config.k8s.io',
  'apiserver.config.k8s.io',
  'audit.k8s.io',
  'client.authentication.k8s.io',
  'k3d.io',
]);

function describeToolConfiguration(apiVersion: string, kind: string): string | undefined {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  if (group === 'kustomize.config.k8s.io')
    return 'kustomize configuration: build it first (`kustomize build`)';
  const isKubeconfig = apiVersion === 'v1' && kind === 'Config';
  if (!isKubeconfig && !toolConfigurationGroups.has(group) && !apiVersion.startsWith('skaffold/'))
    return undefined;
  return `${kind} (${apiVersion}) configures a Kubernetes tool; it is not a cluster object`;
}

/**
 * The Helm template named in the slice's heading, cut from the loader's copy of the text: a view of
 * a text the document's values and places keep anyway. (A view of the file's text would keep that
 * too, to the end of the scan; a copy of its own cost each document a string and a flattening.)
 */
function templateOf(slice: DocumentSlice | undefined, { input, base }: LoadedRun): string | undefined {
  const start = slice?.templateStart;
  return start === undefined ? undefined : input.slice(start - base, (slice?.templateEnd as number) - base);
}

/** The slices with content, in runs of consecutive ones that are all plain or all not. */
function contentRuns(slices: DocumentSlice[]): DocumentSlice[][] {
  const runs: DocumentSlice[][] = [];
  let run: DocumentSlice[] = [];
  for (const slice of slices) {
    if (run.length > 0 && (!slice.hasContent || slice.plain !== (run[0] as DocumentSlice).plain)) {
      runs.push(run);
      run = [];
    }
    if (slice.hasContent) run.push(slice);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** `v1/List` and typed lists such as `PodList`, as kubectl accepts them. */
function isList(kind: string, body: Fields): boolean {
  return kind.endsWith('List') && Array.isArray(body.items);
}

/** Cheap test first: UTF-16 length never exceeds the UTF-8 byte count. */
function exceedsBytes(text: string, limit: number): boolean {
  return text.length > limit || (text.length * 3 > limit && Buffer.byteLength(text, 'utf8') > limit);
}

/**
 * Where the parser noticed the problem. At the end of the document (an unclosed bracket) that
 * would be the next document's `---` line, so point at the document's last content instead.
 */
function errorOffset(source: string, error: YAMLException): number {
  const position = error.mark?.position ?? 0;
  if (position < source.trimEnd().length) return position;
  return Math.max(0, source.trimEnd().length - 1);
}

/** The parser's reason without its source snippet: scanned content may hold secrets. */
function describeYamlError(error: YAMLException, limits: InputLimits): string {
  const reason = error.reason;
  if (reason.includes('maxDepth')) return `nesting is deeper than the limit of ${limits.maxDepth} (maxDepth)`;
  if (reason.includes('maxAliases'))
    return `more than ${limits.maxAliases} aliases in one document (maxAliases)`;
  if (reason.includes('maxTotalMergeKeys'))
    return `merge keys copy more than ${limits.maxMergeKeys} keys (maxMergeKeys)`;
  return `YAML syntax error: ${reason}`;
}
