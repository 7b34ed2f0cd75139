import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { getProperty, isArmObject, type ArmObject } from '../arm/arm-value.js';
import type { InputLimits } from '../input-format.js';
import { jsonNestingBeyond } from '../json-nesting.js';
import { publicRegistry } from './registry-hosts.js';
import { isInsideRoots } from './scanned-roots.js';

/**
 * What bicep does with registry references (`br:`, `br/alias:`, `ts:`), computed as bicep
 * computes it (Azure/bicep BicepRegistryArtifact.cs, TagEncoder.cs, OciArtifactRegistry.cs), so
 * the scan knows before compiling whether a module is in the cache, which registry a restore
 * would contact, and which bicepconfig.json decides both.
 */

/** bicepconfig.json's `moduleAliases.br.public`, built into bicep. */
const builtInAliases: Record<string, { registry: string; modulePath?: string }> = {
  public: { registry: publicRegistry, modulePath: 'bicep' },
};

export interface BicepConfig {
  /** The bicepconfig.json bicep uses for a file (the nearest one above it), if any. */
  path?: string;
  /** Where bicep keeps restored modules: `cacheRootDirectory`, else ~/.bicep. */
  cacheRoot: string;
  aliases: Record<string, { registry: string; modulePath?: string }>;
  /** `extensions` entries: a name used in `extension NAME` mapped to its artifact reference. */
  extensions: Record<string, string>;
}

export type ConfigLookup = { config: BicepConfig } | { refusal: string };

/** The default module cache of the bicep process this scan starts (it inherits HOME). */
export const defaultCacheRoot = (): string => join(process.env.HOME ?? homedir(), '.bicep');

const stringRecord = (value: unknown): Record<string, string> =>
  isArmObject(value as never)
    ? Object.fromEntries(
        Object.entries(value as ArmObject).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      )
    : {};

function aliasesOf(config: ArmObject): BicepConfig['aliases'] {
  const aliases = { ...builtInAliases };
  const moduleAliases = getProperty(config, 'moduleAliases');
  const br = isArmObject(moduleAliases) ? getProperty(moduleAliases, 'br') : undefined;
  if (!isArmObject(br)) return aliases;
  for (const [name, value] of Object.entries(br)) {
    const registry = isArmObject(value) ? getProperty(value, 'registry') : undefined;
    const modulePath = isArmObject(value) ? getProperty(value, 'modulePath') : undefined;
    if (typeof registry === 'string') {
      aliases[name] = { registry, ...(typeof modulePath === 'string' ? { modulePath } : {}) };
    }
  }
  return aliases;
}

