import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Regular } from '@fluentui/react-icons/svg/checkmark-circle';
import { Clock20Regular } from '@fluentui/react-icons/svg/clock';
import { ErrorCircle20Regular } from '@fluentui/react-icons/svg/error-circle';
import { SubtractCircle20Regular } from '@fluentui/react-icons/svg/subtract-circle';
import { Warning20Regular } from '@fluentui/react-icons/svg/warning';
import type { ClockState } from '../../../shared/index.ts';
import type { UiStrings } from '../i18n/uiStrings.ts';

const ICONS = {
  'not-required': SubtractCircle20Regular,
  answered: CheckmarkCircle20Regular,
  'on-track': Clock20Regular,
  'due-soon': Warning20Regular,
  overdue: ErrorCircle20Regular,
} as const;

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    // A badge, never a bar: it keeps its width inside a flex column (the queue's items).
    alignSelf: 'flex-start',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid currentColor`,
  },
  'not-required': {
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  answered: {
    color: tokens.colorPaletteGreenForeground1,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  'on-track': {
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  'due-soon': {
    color: tokens.colorPaletteDarkOrangeForeground1,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  overdue: {
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
});

/** The clock's state as icon + text (never colour alone). */
export function StateBadge(props: { state: ClockState; t: UiStrings; className?: string }) {
  const styles = useStyles();
  const Icon = ICONS[props.state];
  return (
    <span
      className={`${styles.root} ${styles[props.state]} ${props.className ?? ''}`}
      data-state={props.state}
    >
      <Icon aria-hidden="true" />
      {props.t.states[props.state]}
    </span>
  );
}
