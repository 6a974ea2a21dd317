import { useCallback, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import {
  createVenueBodySchema,
  updateVenueBodySchema,
  type UpdateVenueBody,
  type Venue,
} from '@varn/contracts';
import { Action, allowedFloorPlanTypes, maxFloorPlanBytes, venueTextLimits } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import {
  createVenue,
  deleteFloorPlan,
  downloadFloorPlan,
  getVenue,
  updateVenue,
  uploadFloorPlan,
} from '../../lib/api/meetings';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit, useSubmit } from '../../lib/use-form-submit';
import { clientFormErrors, type ValidatingSchema } from '../../lib/errors';
import { formatFileSize } from '../../lib/file-size';
import { saveFile } from '../../lib/save-file';
import { Page, Section } from '../../components/page';
import { ErrorAlert, FocusAlert, QueryView, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder, type FieldTargets } from '../../components/form-fields';
import { TextField } from '../../components/fields';
import { FileField, TextAreaField } from '../../components/extra-fields';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { AppLink } from '../../components/links';
import { emptyVenueValues, venueBodyOf, venueValuesOf, type VenueValues } from './venue-form';
import './venues.css';

const wasCreated = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'created' in state && state.created === true;

/**
 * One venue (`/admin/venues/:id`) or a new one (`/admin/venues/new`): name, address, rooms,
 * seats, entrances, evacuation routes, assembly point, and its floor plan (PDF or image). Those who
 * only read the register (secretaries) see the details without a form.
 */
export function VenuePage() {
  const { t } = useI18n();
  const { id } = useParams();
  const load = useCallback((signal: AbortSignal) => getVenue(id ?? '', signal), [id]);
  return id === undefined ? (
    <Page title={t('meetings.venue.newTitle')}>
      <Paragraph>
        <AppLink to="/admin/venues">{t('meetings.venue.back')}</AppLink>
      </Paragraph>
      <VenueForm venue={null} onSaved={() => undefined} />
    </Page>
  ) : (
    <ExistingVenue load={load} />
  );
}

function ExistingVenue({ load }: { readonly load: (signal: AbortSignal) => Promise<Venue> }) {
  const { t } = useI18n();
  const can = useCan();
  const venue = useQuery(load);
  const location = useLocation();
  const title = venue.status === 'success' ? venue.data.name : t('meetings.venue.loading');
  const manages = can(Action.VenueManage);
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink to="/admin/venues">{t('meetings.venue.back')}</AppLink>
      </Paragraph>
      {wasCreated(location.state) && (
        <FocusAlert color="success">
          <Paragraph>{t('meetings.venue.created')}</Paragraph>
        </FocusAlert>
      )}
      <QueryView query={venue} loadingLabel={t('meetings.venue.loading')}>
        {(data) => (
          <>
            {manages ? (
              <VenueForm key={data.id} venue={data} onSaved={venue.setData} />
            ) : (
              <VenueFacts venue={data} />
            )}
            <FloorPlan venue={data} manages={manages} onChanged={venue.setData} />
          </>
        )}
      </QueryView>
    </Page>
  );
}

function VenueFacts({ venue }: { readonly venue: Venue }) {
  const { t } = useI18n();
  const text = (value: string | null) => <p className="venue-text">{value ?? t('meetings.none')}</p>;
  return (
    <div className="stack">
      <Paragraph>{t('meetings.venue.readOnly')}</Paragraph>
      <dl className="facts">
        <dt>{t('meetings.venue.address')}</dt>
        <dd>{venue.address ?? t('meetings.none')}</dd>
        <dt>{t('meetings.venue.rooms')}</dt>
        <dd>{venue.rooms.length > 0 ? venue.rooms.join(', ') : t('meetings.none')}</dd>
        <dt>{t('meetings.venue.capacity')}</dt>
        <dd>{venue.capacity ?? t('meetings.none')}</dd>
        <dt>{t('meetings.venue.entrances')}</dt>
        <dd>{text(venue.entrances)}</dd>
        <dt>{t('meetings.venue.evacuationRoutes')}</dt>
        <dd>{text(venue.evacuationRoutes)}</dd>
        <dt>{t('meetings.venue.assemblyPoint')}</dt>
        <dd>{text(venue.assemblyPoint)}</dd>
      </dl>
    </div>
  );
}

type VenueField = keyof VenueValues;

