import type { CaseContactRequest, CaseAttachmentRef, NoteVisibility } from '@/api/cases/schemas';
import { FINAL_CASE_STATUSES } from '@/api/cases/schemas';
import { DEMO_USERS } from '@/config/demo-users';
import { base64ToBytes, bytesToBase64 } from '../lib/files';

/*
 * The Case Management sandbox's in-memory store: cases (addressable by case or order number),
 * their notes and status history, and the uploaded files notes and cases refer to.
 */

export interface CaseLine {
  lineId: string;
  parentLineId: string;
  productType: string;
  productOfferingCode: string;
  productCode: string;
  productName: string;
  status: string;
  reOpen: string;
  respond: boolean;
  ibx: string;
  cage: string;
  requestType: string;
  activityId: string;
  purchaseOrder: Record<string, unknown>;
  estimatedCompletion: { originalDateTime: string };
  updatedDateTime: string;
  additionalInfo: { key: string; value: unknown }[];
  modifiable: boolean;
  cancellable: boolean;
}

export interface StoredNote {
  id: string;
  text: string;
  visibility: NoteVisibility;
  attachments: CaseAttachmentRef[];
  author: string;
  at: number;
}

export interface StoredCase {
  sfId: string;
  caseNumber: string;
  orderId?: string;
  type: 'CASE' | 'TROUBLE';
  code: string;
  description: string;
  primaryId: string;
  secondaryId?: string;
  customerReferenceId?: string;
  occurredDateTime?: string;
  accountNumber: string;
  accountName: string;
  channel: 'PORTAL' | 'OFFLINE';
  ibx: string[];
  status: string;
  createdAt: number;
  updatedAt: number;
  updatedBy: string;
  contacts: CaseContactRequest[];
  attachments: CaseAttachmentRef[];
  details?: Record<string, unknown>;
  statusHistory: { status: string; at: number }[];
  notes: StoredNote[];
  lines: CaseLine[];
  purchaseOrders: string[];
  products: string[];
  productOfferingCodes: string[];
  category: string;
  subCategory: string;
  additionalInfo: { key: string; value: unknown }[];
  modifiable: boolean;
  cancellable: boolean;
  reOpen: boolean;
  respond: boolean;
  /** The demo users this case belongs to (for pre-filling their case lists in the sandbox). */
  owners: string[];
}

