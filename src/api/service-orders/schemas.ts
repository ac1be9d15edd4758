import { z } from '@/lib/zod';
import { lenientNumber, text } from '../lenient';

/*
 * The tenant/store Service Orders API (API-INVENTORY §4) documents no response bodies [SO-1]:
 * records are read as open objects, with the few fields the inventory infers typed leniently,
 * and lists as a page whatever its envelope (a bare array, or `items` / `content` / `data` /
 * `results` with an optional total) [SO-9].
 */

/** Any JSON object, kept whole. */
export const RecordSchema = z.record(z.string(), z.unknown());
export type ServiceRecord = z.output<typeof RecordSchema>;

/** A service order: `serviceOrderUid` is its id [SO-14]; everything else is kept as sent. */
export const ServiceOrderSchema = z.catchall(
  z.object({
    serviceOrderUid: text,
    serviceNumber: text,
    title: text,
    state: text,
    priority: text,
    serviceType: text,
    assignedUser: text,
    createdAt: text,
    updatedAt: text,
  }),
  z.unknown(),
);
export type ServiceOrder = z.output<typeof ServiceOrderSchema>;

export interface Page<T> {
  items: T[];
  page: number | null;
  pageSize: number | null;
  /** Null when the server did not say. */
  totalCount: number | null;
}

const ENVELOPE_KEYS = ['items', 'content', 'data', 'results'] as const;

/** A page of `item`s from a bare array or any of the usual envelopes. */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.union([z.array(z.unknown()), RecordSchema]),
    z.transform((raw, ctx): Page<z.output<T>> => {
      const envelope = Array.isArray(raw) ? undefined : raw;
      const key = envelope && ENVELOPE_KEYS.find((k) => Array.isArray(envelope[k]));
      const list = Array.isArray(raw) ? raw : key ? (envelope[key] as unknown[]) : null;
      if (!list) {
        ctx.issues.push({ code: 'custom', message: 'not a list of records', input: raw });
        return { items: [], page: null, pageSize: null, totalCount: null };
      }
      const items = list.flatMap((entry) => {
        const parsed = item.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      });
      const number = (...keys: string[]) => {
        for (const k of keys) {
          const n = lenientNumber.parse(envelope?.[k]);
          if (n !== null) return n;
        }
        return null;
      };
      return {
        items,
        page: number('page', 'number'),
        pageSize: number('pageSize', 'size'),
        totalCount: Array.isArray(raw)
          ? raw.length
          : number('totalCount', 'total', 'totalElements'),
      };
    }),
  );
}

/** The report as JSON: the file base64-encoded [SO-11]; the field name is not documented. */
export const ReportJsonSchema = z.pipe(
  RecordSchema,
  z.transform((r) => {
    const content = [r.content, r.file, r.data, r.base64].find((v) => typeof v === 'string');
    return {
      content: typeof content === 'string' ? content : undefined,
      fileName: typeof r.fileName === 'string' ? r.fileName : undefined,
      contentType: typeof r.contentType === 'string' ? r.contentType : undefined,
    };
  }),
);
export type ReportJson = z.output<typeof ReportJsonSchema>;
