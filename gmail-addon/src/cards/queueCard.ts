import { formatShortDate, formatDateTime } from '../core';
import type { Lang, Organisation, ReplyClock } from '../core';
import { ACTION, gmailThreadUrl } from './actionNames';
import type { ButtonModel, CardModel, SectionModel, WidgetModel } from './cardModel';
import { followUpSection } from './followUpSection';
import type { FollowUpSectionInput } from './followUpSection';
import { orgSubtitle, stateText } from './messageCard';
import { tr } from './tr';

/** One waiting thread as the queue card shows it. */
export interface QueueCardItem {
  readonly threadId: string;
  readonly subject: string;
  readonly sender: string;
  readonly clock: ReplyClock;
}

export interface QueueCardInput {
  readonly org: Organisation;
  readonly demo: boolean;
  readonly lang: Lang;
  /** The mailbox, so thread links open this account in Gmail. */
  readonly userEmail: string;
  readonly items: readonly QueueCardItem[];
  readonly counts: { readonly overdue: number; readonly dueToday: number; readonly later: number };
  /** 1-based page number. */
  readonly page: number;
  readonly scanned: number;
  /** The token of this page (to label it again), undefined on the first page. */
  readonly pageToken: string | undefined;
  readonly nextPageToken: string | undefined;
  readonly notice?: string;
  /** The personal follow-up, shown as a table section (first page only). */
  readonly followUp?: Pick<FollowUpSectionInput, 'windows' | 'scanned'>;
}

function itemWidget(item: QueueCardItem, lang: Lang, userEmail: string): WidgetModel {
  const due = item.clock.deadline;
  const when = due === null ? '' : `${formatShortDate(due.dueDate, lang)} – `;
  return {
    kind: 'fact',
    label: `${when}${stateText(item.clock.state, lang)}`,
    text: item.subject === '' ? tr(lang, '(utan ämne)', '(no subject)') : item.subject,
    bottomLabel:
      due === null
        ? item.sender
        : `${item.sender} · ${tr(lang, 'senast', 'by')} ${formatDateTime(due.due, lang)}`,
    openUrl: gmailThreadUrl(item.threadId, userEmail),
  };
}

/**
 * The homepage: the inbox's unanswered threads with a duty, most urgent first, with counts, one
 * page at a time.
 */
export function queueCard(input: QueueCardInput): CardModel {
  const { lang, counts } = input;
  const sections: SectionModel[] = [];
  if (input.notice !== undefined) {
    sections.push({ widgets: [{ kind: 'text', text: input.notice, bold: true }] });
  }
  const threads =
    input.scanned === 1
      ? tr(lang, '1 tråd', '1 thread')
      : tr(lang, `${input.scanned} trådar`, `${input.scanned} threads`);
  const counted: WidgetModel[] = [
    {
      kind: 'text',
      text: tr(
        lang,
        `Sida ${input.page}: ${threads} i inkorgen har lästs. De obesvarade visas efter förfallotid.`,
        `Page ${input.page}: ${threads} in the inbox read. The unanswered are shown by due time.`,
      ),
    },
  ];
  if (input.nextPageToken !== undefined) {
    // The counts cover this page only; older threads, the likeliest to be overdue, come later.
    counted.push({
      kind: 'text',
      bold: true,
      text: tr(
        lang,
        'Äldre trådar finns på nästa sida. Där kan fler vara försenade.',
        'Older threads are on the next page. More may be overdue there.',
      ),
    });
  }
  sections.push({
    header: tr(lang, 'Obesvarat på den här sidan', 'Unanswered on this page'),
    widgets: [
      { kind: 'fact', label: tr(lang, 'Försenade', 'Overdue'), text: String(counts.overdue) },
      {
        kind: 'fact',
        label: tr(lang, 'Förfaller i dag', 'Due today'),
        text: String(counts.dueToday),
      },
      { kind: 'fact', label: tr(lang, 'Senare', 'Later'), text: String(counts.later) },
      ...counted,
    ],
  });
  sections.push({
    header: tr(lang, 'Att svara på', 'To answer'),
    widgets:
      input.items.length === 0
        ? [
            {
              kind: 'text',
              text: tr(
                lang,
                'Inget obesvarat med svarsplikt på den här sidan.',
                'Nothing unanswered with a reply duty on this page.',
              ),
            },
          ]
        : input.items.map((item) => itemWidget(item, lang, input.userEmail)),
  });
  if (input.followUp !== undefined) {
    sections.push(followUpSection({ org: input.org, lang, ...input.followUp }));
  }
  const pageParameters =
    input.pageToken !== undefined
      ? { pageToken: input.pageToken, page: String(input.page) }
      : { page: '1' };
  const buttons: ButtonModel[] = [];
  if (input.items.length > 0) {
    buttons.push({
      text: tr(lang, 'Märk trådarna med förfallodag', 'Label threads with due date'),
      action: { kind: 'call', functionName: ACTION.labelQueue, parameters: pageParameters },
    });
  }
  if (input.nextPageToken !== undefined) {
    buttons.push({
      text: tr(lang, 'Nästa sida', 'Next page'),
      action: {
        kind: 'call',
        functionName: ACTION.queuePage,
        parameters: { pageToken: input.nextPageToken, page: String(input.page + 1) },
      },
    });
  }
  if (input.page > 1) {
    buttons.push({
      text: tr(lang, 'Första sidan', 'First page'),
      action: { kind: 'call', functionName: ACTION.queuePage, parameters: { page: '1' } },
    });
  }
  buttons.push({
    text: tr(lang, 'Frånvaro', 'Absence'),
    action: { kind: 'call', functionName: ACTION.absenceOpen },
  });
  sections.push({ widgets: [{ kind: 'buttons', buttons }] });
  return {
    name: 'queue',
    title: tr(lang, 'Svarsplikt – kön', 'Reply duty – queue'),
    subtitle: orgSubtitle(input.org, input.demo, lang),
    sections,
  };
}
