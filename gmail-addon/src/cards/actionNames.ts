/**
 * The top-level functions of the bundle that cards name in their actions. src/index.ts exports a
 * function for each; a test checks that the built bundle declares every one.
 */
export const ACTION = Object.freeze({
  homepage: 'onHomepage',
  messageOpen: 'onGmailMessageOpen',
  acknowledge: 'onAcknowledge',
  acknowledgeConfidential: 'onAcknowledgeConfidential',
  statusUpdate: 'onStatusUpdate',
  answered: 'onAnswered',
  passOnOpen: 'onPassOnOpen',
  passOn: 'onPassOn',
  passOnNotice: 'onPassOnNotice',
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

/**
 * Gmail's web client for the add-on's own account. `authuser` picks the account by address: with
 * several accounts signed in (a private one first), `/u/0/` would open the wrong mailbox.
 */
function gmailUrl(userEmail: string, fragment: string): string {
  return `https://mail.google.com/mail/?authuser=${encodeURIComponent(userEmail)}#${fragment}`;
}

/** A thread in Gmail's web client, by the API's thread id. */
export function gmailThreadUrl(threadId: string, userEmail: string): string {
  return gmailUrl(userEmail, `inbox/${encodeURIComponent(threadId)}`);
}

/** Gmail's settings page for giving a colleague access to the mailbox (delegation). */
export function gmailDelegationUrl(userEmail: string): string {
  return gmailUrl(userEmail, 'settings/accounts');
}
