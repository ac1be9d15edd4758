import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Scans the page for WCAG 2.2 A/AA violations and fails with a readable list. */
export async function expectAccessible(page: Page, context = '') {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

export type DemoUser = 'Kari Nordmann' | 'Ola Nordmann' | 'Ingrid Bakke' | 'Per Haugen';

/** Signs in through the sign-in page, as a user would. */
export async function signIn(page: Page, user: DemoUser = 'Kari Nordmann', path = '/') {
  await page.goto(path);
  await page.getByRole('radio', { name: new RegExp(user) }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export const test = base.extend<{ forbidConsoleErrors: undefined }>({
  // A page that logs an error to the console has a bug, even when it looks fine.
  forbidConsoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
