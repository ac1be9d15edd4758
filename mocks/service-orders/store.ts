/*
 * The tenant/store Service Orders sandbox's in-memory store (API-INVENTORY §4). The document
 * names almost no fields [SO-1]; the records here are open objects with the fields the
 * inventory infers (the list filters, `serviceOrderUid`, `position`, `orderAddress`,
 * `invoiceAddress`), each under a generated id that matches `^[A-Za-z0-9_-]+$`.
 *
 * Every tenant has the same catalogue of service types, service statuses and hourly rates (the
 * API can create statuses and rates, but not service types [SO-12]); tenant `demo`, store `oslo`
 * holds the seeded service orders. Any other tenant or store starts empty.
 */

export type Doc = Record<string, unknown>;

/** Records of one kind under their id field, in insertion order. */
export class Collection {
  readonly docs = new Map<string, Doc>();
  private next = 1;
  constructor(
    readonly idField: string,
    private readonly prefix: string,
  ) {}
  add(doc: Doc, id?: string): Doc {
    let key = id;
    while (key === undefined || this.docs.has(key)) key = `${this.prefix}-${this.next++}`;
    const stored = { [this.idField]: key, ...doc };
    stored[this.idField] = key;
    this.docs.set(key, stored);
    return stored;
  }
  get(id: string): Doc | undefined {
    return this.docs.get(id);
  }
  delete(id: string): boolean {
    return this.docs.delete(id);
  }
  all(): Doc[] {
    return [...this.docs.values()];
  }
}

export interface OrderChildren {
  items: Collection;
  events: Collection;
  hours: Collection;
  notifications: Collection;
  salesOrders: Collection;
}

export interface Tenant {
  serviceTypes: Collection;
  serviceStatuses: Collection;
  hourlyRates: Collection;
  stores: Map<string, { orders: Collection; children: Map<string, OrderChildren> }>;
}

const SERVICE_TYPES = [
  { serviceTypeId: 'repair', name: 'Repair', description: 'Fault finding and repair' },
  { serviceTypeId: 'installation', name: 'Installation', description: 'Set up at the customer' },
  { serviceTypeId: 'warranty', name: 'Warranty', description: 'Repair under warranty' },
];
const SERVICE_STATUSES = [
  { serviceStatusId: 'received', name: 'Received', position: 1 },
  { serviceStatusId: 'in-progress', name: 'In progress', position: 2 },
  { serviceStatusId: 'waiting-for-parts', name: 'Waiting for parts', position: 3 },
  { serviceStatusId: 'ready', name: 'Ready for pick-up', position: 4 },
  { serviceStatusId: 'delivered', name: 'Delivered', position: 5 },
];
const HOURLY_RATES = [
  { hourlyRateId: 'standard', code: 'STD', name: 'Standard', ratePerHour: 950, currency: 'NOK' },
  { hourlyRateId: 'evening', code: 'EVE', name: 'Evening', ratePerHour: 1350, currency: 'NOK' },
];

export function createServiceOrderStore(clock: () => number = Date.now) {
  const tenants = new Map<string, Tenant>();
  let hashes = 0;

  /** A tenant as it is, or as a new one starts (with the catalogue), stored only by a write. */
  function tenant(tenantId: string, write = true): Tenant {
    let t = tenants.get(tenantId);
    if (!t) {
      t = {
        serviceTypes: new Collection('serviceTypeId', 'type'),
        serviceStatuses: new Collection('serviceStatusId', 'status'),
        hourlyRates: new Collection('hourlyRateId', 'rate'),
        stores: new Map(),
      };
      for (const s of SERVICE_TYPES) t.serviceTypes.add({ ...s }, s.serviceTypeId);
      for (const s of SERVICE_STATUSES) t.serviceStatuses.add({ ...s }, s.serviceStatusId);
      for (const r of HOURLY_RATES) t.hourlyRates.add({ ...r }, r.hourlyRateId);
      if (write) tenants.set(tenantId, t);
    }
    return t;
  }

  /** A store's orders; reading one that was never written to stores nothing. */
  function store(tenantId: string, storeId: string, write = true) {
    const t = tenant(tenantId, write);
    let s = t.stores.get(storeId);
    if (!s) {
      s = { orders: new Collection('serviceOrderUid', 'so'), children: new Map() };
      if (write) t.stores.set(storeId, s);
    }
    return s;
  }

  /** The records under an order (only asked for orders that exist). */
  function children(tenantId: string, storeId: string, serviceOrderId: string): OrderChildren {
    const s = store(tenantId, storeId);
    let c = s.children.get(serviceOrderId);
    if (!c) {
      c = {
        items: new Collection('itemId', 'item'),
        events: new Collection('eventId', 'event'),
        hours: new Collection('hoursId', 'hours'),
        notifications: new Collection('notificationId', 'notification'),
        salesOrders: new Collection('salesOrderId', 'sales'),
      };
      s.children.set(serviceOrderId, c);
    }
    return c;
  }

  /**
   * A public page reference with the characters a real hash has (`+`, `/`, `=` [SO-10]). It is a
   * sandbox's: made from the order, a counter and the clock, not secret.
   */
  function publicHash(serviceOrderUid: string): string {
    hashes += 1;
    const raw = `${serviceOrderUid}:${hashes}:${clock()}`;
    let h = 2166136261;
    for (const c of raw) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    return `${h.toString(36)}+${(h ^ 0x5bd1e995).toString(36)}/${hashes}=`;
  }

  return { clock, tenant, store, children, publicHash, tenants };
}

