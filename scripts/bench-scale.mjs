// `npm run bench:scale`: the portal with the sandbox seeded at 10,000 incidents, driven by
// Playwright in Chromium. Measures (performance.now() in the page, from the user's action to the
// new rows in the DOM): search after the last keystroke, a filter change, a sort change, and
// list → detail → back. Reports median and p95 in reports/scale-bench.{md,json}.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4174;
const RUNS = Number(process.env.RUNS ?? 15);
const DEBOUNCE_MS = 300;
const env = { ...process.env, VITE_SEED_SIZE: '10000' };

console.log('Building the sandbox portal with 10,000 incidents …');
execFileSync(
  'npx',
  ['vite', 'build', '--mode', 'sandbox', '--outDir', 'dist-bench', '--emptyOutDir'],
  {
    env,
    stdio: 'inherit',
  },
);
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--outDir',
    'dist-bench',
    '--port',
    String(PORT),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  {
    stdio: 'ignore',
  },
);
process.on('exit', () => server.kill());
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
  } catch {
    /* starting */
  }
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(
  `http://127.0.0.1:${PORT}/sign-in?as=${encodeURIComponent('Kari Nordmann')}&redirect=%2Fincidents`,
);
await page.getByText(/^[\d\s ]+ incidents$/).waitFor({ timeout: 60_000 });

/** Starts the clock in the page, runs `act`, and stops it when the first row's text changes. */
async function timeUntilRowsChange(act) {
  await page.evaluate(() => {
    const row = document.querySelector('table tbody tr');
    window.__before = row ? row.textContent : '';
    window.__t0 = performance.now();
  });
  await act();
  const handle = await page.waitForFunction(
    () => {
      const table = document.querySelector('table');
      const row = document.querySelector('table tbody tr');
      if (!table || table.getAttribute('aria-busy') === 'true' || !row) return false;
      return row.textContent !== window.__before ? performance.now() - window.__t0 : false;
    },
    undefined,
    { timeout: 20_000, polling: 'raf' },
  );
  return handle.jsonValue();
}

const search = page.getByRole('searchbox', { name: 'Search' });
const samples = { search: [], filter: [], sort: [], 'detail and back': [] };
const words = ['oslo', 'bergen', 'ruter', 'treghet', 'fornebu', 'lager', 'tromsø', 'hamar'];

for (let i = 0; i < RUNS; i++) {
  const word = words[i % words.length];
  await search.fill(word.slice(0, -1));
  await page.waitForTimeout(DEBOUNCE_MS + 200);
  // The last keystroke: from here to the rendered rows (includes the 300 ms debounce).
  samples.search.push(await timeUntilRowsChange(() => search.press(word.at(-1))));

  samples.filter.push(
    await timeUntilRowsChange(() =>
      page.getByRole('button', { name: i % 2 ? 'Open' : 'All', exact: true }).click(),
    ),
  );
  samples.sort.push(
    await timeUntilRowsChange(() =>
      page.getByRole('button', { name: i % 2 ? 'Location' : 'Status' }).click(),
    ),
  );

  // List → detail → back: back must be instant, from the cache.
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: /^Case-/ }).waitFor();
  const t = await page.evaluate(() => performance.now());
  await page.goBack();
  await page.getByRole('table').getByRole('link').first().waitFor();
  samples['detail and back'].push((await page.evaluate(() => performance.now())) - t);
}
await browser.close();

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0;
  return { median: Math.round(at(0.5)), p95: Math.round(at(0.95)) };
};
const rows = Object.entries(samples).map(([name, xs]) => ({ name, ...stats(xs) }));
const md = [
  '# Portal at 10,000 incidents (Playwright, Chromium)',
  '',
  `${RUNS} runs per action, 1440×900, sandbox in the browser. Search times include the ${DEBOUNCE_MS} ms debounce; "after debounce" subtracts it.`,
  '',
  '| action | median ms | p95 ms | median after debounce ms |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.median} | ${r.p95} | ${r.name === 'search' ? Math.max(0, r.median - DEBOUNCE_MS) : r.median} |`,
  ),
  '',
].join('\n');
fs.mkdirSync('reports', { recursive: true });
fs.writeFileSync('reports/scale-bench.md', md);
fs.writeFileSync(
  'reports/scale-bench.json',
  JSON.stringify({ runs: RUNS, samples, rows }, null, 2),
);
console.log(md);
process.exit(0);
