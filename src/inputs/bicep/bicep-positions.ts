import { dirname, resolve } from 'node:path';
import type { FieldPath, FileLocation } from '../../model/location.js';
import { type ArmObject, type ArmValue, findKey, getProperty, isArmObject } from '../arm/arm-value.js';
import type { SourcePositions } from '../arm/build-clusters.js';
import type { BicepSource, Position, SourceNode } from './bicep-source.js';
import type { DeploymentGraph, DeploymentGraphNode } from './compiler.js';

/** A .bicep file with what the compiler says about it: where each resource and module is declared. */
export interface BicepTemplateFile {
  path: string;
  displayPath: string;
  source: BicepSource;
  graph: DeploymentGraph;
}

const deploymentsType = 'microsoft.resources/deployments';
const kindOf = (type: string): string => (type === '<module>' ? deploymentsType : type.toLowerCase());

/**
 * Maps paths in the compiled ARM template back to the .bicep source: the compiler's deployment
 * graph gives each resource's declaration, a bounded scan of the source finds the property lines,
 * and a module's nested deployment continues in the module's own file.
 */
export class BicepPositions implements SourcePositions<FileLocation> {
  private readonly nodeCache = new Map<object, (DeploymentGraphNode | undefined)[]>();

  constructor(
    private readonly compiled: ArmObject,
    private readonly root: BicepTemplateFile,
    /** Every local .bicep file reachable from the root, by absolute path. */
    private readonly files: Map<string, BicepTemplateFile>,
  ) {}

  locate(path: FieldPath): FileLocation {
    return this.walk(path).location;
  }

  symbolicName(path: FieldPath): string | undefined {
    return this.walk(path).node?.name;
  }

  private at(file: BicepTemplateFile, position: Position): FileLocation {
    return { file: file.displayPath, line: position.line, column: position.column };
  }

  private walk(path: FieldPath): { location: FileLocation; node?: DeploymentGraphNode } {
    let file = this.root;
    let template: ArmObject = this.compiled;
    let index = 0;
    for (;;) {
      const section = String(path[index] ?? '').toLowerCase();
      const name = path[index + 1];
      const fileStart = this.at(file, { line: 1, column: 1 });
      if (section === 'parameters' && typeof name === 'string') {
        const declaration = file.source.declarationNamed('param', name);
        return { location: declaration ? this.at(file, declaration.position) : fileStart };
      }
      if (section === 'variables' && name !== undefined) {
        return { location: this.locateVariable(file, template, path.slice(index + 1)) ?? fileStart };
      }
      if (section !== 'resources' || name === undefined) return { location: fileStart };
      const resources = getProperty(template, 'resources');
      const node = this.graphNode(file, resources, name);
      const compiledResource = Array.isArray(resources)
        ? resources[name as number]
        : isArmObject(resources)
          ? resources[name]
          : undefined;
      const declaration = node ? file.source.declarationAt(node.range.start.line) : undefined;
      if (!node || !declaration || !isArmObject(compiledResource)) return { location: fileStart, node };
      const declared = this.at(file, declaration.position);
      const rest = path.slice(index + 2);
      if (kindOf(node.type) !== deploymentsType || String(rest[0]).toLowerCase() !== 'properties') {
        return { location: this.descend(file, declaration.body, declared, rest, compiledResource), node };
      }
      const part = String(rest[1] ?? '').toLowerCase();
      const properties = getProperty(compiledResource, 'properties');
      if (part === 'parameters' && typeof rest[2] === 'string') {
        // A module's `params: { x: ... }` compiles to properties.parameters.x.value.
        const paramsPath = ['params', rest[2], ...rest.slice(4)];
        return { location: this.descend(file, declaration.body, declared, paramsPath, undefined), node };
      }
      const moduleFile = node.relativePath
        ? this.files.get(resolve(dirname(file.path), node.relativePath))
        : undefined;
      const nested = isArmObject(properties) ? getProperty(properties, 'template') : undefined;
      if (part === 'template' && moduleFile === undefined && isArmObject(nested) && rest.length > 2) {
        const location = this.locateInRegistryModule(
          file,
          declaration.body,
          declared,
          nested,
          rest.slice(2),
          node,
        );
        return { location, node };
      }
      if (part !== 'template' || moduleFile === undefined || !isArmObject(nested) || rest.length <= 2) {
        return { location: declared, node };
      }
      file = moduleFile;
      template = nested;
      index += 4;
    }
  }

  /**
   * A value inside a registry module (its compiled template sits in bicep's cache, which no
   * finding may point into). When the module's template takes it from a parameter that the
   * user's `params` sets, it points at that line; when none of them is set, the module's own
   * default decides, which the location says, at the `module` declaration.
   */
  private locateInRegistryModule(
    file: BicepTemplateFile,
    body: SourceNode | undefined,
    declared: FileLocation,
    template: ArmObject,
    path: FieldPath,
    node: DeploymentGraphNode,
  ): FileLocation {
    const written = rawValueAlong(template, path);
    const params = body?.kind === 'object' ? body.properties.get('params')?.value : undefined;
    const passed = written.parameters.find(
      (name) => params?.kind === 'object' && params.properties.has(name.toLowerCase()),
    );
    if (passed !== undefined) return this.descend(file, body, declared, ['params', passed], undefined);
    // Through a module nested inside the registry module, parameter names are that module's own.
    if (written.throughNestedModule) return declared;
    return { ...declared, template: `${node.relativePath ?? 'the registry module'} (the module's default)` };
  }