/** The nearest bicepconfig.json at or above `directory`, as bicep looks for it (up to the file system's root). */
function nearestConfig(directory: string): string | undefined {
  for (let current = resolve(directory); ; current = dirname(current)) {
    const candidate = join(current, 'bicepconfig.json');
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

/**
 * The configuration bicep will use for files in `directory`, within the workflow's limits: a
 * bicepconfig.json outside the scanned directories (above the repository) is refused, because
 * the pull request's checkout does not own it and it could point restores or the cache anywhere;
 * a `cacheRootDirectory` must be inside the scanned directories or be the default cache.
 */
export function bicepConfigFor(
  directory: string,
  roots: string[],
  limits: Pick<InputLimits, 'maxFileBytes' | 'maxDepth'>,
): ConfigLookup {
  const path = nearestConfig(directory);
  if (path === undefined)
    return { config: { cacheRoot: defaultCacheRoot(), aliases: builtInAliases, extensions: {} } };
  if (!isInsideRoots(path, roots)) {
    return {
      refusal: `bicep would use the configuration ${path}, which is outside the scanned directories; a bicepconfig.json above the scanned root is refused`,
    };
  }
  if (statSync(path).size > limits.maxFileBytes)
    return { refusal: `${path} is larger than ${limits.maxFileBytes} bytes` };
  const text = readFileSync(path, 'utf8');
  if (jsonNestingBeyond(text, limits.maxDepth) !== undefined) {
    return {
      refusal: `${path} nests deeper than ${limits.maxDepth} levels, so bicep's configuration is not read`,
    };
  }
  const errors: ParseError[] = [];
  const parsed: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || !isArmObject(parsed as never)) {
    return { refusal: `${path} is not a valid JSON object, so bicep's configuration cannot be known` };
  }
  const config = parsed as ArmObject;
  const cacheRootDirectory = getProperty(config, 'cacheRootDirectory');
  let cacheRoot = defaultCacheRoot();
  if (typeof cacheRootDirectory === 'string' && cacheRootDirectory.trim() !== '') {
    if (!isAbsolute(cacheRootDirectory)) {
      return {
        refusal: `${path}: cacheRootDirectory '${cacheRootDirectory}' is not an absolute path, which bicep requires`,
      };
    }
    if (
      resolve(cacheRootDirectory) !== resolve(defaultCacheRoot()) &&
      !isInsideRoots(cacheRootDirectory, roots)
    ) {
      return {
        refusal: `${path}: cacheRootDirectory '${cacheRootDirectory}' is outside the scanned directories and is not bicep's default cache; it is refused`,
      };
    }
    cacheRoot = resolve(cacheRootDirectory);
  }
  return {
    config: {
      path,
      cacheRoot,
      aliases: aliasesOf(config),
      extensions: stringRecord(getProperty(config, 'extensions')),
    },
  };
}

/** An OCI artifact as bicep addresses it. */
export interface OciArtifact {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export type RegistryTarget =
  | { kind: 'oci'; artifact: OciArtifact }
  | { kind: 'templateSpec' }
  /** Malformed or an unknown alias: bicep reports it when compiling, and restores nothing. */
  | { kind: 'invalid' };

/** `br:registry/repo:tag`, `br:registry/repo@sha256:…`, `br/alias:path:tag`, `ts:…`, `ts/alias:…`. */
export function parseRegistryReference(reference: string, config: BicepConfig): RegistryTarget {
  if (/^ts[:/]/i.test(reference)) return { kind: 'templateSpec' };
  const aliased = /^br\/([^:]+):(.+)$/i.exec(reference);
  let address: string;
  if (aliased) {
    const alias = config.aliases[aliased[1] as string];
    if (alias === undefined) return { kind: 'invalid' };
    const path = alias.modulePath ? `${alias.modulePath}/${aliased[2]}` : aliased[2];
    address = `${alias.registry}/${path}`;
  } else if (/^br:/i.test(reference)) {
    address = reference.slice(3);
  } else {
    return { kind: 'invalid' };
  }
  const withDigest = /^([^/]+)\/(.+)@(sha256:[0-9a-f]{64})$/i.exec(address);
  if (withDigest) {
    const [, registry, repository, digest] = withDigest as unknown as [string, string, string, string];
    return { kind: 'oci', artifact: { registry, repository, digest } };
  }
  const withTag = /^([^/]+)\/(.+):([\w][\w.-]{0,127})$/.exec(address);
  if (!withTag) return { kind: 'invalid' };
  const [, registry, repository, tag] = withTag as unknown as [string, string, string, string];
  return { kind: 'oci', artifact: { registry, repository, tag } };
}

/** bicep's TagEncoder: the tag, `$`, then a hex mask of its upper-case letters (none: nothing). */
export function encodeTag(tag: string): string {
  let mask = 0n;
  [...tag].forEach((char, index) => {
    if (char !== char.toLowerCase()) mask |= 1n << BigInt(index);
  });
  if (mask === 0n) return `${tag}$`;
  const low = mask & 0xffff_ffff_ffff_ffffn;
  const high = mask >> 64n;
  return high === 0n
    ? `${tag}$${low.toString(16)}`
    : `${tag}$${high.toString(16)}${low.toString(16).padStart(16, '0')}`;
}

/** The cache directory bicep restores an artifact into. */
export function artifactDirectory(cacheRoot: string, artifact: OciArtifact): string {
  const registry = artifact.registry.replaceAll(':', '$').toLowerCase();
  const version =
    artifact.tag !== undefined ? encodeTag(artifact.tag) : (artifact.digest ?? '').replace(':', '#');
  return join(cacheRoot, 'br', registry, artifact.repository.replaceAll('/', '$'), version);
}

/**
 * Restored, as bicep decides it (OciArtifactRegistry.IsArtifactRestoreRequired): the entry file
 * (main.json of a module, types.tgz of an extension), `manifest` and `metadata` all exist.
 */
export function isRestored(cacheRoot: string, artifact: OciArtifact, kind: 'module' | 'extension'): boolean {
  const directory = artifactDirectory(cacheRoot, artifact);
  const entry = kind === 'module' ? 'main.json' : 'types.tgz';
  return [entry, 'manifest', 'metadata'].every((name) => existsSync(join(directory, name)));
}

/** `mcr.microsoft.com/bicep/avm/res/x:1.0` for messages: the reference as bicep resolves it. */
export const describeArtifact = (artifact: OciArtifact): string =>
  `${artifact.registry}/${artifact.repository}${artifact.tag !== undefined ? `:${artifact.tag}` : `@${artifact.digest}`}`;

/**
 * A module's main.json inside a bicep cache (`…/br/<registry>/<repository>/<tag>$…/main.json`
 * with its manifest and metadata): a cacheRootDirectory inside the repository is walked like
 * any directory, and its compiled modules must not be read as the repository's own templates.
 */
export function isCachedModuleTemplate(path: string): boolean {
  if (!/[\\/]br[\\/][^\\/]+[\\/][^\\/]+[\\/][^\\/]*\$[0-9a-f]*[\\/]main\.json$/i.test(path)) return false;
  const directory = dirname(path);
  return existsSync(join(directory, 'manifest')) && existsSync(join(directory, 'metadata'));
}
