import { useCallback, useState, type FormEvent } from 'react';
import { Button, Card, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import {
  createMeasureBodySchema,
  saveMeetingReviewBodySchema,
  type Measure,
  type MeetingReview,
} from '@varn/contracts';
import { meetingLogTextLimits, measureTypes } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import {
  addReviewMeasure,
  getMeetingReview,
  saveMeetingReview,
  updateReviewMeasure,
} from '../../lib/api/meeting-plans';
import { getHandlers } from '../../lib/api/incidents';
import { measureTypeLabel } from '../../lib/incident-labels';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import { QueryView, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { SelectField } from '../../components/fields';
import { DateField, TextAreaField } from '../../components/extra-fields';
import { AppLink } from '../../components/links';
import { MeasureEditForm, measureOwnerOptions, type MeasureOwner } from '../../components/measure-edit-form';
import { MeasureStatusTag } from '../../components/measure-status-tag';
import './meetings-review.css';

/**
 * "Efter mötet" (the unit): the after-action review — what happened, what worked, what to change —
 * and the measures it leads to, tracked like every other measure. For the meeting page and for the
 * review's own page (`/meetings/{id}/review`).
 */
export function MeetingReviewSection({ meetingId }: { readonly meetingId: string }) {
  const { t } = useI18n();
  const load = useCallback((signal: AbortSignal) => getMeetingReview(meetingId, signal), [meetingId]);
  const review = useQuery(load);
  const handlers = useQuery(getHandlers);
  const owners = handlers.status === 'success' ? handlers.data.handlers : [];
  return (
    <section className="section" aria-labelledby="review-heading">
      <Heading level={2} data-size="sm" id="review-heading">
        {t('meetingReview.heading')}
      </Heading>
      <QueryView query={review} loadingLabel={t('meetingReview.loading')}>
        {(data) => (
          <>
            <Paragraph>
              {t('meetingReview.logEntries', { n: data.logEntries })}{' '}
              <AppLink to={`/meetings/${encodeURIComponent(meetingId)}/log`}>
                {t('meetingReview.toLog')}
              </AppLink>
            </Paragraph>
            <ReviewForm meetingId={meetingId} review={data} onSaved={review.setData} />
            <ReviewMeasures
              meetingId={meetingId}
              measures={data.measures}
              owners={owners}
              onChange={review.reload}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}

function ReviewForm({
  meetingId,
  review,
  onSaved,
}: {
  readonly meetingId: string;
  readonly review: MeetingReview;
  readonly onSaved: (review: MeetingReview) => void;
}) {
  const { t, dateTime } = useI18n();
  const [texts, setTexts] = useState({
    whatHappened: review.whatHappened,
    whatWorked: review.whatWorked,
    whatToChange: review.whatToChange,
  });
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit(saveMeetingReviewBodySchema, async (body, { clear }) => {
    onSaved(await saveMeetingReview(meetingId, body));
    clear();
    setSaved((n) => n + 1);
  });
  const fields = {
    whatHappened: { id: 'review-what-happened', label: t('meetingReview.whatHappened') },
    whatWorked: { id: 'review-what-worked', label: t('meetingReview.whatWorked') },
    whatToChange: { id: 'review-what-to-change', label: t('meetingReview.whatToChange') },
  };
  const field = fieldBinder(fields, form.errors);
  const text = (name: keyof typeof texts) => ({
    value: texts[name],
    onChange: (value: string) => setTexts((previous) => ({ ...previous, [name]: value })),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit(texts);
  }

  return (
    <div className="stack">
      {review.written && review.updatedAt && (
        <Paragraph data-size="sm" className="muted">
          {t('meetingReview.writtenBy', {
            name: review.writtenBy?.name ?? t('meetingReview.someone'),
            time: dateTime(review.updatedAt),
          })}
        </Paragraph>
      )}
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextAreaField
          {...field('whatHappened')}
          {...text('whatHappened')}
          description={t('meetingReview.whatHappenedHelp')}
          rows={5}
          maxLength={meetingLogTextLimits.review}
        />
        <TextAreaField
          {...field('whatWorked')}
          {...text('whatWorked')}
          rows={4}
          maxLength={meetingLogTextLimits.review}
        />
        <TextAreaField
          {...field('whatToChange')}
          {...text('whatToChange')}
          description={t('meetingReview.whatToChangeHelp')}
          rows={4}
          maxLength={meetingLogTextLimits.review}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('meetingReview.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}

function ReviewMeasures({
  meetingId,
  measures,
  owners,
  onChange,
}: {
  readonly meetingId: string;
  readonly measures: readonly Measure[];
  readonly owners: readonly MeasureOwner[];
  readonly onChange: () => void;
}) {
  const { t } = useI18n();
  const [added, setAdded] = useState(0);
  const sorted = [...measures].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return (
    <div className="subsection">
      <Heading level={3} data-size="xs">
        {t('meetingReview.measures.heading')}
      </Heading>
      <Paragraph>{t('meetingReview.measures.intro')}</Paragraph>
      <SuccessAlert count={added}>{t('meetingReview.measures.added')}</SuccessAlert>
      {sorted.length === 0 ? (
        <Paragraph>{t('meetingReview.measures.empty')}</Paragraph>
      ) : (
        <ul className="review-measures">
          {sorted.map((measure) => (
            <li key={measure.id}>
              <MeasureCard measure={measure} meetingId={meetingId} owners={owners} onChange={onChange} />
            </li>
          ))}
        </ul>
      )}
      <AddMeasureForm
        meetingId={meetingId}
        owners={owners}
        onAdded={() => {
          setAdded((n) => n + 1);
          onChange();
        }}
      />
    </div>
  );
}

function MeasureCard({
  measure,
  meetingId,
  owners,
  onChange,
}: {
  readonly measure: Measure;
  readonly meetingId: string;
  readonly owners: readonly MeasureOwner[];
  readonly onChange: () => void;
}) {
  const { t, date } = useI18n();
  const type = measureTypeLabel(measure.type, t);
  return (
    <Card data-color="neutral">
      <Card.Block className="stack">
        <Heading level={4} data-size="2xs">
          {type} <MeasureStatusTag status={measure.status} />
        </Heading>
        {measure.overdue && (
          <Paragraph>
            <Tag data-color="danger">{t('meetingReview.measures.overdue')}</Tag>
          </Paragraph>
        )}
        {measure.description !== '' && <p className="review-text">{measure.description}</p>}
        <dl className="facts">
          <dt>{t('measure.owner')}</dt>
          <dd>{measure.owner ? measure.owner.name : t('measure.noOwner')}</dd>
          <dt>{t('measure.dueDate')}</dt>
          <dd>{measure.dueDate ? date(measure.dueDate) : t('meetingReview.measures.noDueDate')}</dd>
        </dl>
      </Card.Block>
      <Details>
        <Details.Summary>
          {t('meetingReview.measures.change')}
          <span className="ds-sr-only">: {type}</span>
        </Details.Summary>
        <Details.Content>
          <MeasureEditForm
            idPrefix={`review-measure-${measure.id}`}
            measure={measure}
            legend={type}
            owners={owners}
            save={(body) => updateReviewMeasure(meetingId, measure.id, body)}
            onSaved={onChange}
          />
        </Details.Content>
      </Details>
    </Card>
  );
}

function AddMeasureForm({
  meetingId,
  owners,
  onAdded,
}: {
  readonly meetingId: string;
  readonly owners: readonly MeasureOwner[];
  readonly onAdded: () => void;
}) {
  const { t } = useI18n();
  const [type, setType] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const form = useFormSubmit(createMeasureBodySchema, async (body, { clear }) => {
    await addReviewMeasure(meetingId, body);
    clear();
    setType('');
    setDescription('');
    setOwner('');
    setDueDate('');
    onAdded();
  });
  const fields = {
    type: { id: 'review-measure-type', label: t('meetingReview.measures.type') },
    description: { id: 'review-measure-description', label: t('meetingReview.measures.description') },
    ownerUserId: { id: 'review-measure-owner', label: t('measure.owner') },
    dueDate: { id: 'review-measure-due', label: t('measure.dueDate') },
  };
  const field = fieldBinder(fields, form.errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({
      type: type === '' ? undefined : type,
      description: description.trim() === '' ? undefined : description,
      ownerUserId: owner === '' ? null : owner,
      dueDate: dueDate === '' ? null : dueDate,
    });
  }

  return (
    <div className="subsection">
      <Heading level={4} data-size="2xs">
        {t('meetingReview.measures.addHeading')}
      </Heading>
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...field('type')}
          value={type}
          onChange={setType}
          placeholder={t('meetingReview.measures.chooseType')}
          options={measureTypes.map((value) => ({ value, label: measureTypeLabel(value, t) }))}
          required
        />
        <TextAreaField
          {...field('description')}
          value={description}
          onChange={setDescription}
          description={t('meetingReview.measures.descriptionHelp')}
          rows={3}
          maxLength={2000}
        />
        <SelectField
          {...field('ownerUserId')}
          value={owner}
          onChange={setOwner}
          placeholder={t('measure.noOwner')}
          options={measureOwnerOptions(owners, null)}
        />
        <DateField {...field('dueDate')} value={dueDate} onChange={setDueDate} />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('meetingReview.measures.add')}
          </Button>
        </div>
      </form>
    </div>
  );
}
