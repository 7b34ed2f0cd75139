import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactDirectory } from '../src/inputs/bicep/registry-modules.js';

/** The published Azure Verified Modules in ../shared/fixtures (see its README). */
const avmRoot = new URL('../../shared/fixtures/Azure+bicep-registry-modules/avm/', import.meta.url).pathname;

export const publishedModules = {
  managedCluster: {
    reference: 'br/public:avm/res/container-service/managed-cluster:0.10.1',
    repository: 'bicep/avm/res/container-service/managed-cluster',
    tag: '0.10.1',
    mainJson: join(avmRoot, 'res/container-service/managed-cluster/main.json'),
  },
  commonTypes: {
    reference: 'br/public:avm/utl/types/avm-common-types:0.6.1',
    repository: 'bicep/avm/utl/types/avm-common-types',
    tag: '0.6.1',
    mainJson: join(avmRoot, 'utl/types/avm-common-types/main.json'),
  },
} as const;

const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/**
 * Writes a module into a bicep cache as `bicep restore` leaves it: main.json, the OCI manifest
 * that names it as its layer, and metadata with the manifest's digest (BicepRegistryArtifact.cs).
 */
export function seedModule(
  cacheRoot: string,
  module: { repository: string; tag: string; mainJson: string },
  files: readonly ('main.json' | 'manifest' | 'metadata')[] = ['main.json', 'manifest', 'metadata'],
): void {
  const directory = artifactDirectory(cacheRoot, {
    registry: 'mcr.microsoft.com',
    repository: module.repository,
    tag: module.tag,
  });
  mkdirSync(directory, { recursive: true });
  const template = readFileSync(module.mainJson);
  const config = '{}';
  const manifest = JSON.stringify({
    schemaVersion: 2,
    artifactType: 'application/vnd.ms.bicep.module.artifact',
    config: { mediaType: 'application/vnd.ms.bicep.module.config.v1+json', digest: sha256(config), size: 2 },
    layers: [
      {
        mediaType: 'application/vnd.ms.bicep.module.layer.v1+json',
        digest: sha256(template),
        size: template.length,
      },
    ],
  });
  if (files.includes('main.json')) copyFileSync(module.mainJson, join(directory, 'main.json'));
  if (files.includes('manifest')) writeFileSync(join(directory, 'manifest'), manifest);
  if (files.includes('metadata')) {
    writeFileSync(join(directory, 'metadata'), JSON.stringify({ manifestDigest: sha256(manifest) }));
  }
}

/** A cache holding both published modules. */
export function seedPublishedModules(cacheRoot: string): void {
  seedModule(cacheRoot, publishedModules.managedCluster);
  seedModule(cacheRoot, publishedModules.commonTypes);
}
