import { hasExtension, type InputFormat } from '../input-format.js';
import { armKindOf, templateCandidatesOf } from './parameter-files.js';

/** ARM templates and their parameter files, told apart from other JSON by their `$schema`. */
export const armTemplates: InputFormat = {
  name: 'arm',
  extensions: ['.json', '.jsonc'],
  detect: (file) => hasExtension(file.path, armTemplates.extensions) && armKindOf(file) !== undefined,
  read: async (files, context) => (await import('./index.js')).readArmFiles(files, context),
  companions: (file) => templateCandidatesOf(file.path),
};
