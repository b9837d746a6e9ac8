// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { Profiler } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../addin/src/pane/App.tsx';
import { createPaneStores } from '../../../addin/src/pane/paneStores.ts';
import { AUTO_REPLY, CITIZEN, fakeDeps, fakeGraph, fakeHost, inboxMessage } from './fakes.ts';
import { sharedFolderAccess } from '../../../addin/src/host/sharedFolderAccess.ts';

afterEach(cleanup);

async function renderPane(
  selected = CITIZEN,
  lang = 'sv-SE',
  graphInit: Parameters<typeof fakeGraph>[0] = {},
) {
  const h = fakeHost(selected, lang);
  const g = fakeGraph(graphInit);
  const { deps } = fakeDeps(h.host, g.graph);
  const stores = createPaneStores(deps);
  render(<App stores={stores} />);
  await stores.clock.getState().start();
  return { h, g, stores, user: userEvent.setup() };
}

describe('task pane', () => {
  it('does not re-render the clock view for store changes it does not draw', async () => {
    const h = fakeHost(CITIZEN, 'sv-SE');
    const { deps } = fakeDeps(h.host, fakeGraph({}).graph);
    const stores = createPaneStores(deps);
    let commits = 0;
    render(
      <Profiler id="pane" onRender={() => (commits += 1)}>
        <App stores={stores} />
      </Profiler>,
    );
    await stores.clock.getState().start();
    await screen.findByRole('region', { name: /I tid/ });
    // The lazily loaded promise date field must be in before counting.
    await screen.findByRole('combobox', { name: 'Svar utlovas senast' }, { timeout: 10_000 });
    // Let the Graph enrichment (received time, answered check) settle first.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const before = commits;
    act(() => {
      // A set that changes nothing drawn: the same values, and a field the view never reads.
      stores.clock.setState({
        busy: null,
        error: null,
        extras: { ...stores.clock.getState().extras },
      });
    });
    expect(commits).toBe(before);
    act(() => stores.clock.setState({ busy: 'ack' }));
    expect(commits).toBe(before + 1);
  });

  it('shows the reply clock: state as text, due date, working time left', async () => {
    await renderPane();
    const clock = await screen.findByRole('region', { name: /I tid/ });
    expect(within(clock).getByText('Svara senast')).toBeTruthy();
    expect(within(clock).getByTestId('due').textContent).toMatch(/^tisdag 29 december 2026/);
    expect(within(clock).getByText('Arbetstid kvar')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skicka kvittens' })).toBeTruthy();
  });

  it('shows "Ingen svarsplikt" and why for automatic mail, and "Inget meddelande valt" for none', async () => {
    const { h } = await renderPane(AUTO_REPLY);
    expect(await screen.findByRole('region', { name: /Ingen svarsplikt/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Varför ingen svarsplikt' })).toBeTruthy();
    expect(screen.getByText(/Auto-Submitted: auto-replied/)).toBeTruthy();
    h.select(null);
    expect(await screen.findByText('Inget meddelande valt')).toBeTruthy();
  });

  it('opens the kvittens; the confidential box makes it a new message', async () => {
    const { h, user } = await renderPane();
    await user.click(screen.getByRole('checkbox', { name: /Konfidentiellt innehåll/ }));
    await user.click(screen.getByRole('button', { name: 'Skicka kvittens' }));
    await waitFor(() => expect(h.forms).toHaveLength(1));
    expect(h.forms[0]?.kind).toBe('new');
    expect(await screen.findByText(/nytt meddelande utan citat/)).toBeTruthy();
  });

  it('lists the queue with counts', async () => {
    const { user } = await renderPane(CITIZEN, 'sv-SE', {
      inbox: [inboxMessage('a', '2026-12-14T09:00:00Z'), inboxMessage('b', '2026-12-21T16:05:00Z')],
    });
    await user.click(screen.getByRole('tab', { name: 'Kö' }));
    const list = await screen.findByRole('list', {
      name: 'Meddelanden sorterade efter förfallotid',
    });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByTestId('count-overdue').textContent).toBe('1');
    expect(screen.getByTestId('count-later').textContent).toBe('1');
    expect(within(list).getAllByRole('switch', { name: 'Inte mitt ärende' })).toHaveLength(2);
  });

  it('out of office: shows the current state, and a bad form shows its errors instead of saving', async () => {
    const { g, user } = await renderPane();
    await user.click(screen.getByRole('tab', { name: 'Frånvaro' }));
    // The view and the store load lazily: generous on a loaded machine.
    expect(await screen.findByText('Autosvar: av', {}, { timeout: 5000 })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Spara autosvar' }));
    expect(await screen.findByText('Rätta felen ovan innan du sparar.')).toBeTruthy();
    const findings = screen.getByTestId('findings');
    // The core's severity word, the same as Gmail's.
    expect(within(findings).getAllByText('Fel – måste rättas:').length).toBeGreaterThan(0);
    expect(g.state.calls).not.toContain('setAutomaticReplies');
    expect(screen.getByRole('textbox', { name: 'Namn' })).toBeTruthy();
    // Each date label points at its own input (a click on the label reaches the picker).
    for (const name of ['Första frånvarodag', 'Sista frånvarodag']) {
      const label = screen.getByText(name, { selector: 'label' }) as HTMLLabelElement;
      expect(document.getElementById(label.htmlFor)).toBe(screen.getByRole('combobox', { name }));
    }
  });

  it('out of office: the current autoreply is shown with each text under its own name', async () => {
    const { user } = await renderPane(CITIZEN, 'sv-SE', {
      autoReplies: {
        status: 'alwaysEnabled',
        externalAudience: 'all',
        scheduledStartDateTime: null,
        scheduledEndDateTime: null,
        internalReplyMessage: '<p>Internt</p>',
        externalReplyMessage: '<p>Externt</p>',
      },
    });
    await user.click(screen.getByRole('tab', { name: 'Frånvaro' }));
    const current = await screen.findByRole('region', { name: 'Nuvarande autosvar och regler' });
    await user.click(within(current).getByText('Internt meddelande / Externt meddelande'));
    for (const name of ['Internt meddelande', 'Externt meddelande']) {
      expect(within(current).getByRole('heading', { name })).toBeTruthy();
      expect(current.querySelector(`iframe[title="${name}"]`)).not.toBeNull();
    }
  });

  it('out of office: adding and removing contacts moves focus sensibly', async () => {
    const { user } = await renderPane();
    await user.click(screen.getByRole('tab', { name: 'Frånvaro' }));
    await user.click(await screen.findByRole('button', { name: 'Lägg till kontakt' }));
    await waitFor(() =>
      expect(screen.getAllByRole('group', { name: /^Kontakt \d$/ })).toHaveLength(2),
    );
    const names = screen.getAllByRole('textbox', { name: 'Namn' });
    await waitFor(() => expect(document.activeElement).toBe(names[1]));
    await user.click(screen.getByRole('button', { name: 'Ta bort kontakt 2' }));
    expect(screen.getAllByRole('group', { name: /^Kontakt \d$/ })).toHaveLength(1);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Lägg till kontakt' }),
      ),
    );
  });

  it('speaks English when Outlook does', async () => {
    await renderPane(CITIZEN, 'en-US');
    expect(await screen.findByRole('region', { name: /On track/ })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Out of office' })).toBeTruthy();
    expect(screen.getByText('Answer by')).toBeTruthy();
  });
});

describe('Inte mitt ärende', () => {
  it('warns before an external forward, then forwards and shows the notice draft', async () => {
    const { g, user } = await renderPane(CITIZEN, 'sv-SE', {
      inbox: [{ ...inboxMessage('item-citizen', '2026-12-21T16:05:00Z'), id: 'item-citizen' }],
    });
    await user.click(
      await screen.findByRole('button', { name: 'Inte mitt ärende – skicka vidare…' }),
    );
    const form = await screen.findByRole('region', { name: /Skicka vidare med besked/ });
    // Focus moves into the form: the button that opened it is gone.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(form).getByRole('heading', { name: 'Skicka vidare med besked till avsändaren' }),
      ),
    );
    expect(within(form).getByRole('radio', { name: /Kontaktcenter/ })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(within(form).getByRole('radio', { name: 'Annan mottagare' }));
    await user.type(
      within(form).getByRole('textbox', { name: 'Mottagarens e-post' }),
      'registrator@lansstyrelsen.se',
    );
    expect(within(form).getByText(/ligger utanför organisationen/)).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Skicka vidare och skapa besked' }));
    expect(g.state.forwards).toEqual([]);
    const confirm = within(form).getByRole('checkbox', {
      name: 'Jag förstår att meddelandet lämnar organisationen',
    });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    await user.click(confirm);
    await user.click(within(form).getByRole('button', { name: 'Skicka vidare och skapa besked' }));
    expect(await within(form).findByTestId('notice-draft')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(form).getByRole('heading', { name: 'Utkastet till avsändaren' }),
      ),
    );
    expect(g.state.forwards.map((f) => f.to)).toEqual(['registrator@lansstyrelsen.se']);
    expect(g.state.drafts).toHaveLength(1);
    expect(screen.getByTestId('forwarded-line').textContent).toContain(
      'registrator@lansstyrelsen.se',
    );
  });
});

describe('Uppföljning', () => {
  it('loads on its tab and shows the windows, an accessible chart and the numbers as a table', async () => {
    const { user } = await renderPane(CITIZEN, 'sv-SE', {
      inbox: [inboxMessage('x', '2026-12-14T08:00:00Z'), inboxMessage('y', '2026-10-01T08:00:00Z')],
      sent: [{ conversationId: 'conv-x', sentAt: Date.parse('2026-12-14T09:00:00Z'), ours: false }],
    });
    await user.click(screen.getByRole('tab', { name: 'Uppföljning' }));
    const d30 = await screen.findByRole(
      'region',
      { name: 'Senaste 30 dagarna' },
      { timeout: 10_000 },
    );
    expect(within(d30).getByText('Andel kvitterade i tid')).toBeTruthy();
    expect(within(d30).getByTestId('share').textContent).toBe('100 %');
    const d90 = screen.getByRole('region', { name: 'Senaste 90 dagarna' });
    expect(within(d90).getByTestId('share').textContent).toBe('50 %');
    const chart = screen.getByRole('img', { name: /Stapeldiagram över 2 veckor/ });
    expect(chart.getAttribute('aria-label')).toContain('1 besvarade eller kvitterade i tid');
    const table = screen.getByRole('table', { name: /per mottagningsvecka/ });
    expect(within(table).getByRole('rowheader', { name: '2026-W51' })).toBeTruthy();
  });
});

describe('view tabs', () => {
  it('move with the arrow keys, Home and End (roving focus)', async () => {
    const { user } = await renderPane();
    const clockTab = screen.getByRole('tab', { name: 'Svarsklocka' });
    expect(clockTab.getAttribute('aria-selected')).toBe('true');
    clockTab.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Kö' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Kö' }));
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Frånvaro' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Svarsklocka' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-clock');
  });

  it('personal settings are saved in roaming settings and set the confidential default', async () => {
    const { h, user } = await renderPane();
    await user.click(screen.getByText('Personliga inställningar'));
    const signature = await screen.findByRole('textbox', { name: 'Signatur i kvittensen' });
    await user.type(signature, 'Anna Lind, handläggare');
    await user.click(
      screen.getByRole('checkbox', { name: 'Konfidentiellt innehåll som standard' }),
    );
    await user.click(screen.getByRole('button', { name: 'Spara inställningar' }));
    await waitFor(() =>
      expect(h.settings.get('svarsplikt.prefs')).toEqual({
        signature: 'Anna Lind, handläggare',
        confidentialDefault: true,
      }),
    );
    expect(
      (screen.getByRole('checkbox', { name: /^Konfidentiellt innehåll –/ }) as HTMLInputElement)
        .checked,
    ).toBe(true);
  });

  it.each([
    ['Write', 3, 'Delad brevlåda: kontaktcenter@vaxjo.se.', 1],
    ['Read only', 1, 'där du bara har läsbehörighet', 0],
  ])(
    'a message in kontaktcenter@ (%s): the clock names the mailbox; write actions only with Write',
    async (_case, delegatePermissions, text, buttons) => {
      const h = fakeHost(CITIZEN, 'sv-SE');
      const owner = 'kontaktcenter@vaxjo.se';
      const access = sharedFolderAccess({ owner, delegatePermissions });
      const host = { ...h.host, getSharedFolderAccess: () => Promise.resolve(access) };
      const { deps } = fakeDeps(host, fakeGraph({}).graph);
      const stores = createPaneStores(deps);
      render(<App stores={stores} />);
      await stores.clock.getState().start();
      const clock = await screen.findByRole('region', { name: /I tid/ });
      expect(within(clock).getByTestId('item-mailbox').textContent).toContain(text);
      expect(screen.queryAllByRole('button', { name: 'Skicka kvittens' })).toHaveLength(buttons);
      expect(screen.queryAllByRole('button', { name: 'Flagga med förfallodag' })).toHaveLength(
        buttons,
      );
    },
  );
});
