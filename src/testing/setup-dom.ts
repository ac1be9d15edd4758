import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { setupI18n } from '@/app/i18n';

await setupI18n('en');
// jsdom does not scroll; the router's scroll restoration calls this.
window.scrollTo = () => {};
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
});
