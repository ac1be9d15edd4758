import fs from 'node:fs';
import { choose, expect, expectAccessible, setFaults, signIn, test } from './fixtures';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACAAAAAUCAIAAABj86gYAAAATUlEQVR42mPQ0DGhKWIYtWDUAtpZcEdDA6v4hwU4tJwIINYCoNHICNloZIRiNDIaYAvQTIfbgWY6wg400zHsGH5BRI9UNJqTRy0gEQEAqkOZZAzTHDsAAAAASUVORK5CYII=',
  'base64',
);

test('filter, search, sort and page; a reload and the back button restore the view', async ({
  page,
}) => {
  // Wide enough for every column.
  await page.setViewportSize({ width: 1600, height: 900 });
  await signIn(page, 'Kari Nordmann', '/incidents');
  await expect(page.getByRole('heading', { name: 'Incidents', level: 1 })).toBeVisible();
  await expect(page.getByText(/^\d+ incidents$/)).toBeVisible();
  await expectAccessible(page, 'on the incident list');

  await page.getByRole('button', { name: 'All', exact: true }).click();
  await choose(page, /^Status/, ['New', 'In progress', 'Awaiting customer']);
  await page.getByRole('searchbox', { name: 'Search' }).fill('e');
  await expect(page).toHaveURL(/q=e/);
  await page.getByRole('button', { name: 'Location' }).click();
  await page.getByRole('button', { name: 'Location' }).click();
  await expect(page.getByRole('columnheader', { name: 'Location' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await choose(page, /^Rows per page/, ['10']);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText(/^11–20 of \d+$/)).toBeVisible();

  const url = page.url();
  expect(url).toMatch(/state=all/);
  expect(url).toMatch(/status=New&status=In\+Progress&status=Awaiting\+Customer/);
  expect(url).toMatch(/sort=location&dir=desc/);
  expect(url).toMatch(/page=2&size=10/);
  const table = page.getByRole('table', { name: 'Incidents' });
  // The rows of the new page have arrived (not the previous page's, kept while loading).
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const rows = table.getByRole('row');
  const firstRow = (await rows.nth(1).textContent()) ?? '';
  const range = await page.getByText(/^11–20 of \d+$/).innerText();
  // Locations descend on the page.
  const locations = await page
    .getByRole('table')
    .locator('tbody tr td:nth-child(7)')
    .allInnerTexts();
  expect(locations).toEqual([...locations].sort((a, b) => b.localeCompare(a, 'nb')));

  await page.reload();
  await expect(page.getByText(range)).toBeVisible();
  await expect(rows.nth(1)).toHaveText(firstRow);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('e');
  await expect(page.getByRole('button', { name: 'All', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await rows.nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case-\d{8}$/);
  await page.goBack();
  await expect(page).toHaveURL(url);
  await expect(rows.nth(1)).toHaveText(firstRow);
  // The keyboard is back on the row the user opened, not at the top of the page.
  await expect(rows.nth(1).getByRole('link')).toBeFocused();
  // So it is by the page's own way back to the list.
  await rows.nth(3).getByRole('link').click();
  await page.getByRole('main').getByRole('link', { name: 'Incidents', exact: true }).click();
  await expect(page).toHaveURL(url);
  await expect(rows.nth(3).getByRole('link')).toBeFocused();
  await expect(rows.nth(3)).toBeInViewport();
});

test('the order of the list is always shown: by its column, or where the table leaves that out, by the sort choice', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await signIn(page, 'Kari Nordmann', '/incidents');
  const created = page.getByRole('columnheader', { name: 'Created' });
  const sortBy = page.getByRole('combobox', { name: 'Sort by' });
  await expect(page.getByRole('table', { name: 'Incidents' })).toBeVisible();
  await expect(created).toBeHidden();
  await expect(sortBy).toHaveText('Created ↓ (descending)');
  // Opened on a wider screen, the column shows the order itself.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await expect(created).toBeVisible();
  await expect(created).toHaveAttribute('aria-sort', 'descending');
  await expect(sortBy).toBeHidden();
  // Sorted by a column this width leaves out (a shared link), the choice shows and changes it.
  await page.goto('/incidents?sort=location&dir=asc');
  await expect(sortBy).toHaveText('Location ↑ (ascending)');
  await choose(page, /^Sort by/, ['Subject ↓ (descending)']);
  await expect(page).toHaveURL(/sort=subject&dir=desc/);
  await expect(page.getByRole('columnheader', { name: 'Subject' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  // The choice stays where the keyboard is, though the column now shows the order too.
  await expect(sortBy).toBeFocused();
  // An order no column shows (a link) is said by the choice as well.
  await page.goto('/incidents?sort=lastModifiedDate&dir=desc');
  await expect(sortBy).toHaveText('Last changed ↓ (descending)');
});

test('by keyboard, the filters can be skipped to the first result, on a desktop and on a phone', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/incidents');
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.reload();
    await expect(page.getByText(/^\d+ incidents$/)).toBeVisible();
    await page.getByRole('main').focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the results' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('list', { name: 'Incidents' })
        .or(page.getByRole('table', { name: 'Incidents' }))
        .getByRole('link')
        .first(),
    ).toBeFocused();
  }
});

test('Back steps out of a new search to the filters before it, one step per search', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/incidents');
  await page.getByRole('button', { name: 'Closed', exact: true }).click();
  await page.getByRole('button', { name: 'Mine', exact: true }).click();
  await expect(page).toHaveURL(/scope=mine/);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('ruter');
  await expect(page).toHaveURL(/q=ruter/);
  await search.fill('ruteren');
  await expect(page).toHaveURL(/q=ruteren/);
  await page.goBack();
  await expect(page).toHaveURL(/scope=mine/);
  await expect(page).not.toHaveURL(/q=/);
  await expect(search).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Mine', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Clearing a search is a step too: Back brings the search back, not the same list again.
  await search.fill('fiber');
  await expect(page).toHaveURL(/q=fiber/);
  await search.fill('');
  await expect(page).not.toHaveURL(/q=/);
  await page.goBack();
  await expect(page).toHaveURL(/q=fiber/);
  await expect(search).toHaveValue('fiber');
});

test('a search for an exact case number opens that incident', async ({ page }) => {
  await signIn(page, 'Ola Nordmann', '/incidents');
  const link = page.getByRole('table').getByRole('link').nth(3);
  const caseNumber = await link.innerText();
  await page.getByRole('searchbox', { name: 'Search' }).fill(caseNumber.toLowerCase());
  await expect(page.getByRole('heading', { level: 1, name: caseNumber })).toBeVisible();
});

test('report an incident with an attachment and a first comment, then find it under Mine', async ({
  page,
}) => {
  await signIn(page, 'Ingrid Bakke', '/incidents/new');
  await expect(page.getByRole('heading', { name: 'Report an incident' })).toBeVisible();
  await expectAccessible(page, 'on the report form');

  // Invalid input gets specific messages next to the fields.
  await page.getByRole('button', { name: 'Report incident' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: /fields? needs? attention:/ }),
  ).toContainText('Subject');
  await expect(page.getByLabel('Subject')).toBeFocused();

  const subject = `Sandvika – ingen linje i resepsjonen ${Date.now()}`;
  await page.getByLabel('Subject').fill(subject);
  await page
    .getByLabel('Description')
    .fill('Telefonen i resepsjonen har ingen summetone. Vi har byttet kabel.');
  await choose(page, /^Product category/, ['Fasttelefoni']);
  await choose(page, /^Incident type/, ['Ingen summetone']);
  await page.getByLabel('Identification number').fill('123');
  await page.getByLabel('Location').fill('Sandvika');
  await page.getByLabel('Identification number').blur();
  await expect(
    page.getByText('A landline number: 8 digits, optionally with 47 in front.'),
  ).toBeVisible();
  await page.getByLabel('Identification number').fill('22123456');

  await page.getByLabel('Choose files').setInputFiles({
    name: 'linjetest.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Ingen summetone kl 08:15\n'),
  });
  await expect(page.getByText('linjetest.txt')).toBeVisible();
  await page.getByLabel('First comment (optional)').fill('Ring resepsjonen før dere kommer.');
  await page.getByRole('button', { name: 'Report incident' }).dblclick();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case-\d{8}$/);
  const caseNumber = await page.getByRole('heading', { level: 1 }).innerText();
  await expect(page.getByText(subject)).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Attachments' }).getByText('linjetest.txt'),
  ).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Timeline, newest first' })
      .getByText('Ring resepsjonen før dere kommer.'),
  ).toBeVisible();
  await expect(page.getByText('4722123456')).toBeVisible();
  await expectAccessible(page, 'on the new incident');

  await page.getByRole('link', { name: 'Incidents' }).first().click();
  await page.getByRole('button', { name: 'Mine' }).click();
  await expect(page.getByRole('link', { name: caseNumber })).toHaveCount(1);
  // Created once, however the button was pressed.
  await page.getByRole('searchbox', { name: 'Search' }).fill(subject);
  await expect(page.getByText('1 incident', { exact: true })).toBeVisible();
});

