import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Regular } from '@fluentui/react-icons/svg/checkmark-circle';
import { ErrorCircle20Regular } from '@fluentui/react-icons/svg/error-circle';
import { Info20Regular } from '@fluentui/react-icons/svg/info';
import { Warning20Regular } from '@fluentui/react-icons/svg/warning';

/** How a notice reads: its icon and colours (never colour alone: the icon and words carry it). */
export type NoticeKind = 'success' | 'error' | 'info' | 'warning';

const ICONS = {
  success: CheckmarkCircle20Regular,
  error: ErrorCircle20Regular,
  info: Info20Regular,
  warning: Warning20Regular,
} as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    lineHeight: tokens.lineHeightBase300,
    fontSize: tokens.fontSizeBase300,
  },
  icon: { flexShrink: 0, marginBlockStart: '1px' },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
    '& > svg': { color: tokens.colorPaletteGreenForeground1 },
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
    '& > svg': { color: tokens.colorPaletteRedForeground1 },
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '& > svg': { color: tokens.colorNeutralForeground2 },
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
    '& > svg': { color: tokens.colorPaletteDarkOrangeForeground1 },
  },
});

/**
 * A one-line message in Fluent's MessageBar look, without its code (the pane's first paint is on a
 * budget). Put it inside a live region to have it announced.
 */
export function Notice(props: { kind: NoticeKind; text: string; className?: string }) {
  const styles = useStyles();
  const Icon = ICONS[props.kind];
  return (
    <div
      className={`${styles.root} ${styles[props.kind]} ${props.className ?? ''}`}
      data-kind={props.kind}
    >
      <Icon aria-hidden="true" className={styles.icon} />
      <span>{props.text}</span>
    </div>
  );
}
