// Regenerates what is derived from rules/ and the config schema: the compiled schema validators, the resolved
// catalogs that the tool loads, and docs/rules/.
// Run with `npx vite-node scripts/generate-docs.ts`; tests fail when any is stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { catalogValidatorPath, catalogValidatorSource } from '../src/benchmarks/catalog-validator-source.js';
import { configValidatorPath, configValidatorSource } from '../src/settings/config-validator-source.js';
import {
  shardReportValidatorPath,
  shardReportValidatorSource,
} from '../src/shard/shard-report-validator-source.js';
import { packageRoot } from '../src/package-root.js';

writeFileSync(catalogValidatorPath, await catalogValidatorSource());
writeFileSync(configValidatorPath, await configValidatorSource());
writeFileSync(shardReportValidatorPath, await shardReportValidatorSource());

// Imported only now, so that the catalogs are checked with the validator just written.
const { catalogRowsDirectory, loadCatalogsFrom, resolvedCatalogFiles } =
  await import('../src/benchmarks/resolve-catalogs.js');
const { catalogDocs } = await import('../src/benchmarks/catalog-docs.js');
const { checks } = await import('../src/checks/registry.js');

const catalogs = loadCatalogsFrom(join(packageRoot(), 'rules'));
rmSync(catalogRowsDirectory, { recursive: true, force: true });
mkdirSync(catalogRowsDirectory, { recursive: true });
for (const { path, text } of resolvedCatalogFiles(catalogs)) writeFileSync(path, text);

const docsDirectory = join(packageRoot(), 'docs', 'rules');
rmSync(docsDirectory, { recursive: true, force: true });
for (const doc of catalogDocs(catalogs, checks)) {
  const path = join(packageRoot(), doc.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, doc.content);
}
process.stdout.write(
  `wrote ${catalogValidatorPath}, ${configValidatorPath}, the catalogs in ${catalogRowsDirectory} and ${readdirSync(docsDirectory, { recursive: true }).length} files in ${docsDirectory}\n`,
);
