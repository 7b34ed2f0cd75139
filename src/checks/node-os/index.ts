import type { Check } from '../check.js';
import { loginBanner, sshAccess } from './azure-linux.js';

/** The checks that judge the node OS through the pool settings that reach it. */
export const nodeOsChecks: Check[] = [sshAccess, loginBanner];
