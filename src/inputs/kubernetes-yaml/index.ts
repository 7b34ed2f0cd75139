import type { KubeObject } from '../../model/kubernetes.js';
import type {
  InputContext,
  InputError,
  InputLimits,
  InputResult,
  SkippedFile,
  SourceFile,
} from '../input-format.js';
import { parseKubernetesManifests, type ParsedManifests } from './parse-manifests.js';

export {
  parseKubernetesManifests,
  type ParseOptions,
  type ParsedManifests,
  type ToolConfiguration,
} from './parse-manifests.js';

/** The reader of kubernetes-yaml/format.ts: each file's objects, or why it holds none. */
export async function readManifests(files: SourceFile[], context: InputContext): Promise<InputResult> {
  const kubeObjects: KubeObject[] = [];
  const errors: InputError[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const parsed = parseKubernetesManifests(file.text, file.displayPath, {
      defaultNamespace: context.defaultNamespace,
      limits: context.limits,
    });
    for (const object of parsed.objects) kubeObjects.push(object);
    const reason =
      parsed.objects.length === 0 ? await notManifestReason(file, parsed, context.limits) : undefined;
    if (reason === undefined) {
      errors.push(...parsed.errors);
      for (const tool of parsed.toolConfigurations) {
        skipped.push({ file: file.displayPath, reason: `line ${tool.line}: ${tool.description}` });
      }
    } else if (file.explicit) {
      errors.push(...parsed.errors, { file: file.displayPath, message: reason });
    } else {
      skipped.push({ file: file.displayPath, reason });
    }
  }
  return { model: { kubeObjects }, errors, skipped };
}

/**
 * Why a file without Kubernetes objects is no manifest at all, or undefined when it is an
 * error: a .yaml/.yml/.json file that does not parse could hold anything, so it is never
 * skipped quietly, wherever it was found (chart sources are not read at all).
 */
async function notManifestReason(
  file: SourceFile,
  parsed: ParsedManifests,
  limits: InputLimits,
): Promise<string | undefined> {
  const tool = parsed.toolConfigurations[0];
  if (parsed.errors.length === 0) {
    return tool?.description ?? 'no Kubernetes object (a document with apiVersion and kind)';
  }
  if (!/\.json$/i.test(file.path)) return undefined;
  // Loaded only for a .json file that YAML could not read: a YAML scan never needs jsonc-parser.
  const { isJsonc } = await import('./jsonc-file.js');
  return isJsonc(file, limits) ? 'JSON with comments (JSONC), no Kubernetes object' : undefined;
}
