// Bundle budgets for the normal (sandbox-free) build; run after `vite build`.
const fs = require('node:fs');
const path = require('node:path');

const html = fs.readFileSync('dist/index.html', 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) =>
  path.join('dist', m[1]),
);
const chunks = fs
  .readdirSync('dist/assets')
  .filter((f) => f.endsWith('.js'))
  .map((f) => path.join('dist/assets', f))
  .filter((f) => !initial.includes(f));

module.exports = [
  {
    name: 'initial JS (entry and its preloaded chunks)',
    path: initial,
    limit: '170 kB',
    gzip: true,
  },
  ...chunks.map((f) => ({
    name: `lazy chunk ${path.basename(f)}`,
    path: f,
    limit: '60 kB',
    gzip: true,
  })),
];
