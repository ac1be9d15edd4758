import { queryOptions } from '@tanstack/react-query';
import { z } from '@/lib/zod';

/*
 * Labels for the 165 ticket codes come from a catalogue file an operator can replace without a
 * rebuild (`/case-code-catalogue.json`). The sandbox ships a sample one, marked as sample data.
 */

const Label = z.object({ en: z.string(), nb: z.optional(z.string()) });

const CatalogueSchema = z.object({
  sample: z.optional(z.boolean()),
  note: z.optional(z.string()),
  groups: z._default(z.array(z.object({ prefix: z.string(), label: Label })), []),
  codes: z._default(z.record(z.string(), Label), {}),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

export const catalogueQuery = queryOptions({
  queryKey: ['case-code-catalogue'],
  queryFn: async ({ signal }) => {
    const response = await fetch(`${import.meta.env.BASE_URL}case-code-catalogue.json`, { signal });
    if (!response.ok)
      throw new Error(`The code catalogue could not be loaded (${response.status}).`);
    return CatalogueSchema.parse(await response.json());
  },
  staleTime: Infinity,
});

const pick = (label: { en: string; nb?: string } | undefined, language: string) =>
  label ? (language === 'nb' ? (label.nb ?? label.en) : label.en) : undefined;

/** "0305-0100 · Trouble – equipment: type 0100", or the bare code when the catalogue lacks it. */
export function codeLabel(
  catalogue: Catalogue | undefined,
  code: string,
  language: string,
): string {
  const label = pick(catalogue?.codes[code], language);
  return label ? `${code} · ${label}` : code;
}

export function groupLabel(
  catalogue: Catalogue | undefined,
  code: string,
  language: string,
): string {
  const prefix = code.slice(0, 4);
  return pick(catalogue?.groups.find((g) => g.prefix === prefix)?.label, language) ?? prefix;
}
