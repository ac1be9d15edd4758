import { z } from '@/lib/zod';
import {
  arrayOrWrapped,
  commaList,
  lenientBoolean,
  lenientNumber,
  list,
  text,
  timestamp,
} from '../lenient';
import { EMAIL_PATTERN, multiLineText, oneLineText, PHONE_PATTERN } from '../write-text';

export { EMAIL_PATTERN, PHONE_PATTERN };

/*
 * The Service Ticket API model (API-INVENTORY §1.1). Response schemas are lenient (they parse every
 * provider sample, quirks included); write schemas are strict and shared by the portal's forms and
 * the sandbox's request validation.
 */

export const TICKET_KINDS = ['incidents', 'orders'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

export const CaseUserSchema = z.pipe(
  z.nullish(z.object({ internalUser: lenientBoolean, userName: text })),
  z.transform((v) => v ?? undefined),
);
export type CaseUser = NonNullable<z.output<typeof CaseUserSchema>>;

export const ContactSchema = z.pipe(
  z.nullish(z.object({ name: text, email: text, phone: text })),
  z.transform((v) => v ?? undefined),
);
export type Contact = NonNullable<z.output<typeof ContactSchema>>;

export const AddressSchema = z.pipe(
  z.nullish(z.object({ street: text, floor: text, zipCode: text, city: text, addressId: text })),
  z.transform((v) => v ?? undefined),
);
export type Address = NonNullable<z.output<typeof AddressSchema>>;

/** The `ticket` summary carried by items of the activity lists; optional, fields optional [ST-14]. */
export const TicketRefSchema = z.pipe(
  z.nullish(
    z.object({
      id: text,
      caseNumber: text,
      subject: text,
      location: text,
      productCategoryName: text,
      incidentType: text,
    }),
  ),
  z.transform((v) => v ?? undefined),
);
export type TicketRef = NonNullable<z.output<typeof TicketRefSchema>>;

export const ActivitySchema = z.object({
  id: text,
  date: timestamp,
  content: text,
  action: text,
  fieldName: text,
  oldValue: text,
  newValue: text,
  user: CaseUserSchema,
  ticket: TicketRefSchema,
});
export type Activity = z.output<typeof ActivitySchema>;

export const ActivityPageSchema = z.object({
  totalSize: lenientNumber,
  count: lenientNumber,
  activities: list(ActivitySchema),
});
export type ActivityPage = z.output<typeof ActivityPageSchema>;

export const AttachmentSchema = z.object({
  id: text,
  name: text,
  size: lenientNumber,
  contentType: text,
  createdDate: timestamp,
});
export type Attachment = z.output<typeof AttachmentSchema>;
export const AttachmentListSchema = arrayOrWrapped(AttachmentSchema, 'attachments');

export const CommentSchema = z.object({ id: text, createdDate: timestamp, commentBody: text });
export type Comment = z.output<typeof CommentSchema>;
export const CommentListSchema = arrayOrWrapped(CommentSchema, 'comments');

/** `{ id }` from the POST endpoints; the body may be empty [ST-4], so the id may be unknown. */
export const IdResponseSchema = z.pipe(
  z.nullish(z.object({ id: text })),
  z.transform((v) => ({ id: v?.id })),
);
export type IdResponse = z.output<typeof IdResponseSchema>;

export const CountSchema = z.object({ count: lenientNumber });

const ticketCommon = {
  id: text,
  caseNumber: text,
  createdDate: timestamp,
  lastModifiedDate: timestamp,
  closedDate: timestamp,
  status: text,
  subject: text,
  description: text,
  location: text,
  priority: text,
  productCategoryName: text,
  organizationNumber: text,
  createdBy: CaseUserSchema,
  contact: ContactSchema,
  localContact: ContactSchema,
  owner: text,
  lastActivity: z.pipe(
    z.nullish(ActivitySchema),
    z.transform((v) => v ?? undefined),
  ),
};

const incidentFields = {
  ...ticketCommon,
  identificationNumber: text,
  statusReason: text,
  incidentType: text,
  rootCause: text,
  rootCauseDescription: text,
  caseAssignedTo: text,
};

const orderFields = {
  ...ticketCommon,
  reason: text,
  type: text,
  product: text,
  quantity: lenientNumber,
  orderReference: text,
  customerReference: text,
  productId: text,
  productName: text,
  originDetail: text,
  internalSubSystemReference: text,
  installationAddress: AddressSchema,
};

/** Incident list items carry `owner`, the detail `caseAssignedTo` [ST-10]: `assignedTo` is either. */
const withAssignee = <T extends { owner?: string; caseAssignedTo?: string }>(t: T) => ({
  ...t,
  assignedTo: t.caseAssignedTo ?? t.owner,
});

export const IncidentSummarySchema = z.pipe(z.object(incidentFields), z.transform(withAssignee));
export const IncidentSchema = z.pipe(
  z.object({
    ...incidentFields,
    attachments: list(AttachmentSchema),
    activities: list(ActivitySchema),
  }),
  z.transform(withAssignee),
);
export const OrderSummarySchema = z.pipe(z.object(orderFields), z.transform(withAssignee));
export const OrderSchema = z.pipe(
  z.object({
    ...orderFields,
    attachments: list(AttachmentSchema),
    activities: list(ActivitySchema),
  }),
  z.transform(withAssignee),
);

export type IncidentSummary = z.output<typeof IncidentSummarySchema>;
export type Incident = z.output<typeof IncidentSchema>;
export type OrderSummary = z.output<typeof OrderSummarySchema>;
export type Order = z.output<typeof OrderSchema>;

export const IncidentListSchema = z.object({
  totalSize: lenientNumber,
  count: lenientNumber,
  incidents: list(IncidentSummarySchema),
});
export const OrderListSchema = z.object({
  totalSize: lenientNumber,
  count: lenientNumber,
  orders: list(OrderSummarySchema),
});

const ProductSchema = z.object({ productId: text, productName: text });
export type Product = z.output<typeof ProductSchema>;

export const IncidentCategorySchema = z.object({
  orgNo: text,
  productCatName: text,
  incidentTypes: commaList,
  products: list(ProductSchema),
});
export const OrderCategorySchema = z.object({
  orgNo: text,
  productCatName: text,
  products: list(ProductSchema),
});
export type IncidentCategory = z.output<typeof IncidentCategorySchema>;
export type OrderCategory = z.output<typeof OrderCategorySchema>;
export const IncidentCategoryListSchema = arrayOrWrapped(
  IncidentCategorySchema,
  'productCategories',
);
export const OrderCategoryListSchema = arrayOrWrapped(OrderCategorySchema, 'productCategories');

/** What one page of a list holds, whichever the kind. */
export interface ListPage<T> {
  totalSize: number;
  items: T[];
}

// ---------------------------------------------------------------------------------------------
// Writes: one definition for forms (zodResolver) and the sandbox's request validation
// ---------------------------------------------------------------------------------------------

/** Field limits. The document gives none; these keep absurd input out and are stated in the UI. */
export const LIMITS = {
  subject: 255,
  description: 32_000,
  comment: 32_000,
  shortText: 255,
  name: 120,
  email: 254,
  identificationNumber: 50,
  reference: 100,
  statusText: 4_000,
  status: 80,
  quantity: 100_000,
} as const;

const singleLine = (max: number) => oneLineText(max);
const multiLine = (max: number) => multiLineText(max);

export const ContactWriteSchema = z.object({
  name: singleLine(LIMITS.name),
  email: z.optional(
    z.string().check(
      z.maxLength(LIMITS.email),
      z.refine((v) => v === '' || EMAIL_PATTERN.test(v), { error: 'not a valid email address' }),
    ),
  ),
  phone: z.optional(
    z.string().check(
      z.refine((v) => v === '' || PHONE_PATTERN.test(v), {
        error: 'not a valid phone number (5 to 17 digits, optionally starting with +)',
      }),
    ),
  ),
});
export type ContactWrite = z.infer<typeof ContactWriteSchema>;

export const CaseUserWriteSchema = z.object({
  internalUser: z.optional(z.union([z.boolean(), z.string().check(z.maxLength(10))])),
  userName: z.optional(singleLine(LIMITS.name)),
});

export const AddressWriteSchema = z.object({
  street: z.optional(singleLine(LIMITS.shortText)),
  floor: z.optional(singleLine(40)),
  // The document gives a zip code no format; the portal's form asks for a Norwegian one.
  zipCode: z.optional(singleLine(20)),
  city: z.optional(singleLine(LIMITS.name)),
  addressId: z.optional(singleLine(40)),
});
export type AddressWrite = z.infer<typeof AddressWriteSchema>;

const ticketWriteCommon = {
  subject: z.optional(singleLine(LIMITS.subject)),
  description: z.optional(multiLine(LIMITS.description)),
  priority: z.optional(singleLine(40)),
  location: z.optional(singleLine(LIMITS.shortText)),
  organizationNumber: z.optional(singleLine(20)),
  productCategoryName: z.optional(singleLine(LIMITS.name)),
  createdBy: z.optional(CaseUserWriteSchema),
  contact: z.optional(ContactWriteSchema),
  localContact: z.optional(ContactWriteSchema),
};

/** Body of `POST /incidents` and `PUT /incidents/{id}`; no field is required by the document [ST-21]. */
export const IncidentWriteSchema = z.object({
  ...ticketWriteCommon,
  identificationNumber: z.optional(singleLine(LIMITS.identificationNumber)),
  incidentType: z.optional(singleLine(LIMITS.name)),
});
export type IncidentWrite = z.infer<typeof IncidentWriteSchema>;

/** Body of `POST /orders` and `PUT /orders/{id}`. */
export const OrderWriteSchema = z.object({
  ...ticketWriteCommon,
  reason: z.optional(singleLine(LIMITS.name)),
  type: z.optional(singleLine(LIMITS.name)),
  product: z.optional(singleLine(LIMITS.name)),
  quantity: z.optional(
    z
      .number()
      .check(z.positive({ error: 'must be a positive number' }), z.maximum(LIMITS.quantity)),
  ),
  orderReference: z.optional(singleLine(LIMITS.reference)),
  customerReference: z.optional(singleLine(LIMITS.reference)),
  productId: z.optional(singleLine(40)),
  productName: z.optional(singleLine(LIMITS.name)),
  installationAddress: z.optional(AddressWriteSchema),
});
export type OrderWrite = z.infer<typeof OrderWriteSchema>;

export type TicketWrite<K extends TicketKind> = K extends 'incidents' ? IncidentWrite : OrderWrite;

/** Fields the sandbox treats as mandatory on create (400001 when missing). */
export const MANDATORY_ON_CREATE: Record<TicketKind, readonly string[]> = {
  incidents: ['subject', 'description'],
  orders: ['subject'],
};

export const CommentWriteSchema = z.object({
  text: multiLine(LIMITS.comment).check(
    z.refine((v) => v.trim() !== '', { error: 'must not be empty' }),
  ),
  userName: z.optional(singleLine(LIMITS.name)),
});
export type CommentWrite = z.infer<typeof CommentWriteSchema>;

export const StatusWriteSchema = z.object({
  status: singleLine(LIMITS.status).check(
    z.refine((v) => v.trim() !== '', { error: 'must not be empty' }),
  ),
  text: z.optional(multiLine(LIMITS.statusText)),
});
export type StatusWrite = z.infer<typeof StatusWriteSchema>;

// ---------------------------------------------------------------------------------------------
// Query parameters (API-INVENTORY §1.2)
// ---------------------------------------------------------------------------------------------

export const TICKET_SORT_FIELDS = [
  'caseNumber',
  'status',
  'location',
  'identificationNumber',
  'incidentType',
  'createdDate',
  'lastModifiedDate',
  'lastActivity',
  'subject',
  'priority',
  'productCategoryName',
] as const;
export type TicketSortField = (typeof TICKET_SORT_FIELDS)[number];
/** What each kind's list sorts on: an order has no incident type or identification number. */
export const SORT_FIELDS_BY_KIND: Record<TicketKind, readonly TicketSortField[]> = {
  incidents: TICKET_SORT_FIELDS,
  orders: TICKET_SORT_FIELDS.filter((f) => f !== 'identificationNumber' && f !== 'incidentType'),
};
export type SortOrder = 'ASC' | 'DESC';

export interface TicketFilter {
  isClosed?: boolean;
  status?: string[];
  productCategoryName?: string[];
}

export interface TicketListParams extends TicketFilter {
  caseNumber?: string;
  search?: string;
  loggedBy?: string;
  skip?: number;
  count?: number;
  sortField?: TicketSortField;
  order?: SortOrder;
}

export const ACTIVITY_SORT_FIELDS = ['date', 'lastActivity', 'id', 'caseNumber'] as const;
export type ActivitySortField = (typeof ACTIVITY_SORT_FIELDS)[number];

export interface ActivityListParams {
  skip?: number;
  count?: number;
  sortField?: ActivitySortField;
  order?: SortOrder;
}
