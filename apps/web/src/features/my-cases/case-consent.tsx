import { useState } from 'react';
import { Alert, Paragraph, Switch } from '@digdir/designsystemet-react';
import type { IncidentDetail } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { setConsent } from '../../lib/api/incidents';
import { Section } from '../../components/page';
import { ErrorAlert } from '../../components/feedback';

/**
 * The targeted person grants or withdraws their party's security contact's access to the case
 * (issue 3 §1). The switch acts at once; the outcome is announced without moving focus, so that
 * the switch can be turned back straight away.
 */
export function CaseConsent({
  incident,
  onChange,
}: {
  readonly incident: IncidentDetail;
  readonly onChange: (incident: IncidentDetail) => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [changed, setChanged] = useState(false);

  async function toggle(consent: boolean) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onChange(await setConsent(incident.id, consent));
      setChanged(true);
    } catch (failure) {
      setError(failure);
      setChanged(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('case.consentHeading')} id="case-consent-heading">
      <Switch
        id="case-consent"
        label={t('case.consentLabel')}
        description={t('case.consentHelp')}
        checked={incident.partyContactConsent}
        aria-busy={busy || undefined}
        onChange={(event) => void toggle(event.target.checked)}
      />
      <div role="status">
        {changed && (
          <Alert data-color="success">
            <Paragraph>
              {t(incident.partyContactConsent ? 'case.consentGranted' : 'case.consentWithdrawn')}
            </Paragraph>
          </Alert>
        )}
      </div>
      {error !== null && <ErrorAlert error={error} />}
    </Section>
  );
}
