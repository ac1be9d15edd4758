import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { SENT_STORAGE_KEY } from '@/api/cases/sent';
import { switchLanguage } from '@/app/i18n';
import { customer, setupApiSandbox, signIn, supportUser } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';
// Shared with the ticket pages' tests (they may move to src/testing/ later).
import { doubleClickAtOnce, watchRequests } from '@/features/tickets/test-utils';

const sandbox = setupApiSandbox();
afterEach(() => sandbox.faults.clear());

async function openCase(number: string) {
  const view = renderApp(`/cases/${number}`);
  await screen.findByRole('heading', { name: `Case ${number}`, level: 1 }, { timeout: 10_000 });
  return { ...view, user: userEvent.setup() };
}

describe('case detail: adding a note', () => {
  it('a fast double click on "Add note" sends one note and lists it once', async () => {
    const { user } = await openCase('11150930');
    const requests = watchRequests(sandbox.server);
    const before = sandbox.cases.find('11150930')?.notes.length ?? 0;
    sandbox.faults.set([{ kind: 'latency', delayMs: 300, method: 'PATCH', path: '^/tickets' }]);
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Godkjent, start på nytt.');
    const button = screen.getByRole('button', { name: 'Add note' });
    doubleClickAtOnce(button);
    // While it is sending, the button is busy and cannot be pressed.
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
    expect(within(button).getByRole('progressbar')).toBeInTheDocument();
    doubleClickAtOnce(button);

    const sent = await screen.findByRole('region', { name: 'Notes you added' });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(''));
    expect(within(sent).getAllByText('Godkjent, start på nytt.')).toHaveLength(1);
    expect(requests.count('PATCH', /\/tickets\/11150930$/)).toBe(1);
    expect(sandbox.cases.find('11150930')?.notes).toHaveLength(before + 1);
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    requests.stop();
  });
});

