import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { createChecklistTemplateBodySchema, type ChecklistTemplateVersion } from '@varn/contracts';
import { checklistGroups, maxChecklistItems, maxChecklistItemTextLength } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { createChecklistTemplate, getChecklistTemplates } from '../../lib/api/meeting-plans';
import { clientFormErrors, type FormErrors } from '../../lib/errors';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import type { FieldTarget } from '../../components/form-fields';
import { SelectField, TextField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';
import { AppLink } from '../../components/links';
import {
  draftItemsOf,
  draftProblems,
  fieldPath,
  moveItem,
  templateItemsOf,
  type DraftItem,
} from './template-draft';
import './meeting-templates.css';

/** The newest version: what a new one is made from. */
async function loadCurrent(signal: AbortSignal): Promise<ChecklistTemplateVersion | null> {
  const { templates } = await getChecklistTemplates(signal);
  return templates.find((template) => template.current) ?? templates[0] ?? null;
}

/** "Ny version av checklistan" (admin): a copy of the newest version to edit and save as the next. */
export function MeetingTemplateEditorPage() {
  const { t } = useI18n();
  const current = useQuery(loadCurrent);
  return (
    <Page title={t('meetingTemplates.editTitle')}>
      <Paragraph>
        <AppLink to="/admin/meeting-templates">{t('meetingTemplates.back')}</AppLink>
      </Paragraph>
      <QueryView query={current} loadingLabel={t('meetingTemplates.loading')}>
        {(version) =>
          version === null ? (
            <Paragraph>{t('meetingTemplates.noVersion')}</Paragraph>
          ) : (
            <TemplateEditor key={version.id} base={version} />
          )
        }
      </QueryView>
    </Page>
  );
}

let newItems = 0;

const idOf = (path: string): string => `template-${path.replace(/\./gu, '-')}`;

function TemplateEditor({ base }: { readonly base: ChecklistTemplateVersion }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [items, setItems] = useState<readonly DraftItem[]>(() => draftItemsOf(base.items));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const nextVersion = base.version + 1;
  // A group not chosen yet is "required", not "'' is not a group".
  const problems: Readonly<Record<string, string>> = Object.fromEntries(
    Object.entries(draftProblems(items, nextVersion, locale)).map(([path, text]) => {
      const index = /^items\.(\d+)\.group$/u.exec(path)?.[1];
      return [path, index !== undefined && items[Number(index)]?.group === '' ? t('form.required') : text];
    }),
  );

  const fields: Record<string, FieldTarget> = {
    items: { id: 'template-add', label: t('meetingTemplates.items') },
  };
  items.forEach((_item, index) => {
    const n = index + 1;
    fields[`items.${index}.id`] = { id: idOf(`items.${index}.id`), label: t('meetingTemplates.idN', { n }) };
    fields[`items.${index}.group`] = {
      id: idOf(`items.${index}.group`),
      label: t('meetingTemplates.groupN', { n }),
    };
    fields[`items.${index}.text.sv`] = {
      id: idOf(`items.${index}.text.sv`),
      label: t('meetingTemplates.svN', { n }),
    };
    fields[`items.${index}.text.en`] = {
      id: idOf(`items.${index}.text.en`),
      label: t('meetingTemplates.enN', { n }),
    };
  });

  const form = useFormSubmit(
    createChecklistTemplateBodySchema,
    async (body) => {
      const created = await createChecklistTemplate(body);
      await navigate('/admin/meeting-templates', { state: { createdVersion: created.version } });
    },
    {
      // The server names fields as the domain does (`items[3].text.en`).
      mapErrors: (errors: FormErrors) => ({
        ...errors,
        fields: Object.fromEntries(
          Object.entries(errors.fields).map(([path, text]) => [fieldPath(path), text]),
        ),
      }),
    },
  );
  const attempted = form.attempt > 0;
  /** A field's message: the live rule once it was edited (or after a save), else the server's. */
  const errorAt = (path: string): string | undefined =>
    (attempted || touched.has(path) ? problems[path] : undefined) ?? form.errors?.fields[path];

  const change = (index: number, patch: Partial<DraftItem>, path: string) => {
    setItems((previous) => previous.map((item, at) => (at === index ? { ...item, ...patch } : item)));
    setTouched((previous) => new Set(previous).add(path));
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The domain's rules first, as the server applies them: every problem is listed, nothing is sent.
    if (Object.keys(problems).length > 0) form.fail(clientFormErrors(problems, t));
    else void form.submit({ basedOnVersion: base.version, items: templateItemsOf(items) });
  }

  const liveCount = Object.keys(problems).length;
  return (
    <>
      <Paragraph>{t('meetingTemplates.editIntro', { base: base.version, next: nextVersion })}</Paragraph>
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="form form--wide" noValidate onSubmit={onSubmit}>
        <ul className="template-items">
          {items.map((item, index) => {
            const path = (part: string) => `items.${index}.${part}`;
            return (
              <li key={item.key}>
                <fieldset className="template-item">
                  <legend>{t('meetingTemplates.itemN', { n: index + 1 })}</legend>
                  {item.fixedId ? (
                    <Paragraph data-size="sm">{t('meetingTemplates.idFixed', { id: item.id })}</Paragraph>
                  ) : (
                    <TextField
                      id={idOf(path('id'))}
                      label={t('meetingTemplates.id')}
                      description={t('meetingTemplates.idHelp')}
                      value={item.id}
                      onChange={(id) => change(index, { id }, path('id'))}
                      error={errorAt(path('id'))}
                      spellCheck={false}
                      autoComplete="off"
                      maxLength={40}
                      required
                    />
                  )}
                  <SelectField
                    id={idOf(path('group'))}
                    label={t('meetingTemplates.group')}
                    value={item.group}
                    onChange={(group) => change(index, { group: group as DraftItem['group'] }, path('group'))}
                    error={errorAt(path('group'))}
                    placeholder={t('meetingTemplates.chooseGroup')}
                    options={checklistGroups.map((group) => ({
                      value: group,
                      label: t(`meetingPlan.checklist.group.${group}`),
                    }))}
                    required
                  />
                  <TextAreaField
                    id={idOf(path('text.sv'))}
                    label={t('meetingTemplates.sv')}
                    value={item.sv}
                    onChange={(sv) => change(index, { sv }, path('text.sv'))}
                    error={errorAt(path('text.sv'))}
                    rows={2}
                    maxLength={maxChecklistItemTextLength * 2}
                    lang="sv"
                    required
                  />
                  <TextAreaField
                    id={idOf(path('text.en'))}
                    label={t('meetingTemplates.en')}
                    value={item.en}
                    onChange={(en) => change(index, { en }, path('text.en'))}
                    error={errorAt(path('text.en'))}
                    rows={2}
                    maxLength={maxChecklistItemTextLength * 2}
                    lang="en"
                    required
                  />
                  <div className="button-row">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-disabled={index === 0 || undefined}
                      onClick={() => index > 0 && setItems((previous) => moveItem(previous, index, -1))}
                    >
                      {t('meetingTemplates.moveUp', { n: index + 1 })}
                    </Button>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-disabled={index === items.length - 1 || undefined}
                      onClick={() =>
                        index < items.length - 1 && setItems((previous) => moveItem(previous, index, 1))
                      }
                    >
                      {t('meetingTemplates.moveDown', { n: index + 1 })}
                    </Button>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      onClick={() => setItems((previous) => previous.filter((_, at) => at !== index))}
                    >
                      {t('meetingTemplates.remove', { n: index + 1 })}
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
        {(attempted || touched.size > 0) && problems['items'] && (
          <ValidationMessage>{problems['items']}</ValidationMessage>
        )}
        <div className="button-row">
          <Button
            id="template-add"
            variant="secondary"
            aria-disabled={items.length >= maxChecklistItems || undefined}
            onClick={() => {
              if (items.length >= maxChecklistItems) return;
              newItems += 1;
              setItems((previous) => [
                ...previous,
                { key: `new-${newItems}`, id: '', fixedId: false, group: '', sv: '', en: '' },
              ]);
            }}
          >
            {t('meetingTemplates.add')}
          </Button>
        </div>
        <Paragraph data-size="sm">
          {liveCount === 0
            ? t('meetingTemplates.noProblems')
            : t('meetingTemplates.problems', { n: liveCount })}
        </Paragraph>
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('meetingTemplates.save', { version: nextVersion })}
          </Button>
        </div>
      </form>
    </>
  );
}
