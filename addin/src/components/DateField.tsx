import { Field } from '@fluentui/react-components';
import { DayOfWeek } from '@fluentui/react-calendar-compat';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import type { IsoDate, Lang } from '../../../shared/index.ts';
import { formatShortDate } from '../../../shared/index.ts';
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

/** A labelled date picker with weeks starting on Monday and Swedish (or English) strings. */
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
}) {
  const { t, lang } = props;
  return (
    <Field
      label={props.label}
      {...(props.error
        ? { validationState: 'error' as const, validationMessage: props.error }
        : {})}
      {...(props.hint ? { hint: props.hint } : {})}
    >
      <DatePicker
        value={props.value ? dateFromIso(props.value) : null}
        onSelectDate={(d) => props.onChange(d ? isoFromDate(d) : null)}
        firstDayOfWeek={DayOfWeek.Monday}
        strings={t.datePicker}
        formatDate={(d) => (d ? `${formatShortDate(isoFromDate(d), lang)} ${d.getFullYear()}` : '')}
        parseDateFromString={parseTypedDate}
        allowTextInput
        showWeekNumbers
        today={dateFromIso(props.today)}
        initialPickerDate={dateFromIso(props.value ?? props.min ?? props.today)}
        placeholder={t.pickDate}
        {...(props.min ? { minDate: dateFromIso(props.min) } : {})}
      />
    </Field>
  );
}
