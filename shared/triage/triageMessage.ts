import type { ParsedHeaders } from './parseHeaders.ts';
import { parseAddressList } from './parseAddressList.ts';
import { triageReasonMessage } from './triageReasonMessage.ts';
import { TRIAGE_RULES } from './triageRules.ts';
import type { Triage, TriageOptions, TriageReason } from './triageTypes.ts';

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
  return Object.freeze({ duty: reasons.length === 0, reasons: Object.freeze(reasons) });
}
