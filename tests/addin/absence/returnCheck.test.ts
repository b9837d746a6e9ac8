import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../../addin/src/pane/paneDeps.ts';
import { createPaneStores } from '../../../addin/src/pane/paneStores.ts';
import { checkReturn } from '../../../addin/src/absence/returnCheck.ts';
import { CITIZEN, fakeDeps, fakeGraph, fakeHost } from '../pane/fakes.ts';

const RECORD = {
  firstDay: '2026-12-07',
  lastDay: '2026-12-18',
  backOn: '2026-12-21',
  forwardTo: 'kontaktcenter@vaxjo.se',
};
const OUR_RULE = {
  id: 'r1',
  displayName: 'Svarsplikt: frånvaro t.o.m. 2026-12-18',
  actions: { redirectTo: [{ emailAddress: { address: 'kontaktcenter@vaxjo.se' } }] },
};

function setup(backOn: string) {
  const h = fakeHost(CITIZEN);
  void h.host.setSetting(SETTINGS.absence, { ...RECORD, backOn });
  const g = fakeGraph({ rules: [OUR_RULE, { id: 'r2', displayName: 'Nyhetsbrev' }] });
  const stores = createPaneStores(fakeDeps(h.host, g.graph).deps);
  return { h, g, stores };
}

describe('checkReturn (first open after the return day)', () => {
  it('removes our forwarding rule, keeps the others, and tells the user in the clock view', async () => {
    const { h, g, stores } = setup('2026-12-21'); // "now" is Tue 22 Dec 2026
    await checkReturn(stores);
    expect(g.state.rules.map((r) => r.id)).toEqual(['r2']);
    expect(h.settings.has(SETTINGS.absence)).toBe(false);
    expect(stores.clock.getState().notice).toEqual({
      text: 'Frånvaron slutade fredag 18 december 2026. Regeln för vidarebefordran är borttagen.',
      kind: 'info',
    });
  });

  it('leaves everything alone before the return day', async () => {
    const { h, g, stores } = setup('2026-12-28');
    await checkReturn(stores);
    expect(g.state.calls).toEqual([]);
    expect(h.settings.has(SETTINGS.absence)).toBe(true);
    expect(stores.clock.getState().notice).toBeNull();
  });
});
