import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import nb from './locales/nb.json';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('translations', () => {
  it('English and Norwegian Bokmål have exactly the same keys', () => {
    expect(keys(nb).sort()).toEqual(keys(en).sort());
  });

  it('no text is left empty or untranslated by accident', () => {
    const flat = (o: object) =>
      Object.fromEntries(
        keys(o).map((k) => [
          k,
          k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o),
        ]),
      );
    const e = flat(en);
    const n = flat(nb);
    expect(Object.entries(n).filter(([, v]) => v === '')).toEqual([]);
    // Same text in both is fine for names and codes only.
    const same = Object.keys(e).filter(
      (k) => e[k] === n[k] && !/^(languages|orderReason|fields\.status|status\.status)/.test(k),
    );
    expect(same.length).toBeLessThan(12);
  });
});
