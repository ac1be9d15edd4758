import { DEMO_ORGANIZATION, DEMO_USERS } from '@/config/demo-users';
import { PRIORITIES } from '@/api/service-tickets/workflow';
import { createRng } from '../lib/rng';
import type { Rng } from '../lib/rng';
import { makePdf, routerPng, textFile } from '../lib/files';
import {
  AGENTS,
  ASSIGNEE_GROUPS,
  CATEGORIES,
  COMMENTS_FROM_AGENT,
  COMMENTS_FROM_CUSTOMER,
  INCIDENT_DETAILS,
  INCIDENT_PROBLEMS,
  ORDER_NEEDS,
  ORDER_QUESTIONS,
  ORIGIN_DETAILS,
  OTHER_ORG_USERS,
  ROOT_CAUSES,
  SITE_CONTACTS,
  SITES,
} from './reference-data';
import type { CategorySeed } from './reference-data';
import type { Op, StoredUser, TicketStore } from './store';

/** Seeded data is dated relative to this fixed moment, so every start gives the same sandbox. */
export const SEED_ANCHOR = Date.UTC(2026, 10, 20, 8, 0, 0);
export const DEFAULT_SEED_SIZE = 150;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const customers = DEMO_USERS.filter((u) => u.role === 'customer');

interface Person {
  name: string;
  email: string;
  phone: string;
}

function pickCreator(rng: Rng): { user: StoredUser; person: Person } {
  const roll = rng.next();
  if (roll < 0.72) {
    const u = rng.pick(customers);
    // Integrations send "N/A" for internalUser [ST-1]; the sandbox does too, now and then.
    const internalUser = rng.chance(0.15) ? 'N/A' : false;
    return {
      user: { internalUser, userName: u.userName },
      person: { name: u.userName, email: u.email, phone: u.phone },
    };
  }
  if (roll < 0.95) {
    const p = rng.pick(OTHER_ORG_USERS);
    return { user: { internalUser: false, userName: p.name }, person: p };
  }
  const agent = DEMO_USERS.find((u) => u.role === 'support');
  const name = agent?.userName ?? 'Per Haugen';
  return {
    user: { internalUser: true, userName: name },
    person: { name, email: agent?.email ?? '', phone: agent?.phone ?? '' },
  };
}

function identificationFor(rng: Rng, category: CategorySeed): string {
  switch (category.identification) {
    case 'msisdn':
      return `479${rng.digits(7)}`;
    case 'mbb':
      return `4758${rng.digits(8)}`;
    case 'pots':
      return `47${rng.pick(['2', '3', '5', '6', '7'])}${rng.digits(7)}`;
    case 'lu':
      return `LU-${rng.digits(8)}`;
  }
}

/** Recent tickets are more common than old ones. */
function createdAt(rng: Rng): number {
  const daysAgo = Math.pow(rng.next(), 1.8) * 420;
  return SEED_ANCHOR - Math.round(daysAgo * DAY) - rng.int(0, 8) * HOUR;
}

function agent(rng: Rng): StoredUser {
  return { internalUser: rng.chance(0.2) ? 'N/A' : true, userName: rng.pick(AGENTS) };
}

function attachmentFor(rng: Rng, at: number) {
  const kind = rng.int(0, 2);
  if (kind === 0) return { name: 'Ruterlys.png', contentType: 'image/png', bytes: routerPng() };
  if (kind === 1) {
    const lines = Array.from({ length: rng.int(4, 12) }, (_, i) => {
      const t = new Date(at - (12 - i) * 60_000).toISOString();
      return `${t} ping 8.8.8.8: ${rng.chance(0.3) ? 'timeout' : `${rng.int(8, 240)} ms`}`;
    });
    return {
      name: 'ping-logg.txt',
      contentType: 'text/plain',
      bytes: textFile(`${lines.join('\n')}\n`),
    };
  }
  return {
    name: 'Serviceavtale.pdf',
    contentType: 'application/pdf',
    bytes: makePdf([
      'Serviceavtale - Nordvik Bygg AS',
      `Avtalenummer SA-${rng.digits(6)}`,
      'Responstid: 4 timer innenfor arbeidstid.',
    ]),
  };
}

type Step = { after: number; op: (id: string, at: number) => Op };

