import { stockholmDate } from '../../../shared/index.ts';
import { SETTINGS } from '../pane/paneDeps.ts';
import type { PaneStores } from '../pane/paneStores.ts';

/**
 * On the first open on or after the return day, remove the forwarding rule — whichever view the
 * user opens — and say so in the clock view. Loads the out-of-office code only when needed.
 */
export async function checkReturn(stores: PaneStores): Promise<void> {
  const { host, now } = stores.deps;
  const record = host.getSetting<{ backOn?: unknown }>(SETTINGS.absence);
  if (typeof record?.backOn !== 'string' || stockholmDate(now()) < record.backOn) return;
  const { absenceStoreFor } = await import('./absenceStore.ts');
  const absence = absenceStoreFor(stores);
  await absence.getState().load();
  const status = absence.getState().status;
  if (status)
    stores.clock.setState({
      notice: { text: status.text, kind: status.kind === 'warning' ? 'info' : status.kind },
    });
}
