import type { Page } from '@playwright/test';
import { choose, expect, expectAccessible, setFaults, signIn, test } from './fixtures';

/*
 * The fault matrix: every page under every way the backend can misbehave. The user always gets a
 * specific, human message with a way to retry — never a blank page or an endless spinner — and
 * once the backend recovers, the page works.
 */

async function clearFaults(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __sandbox: { clearFaults: () => void } }).__sandbox.clearFaults();
  });
}

const FAULTS = {
  '500': { kind: 'status', status: 500, message: 'The service is having problems' },
  '503': { kind: 'status', status: 503, message: 'The service is having problems' },
  network: { kind: 'network', message: 'The server could not be reached' },
  malformed: { kind: 'malformed', message: 'The server sent something the portal could not read' },
  timeout: { kind: 'timeout', message: 'The server did not answer in time' },
} as const;

interface Target {
  name: string;
  /** The page's own calls, which the fault hits. */
  path: string;
  /** Gets there by navigating inside the app (the sandbox and its faults live in the page). */
  open: (page: Page) => Promise<void>;
  ready: (page: Page) => Promise<void>;
  /** Done before the fault is set (e.g. reading a case number from a list). */
  prepare?: (page: Page) => Promise<string>;
  /** Where the test starts (a page with none of this page's data, and its heading); the cases list by default. */
  start?: { path: string; heading: string };
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

let caseNumber = '';

/** A ticket's detail, reached through the global look-up by a case number read from its list. */
const ticketDetail = (kind: 'incident' | 'order', list: string, row: number): Target => ({
  name: `${kind} detail`,
  path: `^/${kind}s/[^/]+$`,
  prepare: async (page) => {
    await nav(page, list);
    // The page left (the case list) has a table of links of its own.
    await expect(page.getByRole('heading', { level: 1, name: list })).toBeVisible();
    const number = await page.getByRole('table').getByRole('link').nth(row).innerText();
    await nav(page, 'Cases');
    return number;
  },
  open: async (page) => {
    const lookup = page.getByRole('search', { name: 'Find by number' });
    await lookup.getByLabel('Find by number').fill(caseNumber);
    await lookup.getByLabel('Find by number').press('Enter');
  },
  ready: (page) => expect(page.getByRole('heading', { level: 1, name: caseNumber })).toBeVisible(),
});

const PAGES: Target[] = [
  {
    name: 'home',
    path: '^/(incidents|orders)',
    open: (page) => nav(page, 'Home'),
    ready: (page) => expect(page.getByRole('list', { name: 'Recent activity' })).toBeVisible(),
  },
  {
    name: 'incident list',
    path: '^/incidents',
    open: (page) => nav(page, 'Incidents'),
    ready: (page) => expect(page.getByText(/^\d+ incidents$/)).toBeVisible(),
  },
  ticketDetail('incident', 'Incidents', 4),
  {
    name: 'order list',
    path: '^/orders',
    open: (page) => nav(page, 'Orders'),
    ready: (page) => expect(page.getByText(/^\d+ orders$/)).toBeVisible(),
  },
  ticketDetail('order', 'Orders', 3),
  {
    name: 'case list',
    path: '^/tickets/',
    start: { path: '/orders', heading: 'Orders' },
    open: (page) => nav(page, 'Cases'),
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Cases' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Cases' }).getByRole('alert')).toHaveCount(0);
    },
  },
  {
    name: 'case detail',
    path: '^/tickets/11150936',
    open: async (page) => {
      await page.getByLabel('Case or order number').fill('11150936');
      await page.getByRole('button', { name: 'Open', exact: true }).click();
    },
    ready: (page) => expect(page.getByRole('heading', { name: 'Case 11150936' })).toBeVisible(),
  },
];

for (const target of PAGES) {
  for (const [faultName, fault] of Object.entries(FAULTS)) {
    test(`${target.name} under ${faultName}: a human message, a retry, and recovery`, async ({
      page,
    }) => {
      test.slow();
      // Start on a page that has none of this page's data.
      const start = target.start ?? { path: '/cases', heading: 'Cases' };
      await signIn(page, 'Ola Nordmann', start.path);
      await expect(page.getByRole('heading', { name: start.heading, level: 1 })).toBeVisible();
      if (target.prepare) caseNumber = await target.prepare(page);
      await setFaults(page, [
        {
          kind: fault.kind,
          status: 'status' in fault ? fault.status : undefined,
          method: 'GET',
          path: target.path,
        },
      ]);
      await target.open(page);
      const alert = page.getByRole('alert').filter({ hasText: fault.message }).first();
      await expect(alert).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible(); // never a blank page
      await expectAccessible(page, `${target.name} under ${faultName}`);
      await clearFaults(page);
      // Each failed part of the page offers its own retry.
      const retries = page.getByRole('button', { name: 'Try again' });
      while ((await retries.count()) > 0) {
        // A part may recover on its own (a timed refetch) between the count and the click: its
        // button is gone then, and that is no failure.
        await retries
          .first()
          .click({ timeout: 5_000 })
          .catch(() => undefined);
      }
      await target.ready(page);
    });
  }
}