export interface StoredFile {
  id: string;
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface CaseSnapshot {
  cases: StoredCase[];
  files: (Omit<StoredFile, 'bytes'> & { bytes: string })[];
  caseCounter: number;
  idCounter: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Newly submitted cases are picked up by an agent after this long. */
export const PICK_UP_AFTER_MS = 15_000;

export function createCaseStore(clock: () => number = Date.now) {
  const cases = new Map<string, StoredCase>();
  const byOrder = new Map<string, StoredCase>();
  const files = new Map<string, StoredFile>();
  let caseCounter = 11_150_940;
  let idCounter = 1;
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  const nextUuid = () => {
    const n = idCounter++;
    return `${hex(n, 8)}-c0de-4a11-8000-${hex(n * 7919, 12)}`;
  };
  const nextSfId = (prefix: string) => `${prefix}${hex(idCounter++, 10).toUpperCase()}AAA`;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  /** What a case in its status can no longer have done to it. */
  function lockForStatus(c: StoredCase) {
    // A resolved case has had its work done: it can be closed or reopened, not cancelled.
    if (c.status === 'RESOLVED') {
      c.cancellable = false;
      for (const line of c.lines) line.cancellable = false;
    }
    if (FINAL_CASE_STATUSES.includes(c.status)) {
      c.cancellable = false;
      c.modifiable = false;
      c.respond = false;
      for (const line of c.lines) {
        line.cancellable = false;
        line.modifiable = false;
      }
    }
  }

  function setStatus(c: StoredCase, status: string, at: number, by: string) {
    c.status = status;
    c.updatedAt = at;
    c.updatedBy = by;
    c.statusHistory.push({ status, at });
    lockForStatus(c);
    changed();
  }

  return {
    clock,
    add(c: Omit<StoredCase, 'caseNumber' | 'sfId'> & { caseNumber?: string }): StoredCase {
      const caseNumber = c.caseNumber ?? String(++caseCounter).padStart(8, '0');
      const stored: StoredCase = { ...c, caseNumber, sfId: nextSfId('5007i') };
      lockForStatus(stored);
      cases.set(caseNumber, stored);
      if (stored.orderId) byOrder.set(stored.orderId, stored);
      changed();
      return stored;
    },
    /** By case number or order number; a submitted case that has waited is picked up. */
    find(id: string): StoredCase | undefined {
      const c = cases.get(id) ?? byOrder.get(id);
      if (c?.status === 'SUBMITTED' && clock() - c.updatedAt >= PICK_UP_AFTER_MS) {
        // Stamped when support took it, not when someone next looked.
        setStatus(c, 'IN_PROGRESS', c.updatedAt + PICK_UP_AFTER_MS, 'Kundestøtte');
      }
      return c;
    },
    all: () => [...cases.values()],
    setStatus,
    /** `fromCustomer`: a note by the customer's side answers what support asked for. */
    addNote(
      c: StoredCase,
      note: Omit<StoredNote, 'id' | 'at'>,
      { fromCustomer }: { fromCustomer: boolean },
    ): StoredNote {
      const stored: StoredNote = { ...note, id: nextSfId('a067i'), at: clock() };
      c.notes.push(stored);
      // The case's "updated at / by" is read by the customer: an internal note leaves no trace
      // there.
      if (note.visibility !== 'INTERNAL') {
        c.updatedAt = stored.at;
        c.updatedBy = note.author;
      }
      // The customer has answered what support asked for (a note by support staff — asking
      // again, or telling the customer something — leaves the case waiting on the customer).
      if (c.status === 'ACTION_REQUIRED' && note.visibility === 'EXTERNAL' && fromCustomer) {
        setStatus(c, 'IN_PROGRESS', stored.at, note.author);
      }
      changed();
      return stored;
    },
    addFile(file: Omit<StoredFile, 'id'>, id: string = nextUuid()): StoredFile {
      const stored = { ...file, id };
      files.set(id, stored);
      changed();
      return stored;
    },
    file: (id: string) => files.get(id),
    noteId: () => nextSfId('a067i'),
    /** Called after every change (the browser sandbox saves a snapshot, to survive a reload). */
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Everything in the store as plain JSON-safe data. */
    snapshot(): CaseSnapshot {
      return {
        cases: [...cases.values()],
        files: [...files.values()].map((f) => ({ ...f, bytes: bytesToBase64(f.bytes) })),
        caseCounter,
        idCounter,
      };
    },
    /** Replaces the store's contents with a snapshot. */
    restore(snapshot: CaseSnapshot) {
      cases.clear();
      byOrder.clear();
      files.clear();
      for (const c of snapshot.cases) {
        cases.set(c.caseNumber, c);
        if (c.orderId) byOrder.set(c.orderId, c);
      }
      for (const f of snapshot.files) files.set(f.id, { ...f, bytes: base64ToBytes(f.bytes) });
      caseCounter = snapshot.caseCounter;
      idCounter = snapshot.idCounter;
    },
  };
}

export type CaseStore = ReturnType<typeof createCaseStore>;

/**
 * A contact as the GET answers it (ContactResponse: `firstName`, `lastName`, `type`, `details`):
 * a registered user sent by name comes back as that person, with the address and phone the
 * directory has for them — one contact per registered user.
 */
function contactWire(c: CaseContactRequest) {
  if (!('registeredUsers' in c))
    return { firstName: c.firstName, lastName: c.lastName, type: c.type, details: c.details ?? [] };
  return c.registeredUsers.map((name) => {
    const known = DEMO_USERS.find((u) => u.userName.toLowerCase() === name.toLowerCase());
    const [firstName = name, ...rest] = (known?.userName ?? name).trim().split(/\s+/);
    const details = known
      ? [
          { type: 'EMAIL', value: known.email },
          { type: 'PHONE', value: `+${known.phone}` },
        ]
      : [];
    return { firstName, lastName: rest.join(' '), type: c.type, details };
  });
}

/** The GET body, shaped like the provider's sample. Notes are not part of it (the API has none). */
export function wireCase(c: StoredCase) {
  return {
    id: c.caseNumber,
    accountNumber: c.accountNumber,
    accountName: c.accountName,
    ...(c.customerReferenceId ? { customerReferenceId: c.customerReferenceId } : {}),
    channel: c.channel,
    ...(c.orderId ? { orderId: c.orderId } : {}),
    location: { ibx: c.ibx },
    status: c.status,
    contacts: c.contacts.flatMap(contactWire),
    createdDateTime: iso(c.createdAt),
    otherDetails: {
      contactUCMID: '236284',
      recordType: 'ECM',
      subChannel: 'ECP',
      finalScheduledDate: iso(c.createdAt + 5 * 86_400_000),
      category: c.category,
      subCategory: c.subCategory,
      description: c.description,
      updatedDateTime: iso(c.updatedAt),
      updatedByFullName: c.updatedBy,
      requestedTerminationDate: '',
      statusHistory: c.statusHistory.map((h) => ({ status: h.status, createdDate: iso(h.at) })),
      purchaseOrders: c.purchaseOrders,
      products: c.products,
      productOfferingCodes: c.productOfferingCodes,
      details: c.lines,
      // The create's `details` object has no field of its own in the GET; its entries come back
      // here, as key and value (the values are open JSON, as they are here already [CM-12]).
      additionalInfo: [
        ...c.additionalInfo,
        ...Object.entries(c.details ?? {}).map(([key, value]) => ({ key, value })),
      ],
      modifiable: c.modifiable,
      reOpen: c.reOpen,
      cancellable: c.cancellable,
      respond: c.respond,
    },
  };
}
