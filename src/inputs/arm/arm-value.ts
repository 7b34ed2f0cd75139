/**
 * A value as ARM would see it at deployment, or `Unresolved` where it only exists at deploy
 * time (reference(), a secret, a missing parameter). Objects may hold unresolved leaves: an
 * unknown value stays as small as possible so the rest of the object can still be checked.
 */
export type ArmValue = null | boolean | number | string | ArmValue[] | ArmObject | Unresolved;
export interface ArmObject {
  [key: string]: ArmValue;
}

export class Unresolved {
  constructor(
    readonly reason: string,
    /**
     * The resource type of an id whose names are unknown (`resourceId('Microsoft.Insights/
     * dataCollectionRules', parameters('name'))`): enough to tell what kind of resource a
     * deploy-time scope points at.
     */
    readonly resourceType?: string,
  ) {}
}

export const isUnresolved = (value: unknown): value is Unresolved => value instanceof Unresolved;

export function isArmObject(value: ArmValue | undefined): value is ArmObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnresolved(value);
}

/** ARM property names are case-insensitive: returns the key as written, if any. */
export function findKey(object: ArmObject, name: string): string | undefined {
  if (Object.hasOwn(object, name)) return name;
  const wanted = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === wanted);
}

export function getProperty(object: ArmObject, name: string): ArmValue | undefined {
  const key = findKey(object, name);
  return key === undefined ? undefined : object[key];
}

/** The first unresolved value anywhere inside `value`, for functions that need the whole value. */
export function firstUnresolved(value: ArmValue | undefined, depth = 0): Unresolved | undefined {
  if (isUnresolved(value)) return value;
  if (depth > 64 || typeof value !== 'object' || value === null) return undefined;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const found = firstUnresolved(item, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * A value as text without `String()`: parsed JSON objects have no prototype, so `String()` of one
 * throws, and a PR could put an object wherever a string is expected.
 */
export const textOf = (value: ArmValue | undefined): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? '');

export function describeType(value: ArmValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (isUnresolved(value)) return 'an unresolved value';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
