import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { setupApiSandbox } from '@/testing/api-sandbox';
import { renderApp } from '@/testing/render-app';
import { statusLabel } from './labels';

const sandbox = setupApiSandbox();

/** A phone-sized window: every `max-width` media query matches (jsdom has no matchMedia). */
function onAPhone() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('max-width'),
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }));
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
}

describe('on a phone, the incident list', () => {
  it('shows each incident as a card: its number (a link), status, subject, details and last activity', async () => {
    onAPhone();
    renderApp('/incidents');
    const list = await screen.findByRole('list', { name: 'Incidents' }, { timeout: 10_000 });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const [link] = await within(list).findAllByRole('link', {}, { timeout: 10_000 });
    if (!link) throw new Error('no card');
    const incident = sandbox.tickets
      .all('incidents')
      .find((i) => i.caseNumber === link.textContent);
    if (!incident) throw new Error(`no incident ${link.textContent}`);
    const card = link.closest('li') as HTMLElement;

    expect(within(card).getByText(statusLabel(i18n.t, incident.status))).toBeInTheDocument();
    expect(within(card).getByText(incident.subject ?? '')).toBeInTheDocument();
    // The details line: what and where, one after the other.
    const details = [incident.productCategoryName, incident.location, incident.identificationNumber]
      .filter((part): part is string => !!part)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    expect(card).toHaveTextContent(new RegExp(details));
    // Who did the last thing on it.
    const last = incident.activities.reduce<(typeof incident.activities)[number] | undefined>(
      (latest, a) => (!latest || a.at > latest.at ? a : latest),
      undefined,
    );
    if (last) expect(within(card).getByText(last.user.userName)).toBeInTheDocument();

    await userEvent.setup().click(link);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: incident.caseNumber },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  });
});
