import { actionLog } from './log.js';
import { run } from './run.js';

// The bundle's entry (dist/index.js): anything thrown here is a bug, reported as a failed step.
run().catch((error: unknown) => {
  actionLog.fail(
    `aks-cis-gate failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
});
