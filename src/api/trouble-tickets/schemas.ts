import { z } from '@/lib/zod';
import { lenientNumber, text } from '../lenient';

/*
 * The OSS/J-style Trouble Ticket API (API-INVENTORY §3): create (always OPENACTIVE), get, and
 * update through its states. Request schemas carry the documented constraints and are shared with
 * the sandbox; response schemas survive every quirk of §5.3.
 */

/** The states an update may set [TT-5]: the document runs them together; both readings of the last. */
export const TROUBLE_TICKET_STATES = [
  'OPENACTIVE',
  'DEFERRED.AWAITING-CANCELATION',
  'DEFERRED.AWAITING-INFORMATION',
  'CLOSED.CANCELED',
  'CLOSED.CLEARED',
  'CLOSED',
  'CLEARED',
] as const;

/** States after which a ticket is done: an update to one of them needs the close-out fields [TT-7]. */
export function isClosingState(state: string): boolean {
  return /^(CLOSED|CLEARED)/i.test(state);
}

export const TROUBLE_TICKET_LIMITS = {
  /** 255 on create, 15 on update [TT-6]: a ticket created with a longer key must stay updatable. */
  mirrorKey: 255,
  ticketId: 15,
  dialog: 4000,
  troubleType: 35,
  troubleDescription: 1000,
  troubledObject: 100,
  customerTroubleNum: 100,
  homeId: 255,
  gescal37ID: 40,
  whParameter: 255,
  closeOut: 128,
} as const;

const atMost = (max: number) => z.maxLength(max, { error: `must have at most ${max} characters` });
const limited = (max: number) => z.string().check(z.minLength(1), atMost(max));
const optionalLimited = (max: number) => z.optional(z.string().check(atMost(max)));

/** An ISO 8601 date-time with an offset or Z. */
const dateTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });

/**
 * An attachment sent inline, base64-encoded. The update sample spells the type `mimetype` [TT-2];
 * either key is taken.
 */
export const InlineAttachmentSchema = z.object({
  content: z
    .string()
    .check(
      z.minLength(1),
      z.regex(/^[A-Za-z0-9+/\s]*={0,2}\s*$/, { error: 'must be base64-encoded' }),
    ),
  mimeType: z.optional(z.string().check(atMost(200))),
  mimetype: z.optional(z.string().check(atMost(200))),
  name: limited(255),
});
export type InlineAttachment = z.infer<typeof InlineAttachmentSchema>;

/** `createTroubleTicketByValueRequest` (§3.1.1). */
export const CreateTroubleTicketSchema = z.object({
  baseTroubleTicketState: z.literal('OPENACTIVE', {
    error: 'must be OPENACTIVE: a trouble ticket is created open',
  }),
  mirrorKey: limited(TROUBLE_TICKET_LIMITS.mirrorKey),
  dialog: limited(TROUBLE_TICKET_LIMITS.dialog),
  troubleType: limited(TROUBLE_TICKET_LIMITS.troubleType),
  troubleDescription: limited(TROUBLE_TICKET_LIMITS.troubleDescription),
  troubleDetectionTime: dateTime,
  preferredPriority: z.literal([1, 2, 3], { error: 'must be 1, 2 or 3' }),
  troubledObject: limited(TROUBLE_TICKET_LIMITS.troubledObject),
  customerTroubleNum: limited(TROUBLE_TICKET_LIMITS.customerTroubleNum),
  homeId: optionalLimited(TROUBLE_TICKET_LIMITS.homeId),
  gescal37ID: optionalLimited(TROUBLE_TICKET_LIMITS.gescal37ID),
  wh1Parameter: z
    .string()
    .check(z.regex(/^(cliente|red)$/i, { error: 'must be cliente (client) or red (network)' })),
  wh2Parameter: optionalLimited(TROUBLE_TICKET_LIMITS.whParameter),
  wh3Parameter: optionalLimited(TROUBLE_TICKET_LIMITS.whParameter),
  wh4Parameter: optionalLimited(TROUBLE_TICKET_LIMITS.whParameter),
  wh5Parameter: optionalLimited(TROUBLE_TICKET_LIMITS.whParameter),
  /** "number of clients affected": a string on create, an integer on update [TT-4]. */
  customer: z.optional(
    z.union(
      [
        z.string().check(atMost(100)),
        z.int().check(z.nonnegative({ error: 'must be a whole number of clients' })),
      ],
      {
        error: 'must be the number of clients affected',
      },
    ),
  ),
  clearencePerson: limited(255),
  attachments: z.optional(
    z.array(InlineAttachmentSchema).check(z.maxLength(10, { error: 'must have at most 10 items' })),
  ),
});
export type CreateTroubleTicket = z.infer<typeof CreateTroubleTicketSchema>;

