// Builds the web console (web/ → web/dist) with Vite when its sources changed since the last build.
// `npm start` and the test set-up run it; `--force` rebuilds anyway. The stamp is a hash of the
// sources and the lock file, so a fresh clone, a pull or an edit all trigger a build, and an
// unchanged tree starts at once.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'web');
const dist = join(web, 'dist');
const stampPath = join(dist, '.source-hash');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dist' || e.name === 'node_modules' ? [] : files(p);
    return [p];
  });
}

function sourceHash() {
  const h = createHash('sha256');
  for (const f of [...files(web), join(root, 'package-lock.json')].sort()) {
    h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

const force = process.argv.includes('--force');
const hash = sourceHash();
if (!force && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === hash && statSync(join(dist, 'index.html'))) {
  console.log('web console up to date (web/dist)');
} else {
  console.log('building the web console (web/ → web/dist)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: join(web, 'vite.config.mjs'), logLevel: 'warn' });
  writeFileSync(stampPath, hash);
  console.log(`web console built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
