import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';

/** One tab: its value, label and the id of the panel it controls. */
export interface PaneTab<V extends string> {
  readonly value: V;
  readonly label: string;
}

const useStyles = makeStyles({
  list: { display: 'flex', gap: tokens.spacingHorizontalXS },
  tab: {
    position: 'relative',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': {
      color: tokens.colorNeutralForeground1,
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: 'transparent',
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
  },
});

/**
 * The pane's view switcher: a WAI-ARIA tablist with roving focus (arrow keys, Home, End). Written
 * here rather than Fluent's TabList, whose focus manager would double the first-paint JavaScript
 * it costs; the look follows Fluent's.
 */
export function PaneTabs<V extends string>(props: {
  tabs: readonly PaneTab<V>[];
  selected: V;
  onSelect: (value: V) => void;
  label: string;
  panelId: string;
  idPrefix: string;
}) {
  const styles = useStyles();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = props.tabs.findIndex((t) => t.value === props.selected);

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>): void {
    const last = props.tabs.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? index >= last
          ? 0
          : index + 1
        : e.key === 'ArrowLeft'
          ? index <= 0
            ? last
            : index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    const tab = props.tabs[next];
    if (!tab) return;
    e.preventDefault();
    props.onSelect(tab.value);
    refs.current[next]?.focus();
  }

  return (
    <div role="tablist" aria-label={props.label} className={styles.list}>
      {props.tabs.map((tab, i) => {
        const selected = tab.value === props.selected;
        return (
          <button
            key={tab.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${props.idPrefix}-${tab.value}`}
            aria-selected={selected}
            aria-controls={props.panelId}
            tabIndex={selected ? 0 : -1}
            className={`${styles.tab} ${selected ? styles.selected : ''}`}
            onClick={() => props.onSelect(tab.value)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
