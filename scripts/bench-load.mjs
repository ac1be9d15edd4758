// `npm run bench:load`: cold page loads of the production build under DevTools throttling (4× CPU,
// 150 ms round trip, 1.6 Mbit/s — Lighthouse's mobile figures), observed in Chromium rather than
// simulated: FCP, LCP, the blocking time after FCP (long tasks' time beyond 50 ms) and the longest
// task, median of RUNS (default 5) per page. Steadier than Lighthouse's simulation from run to
// run, so it is the one to compare two versions with. Writes reports/load-bench.{md,json}.
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import {
  medians,
  reportName,
  runsFromEnv,
  selectedPages,
  signedInUrl,
  startProductionServers,
} from './lib/production-servers.mjs';

const RUNS = runsFromEnv(5);
const pages = await startProductionServers();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});

async function load(route) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1.6e6 / 8,
    uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const seen = { tasks: [], lcp: 0, fcp: 0 };
    Object.assign(window, { __load: seen });
    const watch = (type, take) =>
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({
        type,
        buffered: true,
      });
    watch('longtask', (e) => seen.tasks.push([e.startTime, e.duration]));
    watch('largest-contentful-paint', (e) => (seen.lcp = e.startTime));
    watch('paint', (e) => {
      if (e.name === 'first-contentful-paint') seen.fcp = e.startTime;
    });
  });
  await page.goto(signedInUrl(route));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500); // LCP and long tasks settle
  const { tasks, lcp, fcp } = await page.evaluate(() => window.__load);
  await context.close();
  return {
    fcpMs: Math.round(fcp),
    lcpMs: Math.round(lcp),
    blockingMs: Math.round(
      tasks.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    ),
    longestTaskMs: Math.round(Math.max(0, ...tasks.map(([, d]) => d))),
  };
}

const rows = [];
for (const [name, route] of selectedPages(pages)) {
  console.log(`Loading ${name} (${route}) ${RUNS} times …`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await load(route));
  const keys = ['fcpMs', 'lcpMs', 'blockingMs', 'longestTaskMs'];
  rows.push({ page: name, route, ...medians(runs, keys), runs });
}
await browser.close();

const md = [
  '# Page loads under DevTools throttling',
  '',
  `Production build against the HTTP sandbox; 412×823, 4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s; median of ${RUNS} cold loads per page; ${new Date().toISOString()}.`,
  '',
  '| page | FCP ms | LCP ms | blocking after FCP ms | longest task ms |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) => `| ${r.page} | ${r.fcpMs} | ${r.lcpMs} | ${r.blockingMs} | ${r.longestTaskMs} |`,
  ),
  '',
].join('\n');
fs.mkdirSync('reports', { recursive: true });
fs.writeFileSync(`reports/${reportName('load-bench')}.md`, md);
fs.writeFileSync(
  `reports/${reportName('load-bench')}.json`,
  JSON.stringify({ runs: RUNS, rows }, null, 2),
);
console.log(md);
process.exit(0); // the servers' pipes would keep Node running
