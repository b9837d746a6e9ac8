/**
 * The Apps Script entry. It only declares the add-on's global functions; the build turns each
 * export into a top-level `function` of the same name (see gmail-addon/vite.config.ts). All
 * logic lives in modules the tests import.
 */
import { createAddOn } from './addOn';
import { appsScriptHost } from './host/appsScriptHost';

function addOn(): ReturnType<typeof createAddOn> {
  return createAddOn(appsScriptHost());
}

/** Contextual trigger: a message is opened. */
export function onGmailMessageOpen(e: unknown): unknown {
  return addOn().onGmailMessageOpen(e);
}
/** Homepage trigger: the queue. */
export function onHomepage(e: unknown): unknown {
  return addOn().onHomepage(e);
}
export function onQueuePage(e: unknown): unknown {
  return addOn().onQueuePage(e);
}
export function onLabelQueue(e: unknown): unknown {
  return addOn().onLabelQueue(e);
}
export function onLabelThread(e: unknown): unknown {
  return addOn().onLabelThread(e);
}
export function onNotOurs(e: unknown): unknown {
  return addOn().onNotOurs(e);
}
export function onOursAfterAll(e: unknown): unknown {
  return addOn().onOursAfterAll(e);
}
export function onAcknowledge(e: unknown): unknown {
  return addOn().onAcknowledge(e);
}
export function onAcknowledgeConfidential(e: unknown): unknown {
  return addOn().onAcknowledgeConfidential(e);
}
export function onStatusUpdate(e: unknown): unknown {
  return addOn().onStatusUpdate(e);
}
export function onAnswered(e: unknown): unknown {
  return addOn().onAnswered(e);
}
export function onPassOnOpen(e: unknown): unknown {
  return addOn().onPassOnOpen(e);
}
export function onPassOn(e: unknown): unknown {
  return addOn().onPassOn(e);
}
export function onPassOnNotice(e: unknown): unknown {
  return addOn().onPassOnNotice(e);
}
export function onAbsenceOpen(e: unknown): unknown {
  return addOn().onAbsenceOpen(e);
}
export function onAbsencePreview(e: unknown): unknown {
  return addOn().onAbsencePreview(e);
}
export function onAbsenceSave(e: unknown): unknown {
  return addOn().onAbsenceSave(e);
}
export function onAbsenceRestore(e: unknown): unknown {
  return addOn().onAbsenceRestore(e);
}
export function onAbsenceBack(e: unknown): unknown {
  return addOn().onAbsenceBack(e);
}
