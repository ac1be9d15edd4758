// Bundle budgets for the normal (sandbox-free) build; run after `vite build`.
const fs = require('node:fs');
const path = require('node:path');

const html = fs.readFileSync('dist/index.html', 'utf8');
const scripts = (tags) =>
  tags.flatMap((tag) => {
    const file = /(?:src|href)="\/(assets\/[^"]+\.js)"/.exec(tag)?.[1];
    return file ? [path.join('dist', file)] : [];
  });
const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
// What the browser must download and run before the portal starts: the entry and its imports.
const initial = scripts(tags.filter((t) => !t.includes('data-first-screen')));
// What the first screen needs besides (the UI kit, the app shell …), preloaded by index.html so it
// downloads beside the entry (vite.config.ts, preloadFirstScreen).
const firstScreen = scripts(tags.filter((t) => t.includes('data-first-screen')));
const chunks = fs
  .readdirSync('dist/assets')
  .filter((f) => f.endsWith('.js'))
  .map((f) => path.join('dist/assets', f))
  .filter((f) => !initial.includes(f));

module.exports = [
  {
    name: 'initial JS (the entry and its imports)',
    path: initial,
    limit: '160 kB',
    gzip: true,
  },
  {
    name: 'first screen JS (the initial JS and the chunks index.html preloads beside it)',
    path: [...initial, ...firstScreen],
    limit: '285 kB',
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
