import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { API, customer, setupApiSandbox } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';
import { reload, watchRequests } from '@/features/tickets/test-utils';
import { pressEscapeIn } from '@/features/tickets/dialog-test-utils';

const sandbox = setupApiSandbox();
afterEach(() => sandbox.faults.clear());

async function choose(user: ReturnType<typeof userEvent.setup>, label: RegExp, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function openForm() {
  const { unmount, router } = renderApp('/incidents/new');
  const user = Object.assign(userEvent.setup(), { unmount, router });
  await screen.findByRole('heading', { name: 'Report an incident' });
  // Categories arrive from the API.
  await waitFor(() => expect(screen.getByText('What is affected.')).toBeInTheDocument());
  return user;
}

describe('report an incident: form rules', () => {
  it('says next to each field what is missing, and focuses the first', async () => {
    const user = await openForm();
    await user.click(screen.getByRole('button', { name: 'Report incident' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(/^\d+ fields need attention:/);
    // Named as the form shows them, in its order, each a way to its field.
    const named = within(summary)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(named.slice(0, 2)).toEqual(['Subject', 'Description']);
    expect(named).toContain('Location');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveFocus();
    await user.click(within(summary).getByRole('button', { name: 'Location' }));
    expect(screen.getByRole('textbox', { name: 'Location' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveAccessibleDescription(
      'Required.',
    );
    expect(screen.getByRole('textbox', { name: 'Location' })).toHaveAccessibleDescription(
      'Required.',
    );
  });

  it('asks for the identification number that fits the category', async () => {
    const user = await openForm();
    await choose(user, /^Product category/, 'Mobil');
    const id = screen.getByRole('textbox', { name: 'Identification number' });
    expect(id).toHaveAccessibleDescription('The mobile number (MSISDN), e.g. 4791234567.');
    await user.type(id, '2212');
    await user.tab();
    expect(id).toHaveAccessibleDescription(
      'A mobile number: 8 digits starting with 4 or 9, optionally with 47 in front.',
    );
    await choose(user, /^Product category/, 'Nordic Connect');
    await user.clear(id);
    await user.type(id, '12345678');
    await user.tab();
    expect(id).toHaveAccessibleDescription(
      'The LU-number of the line: 8 digits, e.g. LU-12345678.',
    );
  });

  it('offers only the chosen category’s incident types', async () => {
    const user = await openForm();
    await choose(user, /^Product category/, 'Fasttelefoni');
    await user.click(screen.getByRole('combobox', { name: /^Incident type/ }));
    const options = within(await screen.findByRole('listbox'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Ingen summetone',
      'Støy på linjen',
      'Kan ikke ringe ut',
      'Annen type feil',
    ]);
  });

  it('a local contact needs a name and a way to reach them', async () => {
    const user = await openForm();
    await user.click(
      screen.getByRole('checkbox', { name: 'Someone else is on site (local contact)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Report incident' }));
    const names = await screen.findAllByRole('textbox', { name: 'Name' });
    expect(names[1]).toHaveAccessibleDescription('Required.');
    expect(screen.getAllByRole('textbox', { name: 'Email' })[1]).toHaveAccessibleDescription(
      'Give an email address or a phone number.',
    );
  });

  it('puts the server’s field errors next to the fields and keeps what was typed', async () => {
    sandbox.server.use(
      http.post(`${API}/incidents`, () =>
        HttpResponse.json(
          {
            code: '400002',
            message: 'Invalid Inputs: subject',
            fieldErrors: [
              { field: 'subject', message: 'The subject is already used by Case-00010001.' },
            ],
          },
          { status: 400 },
        ),
      ),
    );
    const user = await openForm();
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Oslo – ingen linje');
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Ingen summetone.');
    await choose(user, /^Product category/, 'Fasttelefoni');
    await choose(user, /^Incident type/, 'Ingen summetone');
    await user.type(screen.getByRole('textbox', { name: 'Identification number' }), '22123456');
    await user.type(screen.getByRole('textbox', { name: 'Location' }), 'Oslo');
    await user.click(screen.getByRole('button', { name: 'Report incident' }));
    const subject = screen.getByRole('textbox', { name: 'Subject' });
    await waitFor(() =>
      expect(subject).toHaveAccessibleDescription('The subject is already used by Case-00010001.'),
    );
    expect(subject).toHaveValue('Oslo – ingen linje');
    expect(
      screen
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(' '),
    ).toMatch(/The server refused the input/);
  });

  it('keeps the draft when the page is left and opened again', async () => {
    const user = await openForm();
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Halvferdig melding');
    await new Promise((r) => setTimeout(r, 400)); // the draft is saved a moment after typing
    user.unmount();
    renderApp('/incidents/new');
    expect(await screen.findByText('Your unsent form was restored.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Halvferdig melding');
    expect(sessionStorage.getItem(`portal.draft.incident-report.${customer.userName}`)).toContain(
      'Halvferdig',
    );
  });
});

describe('report an incident: the active-order rule', () => {
  it('points to an open order for the same category and place, and comments on it instead', async () => {
    const order = sandbox.tickets
      .all('orders')
      .find(
        (o) =>
          ['New', 'In Progress', 'Scheduled', 'Awaiting Customer'].includes(o.status) && o.location,
      );
    if (!order) throw new Error('no open order in the seed');
    const user = await openForm();
    await choose(user, /^Product category/, order.productCategoryName ?? '');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Linjen er nede');
    await user.type(screen.getByRole('textbox', { name: 'Location' }), order.location ?? '');
    const notice = await screen.findByText(
      'There is an order in progress for this',
      {},
      { timeout: 3000 },
    );
    const alert = notice.closest('[role="status"]') as HTMLElement;
    expect(within(alert).getAllByText(order.caseNumber, { exact: false }).length).toBeGreaterThan(
      0,
    );

    await user.click(
      within(alert).getByRole('button', { name: `Comment on ${order.caseNumber} instead` }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: `Comment on order ${order.caseNumber}`,
    });
    expect(within(dialog).getByRole('textbox', { name: 'Comment' })).toHaveValue('Linjen er nede');
    await user.click(within(dialog).getByRole('button', { name: 'Send comment to the order' }));
    await waitFor(() => expect(order.comments.at(-1)?.body).toBe('Linjen er nede'));
    expect(order.comments.at(-1)?.userName).toBe(customer.userName);
  });

  it('the comment on the order is sent once; its dialog stays open until it is', async () => {
    const order = sandbox.tickets
      .all('orders')
      .filter(
        (o) =>
          ['New', 'In Progress', 'Scheduled', 'Awaiting Customer'].includes(o.status) && o.location,
      )
      .at(-1);
    if (!order) throw new Error('no open order in the seed');
    const requests = watchRequests(sandbox.server);
    const user = await openForm();
    await choose(user, /^Product category/, order.productCategoryName ?? '');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Ingen signal');
    await user.type(screen.getByRole('textbox', { name: 'Location' }), order.location ?? '');
    await user.click(
      await screen.findByRole(
        'button',
        { name: `Comment on ${order.caseNumber} instead` },
        { timeout: 3000 },
      ),
    );
    const dialog = await screen.findByRole('dialog', {
      name: `Comment on order ${order.caseNumber}`,
    });
    sandbox.faults.set([{ kind: 'latency', delayMs: 800, method: 'POST', path: '/comments$' }]);
    await user.click(within(dialog).getByRole('button', { name: 'Send comment to the order' }));
    await pressEscapeIn(dialog, user);
    expect(dialog).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();

    // Sent, it goes on to the order.
    expect(
      await screen.findByRole('heading', { level: 1, name: order.caseNumber }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(order.comments.filter((c) => c.body === 'Ingen signal')).toHaveLength(1);
    expect(requests.count('POST', /\/orders\/[^/]+\/comments$/)).toBe(1);
    requests.stop();
  });

  it('stays quiet when no open order matches', async () => {
    const user = await openForm();
    await choose(user, /^Product category/, 'Mobil');
    await user.type(screen.getByRole('textbox', { name: 'Location' }), 'Longyearbyen');
    await new Promise((r) => setTimeout(r, 700));
    expect(screen.queryByText('There is an order in progress for this')).not.toBeInTheDocument();
  });
});

describe('report an incident: nothing is created twice', () => {
  async function fillValidForm(user: Awaited<ReturnType<typeof openForm>>, subject: string) {
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), subject);
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Ingen summetone.');
    await choose(user, /^Product category/, 'Fasttelefoni');
    await choose(user, /^Incident type/, 'Ingen summetone');
    await user.type(screen.getByRole('textbox', { name: 'Identification number' }), '22123456');
    await user.type(screen.getByRole('textbox', { name: 'Location' }), 'Oslo');
  }

  /** The customer's incident, made by the sandbox as a server does (whether or not it answers). */
  const serverMakes = (subject: string) =>
    sandbox.tickets.apply({
      type: 'create',
      kind: 'incidents',
      body: { subject, description: 'd' },
      user: { internalUser: false, userName: customer.userName },
      at: Date.now(),
    });

  it('when the answer to a create is lost, finds the incident instead of offering a second one', async () => {
    const subject = 'Svaret forsvant underveis';
    sandbox.server.use(
      http.post(`${API}/incidents`, () => {
        // The server creates it, but the answer never arrives.
        serverMakes(subject);
        return HttpResponse.error();
      }),
    );
    const user = await openForm();
    await fillValidForm(user, subject);
    await user.click(screen.getByRole('button', { name: 'Report incident' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Case-\d{8}$/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(sandbox.tickets.all('incidents').filter((i) => i.subject === subject)).toHaveLength(1);
  });

  it('when a create fails with no answer and nothing was created, says so and keeps the input', async () => {
    sandbox.server.use(http.post(`${API}/incidents`, () => HttpResponse.error()));
    const user = await openForm();
    await fillValidForm(user, 'Aldri kommet fram');
    await user.click(screen.getByRole('button', { name: 'Report incident' }));
    expect(
      await screen.findByText(
        /The server did not answer. The portal looked and found no new one yet/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Aldri kommet fram');
    expect(sandbox.tickets.all('incidents').some((i) => i.subject === 'Aldri kommet fram')).toBe(
      false,
    );
  });

  it('a ticket the server made after the portal looked is found when sending again, not made twice', async () => {
    const subject = 'Treg server, laget etterpå';
    let posts = 0;
    sandbox.server.use(
      http.post(`${API}/incidents`, () => {
        posts++;
        return HttpResponse.error();
      }),
    );
    const user = await openForm();
    await fillValidForm(user, subject);
    await user.click(screen.getByRole('button', { name: 'Report incident' }));
    expect(await screen.findByText(/found no new one yet/)).toBeInTheDocument();
    // Only now does the slow server make it.
    serverMakes(subject);
    await user.click(screen.getByRole('button', { name: 'Report incident' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Case-\d{8}$/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(posts).toBe(1);
    expect(sandbox.tickets.all('incidents').filter((i) => i.subject === subject)).toHaveLength(1);
  });
});

describe('report an incident: cancelling', () => {
  const draftKey = `portal.draft.incident-report.${customer.userName}`;

  it('with nothing entered, Cancel goes straight back to the list', async () => {
    const user = await openForm();
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Incidents' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('with something entered, asks first; keeping on keeps it all, discarding removes the draft', async () => {
    const user = await openForm();
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Halvferdig');
    await choose(user, /^Product category/, 'Mobil');

    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard what you entered?' });
    // A question: focus is on it, not on a button Enter would press.
    expect(
      within(dialog).getByRole('heading', { name: 'Discard what you entered?' }),
    ).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(user.router.state.location.pathname).toBe('/incidents/new');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Halvferdig');
    await waitFor(() => expect(sessionStorage.getItem(draftKey)).toContain('Halvferdig'));

    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const again = await screen.findByRole('dialog', { name: 'Discard what you entered?' });
    await user.click(within(again).getByRole('button', { name: 'Discard' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Incidents' })).toBeInTheDocument();
    expect(sessionStorage.getItem(draftKey)).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Report an incident' }));
    await screen.findByRole('heading', { name: 'Report an incident' });
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('');
    expect(screen.queryByText('Your unsent form was restored.')).not.toBeInTheDocument();
  });
});

describe('report an incident: the draft keeps choices at once', () => {
  const draftKey = `portal.draft.incident-report.${customer.userName}`;

  it('a chosen category is in the draft as soon as it is chosen, and survives a reload', async () => {
    const user = await openForm();
    await choose(user, /^Product category/, 'Mobil');
    // No pause after choosing: a reload a moment later must find it.
    expect(sessionStorage.getItem(draftKey)).toContain('"productCategoryName":"Mobil"');
    reload(user.unmount);
    renderApp('/incidents/new');
    expect(await screen.findByText('Your unsent form was restored.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Product category/ })).toHaveTextContent('Mobil');
  });
});
