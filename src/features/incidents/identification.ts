/*
 * What `identificationNumber` holds depends on the product (the document: MSISDN, the 12-digit
 * mobile broadband number, POTS number, or the 8-digit LU-number for Nordic Connect). The API does
 * not say which category uses which, so the portal knows the catalogue's names; an unknown
 * category gets a free-form field.
 */

export type IdentificationKind = 'msisdn' | 'mbb' | 'pots' | 'lu';

const BY_CATEGORY: Record<string, IdentificationKind> = {
  mobil: 'msisdn',
  'mobilt bredbånd': 'mbb',
  fasttelefoni: 'pots',
  'nordic connect': 'lu',
  'ethernet connect': 'lu',
};

export function identificationKindOf(category: string | undefined): IdentificationKind | undefined {
  return category ? BY_CATEGORY[category.trim().toLowerCase()] : undefined;
}

const PATTERNS: Record<IdentificationKind, RegExp> = {
  // Norwegian mobile numbers start with 4 or 9; the country code 47 is optional.
  msisdn: /^(?:\+?47)?[49]\d{7}$/,
  mbb: /^\d{12}$/,
  pots: /^(?:\+?47)?[2-7]\d{7}$/,
  lu: /^(?:LU-?)?\d{8}$/i,
};

export function isValidIdentification(kind: IdentificationKind, value: string): boolean {
  return PATTERNS[kind].test(value.replace(/\s/g, ''));
}

/** Writes the number the way the provider's samples do (`LU-12345678`, `4791234567`). */
export function normalizeIdentification(
  kind: IdentificationKind | undefined,
  value: string,
): string {
  const v = value.replace(/\s/g, '');
  if (kind === 'lu') return `LU-${v.replace(/^LU-?/i, '')}`;
  if (kind === 'msisdn' || kind === 'pots') {
    const digits = v.replace(/^\+/, '');
    return digits.length === 8 ? `47${digits}` : digits;
  }
  return value.trim();
}
