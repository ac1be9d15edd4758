/** "Case-00010225", "case-10225" or "10225" → "Case-00010225"; anything else → null. */
export function normalizeCaseNumber(input: string): string | null {
  const m = /^\s*(?:case[-\s]?)?0*(\d{1,8})\s*$/i.exec(input);
  return m?.[1] ? `Case-${m[1].padStart(8, '0')}` : null;
}
