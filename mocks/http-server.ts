import { createServer } from 'node:http';
import { parseFaults } from './faults';
import { answerUnparsableRequests, createHttpApp } from './http-app';
import { createSandbox } from './sandbox';

/*
 * `npm run mock-server`: the sandbox as a real HTTP server, serving the documented paths verbatim
 * (`/service-tickets/v2/...`) so anyone can curl it and a built portal can be pointed at it.
 */

const port = Number(process.env.PORT ?? 4010);
const host = process.env.HOST ?? '127.0.0.1';
const seedSize = process.env.SEED_SIZE ? Number(process.env.SEED_SIZE) : undefined;
const allowedOrigins = (
  process.env.CORS_ORIGINS ??
  'http://localhost:5173,http://127.0.0.1:5173,http://localhost:4173,http://127.0.0.1:4173'
)
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

const started = performance.now();
const caseCodes = process.env.CASE_CODES ?? 'strict';
if (caseCodes !== 'strict' && caseCodes !== 'lenient') {
  // A misspelt setting would otherwise start a strict sandbox while its user expects a lenient one.
  console.error(`CASE_CODES must be strict or lenient, not "${caseCodes}"`);
  process.exit(1);
}
const sandbox = createSandbox({ seedSize, caseCodes });
const seededIn = Math.round(performance.now() - started);
sandbox.faults.set(parseFaults(process.env.FAULTS));

const server = createServer(
  createHttpApp(sandbox, { allowedOrigins, baseUrl: `http://${host}:${port}` }),
);

answerUnparsableRequests(server);

server.listen(port, host, () => {
  const incidents = sandbox.tickets.all('incidents').length;
  const orders = sandbox.tickets.all('orders').length;
  console.log(
    `Sandbox API on http://${host}:${port}/service-tickets/v2 ` +
      `(${incidents} incidents, ${orders} orders, seeded in ${seededIn} ms)`,
  );
  console.log(
    `Case Management API on http://${host}:${port}/case-management/v2, ` +
      `OSS/J trouble tickets on http://${host}:${port}/troubleTicket, ` +
      `service orders on http://${host}:${port}/tenants/demo/stores/oslo/service-orders`,
  );
  if (caseCodes === 'lenient') console.log('Case codes: lenient (any 0000-0000 code)');
  const faults = sandbox.faults.active();
  if (faults.length) console.log(`Faults in force: ${JSON.stringify(faults)}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
