#!/usr/bin/env node
// First step of `npm test`: make sure the system packages the tests talk to are installed.
// Installs the missing ones with apt-get when running as root, otherwise stops with the exact
// command to run. Idempotent: a machine that has everything costs one dpkg-query.
import { execFileSync, spawnSync } from 'node:child_process';

/** Debian packages the test suite uses as real peers, with what each is for. */
export const SYSTEM_PACKAGES = [
  { name: 'ffmpeg', why: 'ffprobe/ffmpeg read recordings and serve RTSP test streams' },
  { name: 'gstreamer1.0-rtsp', why: "gstreamer's RTSP server as a third-party camera" },
  { name: 'gir1.2-gst-rtsp-server-1.0', why: "gstreamer's RTSP server from python3-gi" },
  { name: 'python3-gi', why: "runs gstreamer's RTSP server" },
  { name: 'gstreamer1.0-plugins-base', why: 'test sources' },
  { name: 'gstreamer1.0-plugins-good', why: 'RTP payloaders' },
  { name: 'gstreamer1.0-plugins-bad', why: 'H.265 parser and payloader, x265' },
  { name: 'gstreamer1.0-plugins-ugly', why: 'x264 encoder' },
  { name: 'postgresql-client', why: 'psql for test database set-up' },
  { name: 'chromium', why: "the browser tests (playwright-core drives Debian's chromium)" },
  { name: 'fonts-noto-cjk', why: "Chinese glyphs in the browser tests' screenshots and in export watermarks" },
  { name: 'poppler-utils', why: "pdftotext reads back the Chinese text of psvis's PDF forms" },
];

function missingPackages() {
  const names = SYSTEM_PACKAGES.map((p) => p.name);
  const out = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Abbrev}\n', ...names], { encoding: 'utf8' });
  if (out.error) return { unsupported: true, missing: names };
  const installed = new Set(
    out.stdout
      .split('\n')
      .filter((l) => /^\S+ ii/.test(l))
      .map((l) => l.split(' ')[0]),
  );
  return { unsupported: false, missing: names.filter((n) => !installed.has(n)) };
}

const { unsupported, missing } = missingPackages();
if (missing.length === 0) process.exit(0);
const line = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
if (unsupported) {
  console.error(`test-setup: dpkg-query not found; this test suite needs a Debian/Ubuntu machine with: ${line}`);
  process.exit(1);
}
if (process.getuid?.() !== 0) {
  console.error(`test-setup: missing system packages. Run as root:\n  apt-get update && ${line}`);
  process.exit(1);
}
console.log(`test-setup: installing ${missing.join(', ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-q'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
} catch {
  console.error(`test-setup: apt-get failed; install by hand: ${line}`);
  process.exit(1);
}
const after = missingPackages().missing;
if (after.length > 0) {
  console.error(`test-setup: still missing after install: ${after.join(' ')}`);
  process.exit(1);
}
