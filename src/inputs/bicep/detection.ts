import { existsSync } from 'node:fs';
import { armKindOf, templateCandidatesOf, templateStemOfParameterFile } from '../arm/parameter-files.js';
import { type FormatDetection, hasExtension, type InputContext, type SourceFile } from '../input-format.js';
import { isBicep, isBicepParam } from './format.js';
import { type ReferenceScan, type SourceReader, scanReferences, sourceReader } from './references.js';
import { publicRegistry } from './registry-hosts.js';
import { isCachedModuleTemplate } from './registry-modules.js';

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

export const bicepDetection: FormatDetection = {
  detect: (file) =>
    isBicep(file.path) ||
    isBicepParam(file.path) ||
    (hasExtension(file.path, ['.json']) && (isCachedModuleTemplate(file.path) || pairsWithBicep(file))),
  companions(file, context) {
    if (!isBicep(file.path) && !isBicepParam(file.path)) return templateCandidatesOf(file.path);
    // A module or a .bicepparam's template is checked through its parent only when read beside it.
    const scan = referencesOf(file.path, context, sourceReader(new Map(), context.limits));
    return [...scan.localModules, ...(scan.usingTarget === undefined ? [] : [scan.usingTarget])];
  },
};
