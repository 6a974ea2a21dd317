import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { createCourseBodySchema, type Course, type CourseList } from '@varn/contracts';
import { courseKinds, defaultCourseValidityMonths, type CourseKind } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { createCourse, getCourses, updateCourse } from '../../lib/api/training';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit, useSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { QueryView, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { SelectField, TextField } from '../../components/fields';
import { AppLink } from '../../components/links';
import { ResponsiveTable } from '../../components/responsive-table';
import './training.css';

const load = (signal: AbortSignal): Promise<CourseList> => getCourses(signal);

/** "Kurser" (admin, security unit): the courses with their validity; add one, archive one. */
export function CoursesPage() {
  const { t } = useI18n();
  const courses = useQuery(load);
  const archive = useSubmit();
  // Fetched again in place, so that the list and focus stay while it changes.
  const refresh = async () => courses.setData(await getCourses());
  const toggle = (course: Course) =>
    void archive.run(async () => {
      await updateCourse(course.id, { archived: !course.archived });
      await refresh();
    });
  return (
    <Page title={t('training.courses.title')}>
      <Paragraph>
        <AppLink to="/training">{t('training.backToOverview')}</AppLink>
      </Paragraph>
      <Paragraph>{t('training.courses.intro')}</Paragraph>
      <FormErrorSummary errors={archive.errors} fields={{}} attempt={archive.attempt} />
      <QueryView query={courses} loadingLabel={t('training.loading')}>
        {({ courses: list }) => (
          <ResponsiveTable
            label={t('training.courses.title')}
            rows={list}
            rowKey={(course) => course.id}
            columns={[
              { label: t('training.courses.name'), render: (course) => course.name },
              { label: t('training.courses.kind'), render: (course) => t(`training.kind.${course.kind}`) },
              {
                label: t('training.courses.col.validity'),
                render: (course) => t('training.courses.months', { months: course.validityMonths }),
              },
              {
                label: t('training.col.status'),
                render: (course) => (
                  <>
                    {course.archived ? `${t('training.courses.archived')} ` : ''}
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      onClick={() => toggle(course)}
                      disabled={archive.busy}
                    >
                      {t(course.archived ? 'training.courses.restore' : 'training.courses.archive')}
                      <span className="ds-sr-only">: {course.name}</span>
                    </Button>
                  </>
                ),
              },
            ]}
          />
        )}
      </QueryView>
      <NewCourseForm onAdded={refresh} />
    </Page>
  );
}

function NewCourseForm({ onAdded }: { readonly onAdded: () => Promise<void> }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<CourseKind>('basic_security');
  const [name, setName] = useState('');
  const [validity, setValidity] = useState(String(defaultCourseValidityMonths.basic_security));
  const [added, setAdded] = useState(0);
  const form = useFormSubmit(createCourseBodySchema, async (body) => {
    await createCourse(body);
    setName('');
    setAdded((n) => n + 1);
    await onAdded();
  });
  const fields = {
    kind: { id: 'course-kind', label: t('training.courses.kind') },
    name: { id: 'course-name', label: t('training.courses.name') },
    validityMonths: { id: 'course-validity', label: t('training.courses.validity') },
  };
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ kind, name, validityMonths: validity === '' ? undefined : Number(validity) });
  }
  return (
    <Section title={t('training.courses.new')} id="course-new">
      <SuccessAlert count={added}>{t('training.courses.added')}</SuccessAlert>
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="training-form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...fields.kind}
          value={kind}
          onChange={(value) => {
            const next = courseKinds.find((candidate) => candidate === value) ?? 'basic_security';
            setKind(next);
            setValidity(String(defaultCourseValidityMonths[next]));
          }}
          options={courseKinds.map((value) => ({ value, label: t(`training.kind.${value}`) }))}
        />
        <TextField
          {...fields.name}
          required
          value={name}
          onChange={setName}
          error={form.errors?.fields.name}
        />
        <TextField
          {...fields.validityMonths}
          required
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          value={validity}
          onChange={setValidity}
          error={form.errors?.fields.validityMonths}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('training.courses.add')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
