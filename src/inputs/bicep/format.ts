import { hasExtension, type InputFormat } from '../input-format.js';

export const isBicep = (path: string): boolean => hasExtension(path, ['.bicep']);
export const isBicepParam = (path: string): boolean => hasExtension(path, ['.bicepparam']);

/**
 * .bicep and .bicepparam files, the ARM parameter files deployed with a .bicep template, and
 * the compiled registry modules of a bicep cache inside the repository. The detection (with the
 * reference scanner) loads when there are files to tell; the reader (and with it the bicep CLI's
 * client) on the first read.
 */
export const bicepFiles: InputFormat = {
  name: 'bicep',
  extensions: ['.bicep', '.bicepparam', '.json'],
  detection: async () => (await import('./detection.js')).bicepDetection,
  read: async (files, context) => (await import('./index.js')).readBicepFiles(files, context),
};
