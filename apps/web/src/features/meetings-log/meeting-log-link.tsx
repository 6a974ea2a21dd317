import { Action } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { ButtonLink } from '../../components/links';

/** "Öppna händelseloggen": for the meeting page, shown to those who write the log (the unit). */
export function MeetingLogLink({ meetingId }: { readonly meetingId: string }) {
  const { t } = useI18n();
  const can = useCan();
  if (!can(Action.MeetingLog)) return null;
  return (
    <ButtonLink to={`/meetings/${encodeURIComponent(meetingId)}/log`} variant="secondary">
      {t('meetingLog.open')}
    </ButtonLink>
  );
}
