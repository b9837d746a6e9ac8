import { Field } from '@fluentui/react-components';
import {
  DEFAULT_DATE_FORMATTING,
  DayOfWeek,
  FirstWeekOfYear,
} from '@fluentui/react-calendar-compat';
import type { DateFormatting } from '@fluentui/react-calendar-compat';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { useId } from 'react';
import type { Ref } from 'react';
import type { IsoDate, Lang } from '../../../shared/index.ts';
import { formatDate, formatShortDate } from '../../../shared/index.ts';
import type { UiStrings } from '../i18n/uiStrings.ts';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A picker's local Date → Stockholm calendar date (the picker works in whole days). */
export function isoFromDate(date: Date): IsoDate {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A Stockholm calendar date → local midnight Date for the picker. */
export function dateFromIso(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Parses 'YYYY-MM-DD' or Swedish 'D/M YYYY' / 'D.M.YYYY' typed by the user. */
export function parseTypedDate(text: string): Date | null {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  if (iso) return new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const dm = /^\s*(\d{1,2})[./](\d{1,2})[./ ](\d{4})\s*$/.exec(text);
  if (dm) return new Date(Number(dm[3]), Number(dm[2]) - 1, Number(dm[1]));
  return null;
}

/** The calendar's spoken dates ("today is …", "selected …") in the core's words, not "december 22, 2026". */
export function spokenDates(lang: Lang): DateFormatting {
  return {
    ...DEFAULT_DATE_FORMATTING,
    formatMonthDayYear: (date) => formatDate(isoFromDate(date), lang),
  };
}

const SPOKEN = { sv: spokenDates('sv'), en: spokenDates('en') } as const;

/** A labelled date picker with weeks starting on Monday, ISO week numbers and Swedish (or English) strings. */
export function DateField(props: {
  label: string;
  value: IsoDate | null;
  onChange: (value: IsoDate | null) => void;
  lang: Lang;
  t: UiStrings;
  error?: string | undefined;
  hint?: string | undefined;
  min?: IsoDate | undefined;
  /** The pane's "today" (the playground fixes it); the calendar opens there. */
  today: IsoDate;
  /** The text input, e.g. to move focus to it when it is missing. */
  inputRef?: Ref<HTMLInputElement> | undefined;
}) {
  const { t, lang } = props;
  // The picker does not take the Field's control id: tie the label to its input ourselves, so a
  // click on the label focuses the input.
  const inputId = useId();
  return (
    <Field
      label={{ children: props.label, htmlFor: inputId }}
      {...(props.error
        ? { validationState: 'error' as const, validationMessage: props.error }
        : {})}
      {...(props.hint ? { hint: props.hint } : {})}
    >
      <DatePicker
        id={inputId}
        value={props.value ? dateFromIso(props.value) : null}
        onSelectDate={(d) => props.onChange(d ? isoFromDate(d) : null)}
        firstDayOfWeek={DayOfWeek.Monday}
        // Swedish (ISO 8601) week numbers: week 1 holds the year's first Thursday.
        firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
        strings={t.datePicker}
        dateTimeFormatter={SPOKEN[lang]}
        formatDate={(d) => (d ? `${formatShortDate(isoFromDate(d), lang)} ${d.getFullYear()}` : '')}
        parseDateFromString={parseTypedDate}
        allowTextInput
        showWeekNumbers
        today={dateFromIso(props.today)}
        initialPickerDate={dateFromIso(props.value ?? props.min ?? props.today)}
        placeholder={t.pickDate}
        {...(props.inputRef ? { input: { ref: props.inputRef } } : {})}
        {...(props.min ? { minDate: dateFromIso(props.min) } : {})}
      />
    </Field>
  );
}
