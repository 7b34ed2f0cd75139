// Regenerates the usage section of README.md from action.yml.
// Run with `npx vite-node scripts/generate-action-docs.ts`; a test fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionUses, renderActionDocs, replaceGeneratedSection } from '../src/action/action-docs.js';
import { packageRoot } from '../src/package-root.js';

const docsPath = join(packageRoot(), 'README.md');
const generated = renderActionDocs(readFileSync(join(packageRoot(), 'action.yml'), 'utf8'), actionUses);
const update = replaceGeneratedSection(readFileSync(docsPath, 'utf8'), generated);
if (!update.ok) {
  console.error(`README.md: ${update.message}`);
  process.exit(1);
}
writeFileSync(docsPath, update.document);
