import { z } from '@/lib/zod';

/*
 * Decoders that survive the providers' quirks (API-INVENTORY §5.6): they never throw on a value
 * of the wrong shape; they turn it into `undefined`/`null` so the UI can say "unknown".
 */

/** A string field; numbers are stringified, null/absent become undefined. */
export const text = z.pipe(
  z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  z.transform((v) => (v === null || v === undefined ? undefined : String(v))),
);

/** `true`, `false`, `"N/A"` [ST-1], other strings or null → boolean | null. */
export const lenientBoolean = z.pipe(
  z.optional(z.unknown()),
  z.transform((v) =>
    typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : null,
  ),
);

/** Numbers, numeric strings, placeholders like `"int"`, `"number"`, `"N/A"` [ST-3] → number | null. */
export const lenientNumber = z.pipe(
  z.optional(z.unknown()),
  z.transform((v) => {
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    return null;
  }),
);

/**
 * Timestamps are kept as the raw string [ST-2]; `parseApiDate` turns them into a Date when it can.
 */
export const timestamp = text;

const OFFSET = /([+-])(\d{2}):?(\d{1,2})$/;

/**
 * Parses `2017-10-09T17:21:47.000+0000`, `…+000` (three digits), `…+00:00`, `…Z` and plain dates.
 * Returns null for anything else (for example the placeholder `"string"`), never throws.
 */
export function parseApiDate(raw: string | undefined | null): Date | null {
  if (!raw) return null;
  let value = raw.trim();
  const match = OFFSET.exec(value);
  if (match && /T/.test(value)) {
    const [whole, sign, hh, mm = '0'] = match;
    value = `${value.slice(0, -whole.length)}${sign}${hh}:${mm.padEnd(2, '0')}`;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Formats a Date the way the provider writes timestamps: `2017-10-09T17:21:47.000+0000`. */
export function formatApiDate(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

/** An array, or one comma-separated string [ST-12], or nothing → string[]. */
export const commaList = z.pipe(
  z.optional(z.union([z.array(z.union([z.string(), z.number()])), z.string(), z.null()])),
  z.transform((v) => {
    if (v === null || v === undefined) return [];
    const items = typeof v === 'string' ? v.split(/,\s*/) : v.map(String);
    return items.map((s) => s.trim()).filter((s) => s !== '');
  }),
);

/** A list that may be absent or null → always an array. */
export function list<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.nullish(z.array(item)),
    z.transform((v) => v ?? []),
  );
}

/**
 * A top-level array, or the same array wrapped in an object under `key` [ST-11]: the documents
 * describe objects while the samples send arrays, so both are accepted.
 */
export function arrayOrWrapped<T extends z.ZodMiniType>(item: T, key: string) {
  return z.union([
    z.array(item),
    z.pipe(
      z.object({ [key]: z.nullish(z.array(item)) }),
      z.transform((o) => (o[key] ?? []) as z.output<T>[]),
    ),
  ]);
}
