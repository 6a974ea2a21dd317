import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { VenueList } from '@varn/contracts';
import { Action } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { getVenues } from '../../lib/api/meetings';
import { useQuery } from '../../lib/use-query';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { DataTable } from '../../components/table-region';
import { AppLink, ButtonLink } from '../../components/links';
import './venues.css';

const load = (signal: AbortSignal): Promise<VenueList> => getVenues(signal);

/** "Lokaler": the venue register (admin and security unit keep it; secretaries read it). */
export function VenuesPage() {
  const { t } = useI18n();
  const can = useCan();
  const venues = useQuery(load);
  return (
    <Page title={t('meetings.venues.title')}>
      <Paragraph>
        <AppLink to="/meetings">{t('meetings.backToCalendar')}</AppLink>
      </Paragraph>
      <Paragraph>{t('meetings.venues.intro')}</Paragraph>
      {can(Action.VenueManage) && (
        <div className="button-row">
          <ButtonLink to="/admin/venues/new">{t('meetings.venues.new')}</ButtonLink>
        </div>
      )}
      <QueryView query={venues} loadingLabel={t('meetings.venues.loading')}>
        {({ venues: list }) =>
          list.length === 0 ? (
            <Paragraph>{t('meetings.venues.empty')}</Paragraph>
          ) : (
            <>
              <div className="venues-table">
                <DataTable label={t('meetings.venues.caption')}>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('meetings.venues.col.name')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('meetings.venues.col.address')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('meetings.venues.col.rooms')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('meetings.venues.col.capacity')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('meetings.venues.col.floorPlan')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {list.map((venue) => (
                      <Table.Row key={venue.id}>
                        <Table.Cell className="break">
                          <AppLink to={`/admin/venues/${venue.id}`}>{venue.name}</AppLink>
                        </Table.Cell>
                        <Table.Cell className="break">{venue.address ?? t('meetings.none')}</Table.Cell>
                        <Table.Cell className="break">
                          {venue.rooms.length > 0 ? venue.rooms.join(', ') : t('meetings.none')}
                        </Table.Cell>
                        <Table.Cell>{venue.capacity ?? t('meetings.none')}</Table.Cell>
                        <Table.Cell>
                          {t(
                            venue.hasFloorPlan
                              ? 'meetings.venues.hasFloorPlan'
                              : 'meetings.venues.noFloorPlan',
                          )}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </DataTable>
              </div>
              <ul className="venue-cards" aria-label={t('meetings.venues.caption')}>
                {list.map((venue) => (
                  <li key={venue.id} className="venue-card">
                    <AppLink to={`/admin/venues/${venue.id}`}>{venue.name}</AppLink>
                    {venue.address !== null && <span>{venue.address}</span>}
                    {venue.rooms.length > 0 && (
                      <span className="muted">
                        {t('meetings.venues.col.rooms')}: {venue.rooms.join(', ')}
                      </span>
                    )}
                    <span className="muted">
                      {t('meetings.venues.col.floorPlan')}:{' '}
                      {t(venue.hasFloorPlan ? 'meetings.venues.hasFloorPlan' : 'meetings.venues.noFloorPlan')}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
    </Page>
  );
}
