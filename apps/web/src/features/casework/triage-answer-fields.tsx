import { Fieldset } from '@digdir/designsystemet-react';
import type { TaxonomyEntryView, UnitIncidentDetail } from '@varn/contracts';
import {
  consequences as consequenceCodes,
  incidentTextLimits,
  motives,
  targetRoles,
  TaxonomyKind,
} from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { consequenceLabel, motiveLabel, targetRoleLabel } from '../../lib/incident-labels';
import { taxonomyOptions } from '../../lib/taxonomy-labels';
import type { FieldBinder } from '../../components/form-fields';
import { CheckboxGroup, SelectField, TextField } from '../../components/fields';
import type { TriageAnswerField, TriageAnswers } from './triage-answers';

/** The fields of the answers inside the triage form. */
export function TriageAnswerFields({
  answers,
  onChange,
  field,
  taxonomy,
  incident,
}: {
  readonly answers: TriageAnswers;
  readonly onChange: (answers: TriageAnswers) => void;
  readonly field: FieldBinder<TriageAnswerField>;
  readonly taxonomy: readonly TaxonomyEntryView[];
  readonly incident: UnitIncidentDetail;
}) {
  const { t, locale } = useI18n();
  const set = <K extends TriageAnswerField>(name: K, value: TriageAnswers[K]) =>
    onChange({ ...answers, [name]: value });
  const notStated = t('casework.report.notStated');
  return (
    <Fieldset>
      <Fieldset.Legend>{t('casework.triage.answers')}</Fieldset.Legend>
      <Fieldset.Description>{t('casework.triage.answersHelp')}</Fieldset.Description>
      <SelectField
        {...field('targetRole')}
        placeholder={notStated}
        options={targetRoles.map((role) => ({ value: role, label: targetRoleLabel(role, t) }))}
        value={answers.targetRole}
        onChange={(value) =>
          set('targetRole', targetRoles.find((role) => role === value) ?? answers.targetRole)
        }
      />
      <SelectField
        {...field('channel')}
        placeholder={notStated}
        options={taxonomyOptions(
          taxonomy,
          TaxonomyKind.Channel,
          locale,
          incident.channel ? [incident.channel] : [],
        )}
        value={answers.channel}
        onChange={(value) => set('channel', value)}
      />
      <SelectField
        {...field('perpetratorType')}
        placeholder={notStated}
        options={taxonomyOptions(
          taxonomy,
          TaxonomyKind.PerpetratorType,
          locale,
          incident.perpetratorType ? [incident.perpetratorType] : [],
        )}
        value={answers.perpetratorType}
        onChange={(value) => set('perpetratorType', value)}
      />
      <SelectField
        {...field('motive')}
        placeholder={notStated}
        options={motives.map((motive) => ({ value: motive, label: motiveLabel(motive, t) }))}
        value={answers.motive}
        onChange={(value) => set('motive', motives.find((motive) => motive === value) ?? '')}
      />
      <TextField
        {...field('matterReference')}
        autoComplete="off"
        value={answers.matterReference}
        onChange={(value) => set('matterReference', value)}
        maxLength={incidentTextLimits.matterReference}
      />
      <SelectField
        {...field('policeContacted')}
        placeholder={notStated}
        options={[
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
        ]}
        value={answers.policeContacted}
        onChange={(value) => set('policeContacted', value === 'yes' || value === 'no' ? value : '')}
      />
      <CheckboxGroup
        {...field.group('consequences')}
        options={consequenceCodes.map((code) => ({ value: code, label: consequenceLabel(code, t) }))}
        values={answers.consequences}
        onChange={(values) =>
          set(
            'consequences',
            consequenceCodes.filter((code) => values.includes(code)),
          )
        }
      />
    </Fieldset>
  );
}
