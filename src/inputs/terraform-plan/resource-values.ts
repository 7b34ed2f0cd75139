import type { FileLocation } from '../../model/location.js';
import { setTo, unknownSetting, unset, type Setting } from '../../model/setting.js';
import type { PlanResource } from './plan-json.js';
import type { PlanPath, TerraformSources } from './terraform-sources.js';
import { everythingWritten, writesPath, type WrittenArguments } from './written-arguments.js';

export const knownAfterApply = 'known only after apply (terraform plan)';

export type PlanValue =
  { state: 'set'; value: unknown } | { state: 'absent' } | { state: 'unknown'; reason: string };

/** A value, or undefined when it has the wrong type for the setting (the plan is then not trusted). */
export type Convert<T> = (value: unknown) => T | undefined;

export const asBoolean: Convert<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);
export const asString: Convert<string> = (value) => (typeof value === 'string' ? value : undefined);
export const asNumber: Convert<number> = (value) => (typeof value === 'number' ? value : undefined);
export const asStrings: Convert<string[]> = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;

/**
 * One resource's planned values read as Settings. `after_unknown` marks what apply decides, but
 * only for what the configuration writes: an unwritten argument (or block) the provider computes
 * takes the provider's or AKS's default, so it is unset. Terraform shows absent optional blocks as
 * `[]` and unset arguments as `null`: both are unset.
 */
export class ResourceValues {
  readonly resource: PlanResource;
  readonly sources: TerraformSources;
  private readonly written: WrittenArguments;

  constructor(resource: PlanResource, sources: TerraformSources, written = everythingWritten) {
    this.resource = resource;
    this.sources = sources;
    this.written = written;
  }

  get location(): FileLocation {
    return this.sources.locate(this.resource);
  }

  locate(path: PlanPath): FileLocation {
    return this.sources.locate(this.resource, path);
  }

  read(path: PlanPath): PlanValue {
    let value: unknown = this.resource.values;
    let unknown: unknown = this.resource.unknown;
    for (const [index, step] of path.entries()) {
      if (unknown === true) return this.unknownAt(path.slice(0, index));
      unknown = childOf(unknown, step);
      value = childOf(value, step);
    }
    if (unknown === true) return this.unknownAt(path);
    return value === undefined || value === null ? { state: 'absent' } : { state: 'set', value };
  }

  /** A value known only after apply is unknown when written, else the provider's default (absent). */
  private unknownAt(path: PlanPath): PlanValue {
    if (!writesPath(this.written, path)) return { state: 'absent' };
    return { state: 'unknown', reason: this.resource.unknownReason?.(path) ?? knownAfterApply };
  }

  /**
   * The first of `paths` that the plan states (provider 4.x names first, then 3.x). When none
   * is stated the setting is unset, located at the enclosing `scope` block (default: the resource).
   */
  setting<T>(paths: PlanPath | PlanPath[], convert: Convert<T>, scope: PlanPath = []): Setting<T> {
    const candidates = (Array.isArray(paths[0]) ? paths : [paths]) as PlanPath[];
    for (const path of candidates) {
      const read = this.read(path);
      if (read.state === 'absent') continue;
      if (read.state === 'unknown') return unknownSetting(read.reason, this.locate(path));
      const value = convert(read.value);
      if (value === undefined) {
        // The type only: a misplaced value could be a secret.
        return unknownSetting(
          `the plan holds a value of unexpected type (${typeOf(read.value)})`,
          this.locate(path),
        );
      }
      return setTo(value, this.locate(path));
    }
    return unset(this.locate(scope));
  }

  /** True when a nested block is present (a block-shaped feature such as `key_management_service`). */
  blockPresent(path: PlanPath): Setting<boolean> {
    const read = this.read(path);
    if (read.state === 'unknown') return unknownSetting(read.reason, this.locate(path));
    if (read.state === 'set' && Array.isArray(read.value) && read.value.length > 0) {
      return setTo(true, this.locate([...path, 0]));
    }
    return unset(this.location);
  }
}

const typeOf = (value: unknown): string => (Array.isArray(value) ? 'list' : typeof value);

function childOf(container: unknown, step: string | number): unknown {
  if (container === null || typeof container !== 'object') return undefined;
  return (container as Record<string | number, unknown>)[step];
}
