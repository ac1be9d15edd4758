// `npm run bench`: Lighthouse (mobile preset, Debian Chromium) on the production build, served
// by `vite preview` against the HTTP sandbox (no service worker), which the preview server proxies
// on the portal's own origin — the default base URLs, as a deployment behind one reverse proxy
// serves them. Writes reports/lighthouse.{md,json}.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const API = 'http://127.0.0.1:4010';
const APP = 'http://127.0.0.1:4173';
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGETS = { performance: 95, lcpMs: 2000, tbtMs: 50, cls: 0.01 };
const out = path.resolve('reports');
fs.mkdirSync(path.join(out, 'lighthouse'), { recursive: true });

const env = {
  ...process.env,
  VITE_API_MOCKING: 'false',
  PREVIEW_API_PROXY: API,
};
const children = [];
// Each server runs in its own process group, so stopping it stops what `npx` started too (a
// server left behind would answer the next run on the same port).
const run = (cmd, args, opts = {}) => {
  const child = spawn(cmd, args, {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
    ...opts,
  });
  children.push(child);
  return child;
};
process.on('exit', () =>
  children.forEach((c) => {
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }),
);

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url, { headers: { Authorization: 'Bearer bench' } });
      if (r.status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

for (const url of [API, APP]) {
  const busy = await fetch(url).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`${url} is already in use: stop what runs there first.`);
}

console.log('Building the production portal (no sandbox) …');
execFileSync('npx', ['vite', 'build'], { env, stdio: 'inherit' });
run('npx', ['tsx', 'mocks/http-server.ts'], { env: { ...env, PORT: '4010' } });
run('npx', ['vite', 'preview', '--port', '4173', '--strictPort', '--host', '127.0.0.1']);
await waitFor(`${API}/service-tickets/v2/incidents?count=1`);
await waitFor(APP);
// The portal's origin must reach the API through the proxy.
const proxied = await fetch(`${APP}/service-tickets/v2/incidents?count=1`, {
  headers: { Authorization: 'Bearer bench' },
});
if (!proxied.ok) throw new Error(`the preview server does not proxy the API (${proxied.status})`);

const first = await (
  await fetch(`${API}/service-tickets/v2/incidents?count=1`, {
    headers: { Authorization: 'Bearer bench' },
  })
).json();
const incidentId = first.incidents[0].id;
const pages = {
  home: '/',
  'incident list': '/incidents',
  'incident detail': `/incidents/${incidentId}`,
  'report incident': '/incidents/new',
  'order list': '/orders',
  'case detail': '/cases/11150929',
};

const rows = [];
for (const [name, route] of Object.entries(pages)) {
  const url = `${APP}/sign-in?as=${encodeURIComponent('Kari Nordmann')}&redirect=${encodeURIComponent(route)}`;
  const file = path.join(out, 'lighthouse', `${name.replace(/\s+/g, '-')}.json`);
  console.log(`Lighthouse: ${name} (${route})`);
  execFileSync(
    'npx',
    [
      '-y',
      'lighthouse@12.8.2',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${file}`,
      '--only-categories=performance',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: 'inherit' },
  );
  const lhr = JSON.parse(fs.readFileSync(file, 'utf8'));
  const scripts = lhr.audits['resource-summary']?.details?.items?.find(
    (i) => i.resourceType === 'script',
  );
  rows.push({
    page: name,
    route,
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    jsKb: Math.round((scripts?.transferSize ?? 0) / 102.4) / 10,
  });
}

const ok = (r) =>
  r.performance >= TARGETS.performance &&
  r.lcpMs <= TARGETS.lcpMs &&
  r.tbtMs <= TARGETS.tbtMs &&
  r.cls <= TARGETS.cls;
const md = [
  '# Lighthouse (mobile preset)',
  '',
  `Production build against the HTTP sandbox; Chromium ${execFileSync(CHROME, ['--version']).toString().trim()}; ${new Date().toISOString()}.`,
  `Targets: performance ≥ ${TARGETS.performance}, LCP ≤ ${TARGETS.lcpMs} ms, TBT ≤ ${TARGETS.tbtMs} ms, CLS ≤ ${TARGETS.cls}.`,
  '',
  '| page | performance | LCP ms | TBT ms | CLS | JS transferred kB | targets |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.page} | ${r.performance} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.jsKb} | ${ok(r) ? 'met' : 'NOT met'} |`,
  ),
  '',
].join('\n');
fs.writeFileSync(path.join(out, 'lighthouse.md'), md);
fs.writeFileSync(
  path.join(out, 'lighthouse.json'),
  JSON.stringify({ targets: TARGETS, rows }, null, 2),
);
console.log(md);
process.exit(0);
