import { env } from '@/config/env';
import type { z } from '@/lib/zod';
import { ApiError, path, requestJson } from '../http';
import {
  CreatedTroubleTicketSchema,
  CreateTroubleTicketSchema,
  TroubleTicketSchema,
  UpdateTroubleTicketSchema,
} from './schemas';
import type {
  CreatedTroubleTicket,
  CreateTroubleTicket,
  TroubleTicket,
  UpdateTroubleTicket,
} from './schemas';

/*
 * The OSS/J-style Trouble Ticket API client (API-INVENTORY §3): `/troubleTicket` with no version
 * prefix, below `VITE_TROUBLE_TICKETS_BASE_URL` (the portal's own origin by default). Bodies are
 * checked against the document's constraints before they are sent, so a bad one fails here with
 * the field named instead of as the server's one-line "Bad Request".
 */

const base = () => env.troubleTicketsBaseUrl;

/** The body, checked: a bad one is refused with the server's 400 as a typed error, fields named. */
function checked<S extends z.ZodMiniType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const fieldErrors = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'body',
    message: issue.message,
  }));
  throw new ApiError({
    kind: 'http',
    status: 400,
    code: '400002',
    message: fieldErrors.map((f) => `${f.field} ${f.message}`).join('; '),
    fieldErrors,
  });
}

/** Creates a ticket; its state is always OPENACTIVE [TT-17]. */
export async function createTroubleTicket(
  ticket: Omit<CreateTroubleTicket, 'baseTroubleTicketState'>,
  signal?: AbortSignal,
): Promise<CreatedTroubleTicket> {
  const body = checked(CreateTroubleTicketSchema, {
    ...ticket,
    baseTroubleTicketState: 'OPENACTIVE',
  });
  return requestJson({
    method: 'POST',
    baseUrl: base(),
    route: '/troubleTicket',
    body,
    schema: CreatedTroubleTicketSchema,
    signal,
  });
}

export function getTroubleTicket(ticketId: string, signal?: AbortSignal): Promise<TroubleTicket> {
  return requestJson({
    baseUrl: base(),
    route: path`/troubleTicket/${ticketId}`,
    schema: TroubleTicketSchema,
    signal,
  });
}

/**
 * Updates a ticket: a new state, a dialog line, attachments, or the close-out. The body repeats
 * the ticket id [TT-8]; it is filled in from the address, so the two cannot differ.
 */
export async function updateTroubleTicket(
  ticketId: string,
  update: Omit<UpdateTroubleTicket, 'ticketId'>,
  signal?: AbortSignal,
): Promise<TroubleTicket> {
  const body = checked(UpdateTroubleTicketSchema, { ...update, ticketId });
  return requestJson({
    method: 'PATCH',
    baseUrl: base(),
    route: path`/troubleTicket/${ticketId}`,
    body,
    schema: TroubleTicketSchema,
    signal,
  });
}
