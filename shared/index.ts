// The one door into the core: explicit named exports. Hosts import only from here.
export type { Result, CodedError } from './result.ts';
export { ok, fail } from './result.ts';
export type { Lang, Bilingual } from './i18n/lang.ts';
export { langFromLocale } from './i18n/lang.ts';

export type { IsoDate, IsoWeekday } from './calendar/isoDate.ts';
export { addDays, isIsoDate, weekdayOf } from './calendar/isoDate.ts';
export {
  stockholmDate,
  stockholmInstant,
  stockholmIso,
  stockholmOffset,
  stockholmWallTime,
} from './calendar/stockholmTime.ts';
export type { OfficeHours } from './calendar/officeHours.ts';
export { DEFAULT_OFFICE_HOURS, clockTimeOf, minuteOfClockTime } from './calendar/officeHours.ts';
export type { SwedishHoliday } from './calendar/swedishHolidays.ts';
export { swedishHolidays } from './calendar/swedishHolidays.ts';
export { SUPPORTED_RANGE } from './calendar/supportedRange.ts';
export type {
  ClosedDay,
  ClosedKind,
  ExtraClosedDate,
  WorkCalendar,
  WorkCalendarOptions,
} from './calendar/workCalendar.ts';
export { createWorkCalendar } from './calendar/workCalendar.ts';
export { parseInstant } from './calendar/parseInstant.ts';

export type { Source, SourceDocument, SourceKind } from './policy/source.ts';
export { citeSource } from './policy/citeSource.ts';
export type { Policy, Rule } from './policy/presets.ts';
export { POLICY_PRESETS, policyPreset } from './policy/presets.ts';
export type { FunctionalMailbox, Organisation } from './policy/organisation.ts';
export { isInOrganisation } from './policy/organisation.ts';
export { isEmailAddress } from './policy/isEmailAddress.ts';
export type {
  ForwardTarget,
  ForwardTargetError,
  ForwardTargetKind,
} from './policy/classifyForwardTarget.ts';
export { classifyForwardTarget } from './policy/classifyForwardTarget.ts';
export { parseOrgConfig, presetOrganisation } from './policy/parseOrgConfig.ts';

export type { Deadline } from './clock/replyDeadline.ts';
export { replyDeadline, skippedDays } from './clock/replyDeadline.ts';
export type { ClockState, MessageFacts, ReceivedAtSource, ReplyClock } from './clock/replyClock.ts';
export { replyClock } from './clock/replyClock.ts';
export { workingTimeLeft } from './clock/workingTimeLeft.ts';
export { explainClock } from './clock/explainClock.ts';
export { formatWorkingTimeLeft } from './clock/formatWorkingTimeLeft.ts';
export type { ReceiptSources } from './clock/receivedAtOf.ts';
export { receivedAtOf } from './clock/receivedAtOf.ts';
export { triageFor } from './clock/triageFor.ts';
export type {
  AnswerPromise,
  Duty,
  DutyEvents,
  DutyFacts,
  DutyKind,
  DutyState,
  DutyTimeline,
} from './clock/dutyTimeline.ts';
export { dutyTimeline } from './clock/dutyTimeline.ts';
export { DUTY_KIND_WORDS, DUTY_STATE_WORDS, promisedLine } from './clock/dutyWords.ts';
export type { PromiseError, PromiseErrorCode } from './clock/checkPromisedDate.ts';
export { checkPromisedDate } from './clock/checkPromisedDate.ts';
export { defaultPromisedDate } from './clock/defaultPromisedDate.ts';

export type { FollowUpPeriod } from './followUp/periodOf.ts';
export { isoWeekOf, monthOf } from './followUp/periodOf.ts';
export type { FollowUpMessage, FollowUpRow, FollowUpTally } from './followUp/followUpTally.ts';
export { createFollowUp } from './followUp/followUpTally.ts';
export { parseFollowUpLine } from './followUp/parseFollowUpLine.ts';
export type { FollowUpWindow } from './followUp/personalFollowUp.ts';
export { personalFollowUp } from './followUp/personalFollowUp.ts';
export { answerByDate } from './clock/answerByDate.ts';
export { CLOCK_STATE_WORDS, clockStateWord } from './clock/clockStateWords.ts';
export type { HostMessage } from './clock/messageFactsOf.ts';
export { messageFactsOf } from './clock/messageFactsOf.ts';
export type { QueueBucket, QueueCounts, QueueEntry } from './clock/replyQueue.ts';
export { replyQueue } from './clock/replyQueue.ts';
export {
  isNotOurs,
  NOT_OURS_CAP,
  notOursKey,
  parseNotOurs,
  setNotOurs,
} from './clock/notOursList.ts';

