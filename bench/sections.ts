import { bicepBench } from './bicep.js';
import type { BenchSection } from './harness.js';
import { kubernetesYamlBench, startupBench } from './kubernetes-yaml.js';
import { liveBench } from './live.js';
import { mergeBench, shardBench } from './shards.js';
import { terraformPlanBench, terraformSourceBench } from './terraform.js';

/** Every part of `npm run bench`; Bicep, Terraform and live add one module and one line here. */
export const benchSections: BenchSection[] = [
  startupBench,
  kubernetesYamlBench,
  bicepBench,
  terraformPlanBench,
  terraformSourceBench,
  liveBench,
  shardBench,
  mergeBench,
];
