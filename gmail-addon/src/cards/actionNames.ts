/**
 * The top-level functions of the bundle that cards name in their actions. src/index.ts exports a
 * function for each; a test checks that the built bundle declares every one.
 */
export const ACTION = Object.freeze({
  homepage: 'onHomepage',
  messageOpen: 'onGmailMessageOpen',
  acknowledge: 'onAcknowledge',
  acknowledgeConfidential: 'onAcknowledgeConfidential',
  notOurs: 'onNotOurs',
  oursAfterAll: 'onOursAfterAll',
  labelThread: 'onLabelThread',
  labelQueue: 'onLabelQueue',
  queuePage: 'onQueuePage',
  absenceOpen: 'onAbsenceOpen',
  absencePreview: 'onAbsencePreview',
  absenceSave: 'onAbsenceSave',
  absenceRestore: 'onAbsenceRestore',
  absenceBack: 'onAbsenceBack',
});

/** A thread in Gmail's web client, by the API's thread id. */
export function gmailThreadUrl(threadId: string): string {
  return `https://mail.google.com/mail/u/0/#inbox/${encodeURIComponent(threadId)}`;
}

/** Gmail's settings page for giving a colleague access to the mailbox (delegation). */
export const GMAIL_DELEGATION_URL = 'https://mail.google.com/mail/u/0/#settings/accounts';
