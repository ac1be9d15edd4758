import type { Address } from '@/api/service-tickets/schemas';

/** "Snarøyveien 30, H201, 1360 Fornebu" — the parts the API gave, in the Norwegian order. */
export function formatAddress(a: Address | undefined): string {
  if (!a) return '';
  return [a.street, a.floor, [a.zipCode, a.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
}
