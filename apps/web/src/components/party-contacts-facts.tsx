import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { PartySecurityContacts } from '@varn/contracts';
import { useI18n } from '../lib/i18n/i18n';

/**
 * A party's contact and deputy, the last contact with the unit, and its readiness gaps. `stacked`
 * puts each label above its value, for a narrow card.
 */
export function PartyContactsFacts({
  contacts,
  stacked = false,
}: {
  readonly contacts: PartySecurityContacts;
  readonly stacked?: boolean;
}) {
  const { t, date, dateTime } = useI18n();
  const person = (entry: PartySecurityContacts['contact']) =>
    entry === null ? (
      <span className="muted">{t('contacts.none')}</span>
    ) : (
      <>
        {entry.name}
        {entry.phone && (
          <>
            {' · '}
            <a href={`tel:${entry.phone.replace(/[^\d+]/gu, '')}`}>{entry.phone}</a>
          </>
        )}
        {entry.email && (
          <>
            {' · '}
            <a href={`mailto:${entry.email}`}>{entry.email}</a>
          </>
        )}
      </>
    );
  return (
    <div className="stack">
      <dl className={stacked ? 'facts facts--stacked' : 'facts'}>
        <dt>{t('contacts.contact')}</dt>
        <dd>
          {person(contacts.contact)}
          {contacts.appointedOn && (
            <span className="muted">
              {' '}
              ({t('contacts.appointedOn', { date: date(contacts.appointedOn) })})
            </span>
          )}
        </dd>
        <dt>{t('contacts.deputy')}</dt>
        <dd>{person(contacts.deputy)}</dd>
        <dt>{t('contacts.lastContact')}</dt>
        <dd>{contacts.lastContactAt ? dateTime(contacts.lastContactAt) : t('contacts.never')}</dd>
      </dl>
      {contacts.gaps.length === 0 ? (
        <Paragraph>
          <Tag data-color="success">{t('contacts.ready')}</Tag>
        </Paragraph>
      ) : (
        <ul className="plain-list tag-list" aria-label={t('contacts.gapsLabel')}>
          {contacts.gaps.map((gap) => (
            <li key={gap}>
              <Tag data-color="warning">{t(`readinessGap.${gap}`)}</Tag>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
