// The production build served by `vite preview` against the HTTP sandbox (no service worker),
// which the preview server proxies on the portal's own origin — the default base URLs, as a
// deployment behind one reverse proxy serves them. Shared by the load benchmarks.
import { spawn, execFileSync } from 'node:child_process';

export const API = 'http://127.0.0.1:4010';
export const APP = 'http://127.0.0.1:4173';

const env = { ...process.env, VITE_API_MOCKING: 'false', PREVIEW_API_PROXY: API };
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

const get = (url) => fetch(url, { headers: { Authorization: 'Bearer bench' } });

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await get(url)).status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

/** Builds the normal production portal, starts both servers, and returns the pages to measure. */
export async function startProductionServers() {
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
  const proxied = await get(`${APP}/service-tickets/v2/incidents?count=1`);
  if (!proxied.ok) throw new Error(`the preview server does not proxy the API (${proxied.status})`);

  const first = await (await get(`${API}/service-tickets/v2/incidents?count=1`)).json();
  const incidentId = first.incidents[0].id;
  return {
    home: '/',
    'incident list': '/incidents',
    'incident detail': `/incidents/${incidentId}`,
    'report incident': '/incidents/new',
    'order list': '/orders',
    'case detail': '/cases/11150929',
  };
}

/** A cold visit to `route` as a signed-in demo user (the sign-in page signs in and redirects). */
export const signedInUrl = (route) =>
  `${APP}/sign-in?as=${encodeURIComponent('Kari Nordmann')}&redirect=${encodeURIComponent(route)}`;

/**
 * `BENCH_PAGES="home,case detail"` measures only those pages (while trying a change); a name that
 * is not a page is an error, not an empty report.
 */
export const selectedPages = (pages) => {
  const only = process.env.BENCH_PAGES?.trim()
    ? process.env.BENCH_PAGES.split(',').map((p) => p.trim())
    : undefined;
  const unknown = only?.filter((name) => !(name in pages)) ?? [];
  if (unknown.length)
    throw new Error(
      `BENCH_PAGES: no page ${unknown.join(', ')} (pages: ${Object.keys(pages).join(', ')})`,
    );
  return Object.entries(pages).filter(([name]) => !only || only.includes(name));
};

/** A report of some pages only goes to `<name>.partial.*`, so the full report stays whole. */
export const reportName = (name) => (process.env.BENCH_PAGES?.trim() ? `${name}.partial` : name);

/** How many times each page is measured: an odd whole number, so the median is one of the runs. */
export function runsFromEnv(fallback) {
  const raw = process.env.RUNS ?? String(fallback);
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1 || runs % 2 === 0)
    throw new Error(`RUNS must be an odd whole number (1, 3, 5 …), not "${raw}"`);
  return runs;
}

/** The median of each figure on its own (runs differ in which figure is worst). */
export const medians = (runs, keys) =>
  Object.fromEntries(
    keys.map((k) => [k, runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]]),
  );
