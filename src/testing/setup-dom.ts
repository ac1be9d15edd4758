import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { setupI18n } from '@/app/i18n';

await setupI18n('en');
// A wait limit, not a speed check: on a busy two-core machine a lazy route and its data can take
// more than the default second to show in jsdom.
configure({ asyncUtilTimeout: 5000 });
// jsdom does not scroll; the router's scroll restoration calls this.
window.scrollTo = () => {};
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
});
