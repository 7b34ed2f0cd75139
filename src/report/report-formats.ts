/**
 * The output formats by name, for the command line to parse before any renderer is loaded;
 * report/registry.ts maps each to its renderer (the compiler checks that they agree).
 */
export const reportFormats = ['table', 'markdown', 'json', 'sarif'] as const;

export type ReportFormat = (typeof reportFormats)[number];
