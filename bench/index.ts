import { runSections } from './harness.js';
import { benchSections } from './sections.js';

// `npm run bench -- bicep` runs the sections whose name contains a word given; none: all of them.
const wanted = process.argv.slice(2).map((word) => word.toLowerCase());
const chosen = benchSections.filter(
  (section) => wanted.length === 0 || wanted.some((word) => section.name.toLowerCase().includes(word)),
);
await runSections(chosen);
