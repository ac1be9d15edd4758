import fs from 'node:fs';
import { choose, expect, expectAccessible, signIn, test } from './fixtures';

test('one click on Place order checks the whole form, though the field left shows a message first', async ({
  page,
}) => {
  await signIn(page, 'Ola Nordmann', '/orders/new');
  await expect(page.getByRole('heading', { name: 'Place an order', level: 1 })).toBeVisible();
  await page.getByLabel('Quantity').fill('0');
  // A person's click: the button is pressed a moment before it is released.
  await page.getByRole('button', { name: 'Place order' }).click({ delay: 150 });
  await expect(
    page.getByRole('alert').filter({ hasText: /fields? needs? attention:/ }),
  ).toContainText('Subject');
  await expect(page.getByText('Must be a positive number.')).toBeVisible();
  await expect(page.getByLabel('Subject')).toBeFocused();
});

test('place an order with an installation address, then find it under Mine', async ({ page }) => {
  await signIn(page, 'Ola Nordmann', '/orders');
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  await expectAccessible(page, 'on the order list');
  await page.getByRole('link', { name: 'Place an order' }).click();
  await expect(page.getByRole('heading', { name: 'Place an order', level: 1 })).toBeVisible();
  await expectAccessible(page, 'on the order form');

  const subject = `Fornebu – Nordic Connect til nytt lager ${Date.now()}`;
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('Description').fill('Ønsket levering 12.12. kl. 10:00.');
  await choose(page, /^Product category/, ['Nordic Connect']);
  await choose(page, /^Product(?! category)/, ['Nordic Connect Multi VPN']);
  await page.getByLabel('Quantity').fill('0');
  await page.getByLabel('Location').fill('Fornebu');
  await page.getByLabel('Street address').fill('Snarøyveien 30');
  await page.getByLabel('Floor').fill('H202');
  await page.getByLabel('Zip code').fill('136');
  await page.getByLabel('City').fill('Fornebu');
  await page.getByLabel('Address id').fill('123456');
  await page.getByLabel('Customer reference').fill('PO-2026-9999');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('A Norwegian zip code has 4 digits.')).toBeVisible();
  await expect(page.getByText('Must be a positive number.')).toBeVisible();
  await page.getByLabel('Zip code').fill('1360');
  await page.getByLabel('Quantity').fill('3');
  await page.getByRole('button', { name: 'Place order' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case-\d{8}$/);
  const caseNumber = await page.getByRole('heading', { level: 1 }).innerText();
  const address = page.locator('address');
  await expect(address).toContainText('Snarøyveien 30');
  await expect(address).toContainText('Floor H202');
  await expect(address).toContainText('1360 Fornebu');
  await expect(page.getByText('Nordic Connect Multi VPN')).toBeVisible();
  await expect(page.getByText('High', { exact: true })).toBeVisible();
  await expectAccessible(page, 'on the new order');

  await page.getByRole('link', { name: 'Orders' }).first().click();
  await page.getByRole('button', { name: 'Mine' }).click();
  await expect(page.getByRole('link', { name: caseNumber })).toBeVisible();
  await expect(page).toHaveURL(/scope=mine/);
});

test('comment and attach on an order with the same components as incidents', async ({ page }) => {
  await signIn(page, 'Kari Nordmann', '/orders');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case-/);
  const comment = `Vi kan ta imot tekniker torsdag ${Date.now()}`;
  await page.getByLabel('Comment', { exact: true }).fill(comment);
  // By keyboard: Tab to the button, Enter; the keyboard stays there (not back at <body>).
  await page.keyboard.press('Tab');
  const send = page.getByRole('button', { name: 'Send comment' });
  await expect(send).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('list', { name: 'Timeline, newest first' }).getByText(comment),
  ).toBeVisible();
  await expect(page.getByLabel('Comment', { exact: true })).toHaveValue('');
  await expect(send).toBeFocused();
  const bytes = Buffer.from('Plantegning H2\n');
  // By keyboard: Enter on "Choose files" opens the file chooser, as on any button.
  await page.getByLabel('Choose files').focus();
  const choosing = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (
    await choosing
  ).setFiles({ name: 'plantegning.txt', mimeType: 'text/plain', buffer: bytes });
  await expect(
    page.getByRole('list', { name: 'Attachments' }).getByText('plantegning.txt'),
  ).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download plantegning.txt' }).click();
  expect(fs.readFileSync(await (await downloading).path())).toEqual(bytes);
  await expectAccessible(page, 'on the order detail');

  // The activity feed on the home page shows the comment just added.
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(
    page.getByRole('list', { name: 'Recent activity' }).getByText(comment),
  ).toBeVisible();
});

