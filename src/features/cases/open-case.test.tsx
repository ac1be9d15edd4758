import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import catalogue from '../../../public/case-code-catalogue.json';
import { setupApiSandbox } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';

const sandbox = setupApiSandbox();
// The code catalogue is a static file of the portal, not an API.
const serveCatalogue = () =>
  sandbox.server.use(http.get('*/case-code-catalogue.json', () => HttpResponse.json(catalogue)));
afterEach(() => sandbox.faults.clear());

describe('open a case: the case page shows what was sent', () => {
  it('shows the ticket code, the primary reference and the attached file, also after a reload', async () => {
    serveCatalogue();
    // jsdom's XMLHttpRequest sends a multipart file part without its name ("blob"): the upload
    // is answered as the sandbox answers in a browser, with the file's own name.
    sandbox.server.use(
      http.post('*/case-management/v2/attachments', () => {
        const file = sandbox.cases.addFile({
          name: 'ping.txt',
          contentType: 'text/plain',
          bytes: new TextEncoder().encode('ping 12 % tap\n'),
        });
        return HttpResponse.json({ id: file.id, name: file.name }, { status: 201 });
      }),
    );
    const view = renderApp('/cases/new');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Open a case', level: 1 }, { timeout: 10_000 });
    await user.click(screen.getByRole('combobox', { name: /^Ticket code/ }));
    await user.type(screen.getByRole('combobox', { name: /^Ticket code/ }), '0102-0200');
    await user.click(await screen.findByRole('option', { name: /^0102-0200/ }));
    await user.type(
      screen.getByRole('textbox', { name: /^Description/ }),
      'Pakketap på kryssforbindelsen.',
    );
    await user.type(screen.getByRole('textbox', { name: /^Primary reference/ }), 'XC-90001');
    await user.upload(
      screen.getByLabelText('Choose files'),
      new File(['ping 12 % tap\n'], 'ping.txt', { type: 'text/plain' }),
    );
    await screen.findByText('Uploaded', {}, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Open case' }));

    const heading = await screen.findByRole(
      'heading',
      { name: /^Case \d{8}$/, level: 1 },
      { timeout: 10_000 },
    );
    const number = heading.textContent.replace('Case ', '');
    const check = async () => {
      const sent = await screen.findByRole('region', {
        name: 'What you sent when opening the case',
      });
      await waitFor(() =>
        expect(within(sent).getByText('0102-0200 · Interconnection: type 0200')).toBeVisible(),
      );
      expect(within(sent).getByText('XC-90001')).toBeInTheDocument();
      expect(within(sent).getByRole('listitem')).toHaveTextContent('ping.txt');
      expect(within(sent).getByText(/The case service does not return/)).toBeInTheDocument();
    };
    await check();
    // What the GET does return is shown from the GET.
    expect(screen.getByText('Pakketap på kryssforbindelsen.')).toBeInTheDocument();
    expect(sandbox.cases.find(number)?.attachments.map((a) => a.name)).toEqual(['ping.txt']);

    view.unmount();
    renderApp(`/cases/${number}`);
    await screen.findByRole('heading', { name: `Case ${number}`, level: 1 }, { timeout: 10_000 });
    await check();
  });

  it('a case the user did not open here has no such section', async () => {
    renderApp('/cases/11150932');
    await screen.findByRole('heading', { name: 'Case 11150932', level: 1 }, { timeout: 10_000 });
    expect(
      screen.queryByRole('region', { name: 'What you sent when opening the case' }),
    ).not.toBeInTheDocument();
  });
});

describe('open a case: the details the user named', () => {
  it('are shown on the case page exactly as they were typed', async () => {
    serveCatalogue();
    const view = renderApp('/cases/new');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Open a case', level: 1 }, { timeout: 10_000 });
    await user.type(screen.getByRole('combobox', { name: /^Ticket code/ }), '0305-0100');
    await user.click(await screen.findByRole('option', { name: /^0305-0100/ }));
    const typed: [name: string, value: string][] = [
      ['VLAN_ID', '120'],
      ['iPhone', 'true'],
      // Also a name the portal has a label for: the user wrote it, so it stays as written.
      ['rack', 'OS1:01:0112'],
    ];
    for (const [name, value] of typed) {
      await user.click(screen.getByRole('button', { name: 'Add a detail' }));
      await user.type(screen.getAllByRole('textbox', { name: 'Name' }).at(-1) as HTMLElement, name);
      await user.type(
        screen.getAllByRole('textbox', { name: 'Value' }).at(-1) as HTMLElement,
        value,
      );
    }
    await user.type(screen.getByRole('textbox', { name: /^Description/ }), 'Ny VLAN til racket.');
    await user.type(screen.getByRole('textbox', { name: /^Primary reference/ }), 'VLAN-120');
    await user.click(screen.getByRole('button', { name: 'Open case' }));

    const heading = await screen.findByRole(
      'heading',
      { name: /^Case \d{8}$/, level: 1 },
      { timeout: 10_000 },
    );
    const number = heading.textContent.replace('Case ', '');
    expect(sandbox.cases.find(number)?.details).toEqual({
      VLAN_ID: '120',
      iPhone: 'true',
      rack: 'OS1:01:0112',
    });
    const shown = () => {
      const details = screen.getByRole('region', { name: 'Details' });
      return Object.fromEntries(
        within(details)
          .getAllByText(/./, { selector: 'dt' })
          .filter((dt) => typed.some(([name]) => dt.textContent === name))
          .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
      );
    };
    const asTyped = Object.fromEntries(typed);
    expect(shown()).toEqual(asTyped);
    for (const made of ['Vlan id', 'I phone', 'Rack']) expect(screen.queryByText(made)).toBeNull();

    // After a reload too.
    view.unmount();
    renderApp(`/cases/${number}`);
    await screen.findByRole('heading', { name: `Case ${number}`, level: 1 }, { timeout: 10_000 });
    expect(shown()).toEqual(asTyped);
  });
});

describe('open a case: no answer from the server', () => {
  it('says it cannot tell whether the case was opened, keeps the input, and sends again only when asked', async () => {
    serveCatalogue();
    sandbox.faults.set([{ kind: 'network', method: 'POST', path: '/tickets$', times: 1 }]);
    renderApp('/cases/new');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Open a case', level: 1 }, { timeout: 10_000 });
    await user.type(screen.getByRole('combobox', { name: /^Ticket code/ }), '0102-0200');
    await user.click(await screen.findByRole('option', { name: /^0102-0200/ }));
    await user.type(screen.getByRole('textbox', { name: /^Description/ }), 'Uten svar.');
    await user.type(screen.getByRole('textbox', { name: /^Primary reference/ }), 'XC-90002');
    await user.click(screen.getByRole('button', { name: 'Open case' }));

    expect(
      await screen.findByText(/cannot tell whether the case was opened/, {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveValue('Uten svar.');
    await user.click(screen.getByRole('button', { name: 'Send again anyway' }));
    expect(
      await screen.findByRole('heading', { name: /^Case \d{8}$/, level: 1 }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});

describe('open a case: a person added to notify', () => {
  it('says nothing is missing until the user has been in a field or tried to send', async () => {
    serveCatalogue();
    renderApp('/cases/new');
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Open a case', level: 1 }, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Add a person to notify' }));
    const person = await screen.findByRole('group', { name: /2/ });
    expect(within(person).queryByText('Required.')).toBeNull();
    expect(within(person).queryByText('Give an email address or a phone number.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open case' }));
    expect(await within(person).findAllByText('Required.')).not.toHaveLength(0);
  });
});
