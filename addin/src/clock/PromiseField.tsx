import { Field } from '@fluentui/react-components';
import { DayOfWeek, FirstWeekOfYear } from '@fluentui/react-calendar-compat';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import { useId, useMemo } from 'react';
import { addDays, formatShortDate } from '../../../shared/index.ts';
import type { IsoDate, Lang, WorkCalendar } from '../../../shared/index.ts';
import { dateFromIso, isoFromDate, parseTypedDate, spokenDates } from '../absence/DateField.tsx';
import type { UiStrings } from '../i18n/uiStrings.ts';

/** How far ahead the picker greys out closed days (a promise beyond is still checked by the core). */
const HORIZON_DAYS = 366;

/** The closed days (weekends, holidays, the organisation's own) from `first` on, as picker dates. */
export function closedDates(first: IsoDate, calendar: WorkCalendar): Date[] {
  const closed: Date[] = [];
  for (let i = 0; i < HORIZON_DAYS; i++) {
    const day = addDays(first, i);
    if (calendar.closedDay(day) !== undefined) closed.push(dateFromIso(day));
  }
  return closed;
}

/** The kvittens's answer date: only working days from today on can be picked. */
export function PromiseField(props: {
  label: string;
  hint: string;
  value: IsoDate | null;
  onChange: (value: IsoDate | null) => void;
  error: string | null;
  today: IsoDate;
  calendar: WorkCalendar;
  lang: Lang;
  t: UiStrings;
}) {
  const { t, lang, today, calendar } = props;
  const inputId = useId();
  const restricted = useMemo(() => closedDates(today, calendar), [today, calendar]);
  return (
    <Field
      label={{ children: props.label, htmlFor: inputId }}
      {...(props.error
        ? { validationState: 'error' as const, validationMessage: props.error }
        : { hint: props.hint })}
    >
      <DatePicker
        id={inputId}
        data-testid="promised"
        value={props.value ? dateFromIso(props.value) : null}
        onSelectDate={(d) => props.onChange(d ? isoFromDate(d) : null)}
        firstDayOfWeek={DayOfWeek.Monday}
        firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
        strings={t.datePicker}
        dateTimeFormatter={spokenDates(lang)}
        formatDate={(d) => (d ? `${formatShortDate(isoFromDate(d), lang)} ${d.getFullYear()}` : '')}
        parseDateFromString={parseTypedDate}
        allowTextInput
        showWeekNumbers
        today={dateFromIso(today)}
        minDate={dateFromIso(today)}
        initialPickerDate={dateFromIso(props.value ?? today)}
        placeholder={t.pickDate}
        calendar={{ restrictedDates: restricted }}
      />
    </Field>
  );
}
