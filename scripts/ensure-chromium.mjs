// The e2e suite drives Debian's Chromium (test tools cannot download browsers here).
// Installs it when missing and allowed to (root with apt-get), otherwise says exactly what to run.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  /* not Debian-like */
}
if (isRoot && hasApt) {
  console.log(`Chromium is missing at ${path}: installing Debian's chromium…`);
  execSync('apt-get update -qq && apt-get install -y -qq chromium fonts-liberation', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (fs.existsSync(path)) process.exit(0);
}
console.error(
  `Chromium not found at ${path}: run \`sudo apt-get install -y chromium fonts-liberation\` (or set CHROMIUM_PATH), then run the tests again.`,
);
process.exit(1);
