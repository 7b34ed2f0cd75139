// `npm run build`: the action and CLI bundles in dist/, stamped with the digest of their inputs.
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { buildBundles } from './bundle-build.js';

await buildBundles(packageRoot(), join(packageRoot(), 'dist'));
