// @vitest-environment jsdom
// (a document: the styling cache then inserts into sheets, as in the browser)
import { afterAll, describe, expect, it, vi } from 'vitest';
import { css } from '@emotion/react';
import { createPortalEmotionCache, isForOtherBrowsers } from './emotion-cache';

// A browser that knows WebKit's pseudo-elements and not Gecko's or the old Edge's.
vi.stubGlobal('CSS', { supports: (query: string) => !/-(moz|ms)-/.test(query) });
afterAll(() => vi.unstubAllGlobals());

describe('the styling cache: rules for other browsers are not inserted', () => {
  it('tells a rule for another browser’s pseudo-element from one this browser takes', () => {
    expect(isForOtherBrowsers('.css-1::-moz-focus-inner{border-style:none;}')).toBe(true);
    expect(isForOtherBrowsers('.a .css-1::-ms-input-placeholder{opacity:0;}')).toBe(true);
    expect(isForOtherBrowsers('.css-1:-moz-focusring{outline:none;}')).toBe(true);
    expect(isForOtherBrowsers('.css-1::-webkit-input-placeholder{opacity:0;}')).toBe(false);
    expect(isForOtherBrowsers('.css-1::placeholder{opacity:0;}')).toBe(false);
    expect(isForOtherBrowsers('.css-1{color:red;}')).toBe(false);
    // At-rules and functional pseudo-classes are left to the browser.
    expect(isForOtherBrowsers('@media (min-width:600px){.css-1::-moz-placeholder{}}')).toBe(false);
    expect(isForOtherBrowsers('.css-1:-moz-any(a, b){color:red;}')).toBe(false);
    // Inside a forgiving list the browser takes the rule and skips what it does not know.
    expect(isForOtherBrowsers('.css-1:is(:-moz-focusring, :focus-visible){outline:0;}')).toBe(
      false,
    );
  });

  it('inserts the rest of a style, on the cache’s sheet and on any other sheet it is given', () => {
    const cache = createPortalEmotionCache();
    const serialized = css({
      color: 'red',
      '&::-moz-focus-inner': { borderStyle: 'none' },
      '&::placeholder': { opacity: 0.5 },
    });
    const sheet = Object.assign(Object.create(cache.sheet) as object, { insert: vi.fn() });
    cache.insert('.css-x', serialized, sheet as unknown as typeof cache.sheet, true);
    const rules = sheet.insert.mock.calls.map(([rule]) => String(rule));
    expect(rules).toContain('.css-x{color:red;}');
    expect(rules.some((r) => r.includes('::placeholder'))).toBe(true);
    expect(rules.filter((r) => /-(moz|ms)-/.test(r))).toEqual([]);
    expect(cache.inserted[serialized.name]).toBe(true);
  });

  it('writes only the vendor prefix Safari still needs, not the old flexbox’s', () => {
    const cache = createPortalEmotionCache();
    const serialized = css({
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      flex: 1,
      userSelect: 'none',
      '&::placeholder': { opacity: 0.5 },
    });
    const sheet = Object.assign(Object.create(cache.sheet) as object, { insert: vi.fn() });
    cache.insert('.css-y', serialized, sheet as unknown as typeof cache.sheet, true);
    const rules = sheet.insert.mock.calls.map(([rule]) => String(rule));
    expect(rules).toEqual([
      '.css-y{display:flex;align-items:center;justify-content:space-between;flex:1;-webkit-user-select:none;user-select:none;}',
      '.css-y::placeholder{opacity:0.5;}',
    ]);
  });

  it('filters nothing in a browser that cannot be asked about selectors', async () => {
    vi.resetModules();
    vi.stubGlobal('CSS', { supports: (query: string) => !query.startsWith('selector(') });
    const fresh = await import('./emotion-cache');
    expect(fresh.isForOtherBrowsers('.css-1::-moz-focus-inner{border-style:none;}')).toBe(false);
  });
});