/** A plausible history for an incident, ending in a status chosen from its age. */
function incidentHistory(rng: Rng, creator: StoredUser, created: number): Step[] {
  const age = SEED_ANCHOR - created;
  const steps: Step[] = [];
  const at = (fraction: number) => Math.max(1, Math.round(age * fraction));
  const status =
    (s: string, who: StoredUser, text?: string, rootCause = false) =>
    (id: string, t: number): Op => ({
      type: 'status',
      ticketId: id,
      status: s,
      text,
      user: who,
      at: t,
      ...(rootCause ? { rootCause: rng.pick(ROOT_CAUSES) } : {}),
    });
  const comment =
    (text: string, who: StoredUser) =>
    (id: string, t: number): Op => ({
      type: 'comment',
      ticketId: id,
      text,
      user: who,
      at: t,
    });

  if (rng.chance(0.35)) {
    const file = attachmentFor(rng, created + HOUR);
    steps.push({
      after: at(0.02),
      op: (id, t) => ({ type: 'attach', ticketId: id, ...file, user: creator, at: t }),
    });
  }
  const roll = rng.next();
  const young = age < 2 * DAY;
  if (roll < 0.12 || (young && roll < 0.5)) return steps; // still New
  if (roll < 0.17) {
    steps.push({
      after: at(0.3),
      op: status('Cancelled', creator, 'Feilen forsvant av seg selv.'),
    });
    return steps;
  }
  const handler = agent(rng);
  steps.push({ after: at(0.1), op: status('In Progress', handler) });
  steps.push({ after: at(0.15), op: comment(rng.pick(COMMENTS_FROM_AGENT), handler) });
  if (roll < 0.4 || young) return steps; // In Progress
  steps.push({
    after: at(0.3),
    op: status('Awaiting Customer', handler, 'Vi trenger mer informasjon fra dere.'),
  });
  if (roll < 0.52) return steps; // Awaiting Customer
  steps.push({ after: at(0.4), op: comment(rng.pick(COMMENTS_FROM_CUSTOMER), creator) });
  steps.push({ after: at(0.42), op: status('In Progress', creator) });
  steps.push({
    after: at(0.6),
    op: status('Solved', handler, 'Feilen er rettet. Vennligst bekreft.', true),
  });
  if (roll < 0.66) return steps; // Solved
  if (roll < 0.88) {
    steps.push({
      after: at(0.7),
      op: status('Customer Accepted', creator, 'Bekreftet av kunden.'),
    });
  } else {
    steps.push({
      after: at(0.8),
      op: status('Closed', handler, 'Lukket automatisk etter 14 dager.'),
    });
  }
  return steps;
}

function orderHistory(rng: Rng, creator: StoredUser, created: number): Step[] {
  const age = SEED_ANCHOR - created;
  const steps: Step[] = [];
  const at = (fraction: number) => Math.max(1, Math.round(age * fraction));
  const status =
    (s: string, who: StoredUser, text?: string) =>
    (id: string, t: number): Op => ({
      type: 'status',
      ticketId: id,
      status: s,
      text,
      user: who,
      at: t,
    });
  if (rng.chance(0.3)) {
    const file = attachmentFor(rng, created + HOUR);
    steps.push({
      after: at(0.02),
      op: (id, t) => ({ type: 'attach', ticketId: id, ...file, user: creator, at: t }),
    });
  }
  const roll = rng.next();
  if (roll < 0.12 || age < DAY) return steps;
  if (roll < 0.18) {
    steps.push({ after: at(0.3), op: status('Cancelled', creator, 'Bestillingen trekkes.') });
    return steps;
  }
  const handler = agent(rng);
  steps.push({ after: at(0.1), op: status('In Progress', handler) });
  if (roll < 0.38) return steps;
  if (roll < 0.5) {
    steps.push({
      after: at(0.3),
      op: status('Awaiting Customer', handler, rng.pick(ORDER_QUESTIONS)),
    });
    return steps;
  }
  steps.push({ after: at(0.4), op: status('Scheduled', handler, 'Leveranse er planlagt.') });
  if (roll < 0.62) return steps;
  steps.push({ after: at(0.8), op: status('Completed', handler, 'Leveransen er fullført.') });
  return steps;
}

export interface SeedOptions {
  incidents?: number;
  orders?: number;
  seed?: number;
}