describe('case detail: labels in words', () => {
  afterEach(async () => {
    await switchLanguage('en');
    const info = sandbox.cases.find('11150930')?.additionalInfo;
    if (info) info.splice(0, info.length, ...info.filter((i) => i.key !== 'accessWindowHours'));
  });
  const detailsValue = (region: string) => (label: string) =>
    within(screen.getByRole('region', { name: region })).getByText(label, { selector: 'dt' })
      .nextElementSibling?.textContent;

  it('shows field names in words and known codes by their labels; free text as it is', async () => {
    await openCase('11150930');
    const details = screen.getByRole('region', { name: 'Details' });
    const value = detailsValue('Details');
    expect(value('Power cycle approved')).toBe('No');
    expect(value('Rack')).toBe('OS1:01:0103');
    expect(value('Channel')).toBe('Portal');
    expect(within(details).getByText('Smart Hands (on-site help)')).toBeInTheDocument();
    const lines = screen.getByRole('table', { name: 'Products and line items' });
    expect(within(lines).getByText(/^Smart Hands \(on-site help\) · PS00041\.ELEM$/)).toBeVisible();
    expect(screen.getAllByText('Gets notifications').length).toBeGreaterThan(0);
    expect(screen.getByText(/^Technical contact/)).toBeInTheDocument();
    const page = document.body.textContent;
    for (const raw of ['powerCycleApproved', 'SMART_HANDS', 'PORTAL', 'NOTIFICATION', 'TECHNICAL'])
      expect(page).not.toContain(raw);
    // Free text from the API stays as it was written.
    expect(screen.getByText(/^Strømbrudd i rack 0103 etter vedlikehold\./)).toBeInTheDocument();
  });

  it('on the Norwegian page too; a key it does not know is shown as sent, not in made-up words', async () => {
    // A detail the portal has no label for, as the provider might add one.
    sandbox.cases.find('11150930')?.additionalInfo.push({ key: 'accessWindowHours', value: 4 });
    const { user } = await openCase('11150930');
    await user.click(screen.getByRole('button', { name: 'Language and appearance' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Norsk bokmål' }));
    await screen.findByRole('heading', { name: 'Sak 11150930', level: 1 });
    const value = detailsValue('Detaljer');
    expect(value('Omstart godkjent')).toBe('Nei');
    expect(value('Rack')).toBe('OS1:01:0103');
    expect(value('accessWindowHours')).toBe('4');
    expect(value('Kanal')).toBe('Portalen');
    const page = document.body.textContent;
    for (const made of ['Power cycle approved', 'Access window hours'])
      expect(page).not.toContain(made);
    await user.click(screen.getByRole('button', { name: 'Språk og utseende' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'English' }));
    await screen.findByRole('heading', { name: 'Case 11150930', level: 1 });
    expect(detailsValue('Details')('accessWindowHours')).toBe('4');
  });
});

describe('case detail: when a case cannot be cancelled', () => {
  it('says why where the button would be', async () => {
    // In progress and cancellable: the button, no explanation.
    const first = await openCase('11150929');
    expect(screen.getByRole('button', { name: 'Cancel the case' })).toBeInTheDocument();
    expect(screen.queryByText(/cannot be cancelled/)).not.toBeInTheDocument();
    first.unmount();
    // In progress too, but the case service says it is not cancellable.
    const second = await openCase('11150936');
    expect(screen.queryByRole('button', { name: 'Cancel the case' })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'This case cannot be cancelled: the case service does not allow it at this stage. Add a note if you want it stopped.',
      ),
    ).toBeInTheDocument();
    second.unmount();
    // Closed.
    await openCase('11150933');
    expect(screen.queryByRole('button', { name: 'Cancel the case' })).not.toBeInTheDocument();
    expect(screen.getByText('A case that is “Closed” cannot be cancelled.')).toBeInTheDocument();
    cleanup();
    await openCase('11150934');
    expect(screen.getByText('This case has been cancelled.')).toBeInTheDocument();
  });
});

describe('case detail: cancelling', () => {
  it('a fast double click on the confirm button cancels once, and the dialog closes', async () => {
    const { user } = await openCase('11150935');
    const requests = watchRequests(sandbox.server);
    sandbox.faults.set([{ kind: 'latency', delayMs: 300, method: 'POST', path: '/cancel$' }]);
    await user.click(screen.getByRole('button', { name: 'Cancel the case' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this case?' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason for cancelling/ }),
      'Reservedelen kom ikke.',
    );
    const confirm = within(dialog).getByRole('button', { name: 'Cancel the case' });
    doubleClickAtOnce(confirm);
    await waitFor(() => expect(confirm).toBeDisabled());
    expect(within(confirm).getByRole('progressbar')).toBeInTheDocument();
    // Escape while it is being cancelled does not hide the outcome.
    await user.keyboard('{Escape}');
    expect(dialog).toBeInTheDocument();

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(
      await screen.findByText('The case was cancelled.', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/This cannot be done now/)).not.toBeInTheDocument();
    expect(requests.count('POST', /\/tickets\/11150935\/cancel$/)).toBe(1);
    expect(sandbox.cases.find('11150935')?.status).toBe('CANCELLED');
    expect(screen.queryByRole('button', { name: 'Cancel the case' })).not.toBeInTheDocument();
    requests.stop();
  });
});

describe('case detail: cancelling, and leaving the page meanwhile', () => {
  it('back on the page before the cancel is done: it cannot be confirmed again', async () => {
    const { user, router } = await openCase('11150931');
    const requests = watchRequests(sandbox.server);
    // Long enough that the way back and forth ends before the answer, on a busy machine too.
    sandbox.faults.set([{ kind: 'latency', delayMs: 2500, method: 'POST', path: '/cancel$' }]);
    await user.click(screen.getByRole('button', { name: 'Cancel the case' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this case?' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason for cancelling/ }),
      'Trengs ikke lenger.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the case' }));
    // Back in the browser while it is on its way, and forward again.
    await act(() => router.navigate('/cases'));
    await screen.findByRole('heading', { name: 'Cases', level: 1 });
    await act(() => router.navigate(-1));
    await screen.findByRole('heading', { name: 'Case 11150931', level: 1 });

    const button = screen.getByRole('button', { name: 'Cancel the case' });
    expect(button).toBeDisabled();
    doubleClickAtOnce(button);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    expect(
      await screen.findByText('The case was cancelled.', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('This case has been cancelled.')).toBeInTheDocument();
    expect(screen.queryByText(/This cannot be done now/)).not.toBeInTheDocument();
    expect(requests.count('POST', /\/tickets\/11150931\/cancel$/)).toBe(1);
    expect(sandbox.cases.find('11150931')?.status).toBe('CANCELLED');
    requests.stop();
  });
});

describe('case detail: what the user sent is kept for the session', () => {
  it('keeps the notes added across a reload, and forgets them on sign-out', async () => {
    const { user, unmount } = await openCase('11150929');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Første notat.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(''));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Andre notat.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(''));
    unmount();

    // A reload: a new app (fresh cache), the same tab's sessionStorage.
    const again = await openCase('11150929');
    const sent = screen.getByRole('region', { name: 'Notes you added' });
    expect(
      within(sent)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('[dir="auto"]')?.textContent),
    ).toEqual(['Første notat.', 'Andre notat.']);
    expect(within(sent).queryByText(/Internal/)).not.toBeInTheDocument();

    await again.user.click(screen.getByRole('button', { name: customer.userName }));
    await again.user.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    await waitFor(() => expect(again.router.state.location.pathname).toBe('/sign-in'));
    expect(sessionStorage.getItem(SENT_STORAGE_KEY)).toBeNull();
    again.unmount();
    signIn(customer);
    await openCase('11150929');
    expect(screen.queryByRole('region', { name: 'Notes you added' })).not.toBeInTheDocument();
  });

  it('support staff’s internal note stays marked internal after a reload; nobody else sees it', async () => {
    signIn(supportUser);
    const { user, unmount } = await openCase('11150936');
    await user.click(screen.getByRole('radio', { name: 'Support staff only (internal)' }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Intern merknad.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(''));
    unmount();
    await openCase('11150936');
    const item = within(screen.getByRole('region', { name: 'Notes you added' })).getByRole(
      'listitem',
    );
    expect(item).toHaveTextContent('Internal (support staff only)');
    expect(item).toHaveTextContent('Intern merknad.');
    expect(sandbox.cases.find('11150936')?.notes.at(-1)?.visibility).toBe('INTERNAL');
    expect(sessionStorage.getItem(SENT_STORAGE_KEY)).toContain('Intern merknad.');
    // Another user signing in in this tab, without signing out first (e.g. in the "sign in
    // again" dialog): the record itself is gone, not only hidden from them.
    cleanup();
    signIn(customer);
    expect(sessionStorage.getItem(SENT_STORAGE_KEY)).toBeNull();
    await openCase('11150936');
    expect(screen.queryByText('Intern merknad.')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Notes you added' })).not.toBeInTheDocument();
  });

  it('shows the reason for cancelling as the user’s own record, also after a reload', async () => {
    const { user, unmount } = await openCase('11150930');
    await user.click(screen.getByRole('button', { name: 'Cancel the case' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this case?' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason for cancelling/ }),
      'Løst av kunden selv.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the case' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    const reason = () =>
      within(screen.getByRole('region', { name: 'Notes you added' }))
        .getByText('Løst av kunden selv.')
        .closest('li');
    expect(reason()).toHaveTextContent('Your reason for cancelling');
    unmount();
    await openCase('11150930');
    expect(reason()).toHaveTextContent('Your reason for cancelling');
  });
});

describe('case detail: the note being typed', () => {
  it('keeps the typed note per case and user across a reload', async () => {
    const { user, unmount } = await openCase('11150929');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Halvferdig notat');
    await new Promise((r) => setTimeout(r, 400)); // the draft is saved a moment after typing
    unmount();

    const again = await openCase('11150929');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Halvferdig notat');
    expect(screen.getByText('Your unsent note is back, as you left it.')).toBeInTheDocument();
    again.unmount();
    // Not on another case, nor for another user.
    const other = await openCase('11150936');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('');
    other.unmount();
    signIn(supportUser);
    const support = await openCase('11150929');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('');
    support.unmount();

    // Sent: the draft is gone.
    signIn(customer);
    const last = await openCase('11150929');
    await last.user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(''));
    expect(screen.queryByText('Your unsent note is back, as you left it.')).not.toBeInTheDocument();
    last.unmount();
    expect(
      sessionStorage.getItem(`portal.draft.case-note.11150929.${customer.userName}`),
    ).toBeNull();
    await openCase('11150929');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('');
    expect(screen.queryByText('Your unsent note is back, as you left it.')).not.toBeInTheDocument();
  });

  const noteDraftKey = (caseNumber: string) =>
    `portal.draft.case-note.${caseNumber}.${customer.userName}`;
  const restoredText = 'Your unsent note is back, as you left it.';

  it('a note sent just before leaving the page is not offered back as unsent', async () => {
    const { user, router } = await openCase('11150929');
    const requests = watchRequests(sandbox.server);
    const before = sandbox.cases.find('11150929')?.notes.length ?? 0;
    sandbox.faults.set([{ kind: 'latency', delayMs: 300, method: 'PATCH', path: '^/tickets' }]);
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Sendt før jeg gikk.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    // Leave while it is on its way, and come back once it has got there.
    await act(() => router.navigate('/cases'));
    await screen.findByRole('heading', { name: 'Cases', level: 1 });
    await waitFor(() => expect(sandbox.cases.find('11150929')?.notes).toHaveLength(before + 1));
    await waitFor(() => expect(sessionStorage.getItem(noteDraftKey('11150929'))).toBeNull());
    await act(() => router.navigate('/cases/11150929'));
    await screen.findByRole('heading', { name: 'Case 11150929', level: 1 });

    expect(screen.queryByText(restoredText)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('');
    const sent = screen.getByRole('region', { name: 'Notes you added' });
    expect(within(sent).getAllByText('Sendt før jeg gikk.')).toHaveLength(1);
    // Nothing to send again.
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('Write a note first.')).toBeInTheDocument();
    expect(requests.count('PATCH', /\/tickets\/11150929$/)).toBe(1);
    requests.stop();
  });

  it('back on the page while the note is still on its way: it is not sent twice', async () => {
    const { user, router } = await openCase('11150929');
    const requests = watchRequests(sandbox.server);
    const before = sandbox.cases.find('11150929')?.notes.length ?? 0;
    sandbox.faults.set([{ kind: 'latency', delayMs: 800, method: 'PATCH', path: '^/tickets' }]);
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Fortsatt på vei.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await act(() => router.navigate('/cases'));
    await screen.findByRole('heading', { name: 'Cases', level: 1 });
    await act(() => router.navigate(-1));
    await screen.findByRole('heading', { name: 'Case 11150929', level: 1 });

    // The note is shown as being sent, not as a draft, and the button is busy.
    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(note).toHaveValue('Fortsatt på vei.');
    expect(screen.queryByText(restoredText)).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Add note' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    doubleClickAtOnce(button);
    // Ctrl+Enter in the box does not go through the busy button.
    await user.click(note);
    await user.keyboard('{Control>}{Enter}{/Control}');

    // Once it is there, the box is empty, the note listed once, and no draft is left.
    await waitFor(() => expect(note).toHaveValue(''), { timeout: 5000 });
    const sent = await screen.findByRole('region', { name: 'Notes you added' });
    expect(within(sent).getAllByText('Fortsatt på vei.')).toHaveLength(1);
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    expect(requests.count('PATCH', /\/tickets\/11150929$/)).toBe(1);
    expect(sandbox.cases.find('11150929')?.notes).toHaveLength(before + 1);
    expect(sessionStorage.getItem(noteDraftKey('11150929'))).toBeNull();
    requests.stop();
  });

  it('back on the page while the note is on its way, and it fails: it is kept to send again', async () => {
    const { user, router } = await openCase('11150936');
    const requests = watchRequests(sandbox.server);
    sandbox.server.use(
      http.patch('*/case-management/v2/tickets/:id', async () => {
        await delay(600);
        return HttpResponse.json({ code: '500001', message: 'down' }, { status: 500 });
      }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Kommer den fram?');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await act(() => router.navigate('/cases'));
    await screen.findByRole('heading', { name: 'Cases', level: 1 });
    await act(() => router.navigate(-1));
    await screen.findByRole('heading', { name: 'Case 11150936', level: 1 });
    const form = screen.getByRole('form', { name: 'Add a note to the case' });
    // Not offered as a draft while on its way; once it failed, why.
    expect(screen.queryByText(restoredText)).not.toBeInTheDocument();
    const problem = await within(form).findByRole('alert', {}, { timeout: 5000 });
    expect(problem).toHaveTextContent('The service is having problems. Try again in a moment');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Kommer den fram?');
    expect(sessionStorage.getItem(noteDraftKey('11150936'))).toContain('Kommer den fram?');
    const button = screen.getByRole('button', { name: 'Add note' });
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    expect(requests.count('PATCH', /\/tickets\/11150936$/)).toBe(1);
    await user.click(button);
    await waitFor(() => expect(requests.count('PATCH', /\/tickets\/11150936$/)).toBe(2));
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    requests.stop();
  });

  it('a note that got no answer is not retried as if it failed: sending again is a choice', async () => {
    const { user } = await openCase('11150936');
    sandbox.faults.set([{ kind: 'network', method: 'PATCH', path: '^/tickets', times: 1 }]);
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Fikk dere denne?');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const form = screen.getByRole('form', { name: 'Add a note to the case' });
    const problem = await within(form).findByRole('alert', {}, { timeout: 5000 });
    expect(problem).toHaveTextContent('cannot tell whether your note was added');
    expect(problem).toHaveTextContent('Sending it again may add it twice.');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Fikk dere denne?');
    await user.click(await screen.findByRole('button', { name: 'Send again anyway' }));
    expect(
      await screen.findByText('Your note was added.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('a note that is too long says so beside the count, so the user sees how much to cut', async () => {
    const { user } = await openCase('11150936');
    const note = screen.getByRole('textbox', { name: 'Note' });
    await user.click(note);
    await user.paste('x'.repeat(4001));
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() =>
      expect(note).toHaveAccessibleDescription(
        /^At most 4,?000 characters.* 4001 \/ 4000 characters/,
      ),
    );
    expect(note).toHaveValue('x'.repeat(4001));
  });

  it('Ctrl+Enter (⌘+Enter) sends the note, once', async () => {
    const { user } = await openCase('11150936');
    const requests = watchRequests(sandbox.server);
    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(note).toHaveAccessibleDescription(
      '0 / 4000 characters. Ctrl+Enter (⌘+Enter) adds the note.',
    );
    await user.type(note, 'Sendt med tastaturet.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(note).toHaveValue(''));
    await user.type(note, 'Og med Cmd.');
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    await waitFor(() => expect(note).toHaveValue(''));
    const sent = screen.getByRole('region', { name: 'Notes you added' });
    expect(within(sent).getByText('Sendt med tastaturet.')).toBeInTheDocument();
    expect(within(sent).getByText('Og med Cmd.')).toBeInTheDocument();
    expect(requests.count('PATCH', /\/tickets\/11150936$/)).toBe(2);
    // An empty note is not sent; it says what is missing.
    await user.click(note);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Write a note first.')).toBeInTheDocument();
    expect(requests.count('PATCH', /\/tickets\/11150936$/)).toBe(2);
    requests.stop();
  });
});

describe('case detail: a number with a space around it in the address', () => {
  it('opens that case', async () => {
    const view = renderApp('/cases/11150929%20');
    expect(
      await screen.findByRole('heading', { name: 'Case 11150929', level: 1 }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(view.router.state.location.pathname).toBe('/cases/11150929');
  });
});
