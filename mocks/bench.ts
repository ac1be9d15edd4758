import fs from 'node:fs';
import { getResponse } from 'msw';
import { createSandbox } from './sandbox';

/*
 * `npm run bench:sandbox`: latency of the sandbox's list, search and sort at 10,000 incidents,
 * measured per request through the same handlers the HTTP server uses (routing, validation,
 * query, JSON). Writes reports/sandbox-bench.{md,json}. Target: p95 under 30 ms.
 */

const SIZE = Number(process.env.SEED_SIZE ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 60);
const BASE = 'http://bench.local/service-tickets/v2';

const t0 = performance.now();
const sandbox = createSandbox({ seedSize: SIZE });
const seedMs = performance.now() - t0;
const anyIncident = sandbox.tickets.all('incidents')[42];

const scenarios: { name: string; path: string; writeBefore?: boolean }[] = [
  { name: 'first page (default sort)', path: '/incidents?skip=0&count=25' },
  { name: 'page 200', path: '/incidents?skip=5000&count=25' },
  { name: 'search "oslo"', path: '/incidents?search=oslo&count=25' },
  {
    name: 'search a case number',
    path: `/incidents?search=${anyIncident?.caseNumber ?? ''}&count=25`,
  },
  { name: 'search, no match', path: '/incidents?search=zzzyx&count=25' },
  {
    name: 'open only, two statuses',
    path: '/incidents?isClosed=false&status=New&status=In%20Progress&count=25',
  },
  { name: 'sort by status ASC', path: '/incidents?sortField=status&order=ASC&count=25' },
  { name: 'sort by location DESC', path: '/incidents?sortField=location&order=DESC&count=25' },
  {
    name: 'sort by lastActivity DESC',
    path: '/incidents?sortField=lastActivity&order=DESC&count=25',
  },
  {
    name: 'mine, sorted by createdDate',
    path: '/incidents?loggedBy=Kari%20Nordmann&sortField=createdDate&order=DESC&count=25',
  },
  { name: 'count, open', path: '/incidents/count?isClosed=false' },
  { name: 'activity feed', path: '/incidents/activities?count=20' },
  {
    name: 'sort by status after a write',
    path: '/incidents?sortField=status&order=ASC&count=25',
    writeBefore: true,
  },
];

const headers = {
  Authorization: 'Bearer bench',
  'X-User-Name': 'Kari Nordmann',
  'Content-Type': 'application/json',
};

async function request(path: string, init: RequestInit = {}) {
  const response = await getResponse(
    sandbox.handlers,
    new Request(`${BASE}${path}`, { headers, ...init }),
  );
  if (!response?.ok) throw new Error(`${path}: ${response?.status ?? 'no handler'}`);
  await response.arrayBuffer();
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

const rows: { scenario: string; median: number; p95: number; max: number }[] = [];
for (const s of scenarios) {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 5; i++) {
    if (s.writeBefore) {
      await request(`/incidents/${anyIncident?.id ?? ''}/comments`, {
        method: 'POST',
        body: JSON.stringify({ text: `bench ${i}` }),
      });
    }
    const start = performance.now();
    await request(s.path);
    if (i >= 5) samples.push(performance.now() - start); // the first runs warm up the JIT
  }
  const { median, p95, max } = stats(samples);
  rows.push({ scenario: s.name, median, p95, max });
}

const round = (n: number) => Math.round(n * 100) / 100;
const worstP95 = Math.max(...rows.map((r) => r.p95));
const md = [
  `# Sandbox latency at ${SIZE.toLocaleString('en')} incidents`,
  '',
  `Node ${process.version}, ${RUNS} runs per scenario after 5 warm-up runs; seeded in ${Math.round(seedMs)} ms.`,
  `Target: p95 under 30 ms per request. Worst p95: **${round(worstP95)} ms** — ${worstP95 < 30 ? 'met' : 'NOT met'}.`,
  '',
  '| scenario | median ms | p95 ms | max ms |',
  '| --- | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.scenario} | ${round(r.median)} | ${round(r.p95)} | ${round(r.max)} |`),
  '',
].join('\n');
fs.mkdirSync('reports', { recursive: true });
fs.writeFileSync('reports/sandbox-bench.md', md);
fs.writeFileSync(
  'reports/sandbox-bench.json',
  JSON.stringify(
    { size: SIZE, runs: RUNS, seedMs: round(seedMs), node: process.version, rows },
    null,
    2,
  ),
);
console.log(md);
