import { z } from '@/lib/zod';
import { lenientBoolean, list, text } from '../lenient';
import { isExecutableName } from '../service-tickets/attachment-rules';
import { EMAIL_PATTERN, multiLineText, oneLineText, PHONE_PATTERN } from '../write-text';
import { CASE_CODES } from './codes';

/*
 * Case Management API 2.0.0 (API-INVENTORY §2). Response schemas survive every quirk of §5.2;
 * request schemas carry the documented constraints and are shared by the forms and the sandbox.
 */

export const CASE_STATUSES = [
  'SUBMITTED',
  'IN_PROGRESS',
  'RESOLVED',
  'ACTION_REQUIRED',
  'CLOSED',
  'CANCELLED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const FINAL_CASE_STATUSES: readonly string[] = ['CLOSED', 'CANCELLED'];

export const CASE_LIMITS = {
  description: 4000,
  primaryId: 100,
  secondaryId: 100,
  customerReferenceId: 200,
  note: 4000,
  reason: 4000,
  attachments: 5,
} as const;

export { isCaseNumber, isCaseOrOrderNumber } from './numbers';

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

export const CaseAttachmentRefSchema = z.object({
  id: oneLineText(100, { required: true }),
  // The name a technician will see and save the file under: no program's name.
  name: z.optional(
    oneLineText(255).check(
      z.refine((n) => !isExecutableName(n), { error: 'executable files are not permitted' }),
    ),
  ),
});
export type CaseAttachmentRef = z.infer<typeof CaseAttachmentRefSchema>;

/** A way to reach a person: an e-mail address or a phone number is checked as one. */
const contactDetail = z
  .object({
    type: oneLineText(40, { required: true }),
    value: oneLineText(254, { required: true }),
  })
  .check(
    z.superRefine((detail, ctx) => {
      const type = detail.type.toUpperCase();
      const valid =
        type === 'EMAIL'
          ? EMAIL_PATTERN.test(detail.value)
          : type === 'PHONE' || type === 'MOBILE'
            ? PHONE_PATTERN.test(detail.value)
            : true;
      if (!valid)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: type === 'EMAIL' ? 'not a valid email address' : 'not a valid phone number',
        });
    }),
  );

/** A registered user, by name — or a person without a login, with type and phone/email [CM-23]. */
export const RegisteredContactSchema = z.object({
  type: oneLineText(40, { required: true }),
  registeredUsers: z
    .array(oneLineText(200, { required: true }))
    .check(z.minLength(1), z.maxLength(20)),
});
export const PersonContactSchema = z.object({
  type: oneLineText(40, { required: true }),
  firstName: oneLineText(100, { required: true }),
  lastName: oneLineText(100, { required: true }),
  details: z.optional(z.array(contactDetail).check(z.maxLength(10))),
});
export const CaseContactRequestSchema = z.union([RegisteredContactSchema, PersonContactSchema]);
export type CaseContactRequest = z.infer<typeof CaseContactRequestSchema>;

export const CreateCaseSchema = z.object({
  code: z.enum(CASE_CODES, {
    // The value named, so a sender sees which code was refused (e.g. the sample's `0013-0102`).
    error: (issue) =>
      typeof issue.input === 'string'
        ? `"${issue.input.slice(0, 40)}" is not one of the documented ticket codes (e.g. 0000-0000)`
        : 'must be one of the documented ticket codes, as text (e.g. "0000-0000")',
  }),
  description: multiLineText(CASE_LIMITS.description, { required: true }),
  primaryId: oneLineText(CASE_LIMITS.primaryId, { required: true }),
  secondaryId: z.optional(oneLineText(CASE_LIMITS.secondaryId, { required: true })),
  occurredDateTime: z.optional(
    z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }),
  ),
  customerReferenceId: z.optional(oneLineText(CASE_LIMITS.customerReferenceId, { required: true })),
  attachments: z.optional(
    z.array(CaseAttachmentRefSchema).check(z.maxLength(CASE_LIMITS.attachments)),
  ),
  contacts: z.optional(z.array(CaseContactRequestSchema).check(z.maxLength(20))),
  /** Open JSON object: the 14 variants are undocumented [CM-4]. */
  details: z.optional(z.record(z.string(), z.unknown())),
});
export type CreateCase = z.infer<typeof CreateCaseSchema>;

