/**
 * The deprecations that @kubernetes/client-node 1.x brings with it: its requests go through
 * node-fetch 2, whose URL code loads Node's `punycode` module (DEP0040) and calls `url.parse()`
 * (DEP0169). Node keeps quiet about such calls from under node_modules, but the bundle is not
 * there, so every live scan printed two warnings that nobody running it can act on.
 */
const clientLibraryDeprecations = new Set(['DEP0040', 'DEP0169']);

type EmitWarning = (warning: string | Error, ...rest: unknown[]) => void;

/** Marks the wrapper, so that a second live scan in the process does not wrap it again. */
const quieter = Symbol('quiet about the client library');

/** The code of a warning as `process.emitWarning` takes it: (text, type, code) or (text, { code }). */
function codeOf(rest: readonly unknown[]): unknown {
  const [typeOrOptions, code] = rest;
  if (typeof typeOrOptions === 'object' && typeOrOptions !== null && 'code' in typeOrOptions) {
    return typeOrOptions.code;
  }
  return code;
}

/**
 * Drops those two warnings, and only those, from here on: called as the client library loads.
 * Every other warning (another deprecation, an experimental feature) still reaches stderr.
 */
export function quietClientLibraryDeprecations(): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- read for its mark, not called
  if (Object.hasOwn(process.emitWarning, quieter)) return;
  const emitWarning = process.emitWarning.bind(process) as EmitWarning;
  const quiet: EmitWarning = (warning, ...rest) => {
    if (!clientLibraryDeprecations.has(codeOf(rest) as string)) emitWarning(warning, ...rest);
  };
  process.emitWarning = Object.assign(quiet, { [quieter]: true });
}