export type ServiceOrderStore = ReturnType<typeof createServiceOrderStore>;

/** `2026-11-20T09:00:00Z`: seconds, UTC. */
export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Twelve service orders in tenant `demo`, store `oslo`, dated before 2026-11-20. */
export function seedServiceOrderStore(so: ServiceOrderStore) {
  const base = Date.UTC(2026, 10, 20, 9, 0, 0);
  const { orders } = so.store('demo', 'oslo');
  const customers = [
    { name: 'Anna Berg', phone: '+47 912 34 567', email: 'anna.berg@example.no' },
    { name: 'Johanna Lie', phone: '+47 934 56 789', email: 'johanna.lie@example.no' },
    { name: 'Ola Nordmann', phone: '+47 401 23 456', email: 'ola@nordvik.example.no' },
    { name: 'Nordvik Bygg AS', phone: '+47 22 33 44 55', email: 'post@nordvik.example.no' },
  ];
  const titles = [
    'Router restarts every hour',
    'Install fibre box in the basement',
    'Replace cracked phone screen',
    'Set up mesh Wi-Fi on two floors',
    'TV decoder shows no signal',
    'Laptop does not charge',
  ];
  const states = ['OPEN', 'IN_PROGRESS', 'WAITING', 'DONE'];
  const statusOf: Record<string, string> = {
    OPEN: 'received',
    IN_PROGRESS: 'in-progress',
    WAITING: 'waiting-for-parts',
    DONE: 'delivered',
  };
  const types = ['repair', 'installation', 'warranty'];
  const priorities = ['NONE', 'LOW', 'NORMAL', 'HIGH'];
  for (let i = 0; i < 12; i++) {
    const state = states[i % states.length] ?? 'OPEN';
    const createdAt = base - (12 - i) * 26 * 3600_000;
    const uid = `so-${1001 + i}`;
    const order = orders.add(
      {
        serviceNumber: `S-${10001 + i}`,
        title: titles[i % titles.length],
        description: 'Registered at the counter.',
        customer: customers[i % customers.length],
        state,
        serviceStatusId: statusOf[state],
        serviceType: types[i % types.length],
        assignedUser: i % 3 === 0 ? '' : ['per-haugen', 'ingrid-bakke'][i % 2],
        createdFromStore: i % 4 === 3 ? 'bergen' : 'oslo',
        priority: priorities[i % priorities.length],
        publicHash: so.publicHash(uid),
        createdAt: iso(createdAt),
        updatedAt: iso(createdAt + 5 * 3600_000),
      },
      uid,
    );
    const c = so.children('demo', 'oslo', uid);
    c.items.add({ name: 'Diagnosis', quantity: 1, unitPrice: 490 });
    if (i % 2 === 0) c.items.add({ name: 'Spare part', quantity: 2, unitPrice: 249.5 });
    c.events.add({
      type: 'REGISTERED',
      text: `Registered ${String(order.serviceNumber)}`,
      createdAt: iso(createdAt),
      createdBy: 'counter',
    });
    if (state !== 'OPEN') {
      c.events.add({
        type: 'STATE_CHANGED',
        text: `State set to ${state}`,
        createdAt: iso(createdAt + 5 * 3600_000),
        createdBy: 'per-haugen',
      });
      c.hours.add({
        date: iso(createdAt).slice(0, 10),
        hours: 1.5,
        hourlyRateId: 'standard',
        user: 'per-haugen',
        description: 'Fault finding',
      });
    }
    c.notifications.add({
      channel: 'SMS',
      recipient: customers[i % customers.length]?.phone,
      message: `Your service order ${String(order.serviceNumber)} is registered.`,
      sentAt: iso(createdAt + 60_000),
    });
    if (state === 'DONE') {
      c.salesOrders.add({
        customerId: `cust-${i}`,
        reference: `SO-${10001 + i}`,
        orderAddress: { street: 'Storgata 1', zip: '0155', city: 'Oslo', country: 'NO' },
        createdAt: iso(createdAt + 30 * 3600_000),
      });
    }
  }
}