/** The update (§3.1.3). `serviceRestoredTime` has maxLength 20: `YYYY-MM-DDTHH:MM:SSZ` [TT-6]. */
export const UpdateTroubleTicketSchema = z.object({
  baseTroubleTicketState: z.enum(TROUBLE_TICKET_STATES, {
    error: `must be one of ${TROUBLE_TICKET_STATES.join(', ')}`,
  }),
  ticketId: limited(TROUBLE_TICKET_LIMITS.ticketId),
  mirrorKey: limited(TROUBLE_TICKET_LIMITS.mirrorKey),
  dialog: limited(TROUBLE_TICKET_LIMITS.dialog),
  closeOutType: optionalLimited(TROUBLE_TICKET_LIMITS.closeOut),
  closeOutNarr: optionalLimited(TROUBLE_TICKET_LIMITS.closeOut),
  serviceRestoredTime: z.optional(
    z.string().check(
      z.refine(
        (v) => {
          const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(v) ? Date.parse(v) : NaN;
          // A real instant: month 13 or 30 February do not come back as written.
          return !Number.isNaN(ms) && new Date(ms).toISOString().replace('.000Z', 'Z') === v;
        },
        { error: 'must be a UTC date-time of the form 2025-01-15T10:30:00Z' },
      ),
    ),
  ),
  customer: z.optional(
    z.union(
      [
        z.int().check(z.nonnegative({ error: 'must be a whole number of clients' })),
        z.string().check(z.regex(/^\d{1,100}$/, { error: 'must be a whole number of clients' })),
      ],
      {
        error: 'must be a whole number of clients',
      },
    ),
  ),
  attachments: z.optional(
    z.array(InlineAttachmentSchema).check(z.maxLength(10, { error: 'must have at most 10 items' })),
  ),
});
export type UpdateTroubleTicket = z.infer<typeof UpdateTroubleTicketSchema>;

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/** "Created": `{ ticketId, mirrorKey }` [TT-17]. */
export const CreatedTroubleTicketSchema = z.object({
  ticketId: z.string().check(z.minLength(1)),
  mirrorKey: text,
});
export type CreatedTroubleTicket = z.output<typeof CreatedTroubleTicketSchema>;

/**
 * A trouble ticket as read: the detection time under either spelling [TT-1], the priority as a
 * number or numeric string with no range check [TT-3], `customer` as text whatever its type
 * [TT-4], states and issue types as open strings [TT-5]. The update's answer is a subset [TT-17].
 */
export const TroubleTicketSchema = z.pipe(
  z.object({
    ticketId: z.string().check(z.minLength(1)),
    mirrorKey: text,
    baseTroubleTicketState: text,
    dialog: text,
    troubleType: text,
    troubleDescription: text,
    troubleDetectionTime: text,
    troubleDectectionTime: text,
    preferredPriority: lenientNumber,
    troubledObject: text,
    customerTroubleNum: text,
    wh1Parameter: text,
    customer: text,
    closeOutType: text,
    closeOutNarr: text,
    serviceRestoredTime: text,
    /** Not in the document's answers [TT-14]; read when a server sends them. */
    attachments: z.pipe(
      z.optional(z.unknown()),
      z.transform((v) =>
        (Array.isArray(v) ? v : [])
          .filter((a): a is Record<string, unknown> => !!a && typeof a === 'object')
          .map((a) => ({
            name: typeof a.name === 'string' ? a.name : undefined,
            mimeType: [a.mimeType, a.mimetype].find((t): t is string => typeof t === 'string'),
          })),
      ),
    ),
  }),
  z.transform(({ troubleDectectionTime, troubleDetectionTime, ...ticket }) => ({
    ...ticket,
    // The first spelling that has a value [TT-1].
    troubleDetectionTime: troubleDetectionTime || troubleDectectionTime,
  })),
);
export type TroubleTicket = z.output<typeof TroubleTicketSchema>;