test('data on screen stays when a refresh fails', async ({ page }) => {
  await signIn(page, 'Kari Nordmann', '/incidents');
  await expect(page.getByText(/^\d+ incidents$/)).toBeVisible();
  const firstRow = await page.getByRole('table').getByRole('row').nth(1).textContent();
  await setFaults(page, [{ kind: 'status', status: 503, method: 'GET', path: '^/incidents$' }]);
  await page.getByRole('button', { name: 'Priority' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The service is having problems' }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('table').getByRole('row').nth(1)).toHaveText(firstRow ?? '');
});

test('an expired sign-in while submitting: sign in again and the draft is intact', async ({
  page,
}) => {
  await signIn(page, 'Ingrid Bakke', '/incidents/new');
  await page.getByLabel('Subject').fill('Utløpt økt midt i meldingen');
  await page.getByLabel('Description').fill('Skrevet før økten gikk ut.');
  await choose(page, /^Product category/, ['Fasttelefoni']);
  await choose(page, /^Incident type/, ['Støy på linjen']);
  await page.getByLabel('Identification number').fill('22123456');
  await page.getByLabel('Location').fill('Hamar');
  await setFaults(page, [{ kind: 'expired', method: 'POST', path: '^/incidents$', times: 1 }]);
  await page.getByRole('button', { name: 'Report incident' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'with the sign-in-again dialog');
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  // Signed in again: the form no longer says so, and focus is back where the user was.
  await expect(page.getByText(/You are signed in again/)).toBeVisible();
  await expect(page.getByText(/You need to sign in again/)).toHaveCount(0);
  // (The field typed in last: pressing the button leaves focus in it.)
  await expect(page.getByLabel('Location')).toBeFocused();
  await expect(page.getByLabel('Subject')).toHaveValue('Utløpt økt midt i meldingen');
  await expect(page.getByLabel('Description')).toHaveValue('Skrevet før økten gikk ut.');
  await page.getByRole('button', { name: 'Report incident' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case-\d{8}$/);
});

test('going offline shows a banner; coming back removes it', async ({ page, context }) => {
  await signIn(page, 'Kari Nordmann', '/incidents');
  await expect(page.getByText(/^\d+ incidents$/)).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('You are offline.')).toHaveCount(0);
});

test('a page whose code cannot be fetched says so in the shell, with a reload that works', async ({
  page,
  context,
}) => {
  await signIn(page, 'Kari Nordmann', '/incidents');
  await expect(page.getByText(/^\d+ incidents$/)).toBeVisible();
  // Offline, the orders page's code (and the error page's) cannot be fetched.
  await context.setOffline(true);
  await nav(page, 'Orders');
  const reload = page.getByRole('button', { name: 'Reload the page' });
  await expect(
    page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByText('Hey developer')).toHaveCount(0);
  await expectAccessible(page, 'page code not fetched');
  await context.setOffline(false);
  await reload.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
});

test('the fault switch control: switched on from the user menu, shown on every page, turned off', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/');
  await page.getByRole('button', { name: 'Kari Nordmann' }).click();
  await page.getByRole('menuitem', { name: 'Sandbox fault switch…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sandbox fault switch' });
  await expect(dialog.getByText('None — the sandbox answers normally.')).toBeVisible();

  // A broken regular expression is named, and nothing is switched on.
  await dialog.getByLabel('Endpoint path (regular expression)').fill('((');
  await expect(dialog.getByText('This is not a valid regular expression.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Switch on' }).click();
  await expect(dialog.getByText('None — the sandbox answers normally.')).toBeVisible();

  await choose(page, /^Fault/, ['Answer 503']);
  await choose(page, /^Requests/, ['GET']);
  await dialog.getByLabel('Endpoint path (regular expression)').fill('^/incidents$');
  await dialog.getByRole('button', { name: 'Switch on' }).click();
  await expect(dialog.getByRole('listitem')).toHaveText('Answer 503 · GET on ^/incidents$');
  await expectAccessible(page, 'fault switch dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const banner = page.getByRole('status').filter({ hasText: 'Sandbox fault switch on' });
  await expect(banner).toContainText('Answer 503 · GET on ^/incidents$');
  await nav(page, 'Incidents');
  await expect(
    page.getByRole('alert').filter({ hasText: 'The service is having problems' }).first(),
  ).toBeVisible({ timeout: 30_000 });
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: 'Turn all faults off' }).click();
  await expect(banner).toBeHidden();
  await page.getByRole('button', { name: 'Try again' }).first().click();
  await expect(page.getByText(/^\d+ incidents$/)).toBeVisible();
});
