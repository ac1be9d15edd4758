import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { customer, setupApiSandbox, signIn, supportUser } from '@/testing/api-sandbox';
import { DEMO_USERS } from '@/config/demo-users';
import { renderApp } from '@/testing/render-app';
import { wholeText } from '@/testing/text';
import {
  doubleClickAtOnce,
  openTicket,
  reload,
  waitForCommentSent,
  watchRequests,
} from '@/features/tickets/test-utils';
import { pressEscapeIn } from '@/features/tickets/dialog-test-utils';

const sandbox = setupApiSandbox();
afterEach(() => sandbox.faults.clear());

const storedKeys = () =>
  Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i) ?? '');

/** The not-found page's heading, once it shows. */
const notFoundHeading = () =>
  screen.findByRole('heading', { level: 1, name: 'Incident not found' }, { timeout: 10_000 });

/** An incident of the seed in `status`, not yet used by an earlier test. */
const used = new Set<string>();
function incidentIn(status: string) {
  const found = sandbox.tickets
    .all('incidents')
    .find((i) => i.status === status && !used.has(i.id));
  if (!found) throw new Error(`no incident in ${status} in the seed`);
  used.add(found.id);
  return found;
}

describe('incident detail: changing the status', () => {
  it('a double click on the confirm button sends one change, and the dialog closes', async () => {
    const incident = incidentIn('Awaiting Customer');
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    const requests = watchRequests(sandbox.server);
    sandbox.faults.set([{ kind: 'latency', delayMs: 300, method: 'PUT', path: '/status$' }]);
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the status' });
    const confirm = within(dialog).getByRole('button', { name: 'Change to In progress' });
    doubleClickAtOnce(confirm);
    await waitFor(() => expect(confirm).toBeDisabled());
    doubleClickAtOnce(confirm);

    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(screen.queryByText(/The server did not allow this change/)).not.toBeInTheDocument();
    expect(await screen.findByText('Status changed to In progress')).toBeInTheDocument();
    expect(requests.count('PUT', /\/incidents\/[^/]+\/status$/)).toBe(1);
    expect(incident.status).toBe('In Progress');
    requests.stop();
  });

  it('while the change is being sent, Escape, the backdrop and Cancel do not close the dialog', async () => {
    const incident = incidentIn('Awaiting Customer');
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    const requests = watchRequests(sandbox.server);
    sandbox.faults.set([{ kind: 'latency', delayMs: 1500, method: 'PUT', path: '/status$' }]);
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the status' });
    await user.click(within(dialog).getByRole('button', { name: 'Change to In progress' }));

    // Not changed yet: closed now, the page would still offer the old status's change again.
    expect(incident.status).toBe('Awaiting Customer');
    await pressEscapeIn(dialog, user);
    expect(dialog).toBeInTheDocument();
    // Past the double-click pause, when a click on the backdrop would otherwise close it.
    await new Promise((r) => setTimeout(r, 650));
    await user.click(dialog.closest('.MuiDialog-container') as HTMLElement);
    expect(dialog).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();

    await waitFor(() => expect(dialog).not.toBeInTheDocument(), { timeout: 3000 });
    expect(await screen.findByText('Status changed to In progress')).toBeInTheDocument();
    expect(screen.queryByText(/The server did not allow this change/)).not.toBeInTheDocument();
    expect(requests.count('PUT', /\/incidents\/[^/]+\/status$/)).toBe(1);
    expect(incident.status).toBe('In Progress');
    requests.stop();
  });

  it('a double click on "Accept the solution" opens the dialog and keeps it open', async () => {
    const incident = incidentIn('Solved');
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    await user.click(screen.getByRole('button', { name: 'Accept the solution' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the status' });
    // Focus starts on the choice, not on the dialog's container.
    expect(within(dialog).getByRole('radio', { name: 'Customer accepted' })).toHaveFocus();
    // In a browser the second click lands on what now covers the button: the dialog's backdrop.
    const backdrop = dialog.closest('.MuiDialog-container') as HTMLElement;
    await user.click(backdrop);
    expect(dialog).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Customer accepted' })).toBeChecked();
    // …and focus stays where it was.
    expect(within(dialog).getByRole('radio', { name: 'Customer accepted' })).toHaveFocus();
    // Escape and Cancel still close it.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  });
});

describe('incident detail: the status button says what it does', () => {
  it('a company user on a new incident may only cancel it, and the button says so', async () => {
    const incident = incidentIn('New');
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    expect(screen.queryByRole('button', { name: 'Change status' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel the incident…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the status' });
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['Cancelled']);
  });
});

describe('incident detail: what is waiting on whom', () => {
  it('a company user is asked for an answer, with the button to say it is given', async () => {
    const incident = incidentIn('Awaiting Customer');
    await openTicket('incidents', incident.id, incident.caseNumber);
    expect(screen.getByText(/^Waiting on you: support needs an answer/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'I have answered' })).toBeInTheDocument();
  });

  it('support staff are told the customer is asked, without the customer’s prompt', async () => {
    signIn(supportUser);
    const incident = incidentIn('Awaiting Customer');
    await openTicket('incidents', incident.id, incident.caseNumber);
    expect(
      screen.getByText(/^Waiting on the customer: they have been asked for an answer/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Waiting on you/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'I have answered' })).not.toBeInTheDocument();
    // They change the status the usual way.
    expect(screen.getByRole('button', { name: 'Change status' })).toBeInTheDocument();
  });

  it('support staff see a solved incident wait for the customer, with no Accept or Reopen', async () => {
    signIn(supportUser);
    const incident = incidentIn('Solved');
    await openTicket('incidents', incident.id, incident.caseNumber);
    expect(
      screen.getByText(
        'Marked solved: waiting on the customer to accept the solution or reopen the incident.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Accept the solution, or reopen it/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept the solution' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reopen' })).not.toBeInTheDocument();
  });
});

describe('incident detail: the comment draft', () => {
  it('keeps what is typed across a reload, per user, and forgets it once sent', async () => {
    const incident = incidentIn('In Progress');
    const first = await openTicket('incidents', incident.id, incident.caseNumber);
    await first.user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Ruteren er byttet');
    // Reloaded at once, before the usual pause after typing.
    reload(first.unmount);

    const second = await openTicket('incidents', incident.id, incident.caseNumber);
    const box = screen.getByRole('textbox', { name: 'Comment' });
    expect(box).toHaveValue('Ruteren er byttet');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your unsent comment is back, as you left it.',
    );
    // Someone else signed in on this browser does not get it.
    second.unmount();
    signIn(DEMO_USERS.find((u) => u.userName === 'Ola Nordmann') ?? customer);
    const other = await openTicket('incidents', incident.id, incident.caseNumber);
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('');
    expect(screen.queryByText(/Your unsent comment is back/)).not.toBeInTheDocument();
    other.unmount();
    signIn(customer);

    const third = await openTicket('incidents', incident.id, incident.caseNumber);
    await third.user.click(screen.getByRole('button', { name: 'Send comment' }));
    await waitFor(() =>
      expect(incident.comments.filter((c) => c.body === 'Ruteren er byttet')).toHaveLength(1),
    );
    await waitForCommentSent();
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('');
    reload(third.unmount);
    await openTicket('incidents', incident.id, incident.caseNumber);
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('');
  });

  it('a double click on Send comment sends it once', async () => {
    const incident = incidentIn('In Progress');
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    const requests = watchRequests(sandbox.server);
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Bare én gang');
    doubleClickAtOnce(screen.getByRole('button', { name: 'Send comment' }));
    await waitFor(() =>
      expect(incident.comments.filter((c) => c.body === 'Bare én gang')).toHaveLength(1),
    );
    await waitForCommentSent();
    expect(requests.count('POST', /\/incidents\/[^/]+\/comments$/)).toBe(1);
    expect(incident.comments.filter((c) => c.body === 'Bare én gang')).toHaveLength(1);
    requests.stop();
  });
});

describe('incident detail: a comment the server does not take', () => {
  it('says why in the user’s words, without the server’s internal text, and keeps the text', async () => {
    const incident = incidentIn('In Progress');
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    sandbox.faults.set([{ kind: 'status', status: 500, method: 'POST', path: '/comments$' }]);
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Prøver igjen');
    await user.click(screen.getByRole('button', { name: 'Send comment' }));
    const alert = await screen.findByText(/^Your comment was not saved/, {}, { timeout: 8000 });
    expect(alert).toHaveTextContent(
      'Your comment was not saved (The service is having problems). It is back in the box — try again.',
    );
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('Prøver igjen');
  });

  it('no answer: says it is not there yet; sent again after a slow server saved it, it is not added twice', async () => {
    const incident = incidentIn('In Progress');
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    sandbox.faults.set([{ kind: 'network', method: 'POST', path: '/comments$', times: 1 }]);
    const text = 'Kom svaret fram?';
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), text);
    await user.click(screen.getByRole('button', { name: 'Send comment' }));
    expect(
      await screen.findByText(
        /^The server did not answer, and your comment is not there yet/,
        {},
        {
          timeout: 8000,
        },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue(text);
    // Only now does the slow server save it.
    sandbox.tickets.apply({
      type: 'comment',
      ticketId: incident.id,
      text,
      user: { internalUser: false, userName: customer.userName },
      at: Date.now(),
    });
    await user.click(screen.getByRole('button', { name: 'Send comment' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue(''));
    await waitFor(() => expect(screen.queryByText(/your comment is not there yet/)).toBeNull());
    expect(incident.comments.filter((c) => c.body === text)).toHaveLength(1);
  });

  it('an expired session: says so, and says no more once the user has signed in again', async () => {
    const incident = incidentIn('In Progress');
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    sandbox.faults.set([{ kind: 'expired', method: 'POST', path: '/comments$', times: 1 }]);
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Etter ny innlogging');
    await user.click(screen.getByRole('button', { name: 'Send comment' }));
    expect(
      await screen.findByText(
        'Your comment was not saved: your session had expired. It is back in the box — send it again once you have signed in.',
      ),
    ).toBeVisible();
    const dialog = await screen.findByRole('dialog', { name: 'Your session has expired' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign in again' }));
    await waitFor(() => expect(screen.queryByText(/your session had expired/)).toBeNull());
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('Etter ny innlogging');
  });
});

describe('incident detail: a comment being sent when the page is left', () => {
  it('left and opened again meanwhile: the box is empty, a notice has the text, no second POST', async () => {
    const incident = incidentIn('In Progress');
    const { user, router } = await openTicket('incidents', incident.id, incident.caseNumber);
    const requests = watchRequests(sandbox.server);
    sandbox.faults.set([{ kind: 'latency', delayMs: 2500, method: 'POST', path: '/comments$' }]);
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Sendt mens jeg gikk');
    await user.click(screen.getByRole('button', { name: 'Send comment' }));

    // Away to the list and back while the comment is on its way.
    await act(() => router.navigate('/incidents'));
    await screen.findByRole('heading', { level: 1, name: 'Incidents' }, { timeout: 10_000 });
    await act(() => router.navigate(`/incidents/${incident.id}`));
    await screen.findByRole(
      'heading',
      { level: 1, name: incident.caseNumber },
      { timeout: 10_000 },
    );
    const box = screen.getByRole('textbox', { name: 'Comment' });
    expect(box).toHaveValue('');
    expect(
      screen.getByText(/^A comment was being sent when you left — check the timeline/),
    ).toBeInTheDocument();
    expect(screen.getByText('Sendt mens jeg gikk', { selector: 'blockquote' })).toBeInTheDocument();
    // Send with the empty box sends nothing.
    await user.click(screen.getByRole('button', { name: 'Send comment' }));
    expect(screen.getByText('Write a comment first.')).toBeInTheDocument();

    await waitFor(() =>
      expect(incident.comments.filter((c) => c.body === 'Sendt mens jeg gikk')).toHaveLength(1),
    );
    // Confirmed: the record of the send is gone (the notice shown stays until the user acts).
    await waitFor(() => expect(storedKeys().filter((k) => k.includes('.pending.'))).toEqual([]));
    expect(requests.count('POST', /\/incidents\/[^/]+\/comments$/)).toBe(1);
    requests.stop();

    // The text is still at hand, should the user want it: put back, it is theirs to send.
    await user.click(screen.getByRole('button', { name: 'Put it back in the box' }));
    expect(box).toHaveValue('Sendt mens jeg gikk');
    expect(box).toHaveFocus();
    expect(screen.queryByText(/^A comment was being sent/)).not.toBeInTheDocument();
  });

  it('reloaded mid-send: no silent refill, the notice offers the text; dismissed, it is gone', async () => {
    const incident = incidentIn('In Progress');
    const first = await openTicket('incidents', incident.id, incident.caseNumber);
    sandbox.faults.set([{ kind: 'latency', delayMs: 1000, method: 'POST', path: '/comments$' }]);
    await first.user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Kanskje sendt');
    await first.user.click(screen.getByRole('button', { name: 'Send comment' }));
    reload(first.unmount);

    const second = await openTicket('incidents', incident.id, incident.caseNumber);
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('');
    const notice = screen.getByText(/^A comment was being sent when you left/);
    expect(screen.getByText('Kanskje sendt', { selector: 'blockquote' })).toBeInTheDocument();
    await second.user.click(
      within(notice.closest('[role="status"]') as HTMLElement).getByRole('button', {
        name: 'Close',
      }),
    );
    expect(screen.queryByText(/^A comment was being sent/)).not.toBeInTheDocument();
    reload(second.unmount);

    await openTicket('incidents', incident.id, incident.caseNumber);
    expect(screen.queryByText(/^A comment was being sent/)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('');
  });

  it('a send that fails after the page was left puts the text back in the draft', async () => {
    const incident = incidentIn('In Progress');
    const first = await openTicket('incidents', incident.id, incident.caseNumber);
    sandbox.faults.set([
      { kind: 'status', status: 500, delayMs: 500, method: 'POST', path: '/comments$', times: 1 },
    ]);
    await first.user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Kom ikke fram');
    await first.user.click(screen.getByRole('button', { name: 'Send comment' }));
    first.unmount();
    await waitFor(
      () =>
        expect(
          sessionStorage.getItem(
            `portal.draft.comment.incidents.${incident.id}.${customer.userName}`,
          ),
        ).toContain('Kom ikke fram'),
      { timeout: 3000 },
    );

    await openTicket('incidents', incident.id, incident.caseNumber);
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('Kom ikke fram');
    expect(screen.queryByText(/^A comment was being sent/)).not.toBeInTheDocument();
    expect(incident.comments.filter((c) => c.body === 'Kom ikke fram')).toHaveLength(0);
  });
});

describe('incident detail: dialogs stay open while their request runs', () => {
  it('the contact dialog: Escape and Cancel wait for the save, which is sent once', async () => {
    const incident = incidentIn('In Progress');
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    const requests = watchRequests(sandbox.server);
    sandbox.faults.set([{ kind: 'latency', delayMs: 1200, method: 'PUT', path: '/contact$' }]);
    await user.click(screen.getByRole('button', { name: 'Edit – Contact person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the contact person' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Kari Kontakt');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const put = /\/incidents\/[^/]+\/contact$/;
    await waitFor(() => expect(requests.count('PUT', put)).toBe(1));
    await pressEscapeIn(dialog, user);
    expect(dialog).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();

    await waitFor(() => expect(dialog).not.toBeInTheDocument(), { timeout: 3000 });
    expect(screen.getByText('Kari Kontakt')).toBeInTheDocument();
    expect(requests.count('PUT', put)).toBe(1);
    expect(incident.contact?.name).toBe('Kari Kontakt');
    requests.stop();
  });

  it('deleting the local contact: the question stays until it is answered, one DELETE', async () => {
    const incident = sandbox.tickets
      .all('incidents')
      .find((i) => i.status === 'In Progress' && i.localContact?.name && !used.has(i.id));
    if (!incident) throw new Error('no incident with a local contact in the seed');
    used.add(incident.id);
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    const requests = watchRequests(sandbox.server);
    sandbox.faults.set([
      { kind: 'latency', delayMs: 1200, method: 'DELETE', path: '/localcontact$' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove – Local contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the local contact?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await pressEscapeIn(dialog, user);
    expect(dialog).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();

    await waitFor(() => expect(dialog).not.toBeInTheDocument(), { timeout: 3000 });
    expect(
      screen.queryByRole('button', { name: 'Remove – Local contact' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText(/has no local contact/)).not.toBeInTheDocument();
    expect(requests.count('DELETE', /\/incidents\/[^/]+\/localcontact$/)).toBe(1);
    requests.stop();
  });

  it('deleting an attachment: the question stays until it is answered, one DELETE', async () => {
    const incident = sandbox.tickets
      .all('incidents')
      .find((i) => i.status === 'In Progress' && i.attachments.length > 0 && !used.has(i.id));
    if (!incident) throw new Error('no incident with an attachment in the seed');
    used.add(incident.id);
    const file = incident.attachments[0]?.name ?? '';
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    const requests = watchRequests(sandbox.server);
    sandbox.faults.set([
      { kind: 'latency', delayMs: 1200, method: 'DELETE', path: '/attachments/' },
    ]);
    await user.click(await screen.findByRole('button', { name: `Delete ${file}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the attachment?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await pressEscapeIn(dialog, user);
    expect(dialog).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();

    await waitFor(() => expect(dialog).not.toBeInTheDocument(), { timeout: 3000 });
    expect(screen.queryByRole('button', { name: `Delete ${file}` })).not.toBeInTheDocument();
    expect(requests.count('DELETE', /\/incidents\/[^/]+\/attachments\/[^/]+$/)).toBe(1);
    requests.stop();
  });
});

describe('incident detail: what is typed in a dialog is kept until it is sent', () => {
  it('the contact person: across a reload and Escape; gone once saved', async () => {
    const incident = incidentIn('In Progress');
    const first = await openTicket('incidents', incident.id, incident.caseNumber);
    await first.user.click(screen.getByRole('button', { name: 'Edit – Contact person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the contact person' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await first.user.clear(name);
    await first.user.type(name, 'Kari Utkast');
    reload(first.unmount);

    const second = await openTicket('incidents', incident.id, incident.caseNumber);
    await second.user.click(screen.getByRole('button', { name: 'Edit – Contact person' }));
    let again = await screen.findByRole('dialog', { name: 'Edit the contact person' });
    expect(within(again).getByRole('textbox', { name: 'Name' })).toHaveValue('Kari Utkast');
    expect(within(again).getByText(/^Your unsaved changes are back/)).toBeVisible();
    await pressEscapeIn(again, second.user);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await second.user.click(screen.getByRole('button', { name: 'Edit – Contact person' }));
    again = await screen.findByRole('dialog', { name: 'Edit the contact person' });
    expect(within(again).getByRole('textbox', { name: 'Name' })).toHaveValue('Kari Utkast');
    await second.user.click(within(again).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(incident.contact?.name).toBe('Kari Utkast'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(storedKeys().filter((k) => k.includes(`contact.incidents.${incident.id}`))).toEqual([]);
  });
});

describe('incident pages: where focus goes when a dialog opens', () => {
  it('a form dialog starts on its first field', async () => {
    const incident = incidentIn('In Progress');
    const { user } = await openTicket('incidents', incident.id, incident.caseNumber);
    await user.click(screen.getByRole('button', { name: 'Edit – Contact person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the contact person' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('a confirmation starts on its question', async () => {
    const incident = incidentIn('In Progress');
    renderApp(`/incidents/${incident.id}/edit`);
    const user = userEvent.setup();
    const subject = await screen.findByRole('textbox', { name: 'Subject' }, { timeout: 10_000 });
    await user.type(subject, ' (endret)');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(within(dialog).getByRole('heading', { name: 'Leave without saving?' })).toHaveFocus();
  });
});

describe('incident pages: an unknown id', () => {
  it('says the incident was not found and leads back to the list', async () => {
    renderApp('/incidents/DOESNOTEXIST123');
    const user = userEvent.setup();
    expect(await notFoundHeading()).toBeInTheDocument();
    expect(
      screen.getByText(wholeText(/^No incident has the id DOESNOTEXIST123, /)),
    ).toBeInTheDocument();
    expect(screen.queryByText('Page not found')).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^Incident not found · /));
    await user.click(screen.getByRole('link', { name: 'Go to the incidents' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Incidents' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('an order’s id under the incidents leads to the order', async () => {
    const order = sandbox.tickets.all('orders')[0];
    if (!order) throw new Error('no order in the seed');
    renderApp(`/incidents/${order.id}`);
    const user = userEvent.setup();
    expect(await notFoundHeading()).toBeInTheDocument();
    expect(
      await screen.findByText(`The id belongs to an order, ${order.caseNumber}.`),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Open the order' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: order.caseNumber }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('says so on the edit address too', async () => {
    renderApp('/incidents/DOESNOTEXIST123/edit');
    expect(await notFoundHeading()).toBeInTheDocument();
  });
});

describe('incident detail: a case number where the id belongs', () => {
  it('opens the incident with that number', async () => {
    const incident = incidentIn('In Progress');
    const view = renderApp(`/incidents/${incident.caseNumber.toLowerCase()}`);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: incident.caseNumber },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(view.router.state.location.pathname).toBe(`/incidents/${incident.id}`);
  });

  it('a number no incident has is still the not-found page', async () => {
    renderApp('/incidents/Case-99999999');
    expect(await notFoundHeading()).toBeInTheDocument();
  });
});

describe('incident pages: a crafted id', () => {
  it('keeps a right-to-left override and a very long id from taking over the message', async () => {
    const id = `\u202Eevil${'x'.repeat(3000)}`;
    renderApp(`/incidents/${encodeURIComponent(id)}`);
    expect(await notFoundHeading()).toBeInTheDocument();
    const message = screen.getByText(wholeText(/^No incident has the id /));
    // The id sits in an isolate of its own: the override reorders nothing after it.
    const isolate = message.querySelector('bdi');
    expect(isolate?.textContent).toMatch(/^\u202Eevilx+…$/);
    expect(isolate?.textContent.length).toBeLessThanOrEqual(101);
    expect(message.textContent).toMatch(/…, or you do not have access to it\./);
    expect(screen.getByRole('link', { name: 'Go to the incidents' })).toBeVisible();
  });
});