test('a company user asks support to cancel an order, by keyboard; the request is a comment on it', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/orders');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case-/);
  const ask = page.getByRole('button', { name: 'Ask to cancel' });
  await ask.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Ask customer service to cancel this order' });
  const reason = dialog.getByRole('textbox', { name: /^Why should the order/ });
  await expect(reason).toBeFocused();
  await expectAccessible(page, 'with the cancel request open');
  // Escape keeps the order and gives the keyboard back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ask).toBeFocused();
  await page.keyboard.press('Enter');
  await reason.fill('Bestilt to ganger');
  await dialog.getByRole('button', { name: 'Send the request' }).click();
  await expect(page.getByText('Your request to cancel the order was sent')).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Timeline, newest first' })
      .getByText('Please cancel this order. Reason: Bestilt to ganger'),
  ).toBeVisible();
  // Asked once is asked: a note says so, holds the keyboard, and the button is not offered again.
  const note = page.getByRole('note').filter({ hasText: 'You asked customer service to cancel' });
  await expect(note).toBeFocused();
  await expect(ask).toBeHidden();
  await page.reload();
  await expect(note).toBeVisible();
  await expect(ask).toBeHidden();
});

test('home counts equal the lists’ totals; the page passes axe', async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Waiting on you' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Waiting on you' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expectAccessible(page, 'on home');
  const incidents = await page.getByTestId('count-/incidents').innerText();
  const orders = await page.getByTestId('count-/orders').innerText();
  await page.getByRole('link', { name: 'See open incidents' }).click();
  await expect(page.getByText(`${incidents} incidents`, { exact: true })).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: 'See open orders' }).click();
  await expect(page.getByText(`${orders} orders`, { exact: true })).toBeVisible();
});

test('the look-up opens an order and an incident by case number', async ({ page }) => {
  await signIn(page, 'Kari Nordmann', '/orders');
  const orderNumber = await page.getByRole('table').getByRole('link').nth(1).innerText();
  await page.getByRole('link', { name: 'Incidents' }).click();
  await expect(page.getByRole('heading', { name: 'Incidents', level: 1 })).toBeVisible();
  const incidentNumber = await page.getByRole('table').getByRole('link').nth(2).innerText();

  const lookup = page.getByRole('search', { name: 'Find by number' });
  await lookup.getByLabel('Find by number').fill(orderNumber.replace('Case-000', ''));
  await lookup.getByLabel('Find by number').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: orderNumber })).toBeVisible();
  await expect(page).toHaveURL(/\/orders\//);

  await lookup.getByLabel('Find by number').fill(incidentNumber);
  await lookup.getByRole('button', { name: 'Find' }).click();
  await expect(page.getByRole('heading', { level: 1, name: incidentNumber })).toBeVisible();
  await expect(page).toHaveURL(/\/incidents\//);

  await lookup.getByLabel('Find by number').fill('Case-09999999');
  await lookup.getByLabel('Find by number').press('Enter');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'No incident, order or case has the number “Case-09999999”.' }),
  ).toBeVisible();
  await expectAccessible(page, 'with the look-up message');
});

test('edit an order; unsaved changes ask before leaving', async ({ page }) => {
  await signIn(page, 'Ingrid Bakke', '/orders');
  await page.getByRole('table').getByRole('link').nth(1).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: /^Edit Case-/ })).toBeVisible();
  await expectAccessible(page, 'on the order edit page');
  await page.getByLabel('Customer reference').fill('PO-ENDRET-1');
  await page.goBack();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  await page.getByRole('button', { name: 'Stay on the page' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeHidden();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('PO-ENDRET-1')).toBeVisible();
});