export { formatDate } from './i18n/formatDate.ts';
export { formatDateTime } from './i18n/formatDateTime.ts';
export { formatShortDate } from './i18n/formatShortDate.ts';

export { parseHeaders } from './triage/parseHeaders.ts';
export type { HeaderField, ParsedHeaders } from './triage/parseHeaders.ts';
export { decodeEncodedWords } from './triage/decodeEncodedWords.ts';
export { parseAddressList } from './triage/parseAddressList.ts';
export type { MailboxAddress } from './triage/parseAddressList.ts';
export { parseRfc5322Date } from './triage/parseRfc5322Date.ts';
export { topmostReceivedAt } from './triage/topmostReceivedAt.ts';
export { triageMessage } from './triage/triageMessage.ts';
export type {
  Triage,
  TriageOptions,
  TriageReason,
  TriageReasonCode,
  TriageHint,
  TriageHintCode,
} from './triage/triageTypes.ts';

export type {
  AbsenceInput,
  Acknowledgement,
  AcknowledgementInput,
  Finding,
  FindingId,
  NotOursNoticeInput,
  NotOursRecipient,
  ReplyInput,
  StatusUpdateInput,
  Referral,
  ReferralContact,
  ReferralTexts,
  Severity,
} from './absence/types.ts';
export { buildReferral } from './absence/buildReferral.ts';
export { SEVERITY_WORDS, severityWord } from './absence/severityWords.ts';
export { referralFindings } from './absence/referralFindings.ts';
export { buildAcknowledgement } from './absence/buildAcknowledgement.ts';
export { buildStatusUpdate } from './absence/buildStatusUpdate.ts';
export { buildNotOursNotice } from './absence/buildNotOursNotice.ts';
export { escapeHtml } from './absence/escapeHtml.ts';

export type {
  AbsenceAction,
  AbsencePlan,
  AbsenceRead,
  AbsenceRecord,
  AbsenceSavePlan,
  AbsenceStep,
  AutoReplyBackup,
  ForwardingKey,
  OurAutoReply,
} from './absence/plan/absencePlan.ts';
export type { AbsenceLength } from './absence/plan/absenceLength.ts';
export { absenceLength } from './absence/plan/absenceLength.ts';
export {
  OUR_AUTOREPLY_MARKER,
  isOurAutoReply,
  markAsOurs,
} from './absence/plan/ourAutoReplyMarker.ts';
export { backupBeforeChange, restoreOffered } from './absence/plan/backupBeforeChange.ts';
export type { AbsenceHostTraits } from './absence/plan/planAbsenceChange.ts';
export { planAbsenceChange } from './absence/plan/planAbsenceChange.ts';
export {
  planAbsenceBack,
  planAbsenceBackup,
  planAbsenceRestore,
  planAbsenceReturn,
} from './absence/plan/planAbsenceEnd.ts';
export { undoAbsenceSteps } from './absence/plan/undoAbsenceSteps.ts';
export type { AbsenceOutcome, AbsencePort } from './absence/plan/runAbsencePlan.ts';
export { runAbsencePlan, runAbsencePlanSync } from './absence/plan/runAbsencePlan.ts';
export { forwardingToRemove, sameForwarding } from './absence/plan/sameForwarding.ts';
export type { BackupChunks } from './absence/plan/backupChunks.ts';
export { chunkBackup, joinBackup, textChecksum } from './absence/plan/backupChunks.ts';

export type {
  AuthenticationResults,
  SenderTrust,
  SenderTrustNote,
  SenderTrustOptions,
} from './trust/senderTrust.ts';
export { parseAuthenticationResults, senderTrust } from './trust/senderTrust.ts';
export { lookalikeOf } from './trust/lookalikeDomain.ts';
export { displayText } from './text/displayText.ts';
export type { WatchedDuty } from './functional/watchedDuty.ts';
export { mailboxShortName } from './functional/watchedDuty.ts';
export type { DailyDigest } from './functional/dailyDigest.ts';
export { dailyDigest } from './functional/dailyDigest.ts';
export type { CoverageWarning } from './functional/coverageWarnings.ts';
export { coverageWarnings } from './functional/coverageWarnings.ts';
