import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Scans the page for WCAG 2.2 A/AA violations and fails with a readable list. */
export async function expectAccessible(page: Page, context = '') {
  // Colours are only final once transitions (fades, slides) have finished.
  // (Endless ones, like a skeleton's pulse, never finish and are left alone.)
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
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
  // Signed in once the sign-in page has gone: its own menu button and tables are not the app's.
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
}

/** Sets the sandbox's fault switch (sandbox builds expose it on window). */
export async function setFaults(page: Page, faults: unknown[]) {
  await page.waitForFunction(() => '__sandbox' in window);
  await page.evaluate((f) => {
    (window as unknown as { __sandbox: { setFaults: (x: unknown[]) => void } }).__sandbox.setFaults(
      f,
    );
  }, faults);
}

/** A MUI select: open it by its label, pick the options, close it. */
export async function choose(page: Page, label: RegExp, options: string[]) {
  await page.getByRole('combobox', { name: label }).click();
  for (const o of options) await page.getByRole('option', { name: o, exact: true }).click();
  if (options.length !== 1) await page.keyboard.press('Escape');
}

export const test = base.extend<{ forbidConsoleErrors: undefined }>({
  // A page that logs an error to the console has a bug, even when it looks fine.
  forbidConsoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        // The browser logs every 4xx/5xx response; tests provoke those on purpose.
        if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
          errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
