import { choose, expect, expectAccessible, signIn, test } from './fixtures';

test('open a case with two attachments and a notification contact; see it in the list and its detail', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/cases');
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
  await expectAccessible(page, 'on the case list');
  await page.getByRole('link', { name: 'Open a case' }).click();
  await expect(page.getByRole('heading', { name: 'Open a case', level: 1 })).toBeVisible();
  await expectAccessible(page, 'on the open-case form');

  // The code picker is searchable and grouped.
  await page.getByRole('combobox', { name: 'Ticket code' }).fill('0305-0100');
  await page.getByRole('option', { name: /^0305-0100/ }).click();
  await expect(page.getByRole('heading', { name: 'Details for this code' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a detail' }).click();
  await page.getByLabel('Name', { exact: true }).last().fill('rack');
  await page.getByLabel('Value').fill('OS1:01:0112');

  // Too long: refused with a clear message.
  await page.getByLabel('Description').fill('x'.repeat(4001));
  await page.getByLabel('Primary reference').fill('RACK-OS1-0112');
  await page.getByRole('button', { name: 'Open case' }).click();
  await expect(page.getByText('At most 4000 characters.')).toBeVisible();
  await page
    .getByLabel('Description')
    .fill('Strømforsyning i rack 0112 gikk i natt. Ingen lys på PDU.');

  await page.getByRole('button', { name: 'Add a person to notify' }).click();
  const person = page.getByRole('group', { name: 'Contact 2' });
  await person.getByLabel('First name').fill('Eirik');
  await person.getByLabel('Last name').fill('Dahl');
  await person.getByLabel('Phone').fill('+47 978 90 123');

  await page.getByLabel('Choose files').setInputFiles([
    { name: 'pdu.txt', mimeType: 'text/plain', buffer: Buffer.from('PDU A: 0 V\n') },
    { name: 'rack.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') },
  ]);
  await expect(page.getByText('Uploaded', { exact: true })).toHaveCount(2);
  await page.getByRole('button', { name: 'Open case' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case \d{8}$/);
  const number = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Case ', '');
  await expect(
    page.getByText('Strømforsyning i rack 0112 gikk i natt. Ingen lys på PDU.'),
  ).toBeVisible();
  await expect(page.getByText('Eirik Dahl')).toBeVisible();
  await expect(page.getByText('Gets notifications')).toBeVisible();
  // The GET does not return the code, the reference or the files: what was sent is shown.
  const opened = page.getByRole('region', { name: 'What you sent when opening the case' });
  await expect(opened.getByText(/^0305-0100/)).toBeVisible();
  await expect(opened.getByText('RACK-OS1-0112')).toBeVisible();
  await expect(opened.getByRole('listitem')).toHaveText(['pdu.txt', 'rack.png']);
  // A detail the user named is shown as they typed it, not reworded.
  await expect(page.getByText('rack', { exact: true })).toBeVisible();
  await expectAccessible(page, 'on the new case');

  await page.getByRole('link', { name: 'Cases' }).first().click();
  await expect(page.getByRole('link', { name: number })).toBeVisible();

  // The sandbox keeps it across a reload, with its live status.
  await page.reload();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: number }) });
  await expect(row.getByText('Submitted')).toBeVisible();
  await row.getByRole('link', { name: number }).click();
  await expect(
    page.getByText('Strømforsyning i rack 0112 gikk i natt. Ingen lys på PDU.'),
  ).toBeVisible();
  await expect(opened.getByText('RACK-OS1-0112')).toBeVisible();
});

