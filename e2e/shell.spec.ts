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
  // The keyboard starts again at the top of the sign-in page, not lost on the document.
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /language|språk/i })).toBeFocused();
});

test('on a phone, the menu button opens the navigation, by keyboard too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Welcome, Kari Nordmann' })).toBeVisible();
  // The navigation is behind the menu button, not on screen.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const menu = page.getByRole('button', { name: 'Open navigation' });
  await menu.focus();
  await page.keyboard.press('Enter');
  const nav = page.getByRole('dialog').getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Orders' })).toBeVisible();
  await expectAccessible(page, 'with the phone navigation open');
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  await menu.click();
  await nav.getByRole('link', { name: 'Orders' }).click();
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
  // On a phone the list is cards: each with its number (a link), status, subject and last activity.
  const card = page.getByRole('list', { name: 'Orders' }).getByRole('listitem').first();
  await expect(card.getByRole('link', { name: /^Case-\d+$/ })).toBeVisible();
  await expect(
    card.getByText(/^(New|In progress|Awaiting customer|Completed|Cancelled)$/),
  ).toBeVisible();

  // Widened to a desktop while the phone navigation is open: the navigation stands beside the
  // page, and focus moves to the page instead of being lost.
  await menu.click();
  await expect(nav).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('main')).toBeFocused();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }),
  ).toBeVisible();
});

test('menus fade in, unless the system asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await signIn(page);
  const userMenu = page.getByRole('button', { name: 'Kari Nordmann' });
  const menuTransition = () =>
    page
      .getByRole('menu')
      .evaluate((menu) => getComputedStyle(menu.closest('.MuiPaper-root') ?? menu).transition);
  await userMenu.click();
  await expect.poll(menuTransition).toContain('opacity');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await userMenu.click();
  await expect.poll(menuTransition).not.toContain('opacity');
});

test('dark mode: chosen in the menu, kept over a reload; the focus ring follows it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await signIn(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const focusRing = async () => {
    const button = page.getByRole('button', { name: 'Language and appearance' });
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab'); // focused by keyboard: the ring shows
    return button.evaluate((b) => getComputedStyle(b).outlineColor);
  };
  expect(await background()).toBe('rgb(255, 255, 255)');
  expect(await focusRing()).toBe('rgb(11, 92, 173)'); // #0b5cad, the light primary

  await page.getByRole('button', { name: 'Language and appearance' }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect.poll(background).toBe('rgb(18, 18, 18)');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome, Kari Nordmann' })).toBeVisible();
  expect(await background()).toBe('rgb(18, 18, 18)');
  expect(await focusRing()).toBe('rgb(140, 196, 255)'); // #8cc4ff, the dark primary
  await expectAccessible(page, 'in dark mode');

  // "System" follows the system's setting.
  await page.getByRole('button', { name: 'Language and appearance' }).click();
  await page.getByRole('menuitemradio', { name: 'Follow system' }).click();
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe('rgb(18, 18, 18)');
});

test('at 320 px (reflow, WCAG 1.4.10) no page scrolls sideways and the app bar fits', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page);
  for (const path of [
    '/',
    '/incidents',
    '/incidents/new',
    '/orders',
    '/orders/new',
    '/cases',
    '/cases/new',
    '/cases/11150929',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1);
    const buttons = page.getByRole('banner').getByRole('button');
    for (const button of await buttons.all()) {
      const box = await button.boundingBox();
      expect(
        (box?.x ?? 0) + (box?.width ?? 0),
        `${path}: app bar button off screen`,
      ).toBeLessThanOrEqual(320);
    }
  }
});

test('signing out with unsent text asks first; staying keeps it', async ({ page }) => {
  await signIn(page, 'Kari Nordmann', '/incidents/new');
  await page.getByLabel('Subject').fill('Halvskrevet melding');
  const signOut = async () => {
    await page.getByRole('button', { name: 'Kari Nordmann' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
  };
  await signOut();
  const dialog = page.getByRole('dialog', { name: 'Sign out and discard your drafts?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'asking before signing out with a draft');
  await dialog.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(page.getByLabel('Subject')).toHaveValue('Halvskrevet melding');
  await signOut();
  await dialog.getByRole('button', { name: 'Sign out and discard' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(
    await page.evaluate(() =>
      Object.keys(sessionStorage).filter((k) => k.startsWith('portal.draft.')),
    ),
  ).toEqual([]);
});
