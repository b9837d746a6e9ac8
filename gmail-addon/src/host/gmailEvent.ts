/**
 * Reading the event object Gmail passes to triggers and actions. Both the current shape
 * (`commonEventObject`) and the older top-level fields are accepted.
 */
import { langFromLocale } from '../core';
import type { Lang } from '../core';

interface FormInputValue {
  readonly stringInputs?: { readonly value?: readonly string[] };
  readonly dateInput?: { readonly msSinceEpoch?: number | string };
}

/** The event object of a Gmail add-on trigger or action (the fields the add-on reads). */
export interface GmailEvent {
  readonly commonEventObject?: {
    readonly userLocale?: string;
    readonly parameters?: Readonly<Record<string, string>>;
    readonly formInputs?: Readonly<Record<string, FormInputValue>>;
  };
  readonly gmail?: {
    readonly messageId?: string;
    readonly threadId?: string;
    readonly accessToken?: string;
  };
  readonly messageMetadata?: { readonly messageId?: string; readonly accessToken?: string };
  readonly userLocale?: string;
  readonly parameters?: Readonly<Record<string, string>>;
  readonly formInput?: Readonly<Record<string, unknown>>;
  readonly formInputs?: Readonly<Record<string, readonly string[]>>;
}

/** Reads an unknown trigger argument as an event; anything else becomes an empty event. */
export function asEvent(value: unknown): GmailEvent {
  return typeof value === 'object' && value !== null ? (value as GmailEvent) : {};
}

/** The user's language: the event's locale, else the session's. */
export function eventLang(e: GmailEvent, sessionLocale: () => string | undefined): Lang {
  const locale = e.commonEventObject?.userLocale ?? e.userLocale;
  if (locale !== undefined) return langFromLocale(locale);
  try {
    return langFromLocale(sessionLocale());
  } catch {
    return 'sv';
  }
}

/** The opened message's id and access token, if the event has them. */
export function eventMessage(e: GmailEvent): { messageId?: string; accessToken?: string } {
  const messageId = e.gmail?.messageId ?? e.messageMetadata?.messageId;
  const accessToken = e.gmail?.accessToken ?? e.messageMetadata?.accessToken;
  return {
    ...(messageId !== undefined ? { messageId } : {}),
    ...(accessToken !== undefined ? { accessToken } : {}),
  };
}

/** An action parameter set with Action.setParameters. */
export function eventParameter(e: GmailEvent, name: string): string | undefined {
  return e.commonEventObject?.parameters?.[name] ?? e.parameters?.[name];
}

/** All values of a form input (text fields give one, checkboxes any number). */
export function formStrings(e: GmailEvent, name: string): readonly string[] {
  const current = e.commonEventObject?.formInputs?.[name]?.stringInputs?.value;
  if (current !== undefined) return current;
  const legacyList = e.formInputs?.[name];
  if (legacyList !== undefined) return legacyList;
  const legacy = e.formInput?.[name];
  return typeof legacy === 'string' ? [legacy] : [];
}

/** One trimmed text value, or undefined when empty. */
export function formString(e: GmailEvent, name: string): string | undefined {
  const value = formStrings(e, name)[0]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A date picker's value in ms since epoch, or undefined when not set. */
export function formDateMs(e: GmailEvent, name: string): number | undefined {
  const current = e.commonEventObject?.formInputs?.[name]?.dateInput?.msSinceEpoch;
  const legacy = e.formInput?.[name];
  const raw =
    current ??
    (typeof legacy === 'object' && legacy !== null
      ? (legacy as { msSinceEpoch?: number | string }).msSinceEpoch
      : undefined);
  const value = typeof raw === 'string' ? Number(raw) : raw;
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}
