import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupApiSandbox } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';

const sandbox = setupApiSandbox();
afterEach(() => sandbox.faults.clear());

/** Counts the requests the page sends to a method and path. */
function watchRequests() {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
  };
  sandbox.server.events.on('request:start', listener);
  return {
    count: (method: string, path: RegExp) =>
      seen.filter((s) => s.startsWith(`${method} `) && path.test(s.slice(method.length + 1)))
        .length,
    stop: () => sandbox.server.events.removeListener('request:start', listener),
  };
}

async function openCase(number: string) {
  const view = renderApp(`/cases/${number}`);
  await screen.findByRole('heading', { name: `Case ${number}`, level: 1 }, { timeout: 10_000 });
  return { ...view, user: userEvent.setup() };
}

/** Two clicks faster than React re-renders: both land before the button shows it is busy. */
function doubleClickAtOnce(button: HTMLElement) {
  act(() => {
    button.click();
    button.click();
  });
}

describe('case detail: adding a note', () => {
  it('a fast double click on "Add note" sends one note and lists it once', async () => {
    const { user } = await openCase('11150930');
    const requests = watchRequests();
    const before = sandbox.cases.find('11150930')?.notes.length ?? 0;
    sandbox.faults.set([{ kind: 'latency', delayMs: 300, method: 'PATCH', path: '^/tickets' }]);
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Godkjent, start på nytt.');
    const button = screen.getByRole('button', { name: 'Add note' });
    doubleClickAtOnce(button);
    // While it is sending, the button is busy and cannot be pressed.
    await waitFor(() => expect(button).toBeDisabled());
    expect(within(button).getByRole('progressbar')).toBeInTheDocument();
    doubleClickAtOnce(button);

    const sent = await screen.findByRole('region', { name: 'Notes you added' });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(''));
    expect(within(sent).getAllByText('Godkjent, start på nytt.')).toHaveLength(1);
    expect(requests.count('PATCH', /\/tickets\/11150930$/)).toBe(1);
    expect(sandbox.cases.find('11150930')?.notes).toHaveLength(before + 1);
    await waitFor(() => expect(button).toBeEnabled());
    requests.stop();
  });
});

describe('case detail: cancelling', () => {
  it('a fast double click on the confirm button cancels once, and the dialog closes', async () => {
    const { user } = await openCase('11150935');
    const requests = watchRequests();
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
      await screen.findByText('The case was cancelled.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/This cannot be done now/)).not.toBeInTheDocument();
    expect(requests.count('POST', /\/tickets\/11150935\/cancel$/)).toBe(1);
    expect(sandbox.cases.find('11150935')?.status).toBe('CANCELLED');
    expect(screen.queryByRole('button', { name: 'Cancel the case' })).not.toBeInTheDocument();
    requests.stop();
  });
});
