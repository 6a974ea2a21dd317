import { useState, type MouseEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { errorText } from '../../lib/errors';
import { saveFile } from '../../lib/save-file';
import { downloadEvacuationPlanPdf, evacuationPlanPdfUrl } from '../../lib/api/meeting-plans';
import { FocusAlert } from '../../components/feedback';

/**
 * "Skriv ut utrymningsplanen (PDF)": fetched first, so that a failure (logged out, no permission)
 * is shown here instead of being saved as the PDF; a modified click opens the address as usual.
 */
export function EvacuationPdfLink({ meetingId }: { readonly meetingId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [state, setState] = useState<{
    readonly busy: boolean;
    readonly error: unknown;
    readonly attempt: number;
  }>({ busy: false, error: null, attempt: 0 });

  async function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (state.busy) return;
    setState((previous) => ({ ...previous, busy: true, error: null }));
    try {
      const file = await downloadEvacuationPlanPdf(meetingId);
      saveFile(file.blob, file.fileName ?? t('meetingPlan.evacuation.pdfFileName'));
      setState((previous) => ({ ...previous, busy: false }));
    } catch (error) {
      setState((previous) => ({ busy: false, error, attempt: previous.attempt + 1 }));
    }
  }

  return (
    <>
      <Button asChild variant="secondary">
        <a
          href={evacuationPlanPdfUrl(meetingId)}
          download
          onClick={(event) => void onClick(event)}
          aria-busy={state.busy || undefined}
        >
          {t('meetingPlan.evacuation.pdf')}
        </a>
      </Button>
      {state.error !== null && (
        <FocusAlert key={state.attempt} color="danger">
          <Paragraph>
            {t('meetingPlan.evacuation.pdfFailed', { reason: errorText(state.error, i18n) })}
          </Paragraph>
        </FocusAlert>
      )}
    </>
  );
}
