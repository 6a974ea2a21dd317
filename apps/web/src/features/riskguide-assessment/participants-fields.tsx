import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { Button, Heading } from '@digdir/designsystemet-react';
import {
  maxAssessmentParticipants,
  participantFunctions,
  riskguideTextLimits,
  type ParticipantFunction,
} from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { participantFunctionLabel } from '../../lib/riskguide-labels';
import { SelectField, TextField } from '../../components/fields';

/** A participant as typed: a row counts once both name and function are given. */
export interface ParticipantRow {
  readonly key: number;
  readonly name: string;
  readonly function: ParticipantFunction | '';
}

/** The element id of a participant's name field (error links point here). */
export const participantNameId = (row: ParticipantRow): string => `participant-${row.key}-name`;
/** The element id of a participant's function field. */
export const participantFunctionId = (row: ParticipantRow): string => `participant-${row.key}-function`;

const isFunction = (value: string): value is ParticipantFunction =>
  (participantFunctions as readonly string[]).includes(value);

/** The participants' rows, how they change, and their errors by field path. */
export interface ParticipantsProps {
  readonly rows: readonly ParticipantRow[];
  readonly onChange: (rows: readonly ParticipantRow[]) => void;
  readonly nextKey: () => number;
  readonly errors: Readonly<Record<string, string>>;
}

/** Who took part in the assessment (issue 4 §3): name and function, one group per person. */
export function ParticipantsFields({ rows, onChange, nextKey, errors }: ParticipantsProps) {
  const { t } = useI18n();
  const addButton = useRef<HTMLButtonElement>(null);

  const change = (key: number, patch: Partial<Omit<ParticipantRow, 'key'>>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <div className="stack">
      <ol className="participants">
        {rows.map((row, index) => {
          const headingId = `participant-${row.key}-heading`;
          return (
            <li key={row.key}>
              <div className="participant" role="group" aria-labelledby={headingId}>
                <Heading level={3} data-size="2xs" id={headingId} className="participant__heading">
                  {t('riskguide.assessment.participantHeading', { n: index + 1 })}
                </Heading>
                <TextField
                  id={participantNameId(row)}
                  label={t('riskguide.assessment.participantName')}
                  value={row.name}
                  onChange={(name) => change(row.key, { name })}
                  error={errors[`participants.${index}.name`]}
                  maxLength={riskguideTextLimits.participantName}
                  autoComplete="off"
                />
                <SelectField
                  id={participantFunctionId(row)}
                  label={t('riskguide.assessment.participantFunction')}
                  value={row.function}
                  onChange={(value) => change(row.key, { function: isFunction(value) ? value : '' })}
                  placeholder={t('riskguide.assessment.chooseFunction')}
                  options={participantFunctions.map((value) => ({
                    value,
                    label: participantFunctionLabel(value, t),
                  }))}
                  error={errors[`participants.${index}.function`]}
                />
                {rows.length > 1 && (
                  <div className="participant__remove">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      onClick={() => {
                        flushSync(() => onChange(rows.filter((other) => other.key !== row.key)));
                        addButton.current?.focus();
                      }}
                    >
                      {t('riskguide.assessment.removeParticipant', { n: index + 1 })}
                    </Button>
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        <Button
          variant="secondary"
          ref={addButton}
          id="participant-add"
          disabled={rows.length >= maxAssessmentParticipants}
          onClick={() => {
            const key = nextKey();
            // Rendered at once, so that focus can move to the new participant's name.
            flushSync(() => onChange([...rows, { key, name: '', function: '' }]));
            document.getElementById(`participant-${key}-name`)?.focus();
          }}
        >
          {t('riskguide.assessment.addParticipant')}
        </Button>
      </div>
    </div>
  );
}