  private locateVariable(
    file: BicepTemplateFile,
    template: ArmObject,
    rest: FieldPath,
  ): FileLocation | undefined {
    const [name, ...inner] = rest;
    if (String(name).toLowerCase() === 'copy') {
      // A variable loop compiles to variables.copy[i] = { name, count, input }.
      const variables = getProperty(template, 'variables');
      const loops = isArmObject(variables) ? getProperty(variables, 'copy') : undefined;
      const loop = Array.isArray(loops) ? loops[inner[0] as number] : undefined;
      const loopName = isArmObject(loop) ? getProperty(loop, 'name') : undefined;
      if (typeof loopName !== 'string') return undefined;
      const declaration = file.source.declarationNamed('var', loopName);
      if (!declaration) return undefined;
      const body = declaration.body?.kind === 'array' ? declaration.body.loopBody : undefined;
      const location = this.at(file, declaration.position);
      return inner[1] === 'input' ? this.descend(file, body, location, inner.slice(2), undefined) : location;
    }
    const declaration = file.source.declarationNamed('var', String(name));
    if (!declaration) return undefined;
    return this.descend(file, declaration.body, this.at(file, declaration.position), inner, undefined);
  }

  /** Follows a compiled path into the source tree as far as the source writes it out. */
  private descend(
    file: BicepTemplateFile,
    start: SourceNode | undefined,
    startLocation: FileLocation,
    path: FieldPath,
    compiled: ArmValue | undefined,
  ): FileLocation {
    let node = start;
    let location = startLocation;
    let value = compiled;
    for (let index = 0; index < path.length && node !== undefined; index += 1) {
      const key = path[index] as string | number;
      if (node.kind === 'array' && typeof key === 'number') {
        node = node.items[key];
        if (node) location = this.at(file, node.position);
        value = Array.isArray(value) ? value[key] : undefined;
        continue;
      }
      if (node.kind !== 'object' || typeof key !== 'string') break;
      const copyKey = isArmObject(value) ? findKey(value, 'copy') : undefined;
      if (key.toLowerCase() === 'copy' && copyKey !== undefined && isArmObject(value)) {
        // A property loop `x: [for ...: {...}]` compiles to copy[i] = { name: 'x', input: {...} }.
        const loops = value[copyKey];
        const loop = Array.isArray(loops) ? loops[path[index + 1] as number] : undefined;
        const loopName = isArmObject(loop) ? getProperty(loop, 'name') : undefined;
        const property =
          typeof loopName === 'string' ? node.properties.get(loopName.toLowerCase()) : undefined;
        if (!property || !isArmObject(loop)) break;
        location = this.at(file, property.position);
        node = property.value.kind === 'array' ? property.value.loopBody : undefined;
        value = getProperty(loop, 'input');
        index += 2;
        continue;
      }
      const property = node.properties.get(key.toLowerCase());
      if (!property) break;
      location = this.at(file, property.position);
      node = property.value;
      value = isArmObject(value) ? getProperty(value, key) : undefined;
    }
    return location;
  }

  /**
   * The graph node of a compiled resource. Symbolic-name templates name it directly; otherwise
   * the compiler emits resources and modules of each type in declaration order (existing ones
   * are left out), so the n-th compiled resource of a type is the n-th declared one.
   */
  private graphNode(
    file: BicepTemplateFile,
    resources: ArmValue | undefined,
    key: string | number,
  ): DeploymentGraphNode | undefined {
    if (typeof key === 'string') return file.graph.nodes.find((node) => node.name === key);
    if (!Array.isArray(resources)) return undefined;
    let matched = this.nodeCache.get(resources);
    if (matched === undefined) {
      const declared = file.graph.nodes
        .filter((node) => !node.isExisting)
        .sort(
          (left, right) =>
            left.range.start.line - right.range.start.line || left.range.start.char - right.range.start.char,
        );
      const used = new Map<string, number>();
      matched = resources.map((resource) => {
        const type = isArmObject(resource) ? getProperty(resource, 'type') : undefined;
        const kind = kindOf(typeof type === 'string' ? type : '');
        const seen = used.get(kind) ?? 0;
        used.set(kind, seen + 1);
        return declared.filter((node) => kindOf(node.type) === kind)[seen];
      });
      this.nodeCache.set(resources, matched);
    }
    return matched[key];
  }
}

/**
 * Follows a compiled path through a template as written (before evaluation) as far as it goes,
 * and names the parameters that the expression found there reads.
 */
function rawValueAlong(
  template: ArmObject,
  path: FieldPath,
): { parameters: string[]; throughNestedModule: boolean } {
  let value: ArmValue | undefined = template;
  let throughNestedModule = false;
  for (const [index, key] of path.entries()) {
    if (typeof key === 'number' && Array.isArray(value)) value = value[key];
    else if (typeof key === 'string' && isArmObject(value)) value = getProperty(value, key);
    else break;
    if (String(key).toLowerCase() === 'template' && String(path[index - 1]).toLowerCase() === 'properties') {
      throughNestedModule = true;
    }
  }
  const parameters =
    typeof value === 'string'
      ? [...value.matchAll(/\bparameters\(\s*'([^']+)'\s*\)/gi)].map((match) => match[1] as string)
      : [];
  return { parameters, throughNestedModule };
}