function VenueForm({
  venue,
  onSaved,
}: {
  readonly venue: Venue | null;
  readonly onSaved: (venue: Venue) => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState<VenueValues>(() => (venue ? venueValuesOf(venue) : emptyVenueValues));
  const [saved, setSaved] = useState(0);
  // A new venue's body (with its name) is also a valid change of one.
  const schema: ValidatingSchema<UpdateVenueBody> = venue ? updateVenueBodySchema : createVenueBodySchema;
  const form = useFormSubmit(schema, async (body) => {
    if (venue) {
      onSaved(await updateVenue(venue.id, body));
      setSaved((n) => n + 1);
    } else {
      const created = await createVenue(body as Parameters<typeof createVenue>[0]);
      void navigate(`/admin/venues/${created.id}`, { state: { created: true } });
    }
  });
  const labels: Record<VenueField, string> = {
    name: t('meetings.venue.name'),
    address: t('meetings.venue.address'),
    rooms: t('meetings.venue.rooms'),
    capacity: t('meetings.venue.capacity'),
    entrances: t('meetings.venue.entrances'),
    evacuationRoutes: t('meetings.venue.evacuationRoutes'),
    assemblyPoint: t('meetings.venue.assemblyPoint'),
  };
  const fields = Object.fromEntries(
    Object.entries(labels).map(([name, label]) => [name, { id: `venue-${name}`, label }]),
  ) as FieldTargets<VenueField>;
  // A room's problem (`rooms.2`) is shown at the rooms field.
  const errors = form.errors && {
    ...form.errors,
    fields: Object.fromEntries(
      Object.entries(form.errors.fields).map(([path, message]) => [path.split('.')[0] ?? path, message]),
    ),
  };
  const field = fieldBinder(fields, errors);
  const set = (name: VenueField) => (value: string) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit(venueBodyOf(values));
  }

  return (
    <>
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form form--wide" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('name')}
          required
          value={values.name}
          onChange={set('name')}
          maxLength={venueTextLimits.name}
        />
        <TextField
          {...field('address')}
          value={values.address}
          onChange={set('address')}
          maxLength={venueTextLimits.address}
          autoComplete="off"
        />
        <TextAreaField
          {...field('rooms')}
          description={t('meetings.venue.roomsHelp')}
          rows={4}
          value={values.rooms}
          onChange={set('rooms')}
        />
        <TextField
          {...field('capacity')}
          type="number"
          inputMode="numeric"
          min={0}
          value={values.capacity}
          onChange={set('capacity')}
        />
        <TextAreaField
          {...field('entrances')}
          value={values.entrances}
          onChange={set('entrances')}
          maxLength={venueTextLimits.entrances}
        />
        <TextAreaField
          {...field('evacuationRoutes')}
          value={values.evacuationRoutes}
          onChange={set('evacuationRoutes')}
          maxLength={venueTextLimits.evacuationRoutes}
        />
        <TextField
          {...field('assemblyPoint')}
          value={values.assemblyPoint}
          onChange={set('assemblyPoint')}
          maxLength={venueTextLimits.assemblyPoint}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t(venue ? 'meetings.venue.save' : 'meetings.venue.create')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The venue's floor plan: open it, and (admin, security unit) replace or remove it. */
function FloorPlan({
  venue,
  manages,
  onChanged,
}: {
  readonly venue: Venue;
  readonly manages: boolean;
  readonly onChanged: (venue: Venue) => void;
}) {
  const i18n = useI18n();
  const { t, locale, dateTime } = i18n;
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [done, setDone] = useState<{ readonly n: number; readonly text: string }>({ n: 0, text: '' });
  const [confirming, setConfirming] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const upload = useSubmit();
  const remove = useSubmit();
  const fields = {
    file: {
      id: 'floor-plan-file',
      label: t('meetings.venue.floorPlanFile', { max: formatFileSize(maxFloorPlanBytes, locale) }),
    },
  };
  const plan = venue.floorPlan;

  function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return upload.fail(clientFormErrors({ file: t('meetings.venue.floorPlanNoFile') }, t));
    if (file.size > maxFloorPlanBytes)
      return upload.fail(
        clientFormErrors(
          { file: t('meetings.venue.floorPlanTooLarge', { max: formatFileSize(maxFloorPlanBytes, locale) }) },
          t,
        ),
      );
    void upload.run(async () => {
      onChanged(await uploadFloorPlan(venue.id, file));
      setFile(null);
      setFileKey((n) => n + 1);
      setDone((previous) => ({ n: previous.n + 1, text: t('meetings.venue.floorPlanUploaded') }));
    });
  }

  async function onDownload() {
    setDownloadError(null);
    try {
      const downloaded = await downloadFloorPlan(venue.id);
      saveFile(downloaded.blob, downloaded.fileName ?? plan?.fileName ?? 'floor-plan');
    } catch (error) {
      setDownloadError(error ?? new Error());
    }
  }

  return (
    <Section title={t('meetings.venue.floorPlanHeading')} id="floor-plan-heading">
      <SuccessAlert count={done.n}>{done.text}</SuccessAlert>
      {plan === null ? (
        <Paragraph>{t('meetings.venue.floorPlanNone')}</Paragraph>
      ) : (
        <div className="stack">
          <Paragraph>
            {t('meetings.venue.floorPlanCurrent', {
              name: plan.fileName,
              size: formatFileSize(plan.size, locale),
              time: dateTime(plan.uploadedAt),
            })}
          </Paragraph>
          <div className="button-row">
            <Button variant="secondary" onClick={() => void onDownload()}>
              {t('meetings.venue.floorPlanOpen')}
            </Button>
            {manages && (
              <Button variant="tertiary" data-color="danger" onClick={() => setConfirming(true)}>
                {t('meetings.venue.floorPlanDelete')}
              </Button>
            )}
          </div>
          {downloadError !== null && <ErrorAlert error={downloadError} />}
        </div>
      )}
      {manages && (
        <>
          <FormErrorSummary errors={upload.errors} fields={fields} attempt={upload.attempt} />
          <form className="form" noValidate onSubmit={onUpload}>
            <FileField
              key={fileKey}
              id={fields.file.id}
              label={fields.file.label}
              accept={allowedFloorPlanTypes.join(',')}
              error={upload.errors?.fields.file}
              onChange={setFile}
            />
            <div className="button-row">
              <Button type="submit" variant="secondary" loading={upload.busy}>
                {t('meetings.venue.floorPlanUpload')}
              </Button>
            </div>
          </form>
          <ConfirmDialog
            open={confirming}
            title={t('meetings.venue.floorPlanDelete')}
            confirmLabel={t('meetings.venue.floorPlanDelete')}
            busy={remove.busy}
            error={remove.errors ? new Error(remove.errors.message) : null}
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              void remove.run(async () => {
                onChanged(await deleteFloorPlan(venue.id));
                setConfirming(false);
                setDone((previous) => ({ n: previous.n + 1, text: t('meetings.venue.floorPlanDeleted') }));
              })
            }
          >
            <Paragraph>{t('meetings.venue.floorPlanConfirm')}</Paragraph>
          </ConfirmDialog>
        </>
      )}
    </Section>
  );
}
