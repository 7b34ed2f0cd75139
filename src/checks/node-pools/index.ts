import type { Check } from '../check.js';
import { kubeletSeccompDefault, podPidLimit, privateNodes } from './node-pool-settings.js';

/** The checks that judge each node pool's settings. */
export const nodePoolChecks: Check[] = [podPidLimit, kubeletSeccompDefault, privateNodes];
