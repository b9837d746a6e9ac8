import type { Message } from '@microsoft/microsoft-graph-types';

/** Marks mail Svarsplikt drafted (a notice, kvittens, lägesbesked): the property survives sending. */
export const OWN_MAIL_PROPERTY =
  'String {6f0b2e1c-5a47-4c38-9d2e-8b1f4a6c3e75} Name SvarspliktOwnMail';

/** What kind of own mail a draft is. */
export type OwnMailKind = 'notice' | 'kvittens' | 'lagesbesked';

/** Asks Graph to bring the marker along with each message (left out when a message has none). */
export const EXPAND_OWN_MAIL = `$expand=${encodeURIComponent(
  `singleValueExtendedProperties($filter=id eq '${OWN_MAIL_PROPERTY}')`,
)}`;

/** Whether Graph returned the message with our marker. */
export function isOwnMail(m: Message): boolean {
  return (
    m.singleValueExtendedProperties?.some(
      (p) => p.id?.toLowerCase() === OWN_MAIL_PROPERTY.toLowerCase(),
    ) === true
  );
}
