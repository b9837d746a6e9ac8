// An IT order: forward a mailbox or give a colleague access for a period, undone on the back-on day.
import { isEmailAddress, isInOrganisation, isIsoDate } from '../../../shared/index.ts';
import type { Organisation } from '../../../shared/index.ts';

export type OrderKind = 'forward' | 'delegate';
export type Provider = 'google' | 'microsoft';

/** One order as the journal records it. Dates are Stockholm dates. */
export interface Order {
  readonly id: string;
  readonly kind: OrderKind;
  readonly provider: Provider;
  readonly user: string;
  readonly to: string;
  readonly firstDay: string;
  readonly lastDay: string;
  /** The first working day after lastDay: the order is undone at its start (00:00 Stockholm). */
  readonly backOn: string;
}

export type OrderCheck = { ok: true; value: Omit<Order, 'id'> } | { ok: false; message: string };

/**
 * Validates an order against the organisation: both addresses inside its domains, dates in order.
 * @example checkOrder({ kind: 'forward', provider: 'google', user: 'a@kommun.se', to: 'kc@kommun.se', firstDay: '2026-06-22', lastDay: '2026-07-03' }, org, '2026-06-01')
 */
export function checkOrder(
  draft: {
    kind: OrderKind;
    provider: Provider;
    user: string | undefined;
    to: string | undefined;
    firstDay: string | undefined;
    lastDay: string | undefined;
  },
  org: Organisation,
  today: string,
): OrderCheck {
  const { user, to, firstDay, lastDay } = draft;
  if (user === undefined || !isEmailAddress(user))
    return { ok: false, message: `--user must be an e-mail address, got ${JSON.stringify(user)}` };
  if (to === undefined || !isEmailAddress(to))
    return { ok: false, message: `--to must be an e-mail address, got ${JSON.stringify(to)}` };
  const domains = org.domains.join(', ');
  if (!isInOrganisation(user, org))
    return {
      ok: false,
      message: `refused: --user ${user} is outside the organisation's domains (${domains})`,
    };
  if (!isInOrganisation(to, org))
    return {
      ok: false,
      message: `refused: --to ${to} is outside the organisation's domains (${domains}); mail never goes outside the organisation`,
    };
  if (user.toLowerCase() === to.toLowerCase())
    return { ok: false, message: '--to must be another mailbox than --user' };
  if (firstDay === undefined || !isIsoDate(firstDay))
    return {
      ok: false,
      message: `--from must be a date YYYY-MM-DD, got ${JSON.stringify(firstDay)}`,
    };
  if (lastDay === undefined || !isIsoDate(lastDay))
    return {
      ok: false,
      message: `--to-date must be a date YYYY-MM-DD (the last day of absence), got ${JSON.stringify(lastDay)}`,
    };
  if (lastDay < firstDay)
    return { ok: false, message: `--to-date ${lastDay} is before --from ${firstDay}` };
  if (lastDay < today) return { ok: false, message: `--to-date ${lastDay} has already passed` };
  return {
    ok: true,
    value: {
      kind: draft.kind,
      provider: draft.provider,
      user: user.toLowerCase(),
      to: to.toLowerCase(),
      firstDay,
      lastDay,
      backOn: org.calendar.nextWorkingDay(lastDay),
    },
  };
}
