import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { PartyEndorsement } from '@varn/contracts';
import {
  allowedEndorsementEvidenceTypes,
  guidelineTextLimits,
  maxEndorsementEvidenceBytes,
  swedishDate,
} from '@varn/domain';
import { useI18n } from '../lib/i18n/i18n';
import { downloadEndorsementEvidence, recordEndorsement } from '../lib/api/guidelines';
import { saveFile } from '../lib/save-file';
import { useSubmit } from '../lib/use-form-submit';
import { clientFormErrors } from '../lib/errors';
import { formatFileSize } from '../lib/file-size';
import { FormErrorSummary } from './form-errors';
import { TextField } from './fields';
import { DateField, FileField } from './extra-fields';
import { ErrorAlert, SuccessAlert } from './feedback';

/**
 * Records a party's endorsement of a guideline version (issue 11 §4): who signed for the party,
 * the day, and the scanned signed page (PDF or image, at most 10 MiB). Used on the party
 * contact's page and by the unit on the guidelines' page.
 */
export function EndorsementForm({
  versionId,
  version,
  partyId,
  idPrefix,
  onSaved,
}: {
  readonly versionId: string;
  readonly version: number;
  readonly partyId: string;
  /** Makes the fields' ids unique when several forms are on a page. */
  readonly idPrefix: string;
  readonly onSaved: (endorsement: PartyEndorsement) => void;
}) {
  const { t, locale } = useI18n();
  const [signedBy, setSignedBy] = useState('');
  const [signedOn, setSignedOn] = useState(() => swedishDate(new Date()));
  const [file, setFile] = useState<File | null>(null);
  const [saved, setSaved] = useState(0);
  const submit = useSubmit();
  const max = formatFileSize(maxEndorsementEvidenceBytes, locale);
  const fields = {
    signedBy: { id: `${idPrefix}-signed-by`, label: t('endorse.signedBy') },
    signedOn: { id: `${idPrefix}-signed-on`, label: t('endorse.signedOn') },
    file: { id: `${idPrefix}-file`, label: t('endorse.file', { max }) },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return submit.fail(clientFormErrors({ file: t('endorse.noFile') }, t));
    if (file.size > maxEndorsementEvidenceBytes)
      return submit.fail(clientFormErrors({ file: t('endorse.tooLarge', { max }) }, t));
    void submit.run(async () => {
      onSaved(await recordEndorsement(versionId, partyId, { signedBy, signedOn }, file));
      setSaved((n) => n + 1);
    });
  }

  return (
    <div className="stack">
      <SuccessAlert count={saved}>{t('endorse.saved')}</SuccessAlert>
      <Paragraph>{t('endorse.intro', { version })}</Paragraph>
      <FormErrorSummary errors={submit.errors} fields={fields} attempt={submit.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.signedBy}
          description={t('endorse.signedByHelp')}
          error={submit.errors?.fields.signedBy}
          value={signedBy}
          onChange={setSignedBy}
          maxLength={guidelineTextLimits.signedBy}
          autoComplete="off"
          required
        />
        <DateField
          {...fields.signedOn}
          error={submit.errors?.fields.signedOn}
          value={signedOn}
          onChange={setSignedOn}
          required
        />
        <FileField
          {...fields.file}
          accept={allowedEndorsementEvidenceTypes.join(',')}
          error={submit.errors?.fields.file}
          onChange={setFile}
        />
        <div className="button-row">
          <Button type="submit" loading={submit.busy}>
            {t('endorse.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** Opens a party's signed page (audited on the server); a failure is shown, not thrown. */
export function EvidenceDownloadButton({
  versionId,
  partyId,
  small = false,
}: {
  readonly versionId: string;
  readonly partyId: string;
  readonly small?: boolean;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  async function onClick() {
    setError(null);
    try {
      const file = await downloadEndorsementEvidence(versionId, partyId);
      saveFile(file.blob, file.fileName ?? 'signed.pdf');
    } catch (failure) {
      setError(failure ?? new Error());
    }
  }
  return (
    <>
      <Button
        variant={small ? 'tertiary' : 'secondary'}
        {...(small ? { 'data-size': 'sm' } : {})}
        onClick={() => void onClick()}
      >
        {t('endorsement.download')}
      </Button>
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}
