import {
  FluentProvider,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useState } from 'react';
import { ClockView } from '../clock/ClockView.tsx';
import { PaneTabs } from './PaneTabs.tsx';
import type { PaneStores } from './paneStores.ts';
import { PaneContext } from './usePane.ts';

// The queue and out-of-office views are not needed for the first paint.
// The queue tab offers the own inbox and the organisation's functional mailboxes.
const QueueView = lazy(() => import('../functional/FunctionalQueue.tsx'));
const AbsenceView = lazy(() => import('../absence/AbsenceView.tsx'));
// The personal follow-up reads 90 days of metadata: its code loads when the tab is opened.
const FollowUpView = lazy(() => import('../followUp/FollowUpView.tsx'));

type ViewId = 'clock' | 'queue' | 'followUp' | 'absence';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    paddingBlockStart: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: { padding: tokens.spacingHorizontalL },
});

/** The task pane: four views behind tabs, over the stores. */
export function App(props: { stores: PaneStores }) {
  const styles = useStyles();
  const { stores } = props;
  const { t, lang } = stores.deps;
  const [view, setView] = useState<ViewId>('clock');

  // Time moves on: refresh the clocks every minute.
  useEffect(() => {
    const id = setInterval(() => {
      stores.clock.getState().tick();
    }, 60_000);
    return () => clearInterval(id);
  }, [stores]);

  return (
    <PaneContext value={stores}>
      {/* Fluent copies the provider's class onto its portals (date picker pop-ups): keep the
          page background on an inner element so a pop-up does not paint over the pane. */}
      <FluentProvider theme={webLightTheme} lang={lang}>
        <div className={styles.provider}>
          <header className={styles.header}>
            <h1 className={styles.title}>{t.appTitle}</h1>
            <PaneTabs
              tabs={[
                { value: 'clock', label: t.tabClock },
                { value: 'queue', label: t.tabQueue },
                { value: 'followUp', label: t.tabFollowUp },
                { value: 'absence', label: t.tabAbsence },
              ]}
              selected={view}
              onSelect={setView}
              label={t.tabsLabel}
              panelId="panel"
              idPrefix="tab"
            />
          </header>
          <main className={styles.panel}>
            <div id="panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
              <Suspense fallback={<Spinner size="small" label={t.loading} />}>
                {view === 'clock' ? (
                  <ClockView />
                ) : view === 'queue' ? (
                  <QueueView />
                ) : view === 'followUp' ? (
                  <FollowUpView />
                ) : (
                  <AbsenceView />
                )}
              </Suspense>
            </div>
          </main>
        </div>
      </FluentProvider>
    </PaneContext>
  );
}
