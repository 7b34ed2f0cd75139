import { existsSync } from 'node:fs';
import { armKindOf, templateCandidatesOf, templateStemOfParameterFile } from '../arm/parameter-files.js';
import { hasExtension, type InputContext, type InputFormat, type SourceFile } from '../input-format.js';
import { type ReferenceScan, type SourceReader, scanReferences, sourceReader } from './references.js';
import { publicRegistry } from './registry-hosts.js';
import { isCachedModuleTemplate } from './registry-modules.js';

export const isBicep = (path: string): boolean => hasExtension(path, ['.bicep']);
export const isBicepParam = (path: string): boolean => hasExtension(path, ['.bicepparam']);

/** An ARM parameter file whose template, by the naming convention, is a .bicep file beside it. */
function pairsWithBicep(file: SourceFile): boolean {
  const stem = templateStemOfParameterFile(file.path);
  return stem !== undefined && armKindOf(file) === 'parameters' && existsSync(`${stem}.bicep`);
}

/** The modules, registry references and `using` target of a .bicep or .bicepparam file. */
export function referencesOf(path: string, context: InputContext, reader: SourceReader): ReferenceScan {
  const policy = {
    restore: context.bicepRestore ?? true,
    allowedRegistries: context.bicepRegistries ?? [publicRegistry],
  };
  return scanReferences(path, context.allowedRoots, reader, policy, context.limits);
}

/**
 * .bicep and .bicepparam files, the ARM parameter files deployed with a .bicep template, and
 * the compiled registry modules of a bicep cache inside the repository. The reader (and with
 * it the bicep CLI's client) is loaded on the first read.
 */
export const bicepFiles: InputFormat = {
  name: 'bicep',
  extensions: ['.bicep', '.bicepparam', '.json'],
  detect: (file) =>
    isBicep(file.path) ||
    isBicepParam(file.path) ||
    (hasExtension(file.path, ['.json']) && (isCachedModuleTemplate(file.path) || pairsWithBicep(file))),
  read: async (files, context) => (await import('./index.js')).readBicepFiles(files, context),
  companions(file, context) {
    if (!isBicep(file.path) && !isBicepParam(file.path)) return templateCandidatesOf(file.path);
    // A module or a .bicepparam's template is checked through its parent only when read beside it.
    const scan = referencesOf(file.path, context, sourceReader(new Map(), context.limits));
    return [...scan.localModules, ...(scan.usingTarget === undefined ? [] : [scan.usingTarget])];
  },
};
