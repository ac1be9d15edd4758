// Fails when sandbox code reached the normal build (it must only ever ship in dist-sandbox).
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'dist';
const markers = ['setupWorker', 'mockServiceWorker', 'Kongsgårdbakken', '[sandbox]'];
const offenders = [];
for (const file of fs.readdirSync(dir, { recursive: true })) {
  const full = path.join(dir, String(file));
  if (!fs.statSync(full).isFile()) continue;
  if (path.basename(full) === 'mockServiceWorker.js') offenders.push(`${full}: the MSW worker`);
  if (!/\.(js|html)$/.test(full)) continue;
  const text = fs.readFileSync(full, 'utf8');
  for (const m of markers) if (text.includes(m)) offenders.push(`${full}: contains "${m}"`);
}
if (offenders.length) {
  console.error(`Sandbox code in the normal build:\n${offenders.join('\n')}`);
  process.exit(1);
}
console.log(`${dir}: no sandbox code`);

// Every page runs the entry and the chunks index.html preloads beside it (the first screen). A
// static import from them of any other chunk is loaded on every page without being announced or
// counted in the first-screen budget (e.g. the forms' chunk, pulled in by one helper): refused.
const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
const announced = new Set(
  [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/assets\/([^"]+\.js)"/g)].map(
    (m) => m[1],
  ),
);
const unannounced = [];
for (const file of announced) {
  const text = fs.readFileSync(path.join(dir, 'assets', file), 'utf8');
  for (const m of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) {
    if (!announced.has(m[1])) unannounced.push(`${file} imports ${m[1]}`);
  }
}
if (unannounced.length) {
  console.error(
    `First-screen code imports chunks index.html does not preload:\n${unannounced.join('\n')}`,
  );
  process.exit(1);
}
console.log(`${dir}: the first screen imports only the ${announced.size} files index.html loads`);

// The first script (src/first-script.ts) runs while the libraries download, before the entry: it
// must come first in index.html and import nothing statically (its texts' chunk it loads itself).
const scripts = [...html.matchAll(/<script\b[^>]*src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
const first = scripts[0] ?? '';
if (!first.startsWith('first-script-')) {
  console.error(`index.html runs ${first || 'no script'} first, not the first script`);
  process.exit(1);
}
const firstText = fs.readFileSync(path.join(dir, 'assets', first), 'utf8');
const firstImports = [...firstText.matchAll(/\bimport\s*(?:[\w*{][^;"]*?from\s*)?"\.\/([^"]+)"/g)];
if (firstImports.length) {
  console.error(
    `The first script waits for other files: it imports ${firstImports.map((m) => m[1]).join(', ')}`,
  );
  process.exit(1);
}
console.log(`${dir}: the first script runs first and imports nothing`);
