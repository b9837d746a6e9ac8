// Workspace orders: forwarding (forwardingAddresses + updateAutoForwarding) and delegates, as the user.
import { gmailClient, jwtFor } from '../google/googleClients.ts';
import type { GoogleConnection } from '../google/googleClients.ts';
import { googleFailure } from '../google/googleFailure.ts';
import { userScopes } from '../google/googleScopes.ts';
import type { Order } from './order.ts';
import type { OrderSteps } from './orderSteps.ts';

type Retry = <T>(call: () => Promise<T>) => Promise<T>;

interface AutoForwarding {
  readonly enabled: boolean;
  /** Whether the target was already a forwarding address (then it stays after the revert). */
  readonly addressPreexisting?: boolean;
  readonly emailAddress?: string;
  readonly disposition?: string;
}

const statusOf = (error: unknown) => googleFailure(error).status;

/** Ignores the one status that means "already so" (404 on delete, 409 on create). */
async function unless<T>(status: number, call: () => Promise<T>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (statusOf(error) !== status) throw error;
  }
}

/** Order steps for Google Workspace. */
export function googleOrderSteps(connection: GoogleConnection, retry: Retry): OrderSteps {
  const settingsOf = (order: Order) =>
    gmailClient(jwtFor(connection, order.user, userScopes('orders'))).users.settings;
  return {
    async capture(order) {
      const settings = settingsOf(order);
      if (order.kind === 'forward') {
        const current = (await retry(() => settings.getAutoForwarding({ userId: 'me' }))).data;
        const addresses = (await retry(() => settings.forwardingAddresses.list({ userId: 'me' })))
          .data;
        return {
          addressPreexisting: (addresses.forwardingAddresses ?? []).some(
            (a) => a.forwardingEmail?.toLowerCase() === order.to,
          ),
          enabled: current.enabled === true,
          ...(current.emailAddress ? { emailAddress: current.emailAddress } : {}),
          ...(current.disposition ? { disposition: current.disposition } : {}),
        } satisfies AutoForwarding;
      }
      const delegates =
        (await retry(() => settings.delegates.list({ userId: 'me' }))).data.delegates ?? [];
      return { preexisting: delegates.some((d) => d.delegateEmail?.toLowerCase() === order.to) };
    },
    async start(order) {
      const settings = settingsOf(order);
      if (order.kind === 'delegate') {
        await unless(409, () =>
          retry(() =>
            settings.delegates.create({ userId: 'me', requestBody: { delegateEmail: order.to } }),
          ),
        );
        return {};
      }
      await unless(409, () =>
        retry(() =>
          settings.forwardingAddresses.create({
            userId: 'me',
            requestBody: { forwardingEmail: order.to },
          }),
        ),
      );
      const current = (await retry(() => settings.getAutoForwarding({ userId: 'me' }))).data;
      if (current.enabled !== true || current.emailAddress?.toLowerCase() !== order.to) {
        await retry(() =>
          settings.updateAutoForwarding({
            userId: 'me',
            requestBody: { enabled: true, emailAddress: order.to, disposition: 'leaveInInbox' },
          }),
        );
      }
      return {};
    },
    async revert(order, previous) {
      const settings = settingsOf(order);
      if (order.kind === 'delegate') {
        if ((previous as { preexisting?: boolean } | undefined)?.preexisting === true)
          return { note: 'the delegate was there before the order and stays' };
        await unless(404, () =>
          retry(() => settings.delegates.delete({ userId: 'me', delegateEmail: order.to })),
        );
        return {};
      }
      const current = (await retry(() => settings.getAutoForwarding({ userId: 'me' }))).data;
      const before = (previous as AutoForwarding | undefined) ?? { enabled: false };
      // Only forwarding that is still ours is undone; a later change by someone else stays.
      if (current.enabled === true && current.emailAddress?.toLowerCase() === order.to) {
        const restore =
          before.enabled && before.emailAddress !== undefined
            ? {
                enabled: true,
                emailAddress: before.emailAddress,
                disposition: before.disposition ?? 'leaveInInbox',
              }
            : { enabled: false };
        await retry(() => settings.updateAutoForwarding({ userId: 'me', requestBody: restore }));
      }
      if (before.addressPreexisting !== true)
        await unless(404, () =>
          retry(() =>
            settings.forwardingAddresses.delete({ userId: 'me', forwardingEmail: order.to }),
          ),
        );
      return {};
    },
  };
}
