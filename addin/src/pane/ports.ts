/**
 * What the task pane's stores need from the outside world. The host layer (`addin/src/host`)
 * defines these shapes and implements them; tests pass fakes. Type-only imports: the store never
 * loads Office.js, MSAL or the Graph client.
 */
import type { GraphApi } from '../host/graph/graphApi.ts';

export type { MailHost, SelectedMessage } from '../host/mailHost.ts';
export type {
  AutomaticReplies,
  DateTimeTimeZone,
  FollowUpFlag,
  InboxMessage,
  MessageDetails,
  RedirectRule,
} from '../host/graph/graphApi.ts';
export type { RetryInfo } from '../host/graph/graphClient.ts';

/** An inbox rule as the pane shows it (subset of Graph's messageRule). */
export interface RuleSummary {
  readonly id?: string | undefined;
  readonly displayName?: string | null | undefined;
  readonly isEnabled?: boolean | null | undefined;
  readonly actions?: {
    readonly redirectTo?:
      readonly { readonly emailAddress?: { readonly address?: string | null } | null }[] | null;
    readonly forwardTo?:
      readonly { readonly emailAddress?: { readonly address?: string | null } | null }[] | null;
  } | null;
}

/** The Graph operations the pane uses: the host layer's GraphApi, rules seen as summaries. */
export interface GraphPort extends Omit<GraphApi, 'listRules' | 'createRule' | 'deleteRule'> {
  listRules(): Promise<readonly RuleSummary[]>;
}
