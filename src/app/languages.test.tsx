import { afterEach, describe, expect, it, vi } from 'vitest';
import en from './locales/en.json';
import { initialLanguage, LANGUAGE_STORAGE_KEY, loadTexts } from './languages';

describe('the language the portal starts in', () => {
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('is the one chosen before, kept in this browser', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'nb');
    expect(initialLanguage()).toBe('nb');
  });

  it('else the browser’s: Norwegian for nb, no or nn, English otherwise', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['nn-NO', 'en']);
    expect(initialLanguage()).toBe('nb');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['sv-SE', 'de']);
    expect(initialLanguage()).toBe('en');
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, '<script>');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    expect(initialLanguage()).toBe('en');
  });

  it('has its texts downloaded once, whoever asks first', async () => {
    const first = loadTexts('en');
    expect(loadTexts('en')).toBe(first);
    expect(await first).toEqual(en);
  });
});