test('comment, attach, preview, download and delete attachments; an executable is refused', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/incidents');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case-/);

  // A script in a comment is shown as text and never runs.
  const xss = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> ${Date.now()}`;
  await page.getByLabel('Comment', { exact: true }).fill(xss);
  await page.getByLabel('Comment', { exact: true }).press('Control+Enter');
  const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
  await expect(timeline.getByText(xss)).toBeVisible();
  await page.reload();
  await expect(timeline.getByText(xss)).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();

  const bytes = Buffer.from('målinger: 12 ms, 14 ms, tidsavbrudd\n', 'utf8');
  await page.getByLabel('Choose files').setInputFiles([
    { name: 'målinger.txt', mimeType: 'text/plain', buffer: bytes },
    { name: 'ruter.png', mimeType: 'image/png', buffer: PNG },
    { name: 'oppdatering.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ...') },
  ]);
  await expect(
    page.getByText(
      'Not added: .exe files are not accepted (no programs, scripts, macro documents or disk images).',
    ),
  ).toBeVisible();
  // Said once for the whole choice, not as an alert per refused file.
  await expect(page.getByRole('alert').filter({ hasText: /^Not added/ })).toHaveText(
    'Not added: 1 of 3; see why under each file.',
  );
  await expect(page.getByRole('alert').filter({ hasText: /^Not added/ })).toHaveCount(1);
  const attachments = page.getByRole('list', { name: 'Attachments' });
  await expect(attachments.getByText('målinger.txt')).toBeVisible();
  await expect(attachments.getByText('ruter.png')).toBeVisible();
  await expect(attachments.getByText('oppdatering.exe')).toHaveCount(0);

  // The same file again is asked about first: not attached without a yes.
  await page
    .getByLabel('Choose files')
    .setInputFiles([{ name: 'ruter.png', mimeType: 'image/png', buffer: PNG }]);
  await expect(page.getByText('Already attached: ruter.png. Attach again?')).toBeVisible();
  await expectAccessible(page, 'asking about a file attached already');
  await page.getByRole('button', { name: "Don't attach" }).click();
  await expect(page.getByText(/^Already attached/)).toHaveCount(0);
  await expect(attachments.getByText('ruter.png')).toHaveCount(1);

  await page.getByRole('button', { name: 'Preview ruter.png' }).click();
  const dialog = page.getByRole('dialog', { name: 'ruter.png' });
  await expect(dialog.getByRole('img', { name: 'ruter.png' })).toBeVisible();
  await expectAccessible(page, 'with the preview open');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download målinger.txt' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('målinger.txt');
  expect(fs.readFileSync(await download.path())).toEqual(bytes);

  await page.getByRole('button', { name: 'Delete målinger.txt' }).click();
  await page
    .getByRole('dialog', { name: 'Delete the attachment?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(attachments.getByText('målinger.txt')).toHaveCount(0);
  await expect(timeline.getByText('removed the attachment målinger.txt')).toBeVisible();
  // Uploaded files are in the ticket's list, not listed a second time under the picker; the
  // refused one stays there with its reason until it is removed.
  await expect(page.getByRole('button', { name: 'Remove målinger.txt from the list' })).toHaveCount(
    0,
  );
  await expect(page.getByRole('button', { name: 'Remove ruter.png from the list' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove oppdatering.exe from the list' }).click();
  await expect(page.getByText(/^Not added: \.exe files/)).toHaveCount(0);
});

test('edit the contacts and remove the local contact', async ({ page }) => {
  await signIn(page, 'Ola Nordmann', '/incidents');
  await page.getByRole('table').getByRole('link').nth(2).click();
  await page.getByRole('button', { name: /Edit – Contact person|Add – Contact person/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the contact person' });
  await dialog.getByLabel('Email').fill('not an email');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Not a valid email address, e.g. ola@firma.no.')).toBeVisible();
  await expectAccessible(page, 'in the contact dialog');
  await dialog.getByLabel('Name').fill('Siri Ødegård');
  await dialog.getByLabel('Email').fill('siri.odegard@nordvikbygg.no');
  await dialog.getByLabel('Phone').fill('+47 912 34 567');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Siri Ødegård')).toBeVisible();
  await expect(page.getByRole('link', { name: '+47 912 34 567' })).toHaveAttribute(
    'href',
    'tel:+4791234567',
  );

  await page.getByRole('button', { name: /Add – Local contact|Edit – Local contact/ }).click();
  const local = page.getByRole('dialog', { name: 'Edit the local contact' });
  await local.getByLabel('Name').fill('Vakt Resepsjon');
  await local.getByLabel('Phone').fill('4722000000');
  await local.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Vakt Resepsjon')).toBeVisible();
  await page.getByRole('button', { name: 'Remove – Local contact' }).click();
  await page
    .getByRole('dialog', { name: 'Remove the local contact?' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(page.getByText('Vakt Resepsjon')).toHaveCount(0);
});

test('support staff change the status with an explanation; edits are protected from accidental loss', async ({
  page,
}) => {
  await signIn(page, 'Per Haugen', '/incidents?status=New');
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('button', { name: 'Change status' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the status' });
  await expect(dialog.getByRole('radio')).toHaveCount(4);
  // Cancelling needs a reason.
  await dialog.getByRole('radio', { name: 'Cancelled' }).check();
  await dialog.getByRole('button', { name: 'Cancel the incident' }).click();
  await expect(dialog.getByText('Required.')).toBeVisible();
  await expect(dialog.getByLabel(/^Why\?/)).toBeFocused();
  // Its way out does not read "Cancel" beside "Cancel the incident".
  await expect(dialog.getByRole('button', { name: 'Keep the incident' })).toBeVisible();
  await dialog.getByRole('radio', { name: 'In progress' }).check();
  await expect(dialog.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
  await dialog.getByLabel(/^Why\?/).fill('Tekniker er varslet.');
  await expectAccessible(page, 'in the status dialog');
  await dialog.getByRole('button', { name: 'Change to In progress' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('list', { name: 'Timeline, newest first' })
      .getByText('changed the status: New → In progress')
      .first(),
  ).toBeVisible();
  // Asking the customer needs the question: they are asked to answer it.
  await page.getByRole('button', { name: 'Change status' }).click();
  await dialog.getByRole('radio', { name: 'Awaiting customer' }).check();
  await expect(dialog.getByText('What do you need from the customer?')).toBeVisible();
  await dialog.getByRole('button', { name: 'Change to Awaiting customer' }).click();
  await expect(dialog.getByText('Required.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: /^Edit Case-/ })).toBeVisible();
  await expectAccessible(page, 'on the edit page');
  await page.getByLabel('Subject').fill('Endret emne fra e2e');
  await page.getByRole('link', { name: 'Incidents' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  await page.getByRole('button', { name: 'Stay on the page' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeHidden();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Endret emne fra e2e')).toBeVisible();
});

test('an edit survives a reload as a draft, which can be discarded or saved', async ({ page }) => {
  await signIn(page, 'Kari Nordmann', '/incidents?status=New');
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('link', { name: 'Edit' }).click();
  const subject = page.getByLabel('Subject');
  const original = await subject.inputValue();
  await subject.fill('Utkast som overlever en omlasting');
  // The draft is saved a moment after typing (in this tab's session storage).
  await expect
    .poll(() => page.evaluate(() => JSON.stringify(sessionStorage)))
    .toContain('Utkast som overlever en omlasting');
  page.on('dialog', (d) => void d.accept()); // "leave the page?" on reload
  await page.reload();

  const notice = page.getByText('Your unsaved changes from before are back.');
  await expect(notice).toBeVisible();
  await expect(subject).toHaveValue('Utkast som overlever en omlasting');
  await expectAccessible(page, 'with a restored draft');
  await page.getByRole('button', { name: 'Discard them' }).click();
  await expect(subject).toHaveValue(original);
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();

  await subject.fill('Lagret etter et utkast');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Lagret etter et utkast').first()).toBeVisible();
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(subject).toHaveValue('Lagret etter et utkast');
  await expect(notice).toBeHidden();
});

test('a page past the end of the list goes to the last page', async ({ page }) => {
  // Start elsewhere than home, whose own incident queries would use up the fault.
  await signIn(page, 'Kari Nordmann', '/orders');
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  // "No incidents" must never show, not even while the last page loads on a slow connection.
  await page.evaluate(() => {
    new MutationObserver(() => {
      if (/There are no incidents yet|No incidents match/.test(document.body.textContent))
        Object.assign(window, { __sawEmpty: true });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await setFaults(page, [{ kind: 'latency', delayMs: 1500, method: 'GET', path: '^/incidents$' }]);
  // An old link, followed inside the portal (as the back button would).
  await page.evaluate(() => {
    window.history.pushState(null, '', '/incidents?page=999&size=25');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  const range = page.getByText(/^\d+–(\d+) of \1$/);
  await expect(range).toBeVisible({ timeout: 10_000 });
  await expect(page).not.toHaveURL(/page=999/);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByText(/There are no incidents yet|No incidents match/)).toHaveCount(0);
  expect(await page.evaluate(() => '__sawEmpty' in window)).toBe(false);
});

test('a 500 while loading the list shows a retryable error', async ({ page }) => {
  // Start elsewhere than home, whose own incident queries would use up the fault.
  await signIn(page, 'Kari Nordmann', '/orders');
  await setFaults(page, [
    { kind: 'status', status: 500, method: 'GET', path: '^/incidents$', times: 4 },
  ]);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Incidents' })
    .click();
  const alert = page.getByRole('alert').filter({ hasText: 'The service is having problems' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page, 'with the list error');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText(/^\d+ incidents$/)).toBeVisible();
});

test('an unknown incident id says the incident was not found, with the way to the list', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/incidents/5004E0000000000ZZZ');
  await expect(page.getByRole('heading', { name: 'Incident not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the incidents' })).toBeVisible();
  // So does an address with a stray "%", which the server would not otherwise serve.
  await page.goto('/incidents/%');
  await expect(page.getByRole('heading', { name: 'Incident not found' })).toBeVisible();
});

test('a reopened incident shows its solution as an earlier one', async ({ page }) => {
  await signIn(page, 'Kari Nordmann', '/incidents?status=Solved&scope=mine');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Resolution', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Reopen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the status' });
  await dialog.getByLabel(/^Why\?/).fill('Still down after the restart');
  await dialog.getByRole('button', { name: 'Change to In progress' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Earlier resolution' })).toBeVisible();
  await expect(page.getByText('The incident is open again; this is the resolution')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Resolution', exact: true })).toHaveCount(0);
});

test('a company user accepts a solution from the banner; the closed incident becomes read-only', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/incidents?status=Solved&scope=mine');
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('button', { name: 'Accept the solution' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the status' });
  await expect(dialog.getByRole('radio', { name: 'Customer accepted' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Change to Customer accepted' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText('This is closed: it can be read, but no longer changed or commented on.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send comment' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  // The button that opened the dialog is gone: focus is on the page's heading, not lost.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.goto(`${page.url()}/edit`);
  await expect(page.getByRole('heading', { name: 'This can no longer be edited' })).toBeVisible();
});

test('on a phone, the way back from an incident returns to where the list was scrolled', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await signIn(page, 'Kari Nordmann', '/incidents');
  const cards = page.getByRole('list', { name: 'Incidents' }).getByRole('listitem');
  await expect(cards).toHaveCount(25); // the first screen builds up in batches, then holds all
  const card = cards.nth(19);
  await card.scrollIntoViewIfNeeded();
  const number = ((await card.getByRole('link').textContent()) ?? '').trim();
  expect(number).toMatch(/^Case-\d{8}$/);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

  await card.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(number);
  await page.goBack();
  await expect(cards.nth(19).getByRole('link')).toHaveText(number);
  await expect(cards.nth(19)).toBeInViewport();
  await expect(cards.nth(19).getByRole('link')).toBeFocused();
});

test('on a phone, the filters fold away so the first incidents show on the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'Kari Nordmann', '/incidents');
  const cards = page.getByRole('list', { name: 'Incidents' }).getByRole('listitem');
  await expect(cards.first()).toBeInViewport({ ratio: 1 });
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: 'Closed', exact: true })).toBeHidden();
  await filters.click();
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Closed', exact: true }).click();
  await expect(page).toHaveURL(/state=closed/);
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  await expectAccessible(page, 'phone list with its filters open');
});

test('the description box grows with its text up to a limit, and shrinks back', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/incidents/new');
  const box = page.getByRole('textbox', { name: /^Description/ });
  const height = () => box.evaluate((b) => b.getBoundingClientRect().height);
  const empty = await height();
  await box.fill(Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n'));
  const tall = await height();
  expect(tall).toBeGreaterThan(empty * 2);
  // Up to a limit: a long text scrolls inside the box instead of pushing the form off the page.
  await box.fill(Array.from({ length: 300 }, (_, i) => `line ${i + 1}`).join('\n'));
  // Two frames: the box has grown by then if it grows at all.
  await box.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  expect(await height()).toBe(tall);
  expect(await box.evaluate((b) => b.scrollHeight > b.clientHeight * 5)).toBe(true);
  await box.fill('one line');
  await expect.poll(height).toBe(empty);
});

test('two tabs of the sandbox keep each other’s changes', async ({ page, context }) => {
  await signIn(page, 'Kari Nordmann', '/incidents');
  const link = page.getByRole('table').getByRole('link').first();
  const number = ((await link.textContent()) ?? '').trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(number);
  const detail = page.url();

  const other = await context.newPage();
  await signIn(other, 'Per Haugen', detail);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(number);

  const timeline = (p: typeof page) => p.getByRole('list', { name: 'Timeline, newest first' });
  await page.getByLabel('Comment', { exact: true }).fill('Fra første fane');
  await page.getByRole('button', { name: 'Send comment' }).click();
  await expect(timeline(page).getByText('Fra første fane')).toBeVisible();
  await other.getByLabel('Comment', { exact: true }).fill('Fra andre fane');
  await other.getByRole('button', { name: 'Send comment' }).click();
  await expect(timeline(other).getByText('Fra andre fane')).toBeVisible();
  // The second tab's sandbox had the first tab's comment too, and saved both.
  await expect(timeline(other).getByText('Fra første fane')).toBeVisible();

  await page.reload();
  await expect(timeline(page).getByText('Fra andre fane')).toBeVisible();
  await expect(timeline(page).getByText('Fra første fane')).toBeVisible();
  await other.close();
});

test('Export CSV downloads the filtered list with sortable dates; the keyboard stays on the button', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/incidents?status=New');
  await expect(page.getByText(/^\d+ incidents?$/)).toBeVisible();
  const total = Number((await page.getByText(/^\d+ incidents?$/).innerText()).split(' ')[0]);
  const button = page.getByRole('button', { name: 'Export CSV' });
  const downloading = page.waitForEvent('download');
  await button.focus();
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^incidents-\d{4}-\d\d-\d\d\.csv$/);
  const lines = fs
    .readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  // One CSV record into its fields (quoted fields may hold the separator and doubled quotes).
  const fields = (line: string) =>
    [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
      (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'),
    );
  const created = fields(lines[0] ?? '').indexOf('Created');
  expect(created).toBeGreaterThanOrEqual(0);
  const rows = lines.slice(1).filter((l) => /^"?Case-\d{8}/.test(l));
  expect(rows).toHaveLength(total);
  // The Created column is a date a spreadsheet sorts, in every row.
  for (const row of rows) expect(fields(row)[created]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  await expect(page.getByText(`Exported ${total} rows.`)).toBeVisible();
  await expect(button).toBeFocused();
});

test('a change another tab saved at the same moment is kept: this tab replays both', async ({
  page,
}) => {
  await signIn(page, 'Kari Nordmann', '/incidents');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case-/);
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  // Another tab's comment, saved but not yet applied here (a tab gets no event for its own
  // writes, so this stands for one whose event is still on the way).
  await page.evaluate((ticketId) => {
    const key = 'portal.sandbox.journal.v1';
    const journal = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[];
    journal.push({
      type: 'comment',
      ticketId,
      text: 'Fra en annen fane i samme øyeblikk',
      user: { userName: 'Per Haugen', internalUser: true },
      at: Date.now(),
    });
    localStorage.setItem(key, JSON.stringify(journal));
  }, id);
  await page.getByLabel('Comment', { exact: true }).fill('Fra denne fanen');
  await page.getByRole('button', { name: 'Send comment' }).click();
  const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
  await expect(timeline.getByText('Fra en annen fane i samme øyeblikk')).toBeVisible();
  await expect(timeline.getByText('Fra denne fanen')).toBeVisible();
  await page.reload();
  await expect(timeline.getByText('Fra en annen fane i samme øyeblikk')).toBeVisible();
  await expect(timeline.getByText('Fra denne fanen')).toBeVisible();
});
