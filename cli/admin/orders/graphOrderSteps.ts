// Microsoft 365 orders: a redirect inbox rule through Graph (found by its name, so a retry never
// makes a second one); mailbox delegation as Exchange Online PowerShell for the admin.
import type { GraphConnection } from '../microsoft/graphConnection.ts';
import { graphRequest } from '../microsoft/graphRequest.ts';
import { delegationPowerShell } from './exchangePowerShell.ts';
import type { Order } from './order.ts';
import type { OrderSteps } from './orderSteps.ts';

type Retry = <T>(call: () => Promise<T>) => Promise<T>;

interface Rule {
  readonly id: string;
  readonly displayName?: string;
}

/** The rule's name carries the order id: the rule is found by it before any POST or DELETE. */
export function orderRuleName(order: Order): string {
  return `Svarsplikt: vidarebefordran ${order.id}`;
}

/** Order steps for Microsoft 365. */
export function graphOrderSteps(connection: GraphConnection, retry: Retry): OrderSteps {
  const rulesPath = (order: Order) =>
    `/users/${encodeURIComponent(order.user)}/mailFolders/inbox/messageRules`;
  const ours = async (order: Order): Promise<Rule[]> => {
    const page = await retry(() =>
      graphRequest<{ value?: Rule[] }>(connection, 'GET', rulesPath(order)),
    );
    return (page.value ?? []).filter((r) => r.displayName === orderRuleName(order));
  };
  return {
    capture: () => Promise.resolve(null),
    async start(order) {
      if (order.kind === 'delegate')
        return { powershell: delegationPowerShell('add', order.user, order.to) };
      if ((await ours(order)).length > 0) return {};
      // Not retried after a lost answer: the next run looks the rule up again first.
      await graphRequest(connection, 'POST', rulesPath(order), {
        displayName: orderRuleName(order),
        sequence: 1,
        isEnabled: true,
        conditions: {},
        actions: {
          redirectTo: [{ emailAddress: { address: order.to } }],
          stopProcessingRules: false,
        },
        exceptions: { isAutomaticReply: true },
      }).catch(async (error: unknown) => {
        if ((await ours(order)).length === 0) throw error;
      });
      return {};
    },
    async revert(order) {
      if (order.kind === 'delegate')
        return { powershell: delegationPowerShell('remove', order.user, order.to) };
      for (const rule of await ours(order)) {
        await retry(() =>
          graphRequest(
            connection,
            'DELETE',
            `${rulesPath(order)}/${encodeURIComponent(rule.id)}`,
          ).catch((error: unknown) => {
            if ((error as { status?: number }).status !== 404) throw error;
          }),
        );
      }
      return {};
    },
  };
}
