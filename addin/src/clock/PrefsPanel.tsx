import { Button, Checkbox, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useClock, useStrings } from '../pane/usePane.ts';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlockStart: tokens.spacingVerticalS,
  },
});

/** Personal preferences kept in roaming settings (loaded lazily: rarely opened). */
export default function PrefsPanel() {
  const t = useStrings();
  const styles = useStyles();
  const prefs = useClock((s) => s.prefs);
  const savePrefs = useClock((s) => s.savePrefs);
  const [signature, setSignature] = useState(prefs.signature ?? '');
  const [confidential, setConfidential] = useState(prefs.confidentialDefault ?? false);
  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        void savePrefs({ signature, confidentialDefault: confidential });
      }}
    >
      <Field label={t.prefsSignature} hint={t.prefsSignatureHint}>
        <Textarea value={signature} onChange={(_, d) => setSignature(d.value)} resize="vertical" />
      </Field>
      <Checkbox
        checked={confidential}
        onChange={(_, d) => setConfidential(d.checked === true)}
        label={t.prefsConfidential}
      />
      <div>
        <Button type="submit">{t.prefsSave}</Button>
      </div>
    </form>
  );
}
