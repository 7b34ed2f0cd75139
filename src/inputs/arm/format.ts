import { hasExtension, type InputFormat } from '../input-format.js';

/**
 * ARM templates and their parameter files, told apart from other JSON by their `$schema`. The
 * detection (with jsonc-parser, for JSON with comments) loads when there are files to tell.
 */
export const armTemplates: InputFormat = {
  name: 'arm',
  extensions: ['.json', '.jsonc'],
  detection: async () => {
    const { armKindOf, templateCandidatesOf } = await import('./parameter-files.js');
    return {
      detect: (file) => hasExtension(file.path, armTemplates.extensions) && armKindOf(file) !== undefined,
      companions: (file) => templateCandidatesOf(file.path),
    };
  },
  read: async (files, context) => (await import('./index.js')).readArmFiles(files, context),
};
