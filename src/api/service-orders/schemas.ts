import { z } from '@/lib/zod';
import { lenientNumber } from '../lenient';

/*
 * The tenant/store Service Orders API (API-INVENTORY §4) documents no response bodies [SO-1]:
 * records are read as open objects, with the few fields the inventory infers typed leniently,
 * and lists as a page whatever its envelope (a bare array, or `items` / `content` / `data` /
 * `results` with an optional total) [SO-9].
 */

/** Any JSON object, kept whole. */
export const RecordSchema = z.record(z.string(), z.unknown());
export type ServiceRecord = z.output<typeof RecordSchema>;

/**
 * A value shown as text, whatever the server makes of it: text or a number as it is, an object
 * by its `name`, `code` or `id` (`{ "id": "u1", "name": "Per" }` → "Per"), a list joined, anything
 * else unknown. For display only: the record keeps the value as sent.
 */
export function labelOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(labelOf).filter((v): v is string => v !== undefined);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const named = [o.name, o.code, o.id].find(
      (x): x is string | number => typeof x === 'string' || typeof x === 'number',
    );
    return named === undefined ? undefined : String(named);
  }
  return undefined;
}

/**
 * A service order, kept as sent [SO-1]: only its id, `serviceOrderUid` [SO-14], is read (as text,
 * for the addresses that name it); show the other fields with `labelOf`.
 */
export const ServiceOrderSchema = z.catchall(
  z.object({
    serviceOrderUid: z.pipe(
      z.optional(z.unknown()),
      z.transform((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined)),
    ),
  }),
  z.unknown(),
);
export type ServiceOrder = z.output<typeof ServiceOrderSchema>;

export interface Page<T> {
  items: T[];
  page: number | null;
  pageSize: number | null;
  /** Null when the server did not say (a bare array says only what is on this page). */
  totalCount: number | null;
}

const ENVELOPE_KEYS = ['items', 'content', 'data', 'results'] as const;

/** The records of a page envelope: under a usual key, else under the only list it has. */
function listIn(envelope: Record<string, unknown>): unknown[] | undefined {
  for (const key of ENVELOPE_KEYS) {
    const value = envelope[key];
    if (Array.isArray(value)) return value as unknown[];
  }
  const embedded = envelope._embedded;
  const holder =
    embedded && typeof embedded === 'object' ? (embedded as Record<string, unknown>) : envelope;
  const lists = Object.values(holder).filter(Array.isArray);
  return lists.length === 1 ? lists[0] : undefined;
}

/**
 * A page of `item`s from a bare array or any of the usual envelopes (`items`, `content`, `data`,
 * `results`, a resource-named list such as `serviceOrders`, HAL's `_embedded`). A record that is
 * not one fails the page: nothing is left out without a word.
 */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.union([z.array(z.unknown()), RecordSchema]),
    z.transform((raw, ctx): Page<z.output<T>> => {
      const empty = { items: [], page: null, pageSize: null, totalCount: null };
      const envelope = Array.isArray(raw) ? undefined : raw;
      const list = envelope ? listIn(envelope) : (raw as unknown[]);
      if (!list) {
        ctx.issues.push({ code: 'custom', message: 'not a list of records', input: raw });
        return empty;
      }
      const items: z.output<T>[] = [];
      for (const [i, entry] of list.entries()) {
        const parsed = item.safeParse(entry);
        if (!parsed.success) {
          ctx.issues.push({ code: 'custom', message: `record ${i} is not one`, input: entry });
          return empty;
        }
        items.push(parsed.data);
      }
      const number = (...keys: string[]) => {
        for (const k of keys) {
          const n = lenientNumber.parse(envelope?.[k]);
          if (n !== null) return n;
        }
        return null;
      };
      return {
        items,
        page: number('page'),
        pageSize: number('pageSize', 'size'),
        totalCount: number('totalCount', 'total', 'totalElements'),
      };
    }),
  );
}

/**
 * The report as JSON: the file base64-encoded [SO-11], under a key the document does not name,
 * or as a bare string. An answer without the file is not taken for an empty report.
 */
export const ReportJsonSchema = z.pipe(
  z.union([z.string(), RecordSchema]),
  z.transform((r, ctx) => {
    const record = typeof r === 'string' ? {} : r;
    const content =
      typeof r === 'string'
        ? r
        : [r.content, r.file, r.data, r.base64, r.fileContent].find(
            (v): v is string => typeof v === 'string',
          );
    if (!content) ctx.issues.push({ code: 'custom', message: 'no file in the report', input: r });
    return {
      content: content ?? '',
      fileName: [record.fileName, record.name].find((v): v is string => typeof v === 'string'),
      contentType: typeof record.contentType === 'string' ? record.contentType : undefined,
    };
  }),
);
export type ReportJson = z.output<typeof ReportJsonSchema>;
