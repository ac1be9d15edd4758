import createCache from '@emotion/cache';
import type { EmotionCache, StylisPlugin } from '@emotion/cache';

type Sheet = Parameters<EmotionCache['insert']>[2];

/**
 * The one vendor prefix the browsers the portal supports still need: Safari takes `user-select`
 * only as `-webkit-user-select` (MUI's buttons and chips set it). It replaces the styling engine's
 * default prefixer, which writes every `align-items`, `justify-content` and `flex` a second time
 * for the flexbox of 2012 (`-webkit-box-align` …) and `::placeholder` for four browsers: rules
 * the browser then parses and mostly throws away, while the first screen commits.
 */
export const webkitUserSelect: StylisPlugin = (element) => {
  if (element.type === 'decl' && element.props === 'user-select' && !element.return)
    element.return = `-webkit-${element.value}${element.value}`;
};

/**
 * A vendor pseudo-class or pseudo-element without arguments (`::-moz-focus-inner`,
 * `::-ms-input-placeholder`, `:-moz-focusring`). Functional ones are left to the browser.
 */
const VENDOR_PSEUDO = /::?-(?:moz|ms|webkit)-[\w-]+(?![\w(\uE000-])/g;

const known = new Map<string, boolean>();
/** Whether the browser can be asked about selectors at all (`selector()`: since 2020–2021). */
let canAsk: boolean | undefined;
function browserKnows(pseudo: string): boolean {
  canAsk ??= typeof CSS !== 'undefined' && 'supports' in CSS && CSS.supports('selector(*)');
  if (!canAsk) return true;
  let ok = known.get(pseudo);
  if (ok === undefined) {
    ok = CSS.supports(`selector(${pseudo})`);
    known.set(pseudo, ok);
  }
  return ok;
}

/** Whether a rule names, outside at-rule preludes, a vendor pseudo this browser rejects. */
export function isForOtherBrowsers(rule: string): boolean {
  const selector = rule.slice(0, rule.indexOf('{'));
  if (selector.startsWith('@')) return false;
  // Inside a function (`:is(:-moz-focusring, :focus-visible)`) the browser forgives what it does
  // not know: only what stands outside parentheses can make it refuse the rule.
  let outside = selector;
  for (let before = ''; before !== outside;) {
    before = outside;
    outside = outside.replace(/\([^()]*\)/g, '\uE000'); // a group, arguments and all
  }
  for (const [pseudo] of outside.matchAll(VENDOR_PSEUDO)) if (!browserKnows(pseudo)) return true;
  return false;
}

/**
 * The styling engine's cache, as by default (key `css`), with only the vendor prefix still needed
 * (above), and without the rules meant for other browsers' pseudo-elements. MUI's styles carry some
 * (`::-moz-focus-inner` on every button, `::-moz-placeholder` and `::-ms-input-placeholder` on
 * every input): the browser refuses each with an exception, and those exceptions were most of the
 * time spent inserting styles while the first screen commits (38 rules, ~20 ms of ~30 ms on this
 * machine, four times that on a slow phone).
 */
export function createPortalEmotionCache(): EmotionCache {
  const cache = createCache({ key: 'css', stylisPlugins: [webkitUserSelect] });
  const filtered = new WeakMap<Sheet, Sheet>();
  const filter = (sheet: Sheet): Sheet => {
    let wrapper = filtered.get(sheet);
    if (!wrapper) {
      // Everything else (its tags, flush, hydrate) is the sheet's own.
      wrapper = Object.create(sheet) as Sheet;
      wrapper.insert = (rule: string) => {
        if (!isForOtherBrowsers(rule)) sheet.insert(rule);
      };
      filtered.set(sheet, wrapper);
    }
    return wrapper;
  };
  const insert = cache.insert;
  // Both the cache's own sheet and the global styles' sheets go through `insert`.
  cache.insert = (selector, serialized, sheet, shouldCache) =>
    insert(selector, serialized, filter(sheet), shouldCache);
  return cache;
}
