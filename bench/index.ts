import { runSections } from './harness.js';
import { benchSections } from './sections.js';

await runSections(benchSections);