export const NOTE_VISIBILITIES = ['EXTERNAL', 'INTERNAL'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

export const AddNoteSchema = z.object({
  text: multiLineText(CASE_LIMITS.note, { required: true }),
  attachments: z.optional(
    z.array(CaseAttachmentRefSchema).check(z.maxLength(CASE_LIMITS.attachments)),
  ),
  visibility: z.optional(z.enum(NOTE_VISIBILITIES)),
});
export type AddNote = z.infer<typeof AddNoteSchema>;

export const CancelCaseSchema = z.object({
  reason: multiLineText(CASE_LIMITS.reason, { required: true }),
});
export type CancelCase = z.infer<typeof CancelCaseSchema>;

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

export const CreateCaseResultSchema = z.object({ id: text, type: text });
export type CreateCaseResult = z.output<typeof CreateCaseResultSchema>;

/** `{ result: { CaseId, CaseNotesId, CaseNumber } }`, PascalCase, all optional [CM-8, CM-9]. */
export const NoteResultSchema = z.pipe(
  z.nullish(
    z.object({
      result: z.pipe(
        z.nullish(z.object({ CaseId: text, CaseNotesId: text, CaseNumber: text })),
        z.transform((r) => ({
          caseId: r?.CaseId,
          noteId: r?.CaseNotesId,
          caseNumber: r?.CaseNumber,
        })),
      ),
    }),
  ),
  z.transform((v) => v?.result ?? { caseId: undefined, noteId: undefined, caseNumber: undefined }),
);
export type NoteResult = z.output<typeof NoteResultSchema>;

/** Strings, arrays of strings, or one string → string[] ([CM-17]: `ibx` is both). */
const stringList = z.pipe(
  z.optional(
    z.union([z.array(z.union([z.string(), z.number()])), z.string(), z.number(), z.null()]),
  ),
  z.transform((v) =>
    v === null || v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)],
  ),
);

/** An open object (`purchaseOrder: {}` [CM-15]) or anything else. */
const jsonValue = z.optional(z.unknown());

const keyValue = z.object({
  key: text,
  value: z.pipe(
    jsonValue,
    z.transform((v) => v),
  ),
});

const ContactResponseSchema = z.object({
  type: text,
  firstName: text,
  lastName: text,
  registeredUsers: stringList,
  details: list(z.object({ type: text, value: text })),
});
export type CaseContact = z.output<typeof ContactResponseSchema>;

/** `reOpen` is a boolean in one place and "NOT_ALLOWED" in another [CM-11]. */
const flag = z.pipe(
  z.optional(z.unknown()),
  z.transform((v) => {
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string')
      return /^(true|allowed|yes)$/i.test(v)
        ? true
        : /^(false|not_allowed|no)$/i.test(v)
          ? false
          : null;
    return null;
  }),
);

const LineSchema = z.object({
  lineId: text,
  parentLineId: text,
  productType: text,
  productOfferingCode: text,
  productCode: text,
  productName: text,
  status: text,
  reOpen: flag,
  respond: lenientBoolean,
  ibx: stringList,
  cage: text,
  requestType: text,
  activityId: text,
  purchaseOrder: jsonValue,
  estimatedCompletion: z.pipe(
    z.nullish(z.catchall(z.object({ originalDateTime: text }), z.unknown())),
    z.transform((v) => v ?? undefined),
  ),
  updatedDateTime: text,
  additionalInfo: list(keyValue),
  modifiable: lenientBoolean,
  cancellable: lenientBoolean,
});
export type CaseLine = z.output<typeof LineSchema>;

const OtherDetailsSchema = z.pipe(
  z.nullish(
    z.object({
      contactUCMID: text,
      recordType: text,
      subChannel: text,
      finalScheduledDate: text,
      category: text,
      subCategory: text,
      description: text,
      updatedDateTime: text,
      updatedByFullName: text,
      // An empty string means "no date" [CM-13].
      requestedTerminationDate: z.pipe(
        text,
        z.transform((v) => (v === '' ? undefined : v)),
      ),
      statusHistory: list(z.object({ status: text, createdDate: text })),
      purchaseOrders: stringList,
      products: stringList,
      productOfferingCodes: stringList,
      details: list(LineSchema),
      additionalInfo: list(keyValue),
      modifiable: flag,
      reOpen: flag,
      cancellable: flag,
      respond: flag,
    }),
  ),
  z.transform((v) => v ?? undefined),
);

export const CaseSchema = z.object({
  id: text,
  accountNumber: text,
  accountName: text,
  customerReferenceId: text,
  channel: text,
  orderId: text,
  location: z.pipe(
    z.nullish(z.catchall(z.object({ ibx: stringList }), z.unknown())),
    z.transform((v) => ({ ibx: v?.ibx ?? [] })),
  ),
  status: text,
  contacts: list(ContactResponseSchema),
  createdDateTime: text,
  otherDetails: OtherDetailsSchema,
});
export type Case = z.output<typeof CaseSchema>;
