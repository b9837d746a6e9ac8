import type { ParsedHeaders } from './parseHeaders.ts';
import { parseAddressList } from './parseAddressList.ts';
import { triageReasonMessage } from './triageReasonMessage.ts';
import { automaticSubject, TRIAGE_RULES } from './triageRules.ts';
import type { Triage, TriageHint, TriageOptions, TriageReason } from './triageTypes.ts';

/** A subject that alone looks automatic keeps the duty, and says so (a person may type it). */
function subjectHints(subject: string): TriageHint[] {
  const prefix = automaticSubject(subject);
  if (prefix === undefined) return [];
  const evidence = `Subject: ${subject.trim().slice(0, prefix.length + 1)}…`;
  return [
    Object.freeze({
      code: 'SUBJECT_LOOKS_AUTOMATIC' as const,
      evidence,
      message: Object.freeze({
        sv: `Ämnesraden ser automatisk ut (${evidence}), men inget i meddelandets huvud visar det – svarsplikten gäller tills du bedömt det.`,
        en: `The subject looks automatic (${evidence}), but nothing in the message's headers shows it – the reply duty stands until you judge it.`,
      }),
    }),
  ];
}

/**
 * Decides whether a message carries a reply duty (docs/rules.md §3): none when it is automatic (Auto-Submitted,
 * Precedence, a list, a delivery report, an empty Return-Path, a no-reply sender), comes from the
 * mailbox itself, or an organisation option exempts it (internal sender, only in Cc).
 *
 * @example
 * triageMessage(parseHeaders('From: a@example.se\r\nAuto-Submitted: auto-replied\r\n')).reasons[0]?.code
 * // → 'AUTO_SUBMITTED'
 */
export function triageMessage(headers: ParsedHeaders, options: TriageOptions = {}): Triage {
  const from = headers.get('From') ?? headers.get('Sender') ?? '';
  const sender = parseAddressList(from)[0];
  const reasons: TriageReason[] = [];
  for (const rule of TRIAGE_RULES) {
    const evidence = rule.evidence({ headers, options, sender });
    if (evidence === undefined) continue;
    reasons.push(
      Object.freeze({
        code: rule.code,
        evidence,
        message: triageReasonMessage(rule.code, evidence),
      }),
    );
  }
  const duty = reasons.length === 0;
  return Object.freeze({
    duty,
    reasons: Object.freeze(reasons),
    hints: Object.freeze(duty ? subjectHints(headers.get('Subject') ?? '') : []),
  });
}
