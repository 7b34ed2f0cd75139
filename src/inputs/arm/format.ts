import { hasExtension, type InputFormat } from '../input-format.js';
import { armFileKind, templateCandidatesOf } from './parameter-files.js';

/** ARM templates and their parameter files, told apart from other JSON by their `$schema`. */
export const armTemplates: InputFormat = {
  name: 'arm',
  extensions: ['.json', '.jsonc'],
  detect: (file) => hasExtension(file.path, armTemplates.extensions) && armFileKind(file.text) !== undefined,
  read: async (files, context) => (await import('./index.js')).readArmFiles(files, context),
  companions: (file) => templateCandidatesOf(file.path),
};
