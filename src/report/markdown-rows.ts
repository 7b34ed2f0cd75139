import type { InputError } from '../model/input-problems.js';
import { escapeMarkdown, shorten } from './escape.js';

/**
 * The rows and list items that the markdown report and the GitHub comment and summary share,
 * built once here. A rendering says how a value goes into a cell: escaped whole in a report
 * file, escaped and cut in a comment, whose size GitHub limits.
 */
export type Cell = (text: string, limit?: number) => string;

/** The whole value, escaped: a report file has no size limit. */
export const wholeCell: Cell = (text) => escapeMarkdown(text);

/** Escaped and cut to `limit` characters (shorten's default unless told). */
export const shortCell: Cell = (text, limit) => escapeMarkdown(shorten(text, limit));

/** One table row of cells already written. */
export const tableRow = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** A table's header row and the separator under it. */
export const tableHead = (names: readonly string[]): string =>
  `${tableRow(names)}\n${tableRow(names.map(() => '---'))}`;

/** A heading over a bulleted list; nothing at all when the list is empty. */
export const bulletSection = (heading: string, items: readonly string[]): string[] =>
  items.length === 0 ? [] : [heading, '', ...items.map((item) => `- ${item}`)];

/** Messages and reasons are cut later than places: they carry the fix. */
const messageLimit = 300;

/** A file that could not be read: where, and why. */
export const inputErrorItem = (error: InputError, cell: Cell): string =>
  `${cell(error.line === undefined ? error.file : `${error.file}:${error.line}`)}: ${cell(error.message, messageLimit)}`;

/** A notice or a line of what the configuration left out. */
export const noteItem = (text: string, cell: Cell): string => cell(text, messageLimit);
