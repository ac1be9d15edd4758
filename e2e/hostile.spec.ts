import type { Page } from '@playwright/test';
import { choose, expect, signIn, test } from './fixtures';

/*
 * Hostile input in every free-text field: script never runs, the layout holds, and where the
 * browser or the server refuses, the user is told why and keeps what they typed.
 */

const XSS = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=3">"'><a href="javascript:window.__pwned=4">x</a>`;
const RTL_EMOJI = 'مرحبا بالعالم 👋🏽 שלום עולם 🇳🇴 ‮desrever‬ end';
const UNBROKEN = 'Ø'.repeat(400);
const HUGE = 'A'.repeat(100_000);
const CONTROL = 'før\u0007etter\u0000slutt';

async function expectNoScriptRan(page: Page) {
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
}

/** Nothing pushes the page sideways. */
async function expectLayoutHolds(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
}

test('incident: hostile text in report fields and comments is shown as text', async ({ page }) => {
  await signIn(page, 'Kari Nordmann', '/incidents/new');
  await page.getByLabel('Subject').fill(`${XSS} ${UNBROKEN}`.slice(0, 250));
  await page.getByLabel('Description').fill(`${XSS}\n${RTL_EMOJI}\n${UNBROKEN}`);
  await choose(page, /^Product category/, ['Nordic Connect']);
  await choose(page, /^Incident type/, ['Ustabilitet']);
  await page.getByLabel('Identification number').fill('LU-12345678');
  await page.getByLabel('Location').fill(RTL_EMOJI);
  await page.getByLabel('First comment (optional)').fill(XSS);
  await page.getByRole('button', { name: 'Report incident' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case-\d{8}$/);
  await expect(page.getByText(RTL_EMOJI).first()).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Timeline, newest first' }).getByText(XSS),
  ).toBeVisible();
  await expectNoScriptRan(page);
  await expectLayoutHolds(page);

  // Far too long: refused in the browser with the count, and nothing is lost.
  await page.getByLabel('Comment', { exact: true }).fill(HUGE);
  await page.getByRole('button', { name: 'Send comment' }).click();
  await expect(page.getByText('At most 32000 characters; this has 100000.')).toBeVisible();
  await expect(page.getByLabel('Comment', { exact: true })).toHaveValue(HUGE);

  // Control characters: the server refuses, the portal says so and gives the text back.
  await page.getByLabel('Comment', { exact: true }).fill(CONTROL);
  await page.getByRole('button', { name: 'Send comment' }).click();
  await expect(
    page.getByText(/Your comment was not saved \(The server refused the input/),
  ).toBeVisible();
  await expect(page.getByLabel('Comment', { exact: true })).toHaveValue(CONTROL);
  await expectNoScriptRan(page);
});

test('incident report: a 100,000-character subject is refused next to the field', async ({
  page,
}) => {
  await signIn(page, 'Ola Nordmann', '/incidents/new');
  await page.getByLabel('Subject').fill(HUGE);
  await page.getByRole('button', { name: 'Report incident' }).click();
  await expect(page.getByText('At most 255 characters.')).toBeVisible();
  await expect(page.getByLabel('Subject')).toHaveValue(HUGE);
  await expectLayoutHolds(page);
});

test('order: hostile text in the order form and its contact', async ({ page }) => {
  await signIn(page, 'Ingrid Bakke', '/orders/new');
  await page.getByLabel('Subject').fill(`${RTL_EMOJI} ${XSS}`);
  await page.getByLabel('Description').fill(`${XSS}\n${UNBROKEN}`);
  await choose(page, /^Product category/, ['Mobil']);
  await choose(page, /^Product(?! category)/, ['Mobil Bedrift Fri']);
  await page.getByLabel('Location').fill(XSS);
  await page.getByLabel('Street address').fill(RTL_EMOJI);
  await page.getByLabel('Zip code').fill('0154');
  await page.getByLabel('City').fill('Oslo');
  await page.getByLabel('Customer reference').fill(`"><script>window.__pwned=5</script>`);
  await page.getByLabel('Name').first().fill(XSS.slice(0, 100));
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case-\d{8}$/);
  await expect(page.locator('address')).toContainText(RTL_EMOJI);
  await expect(page.getByText('"><script>window.__pwned=5</script>')).toBeVisible();
  await expectNoScriptRan(page);
  await expectLayoutHolds(page);

  // The contact form refuses what is not an address, with the reason.
  await page.getByRole('button', { name: /Edit – Contact person/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the contact person' });
  await dialog.getByLabel('Email').fill(`a@b.no${CONTROL}`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Not a valid email address, e.g. ola@firma.no.')).toBeVisible();
  await dialog.getByLabel('Name').fill(CONTROL);
  await dialog.getByLabel('Email').fill('ok@firma.no');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Contains characters that are not allowed.')).toBeVisible();
});

test('case: hostile text in a case and its note', async ({ page }) => {
  await signIn(page, 'Kari Nordmann', '/cases/new');
  await page.getByRole('combobox', { name: 'Ticket code' }).fill('0100-0100');
  await page.getByRole('option', { name: /^0100-0100/ }).click();
  await page.getByLabel('Description').fill(`${XSS}\n${RTL_EMOJI}\n${UNBROKEN}`);
  await page.getByLabel('Primary reference').fill(XSS.slice(0, 90));
  await page.getByRole('button', { name: 'Open case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case \d{8}$/);
  await expect(page.getByText(RTL_EMOJI)).toBeVisible();
  await expectNoScriptRan(page);
  await expectLayoutHolds(page);
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill(HUGE);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText('At most 4000 characters; this has 100000.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill(XSS);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText('Your note was added.')).toBeVisible();
  await expectNoScriptRan(page);
});

test('search and look-up fields take hostile text without harm', async ({ page }) => {
  await signIn(page, 'Kari Nordmann', '/incidents');
  await page.getByRole('searchbox', { name: 'Search' }).fill(XSS);
  // The search is said back as text (among open incidents, the list's default).
  await expect(
    page.getByRole('heading', { level: 2 }).filter({ hasText: 'Nothing found for' }),
  ).toHaveText(`Nothing found for “${XSS.trim()}” with the filters chosen.`);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(XSS);
  const lookup = page.getByRole('search', { name: 'Find by number' });
  await lookup.getByLabel('Find by number').fill(RTL_EMOJI);
  await lookup.getByLabel('Find by number').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Type a case number' })).toBeVisible();
  await expectNoScriptRan(page);
  await expectLayoutHolds(page);
});
