// The npm registry mirror on our build machines does not serve every platform build of optional
// packages (rollup, esbuild), so npm leaves them out of the lock and `npm ci` then calls the lock out of
// sync. This adds the missing entries, marked with their os/cpu, which npm skips on other platforms.
// Run it after `npm install` changes the lock: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;
const platform = (name) => {
  const m = name.match(
    /-(android|darwin|freebsd|linux|openbsd|openharmony|win32|sunos|aix|netbsd)-([a-z0-9]+)/,
  );
  if (!m) return null;
  const cpu = { eabi: 'arm' }[m[2]] ?? m[2];
  return { os: [m[1]], cpu: [cpu] };
};
let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (pkgs[key] || pkgs[`${path}/node_modules/${dep}`]) continue;
    const p = platform(dep);
    if (!p) {
      console.error('no platform for', dep);
      continue;
    }
    pkgs[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...p };
    added++;
  }
}
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.error('added', added);
