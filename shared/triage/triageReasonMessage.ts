import type { Bilingual } from '../i18n/lang.ts';
import type { TriageReasonCode } from './triageTypes.ts';

const NO_DUTY: Bilingual = { sv: 'ingen svarsplikt', en: 'no reply duty' };

/** What each code means, before the evidence and the verdict are added. */
const WHAT: Readonly<Record<TriageReasonCode, Bilingual>> = {
  AUTO_SUBMITTED: { sv: 'Automatiskt skickat meddelande', en: 'Automatically sent message' },
  PRECEDENCE: { sv: 'Massutskick', en: 'Bulk mail' },
  MAILING_LIST: { sv: 'E-postlista eller nyhetsbrev', en: 'Mailing list or newsletter' },
  DELIVERY_REPORT: { sv: 'Leveransrapport', en: 'Delivery report' },
  NULL_RETURN_PATH: {
    sv: 'Tom returadress, typiskt för automatiska meddelanden',
    en: 'Empty return path, typical of automatic mail',
  },
  AUTO_REPLY_MARKER: {
    sv: 'Automatiskt svar enligt avsändarens e-postsystem',
    en: "Automatic reply, as marked by the sender's mail system",
  },
  NO_REPLY_SENDER: {
    sv: 'Avsändaren tar inte emot svar',
    en: 'The sender does not accept replies',
  },
  OWN_MESSAGE: {
    sv: 'Meddelandet kommer från brevlådan själv',
    en: 'The message comes from the mailbox itself',
  },
  INTERNAL_SENDER: {
    sv: 'Intern avsändare, och organisationen undantar interna meddelanden',
    en: 'Internal sender, and the organisation exempts internal mail',
  },
  CC_ONLY: {
    sv: 'Brevlådan står bara som kopia, och organisationen räknar inte kopior',
    en: 'The mailbox is only copied, and the organisation does not count copies',
  },
};

/** Auto-Submitted values with a more precise name (RFC 3834). */
const AUTO_KIND: Readonly<Record<string, Bilingual>> = {
  'auto-replied': { sv: 'Automatiskt svar', en: 'Automatic reply' },
  'auto-generated': {
    sv: 'Automatiskt genererat meddelande',
    en: 'Automatically generated message',
  },
};

/**
 * The plain sentence for a triage reason, Swedish and English, quoting its evidence.
 *
 * @example triageReasonMessage('AUTO_SUBMITTED', 'Auto-Submitted: auto-replied').sv
 * // → 'Automatiskt svar (Auto-Submitted: auto-replied) – ingen svarsplikt.'
 */
export function triageReasonMessage(code: TriageReasonCode, evidence: string): Bilingual {
  const autoKind = /^auto-submitted:\s*([a-z-]+)/i.exec(evidence)?.[1]?.toLowerCase() ?? '';
  const what = (code === 'AUTO_SUBMITTED' ? AUTO_KIND[autoKind] : undefined) ?? WHAT[code];
  return Object.freeze({
    sv: `${what.sv} (${evidence}) – ${NO_DUTY.sv}.`,
    en: `${what.en} (${evidence}) – ${NO_DUTY.en}.`,
  });
}