test('a sixth attachment is refused with a message', async ({ page }) => {
  await signIn(page, 'Ola Nordmann', '/cases/new');
  await page.getByLabel('Choose files').setInputFiles(
    Array.from({ length: 6 }, (_, i) => ({
      name: `foto-${i + 1}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`foto ${i}`),
    })),
  );
  await expect(page.getByText('Not added: at most 5 files.', { exact: false })).toHaveCount(1);
  await expect(page.getByText('Uploaded', { exact: true })).toHaveCount(5);
});

test('add an external note, support adds an internal one, then the case is cancelled', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/cases/11150930');
  await expect(page.getByRole('heading', { name: 'Case 11150930' })).toBeVisible();
  await expect(page.getByText('Support needs an answer from you', { exact: false })).toBeVisible();
  await expectAccessible(page, 'on a case');
  // A company user is not offered internal notes.
  await expect(page.getByRole('radio', { name: /internal/ })).toHaveCount(0);
  await page
    .getByRole('textbox', { name: 'Note', exact: true })
    .fill('Godkjent: dere kan starte utstyret på nytt.');
  // A double click adds one note.
  await page.getByRole('button', { name: 'Add note' }).dblclick();
  await expect(page.getByText('Your note was added.')).toBeVisible();
  // The Case API does not return notes: what was sent is listed, as text, and the field is empty.
  const sent = page.getByRole('region', { name: 'Notes you added' });
  await expect(sent.getByText('Godkjent: dere kan starte utstyret på nytt.')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Add note' })).toBeFocused();
  // Kept for the session: a reload keeps it.
  await page.reload();
  await expect(sent.getByText('Godkjent: dere kan starte utstyret på nytt.')).toHaveCount(1);
  // Answering moves the case on.
  await expect(
    page.getByRole('heading', { name: 'Case 11150930' }).locator('..').getByText('In progress'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Kari Nordmann' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await signIn(page, 'Per Haugen', '/cases/11150930');
  await page.getByRole('radio', { name: 'Support staff only (internal)' }).check();
  await page
    .getByRole('textbox', { name: 'Note', exact: true })
    .fill('Intern: kunden har godkjent på telefon.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText('Internal note added (not visible to the customer).')).toBeVisible();
  // Signing out cleared what the previous user sent; this user's internal note is marked as such.
  await expect(sent.getByText('Godkjent: dere kan starte utstyret på nytt.')).toHaveCount(0);
  await expect(sent.getByText('Intern: kunden har godkjent på telefon.')).toBeVisible();
  await expect(sent.getByText('Internal (support staff only)', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Cancel the case' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this case?' });
  await dialog.getByRole('button', { name: 'Cancel the case' }).click();
  await expect(dialog.getByText('Required.')).toBeVisible();
  // The keyboard is taken to the field that needs filling in.
  await expect(dialog.getByLabel(/Reason for cancelling/)).toBeFocused();
  await dialog.getByLabel(/Reason for cancelling/).fill('Løst av kunden selv.');
  await expectAccessible(page, 'in the cancel dialog');
  await dialog.getByRole('button', { name: 'Cancel the case' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Cancel the case' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(
    page.getByRole('heading', { name: 'Case 11150930' }).locator('..').getByText('Cancelled'),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Status history' }).getByText('Cancelled'),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('list', { name: 'Status history' }).getByText('Cancelled'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel the case' })).toHaveCount(0);
});

test('on a phone, each line item of a case is listed whole, with nothing out of sight', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'Kari Nordmann', '/cases/11150930');
  const lines = page.getByRole('list', { name: 'Products and line items' });
  await expect(lines.getByRole('listitem').first()).toBeVisible();
  const first = lines.getByRole('listitem').first();
  for (const label of ['Line', 'Product', 'Status', 'IBX / cage', 'Request'])
    await expect(first.getByText(label, { exact: true })).toBeVisible();
  // Nothing is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await expectAccessible(page, 'on a case, on a phone');
});

test('an unknown case number shows a not-found page that offers the look-up again', async ({
  page,
}) => {
  await signIn(page, 'Ingrid Bakke', '/cases/99999999');
  await expect(page.getByRole('heading', { name: 'Case not found' })).toBeVisible();
  await expectAccessible(page, 'on case not found');
  await page.getByLabel('Case or order number').fill('1-204976070710');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Case 11150929' })).toBeVisible();
  // Found by its order number, the case is at its own address, and listed once.
  await expect(page).toHaveURL(/\/cases\/11150929$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('table').locator('.MuiSkeleton-root')).toHaveCount(0);
  await expect(page.getByRole('table').getByRole('link', { name: '11150929' })).toHaveCount(1);
  await expect(page.getByRole('table').getByRole('link', { name: '1-204976070710' })).toHaveCount(
    0,
  );
});

test('the global look-up finds a case by number; filters and the status choice work on the list', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/');
  const lookup = page.getByRole('search', { name: 'Find by number' });
  await lookup.getByLabel('Find by number').fill('11150936');
  await lookup.getByLabel('Find by number').press('Enter');
  await expect(page.getByRole('heading', { name: 'Case 11150936' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  const allRows = page.getByRole('table').getByRole('row');
  await choose(page, /^Status/, ['Action required']);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(page).toHaveURL(/status=ACTION_REQUIRED/);
  // A search that finds nothing offers the way back to every case.
  await page.getByRole('searchbox', { name: 'Search' }).fill('finnes ikke');
  await expect(page.getByRole('heading', { name: 'No case matches.' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  // More than the one case that matched, and none hidden by a filter left over.
  await expect.poll(() => allRows.count()).toBeGreaterThan(2);
  await expect(page.getByRole('heading', { name: 'No case matches.' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/status=|q=/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
});

test('removing a case from the list says so and is undone by keyboard, where it was', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/cases');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  // Each case loads on its own and the rows sort as they arrive: read them once all are in.
  await expect(page.getByRole('table').locator('.MuiSkeleton-root')).toHaveCount(0);
  const before = await rows.count();
  const second = (await rows.nth(2).getByRole('link').textContent()) ?? '';
  await page.getByRole('button', { name: `Remove ${second} from the list` }).click();
  await expect(rows).toHaveCount(before - 1);
  const notice = page
    .getByRole('status')
    .filter({ hasText: `${second} is no longer on your list` });
  await expect(notice).toBeVisible();
  await expectAccessible(page, 'case removed from the list');
  // Focus is on Undo (the row's button is gone): Enter puts it back, in its place.
  await expect(notice.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(before);
  await expect(rows.nth(2).getByRole('link')).toHaveText(second);
  await expect(notice).toHaveCount(0);
  // Focus goes to the case put back, not to the page's start.
  await expect(rows.nth(2).getByRole('link')).toBeFocused();
});

test('a case list address with a status it does not know says so, shows every case and is rewritten', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/cases?status=xyz&sort=oldest');
  await expect(
    page.getByText(
      'Some settings in the address were not understood and have been replaced by the defaults.',
    ),
  ).toBeVisible();
  // The address becomes the view shown, so a copied link is that view.
  await expect(page).toHaveURL(/\/cases\?sort=oldest$/);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
});

test('an empty case form says what is missing and focuses the first field', async ({ page }) => {
  await signIn(page, 'Kari Nordmann', '/cases/new');
  await page.getByRole('button', { name: 'Open case' }).click();
  await expect(page.getByRole('combobox', { name: 'Ticket code' })).toBeFocused();
});
