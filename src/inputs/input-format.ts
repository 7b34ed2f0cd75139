import type { ScanModel } from '../model/scan-model.js';
import type { BicepCompiler } from './bicep/compiler.js';

/** A file found by discovery, read once, handed to the input format that claims it. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** What reports print: relative to the working directory, or absolute when outside it. */
  displayPath: string;
  text: string;
  /** Named on the command line (not found by walking a directory): not a manifest is then an error. */
  explicit: boolean;
}

export type { InputError, NotCheckedInput, SkippedFile } from '../model/input-problems.js';
import type { InputError, NotCheckedInput, SkippedFile } from '../model/input-problems.js';

/** Bounds that keep hostile input from hanging the scan or exhausting memory. */
export interface InputLimits {
  maxFileBytes: number;
  maxDocumentBytes: number;
  /** YAML documents in one file: each costs the parser a setup, even an empty one. */
  maxDocuments: number;
  maxAliases: number;
  maxDepth: number;
  maxMergeKeys: number;
}

export const defaultLimits: InputLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxDocumentBytes: 16 * 1024 * 1024,
  maxDocuments: 200_000,
  maxAliases: 10_000,
  maxDepth: 100,
  maxMergeKeys: 100_000,
};

/**
 * Announces the step a scan is at ("compiling Bicep file 3 of 12"), for a progress line on stderr.
 * The text never holds scanned content (file names are the pull request author's choice).
 */
export type ProgressStep = (step: string) => void;

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface InputContext {
  /**
   * Directories that scanned content may point into (Bicep modules and `using`, Terraform
   * module sources, symlinks): the scan roots, or GITHUB_WORKSPACE in the action.
   */
  allowedRoots: string[];
  /** Namespace for namespaced objects without metadata.namespace (as `helm install -n`). */
  defaultNamespace: string;
  limits: InputLimits;
  /** Explicit bicep executable (--bicep-path); otherwise BICEP_PATH, .tools/bicep/bicep, PATH. */
  bicepPath?: string;
  /** Let bicep restore registry modules that are not in its cache (network); default true. */
  bicepRestore?: boolean;
  /** Registries (host names) bicep may restore from; default the public registry, mcr.microsoft.com. */
  bicepRegistries?: string[];
  /** A running bicep compiler to share across scans (the fixture suite); otherwise one per scan. */
  bicepCompiler?: BicepCompiler;
  /** Parameter files named with --parameters. */
  parameterFiles: string[];
  /** Directory holding the .tf sources of a Terraform plan (--terraform-dir). */
  terraformDir?: string;
  /** Terraform variable files for .tf sources read without a plan (--var-file / tf-var-files). */
  terraformVarFiles?: string[];
  log: Logger;
  progress?: ProgressStep;
}

/** What one input format contributes to the scan. */
export interface InputResult {
  model: Partial<ScanModel>;
  errors: InputError[];
  skipped: SkippedFile[];
  /** Deployable code this format recognised but could not check. */
  notChecked?: NotCheckedInput[];
}

/**
 * An input language, declared in its own small `format.ts` (names, extensions) that loads its
 * detection on the first file of its extensions there is to tell, and its reader on the first
 * `read`: a scan of YAML alone never loads the Bicep compiler's client, the HCL parser or the
 * other formats' detection, and a scan with no files no detection at all. Adding a language is
 * that module plus one line in inputs/registry.ts. An input never checks anything: it only turns
 * files into model fragments with locations.
 */
export interface InputFormat {
  name: string;
  /**
   * The extensions (lower case, with the dot) of the files this format may claim. Discovery
   * collects exactly the registered formats' extensions; detect() never accepts another.
   */
  extensions: readonly string[];
  /**
   * Extensions of files the reader opens itself, beside those handed to it (Terraform's variable
   * files): the base commit's tree must hold them too.
   */
  readsBeside?: readonly string[];
  /** How this format tells its files, loaded when first asked. */
  detection(): Promise<FormatDetection>;
  read(files: SourceFile[], context: InputContext): Promise<InputResult>;
}

/** How a format tells its files from the others'. */
export interface FormatDetection {
  /** Cheap test on the path and text: does this format own the file? Asked in registry order. */
  detect(file: SourceFile): boolean;
  /**
   * Files whose reading depends on this one (a parameter file and its template, a module and its
   * parent), as absolute paths. A sharded scan reads them in the same shard, so that each shard
   * reads them exactly as one whole scan would.
   */
  companions?(file: SourceFile, context: InputContext): string[];
}

/** The format that claims a file, with its detection. */
export interface Claim {
  format: InputFormat;
  detection: FormatDetection;
}

/**
 * Loads the detection of the formats that may claim one of `files` and answers, for any of those
 * files, which format claims it: the first, in their order, whose detect() accepts it. A format
 * that declares none of the files' extensions would claim none of them (detect() never accepts
 * another), so its detection is not loaded: a scan of YAML alone loads neither ARM's JSON scanner
 * nor Bicep's reference scanner.
 */
export async function loadClaims(
  formats: readonly InputFormat[],
  files: readonly SourceFile[],
): Promise<(file: SourceFile) => Claim | undefined> {
  const candidates = formats.filter((format) =>
    files.some((file) => hasExtension(file.path, format.extensions)),
  );
  const claims = await Promise.all(
    candidates.map(async (format): Promise<Claim> => ({ format, detection: await format.detection() })),
  );
  return (file) => claims.find(({ detection }) => detection.detect(file));
}

/** Whether `path` ends with one of `extensions`, in any case (discovery's rule). */
export function hasExtension(path: string, extensions: readonly string[]): boolean {
  const lower = path.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}