/** Fills the store with the same tickets, comments, attachments and activities on every start. */
export function seedTicketStore(store: TicketStore, options: SeedOptions = {}) {
  const rng = createRng(options.seed ?? 20_261_120);
  const incidentCount = options.incidents ?? DEFAULT_SEED_SIZE;
  const orderCount = options.orders ?? Math.max(60, Math.round(incidentCount / 2));

  type Plan = { create: Op & { type: 'create' }; steps: Step[] };
  const plans: Plan[] = [];

  for (let i = 0; i < incidentCount; i++) {
    const { user, person } = pickCreator(rng);
    const category = rng.pick(CATEGORIES);
    const type = rng.pick(category.incidentTypes);
    const site = rng.pick(SITES);
    const at = createdAt(rng);
    const problem = rng.pick(INCIDENT_PROBLEMS);
    plans.push({
      create: {
        type: 'create',
        kind: 'incidents',
        at,
        user,
        owner: rng.pick(ASSIGNEE_GROUPS),
        body: {
          subject: `${site.location} - ${type} - ${problem}`,
          description: `${problem}. ${rng.pick(INCIDENT_DETAILS)}`,
          identificationNumber: identificationFor(rng, category),
          priority: rng.pick(['High', 'Medium', 'Medium', 'Low', 'Critical', ...PRIORITIES]),
          location: site.location,
          organizationNumber: DEMO_ORGANIZATION.organizationNumber,
          productCategoryName: category.name,
          incidentType: type,
          contact: { name: person.name, email: person.email, phone: person.phone },
          ...(rng.chance(0.7) ? { localContact: rng.pick(SITE_CONTACTS) } : {}),
        },
      },
      steps: incidentHistory(rng, user, at),
    });
  }

  for (let i = 0; i < orderCount; i++) {
    const { user, person } = pickCreator(rng);
    const category = rng.pick(CATEGORIES);
    const product = rng.pick(category.products);
    const site = rng.pick(SITES);
    const reason = rng.pick(['Nybestilling', 'Nybestilling', 'Endring', 'Oppsigelse']);
    const at = createdAt(rng);
    const need = rng.pick(ORDER_NEEDS[reason] ?? []);
    const delivery = new Date(at + rng.int(14, 40) * DAY);
    plans.push({
      create: {
        type: 'create',
        kind: 'orders',
        at,
        user,
        owner: rng.pick(ASSIGNEE_GROUPS),
        body: {
          subject: `${site.location} - ${product.productName} - ${need}`,
          description: `${need}. Ønsket levering innen ${delivery.getUTCDate()}.${delivery.getUTCMonth() + 1}.${delivery.getUTCFullYear()} kl. ${rng.int(8, 15)}:00.`,
          reason,
          type: reason,
          priority: rng.pick(['High', 'High', 'Medium', 'Low']),
          product: category.name,
          quantity: reason === 'Oppsigelse' ? 1 : rng.chance(0.05) ? undefined : rng.int(1, 25),
          location: site.location,
          orderReference: `OrdRef${rng.digits(4)}`,
          customerReference: `PO-2026-${rng.digits(4)}`,
          organizationNumber: DEMO_ORGANIZATION.organizationNumber,
          productCategoryName: category.name,
          productId: product.productId,
          productName: product.productName,
          installationAddress: {
            street: site.street,
            floor: `H${rng.int(1, 6)}0${rng.int(1, 9)}`,
            zipCode: site.zipCode,
            city: site.city,
            addressId: rng.digits(6),
          },
          contact: { name: person.name, email: person.email, phone: person.phone },
          ...(rng.chance(0.5) ? { localContact: rng.pick(SITE_CONTACTS) } : {}),
        },
      },
      steps: orderHistory(rng, user, at),
    });
  }

  store.bulk(() => {
    // Create in date order, so case numbers grow with the creation date across both kinds.
    plans.sort((a, b) => a.create.at - b.create.at);
    const later: { at: number; op: Op }[] = [];
    for (const plan of plans) {
      const { id } = store.apply(plan.create);
      const ticket = store.get(plan.create.kind, id);
      if (ticket && plan.create.kind === 'orders') {
        ticket.originDetail = rng.pick(ORIGIN_DETAILS);
        ticket.internalSubSystemReference = `SUB-${rng.digits(6)}`;
        if (plan.create.body.quantity === undefined) ticket.quantity = null;
      }
      for (const step of plan.steps) {
        const at = Math.min(plan.create.at + step.after, SEED_ANCHOR - 60_000);
        later.push({ at, op: step.op(id, at) });
      }
    }
    later.sort((a, b) => a.at - b.at);
    for (const { op } of later) store.apply(op);
  });
}
