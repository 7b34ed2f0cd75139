import * as fs from 'node:fs';
import { promisify } from 'node:util';

// node:fs/promises loads readline, the REPL's history and the file watchers with it: about 3 ms
// of a small scan's start (issue 12). The modules a scan, or the action before its scan, loads
// take node:fs's callbacks as promises instead, which load nothing more; `realpath` is the
// native one, as node:fs/promises's.
export const access = promisify(fs.access);
export const appendFile = promisify(fs.appendFile);
export const mkdir = promisify(fs.mkdir);
export const mkdtemp = promisify(fs.mkdtemp);
export const readdir = promisify(fs.readdir);
export const readFile = promisify(fs.readFile);
export const realpath = promisify(fs.realpath.native);
export const rm = promisify(fs.rm);
export const stat = promisify(fs.stat);
export const symlink = promisify(fs.symlink);
export const writeFile = promisify(fs.writeFile);
