// Apart from registry-modules.ts, so that parsing arguments and inputs does not load jsonc-parser.

/** The registry the workflow allows restores from when it names none: Microsoft's public one. */
export const publicRegistry = 'mcr.microsoft.com';

/** A registry as the workflow names it: a host name, optionally with a port (`myregistry.azurecr.io`). */
export const isRegistryHost = (name: string): boolean =>
  /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?(:\d{1,5})?$/i.test(name);
