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
    limit: '160 kB',
    gzip: true,
  },
  // The UI kit's components (MUI) all pages share, in one file so a page waits for a few requests
  // instead of forty; every page needs most of it. Named `ui-kit` in vite.config.ts. (Its styling
  // engine, `ui-engine`, is a chunk of its own and held to the route chunks' limit.)
  {
    name: 'shared UI-kit chunk',
    path: chunks.filter((f) => path.basename(f).startsWith('ui-kit-')),
    limit: '95 kB',
    gzip: true,
  },
  ...chunks
    .filter((f) => !path.basename(f).startsWith('ui-kit-'))
    .map((f) => ({
      name: `lazy chunk ${path.basename(f)}`,
      path: f,
      limit: '60 kB',
      gzip: true,
    })),
];
