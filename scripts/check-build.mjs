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
