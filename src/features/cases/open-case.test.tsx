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
