import { createCaseHandlers } from './cases/handlers';
import type { CaseHandlerOptions } from './cases/handlers';
import { seedCaseStore } from './cases/seed';
import { createCaseStore } from './cases/store';
import { createFaults } from './faults';
import { createServiceTicketHandlers } from './service-tickets/handlers';
import { seedTicketStore } from './service-tickets/seed';
import { createTicketStore } from './service-tickets/store';
import type { StoreOptions } from './service-tickets/store';
import { createServiceOrderHandlers } from './service-orders/handlers';
import { createServiceOrderStore, seedServiceOrderStore } from './service-orders/store';
import { createTroubleTicketHandlers } from './trouble-tickets/handlers';
import { createTroubleTicketStore, seedTroubleTicketStore } from './trouble-tickets/store';

export interface SandboxOptions extends StoreOptions, CaseHandlerOptions {
  /** Number of seeded incidents (orders: half as many, at least 60). */
  seedSize?: number;
  /** Prefix the Service Ticket API is served under. */
  serviceTicketsPrefix?: string;
}

/** One sandbox: the stores, seeded, and the handlers that serve them (browser, Node, HTTP). */
export function createSandbox(options: SandboxOptions = {}) {
  const tickets = createTicketStore(options);
  seedTicketStore(tickets, { incidents: options.seedSize });
  const cases = createCaseStore(options.clock);
  seedCaseStore(cases);
  const troubleTickets = createTroubleTicketStore(options.clock);
  seedTroubleTicketStore(troubleTickets);
  const serviceOrders = createServiceOrderStore(options.clock);
  seedServiceOrderStore(serviceOrders);
  const faults = createFaults();
  const handlers = [
    ...faults.handlers,
    ...createServiceTicketHandlers(tickets, options.serviceTicketsPrefix),
    ...createCaseHandlers(cases, undefined, options),
    ...createTroubleTicketHandlers(troubleTickets),
    ...createServiceOrderHandlers(serviceOrders),
  ];
  return { tickets, cases, troubleTickets, serviceOrders, faults, handlers };
}

export type Sandbox = ReturnType<typeof createSandbox>;
