import { expect, expectAccessible, signIn, test } from './fixtures';

test('a new user signs in, sees real counts, and the page passes axe', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page).toHaveTitle('Sign in · Customer portal');
  await expectAccessible(page, 'on sign-in');

  await page.getByRole('radio', { name: /Ingrid Bakke/ }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { name: 'Welcome, Ingrid Bakke' })).toBeVisible();
  const incidents = page.getByRole('heading', { name: 'Open incidents' }).locator('..');
  await expect(incidents.getByText(/^\d+$/)).toBeVisible();
  // The token lives in sessionStorage, never in localStorage.
  const stored = await page.evaluate(() => ({
    local: JSON.stringify(localStorage),
    session: sessionStorage.getItem('portal.session') ?? '',
  }));
  expect(stored.session).toContain('sandbox-');
  expect(stored.local).not.toContain('sandbox-');
  await expectAccessible(page, 'on home');
});

test('works by keyboard alone: skip link, menu, language', async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Welcome, Kari Nordmann' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.getByRole('button', { name: 'Language and appearance' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitemradio', { name: 'Norsk bokmål' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Velkommen, Kari Nordmann' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expectAccessible(page, 'in Norwegian');
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await signIn(page, 'Ola Nordmann', '/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveURL(/\/no\/such\/page$/);
  await expectAccessible(page, 'on not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Ola Nordmann' })).toBeVisible();
});

test('signing out clears the session', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: 'Kari Nordmann' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await page.evaluate(() => sessionStorage.getItem('portal.session'))).toBeNull();
});
