import type { InputFormat } from './input-format.js';

/**
 * Every input language, in detection order: the first format whose detect() accepts a file
 * reads it. Adding a language is one module and one line here.
 */
export const inputFormats: InputFormat[] = [];
