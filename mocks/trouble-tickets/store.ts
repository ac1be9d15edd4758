/*
 * The OSS/J trouble ticket sandbox's in-memory store: tickets by `ticketId` (`RED-84`), each with
 * its dialog lines in the order they came [TT-18] and its attachments' bytes.
 */

export interface StoredAttachment {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface StoredTroubleTicket {
  ticketId: string;
  mirrorKey: string;
  state: string;
  /** Every dialog line, the first from the create; the last is the ticket's `dialog`. */
  dialog: string[];
  troubleType: string;
  troubleDescription: string;
  troubleDetectionTime: string;
  preferredPriority: number;
  troubledObject: string;
  customerTroubleNum: string;
  homeId?: string;
  gescal37ID?: string;
  wh1Parameter: string;
  wh2Parameter?: string;
  wh3Parameter?: string;
  wh4Parameter?: string;
  wh5Parameter?: string;
  customer?: string;
  clearencePerson: string;
  closeOutType?: string;
  closeOutNarr?: string;
  serviceRestoredTime?: string;
  attachments: StoredAttachment[];
}

export function createTroubleTicketStore(clock: () => number = Date.now) {
  const tickets = new Map<string, StoredTroubleTicket>();
  let next = 85;

  return {
    clock,
    /** By ticket id, in any letter case (`red-84` is `RED-84`). */
    find(ticketId: string): StoredTroubleTicket | undefined {
      return tickets.get(ticketId.toUpperCase());
    },
    add(ticket: Omit<StoredTroubleTicket, 'ticketId'> & { ticketId?: string }) {
      const ticketId = (ticket.ticketId ?? `RED-${next++}`).toUpperCase();
      const stored = { ...ticket, ticketId };
      tickets.set(ticketId, stored);
      return stored;
    },
  };
}

export type TroubleTicketStore = ReturnType<typeof createTroubleTicketStore>;

const encoder = new TextEncoder();

/** RED-84 as the document's GET sample shows it, and two more in other states. */
export function seedTroubleTicketStore(store: TroubleTicketStore) {
  store.add({
    ticketId: 'RED-84',
    mirrorKey: 'ONV-1024',
    state: 'OPENACTIVE',
    dialog: ['ERI_MM_OLTZ3562010LAP012_para que se revise'],
    troubleType: 'FTTH_PROVISION_RANGED_NO_NAVEGA',
    troubleDescription: 'ONT sincronizado, pero no navega.',
    troubleDetectionTime: '2020-09-15T00:00:00Z',
    preferredPriority: 1,
    troubledObject: 'CTO',
    customerTroubleNum: 'O99999999999/M9999999999',
    wh1Parameter: 'Red',
    customer: '100',
    clearencePerson: 'agent-017',
    attachments: [],
  });
  store.add({
    ticketId: 'RED-82',
    mirrorKey: 'ONV-1019',
    state: 'DEFERRED.AWAITING-INFORMATION',
    dialog: [
      'Customer reports no light on the ONT since the storm.',
      'Please confirm the exact address of the affected home.',
    ],
    troubleType: 'FTTH_SIN_SERVICIO',
    troubleDescription: 'No service on a single home.',
    troubleDetectionTime: '2026-11-18T07:45:00Z',
    preferredPriority: 3,
    troubledObject: 'ONT',
    customerTroubleNum: 'O10000000123',
    homeId: 'H-0042-117',
    wh1Parameter: 'cliente',
    customer: '1',
    clearencePerson: 'agent-021',
    attachments: [
      { name: 'ont-log.txt', mimeType: 'text/plain', bytes: encoder.encode('LOS alarm 07:41\n') },
    ],
  });
  store.add({
    ticketId: 'RED-80',
    mirrorKey: 'ONV-1011',
    state: 'CLOSED.CLEARED',
    dialog: ['Splitter in cabinet 12 replaced.'],
    troubleType: 'FTTH_INS_CTO INACCESIBLE',
    troubleDescription: 'Cabinet could not be opened.',
    troubleDetectionTime: '2026-11-02T12:00:00Z',
    preferredPriority: 2,
    troubledObject: 'CTO',
    customerTroubleNum: 'O99999990',
    wh1Parameter: 'red',
    customer: '120',
    clearencePerson: 'agent-017',
    closeOutType: 'REPARACION',
    closeOutNarr: 'Splitter replaced',
    serviceRestoredTime: '2026-11-03T09:15:00Z',
    attachments: [],
  });
}
