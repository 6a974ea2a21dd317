import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  createBodyBodySchema,
  putBodyMembersBodySchema,
  updateBodyBodySchema,
  type Body,
  type BodyList,
  type BodyMember,
  type UserList,
} from '@varn/contracts';
import {
  bodyAssignments,
  bodyKinds,
  bodyTextLimits,
  BodyAssignment,
  BodyKind,
  UserStatus,
} from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { createBody, getBodies, putBodyMembers, updateBody } from '../../lib/api/meetings';
import { getUsers } from '../../lib/api/users';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import { assignmentLabel, bodyKindLabel } from '../../lib/meeting-labels';
import { Page, Section } from '../../components/page';
import { QueryView, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { SelectField, TextField } from '../../components/fields';
import './bodies.css';

interface Data {
  readonly bodies: BodyList;
  readonly users: UserList;
}

const load = async (signal: AbortSignal): Promise<Data> => {
  const [bodies, users] = await Promise.all([getBodies(signal), getUsers(signal)]);
  return { bodies, users };
};

/**
 * "Organ" (admin): the bodies that hold meetings and who holds an assignment in each. An
 * assignment lets an official or a party contact see the body's closed meetings (ADR 017).
 */
export function BodiesPage() {
  const { t } = useI18n();
  const data = useQuery(load);
  const replace = (body: Body) => {
    if (data.status !== 'success') return;
    const exists = data.data.bodies.bodies.some((candidate) => candidate.id === body.id);
    const bodies = exists
      ? data.data.bodies.bodies.map((candidate) => (candidate.id === body.id ? body : candidate))
      : [...data.data.bodies.bodies, body];
    data.setData({ ...data.data, bodies: { bodies } });
  };
  return (
    <Page title={t('meetings.bodies.title')}>
      <Paragraph>{t('meetings.bodies.intro')}</Paragraph>
      <QueryView query={data} loadingLabel={t('meetings.bodies.loading')}>
        {({ bodies, users }) => (
          <>
            {bodies.bodies.length === 0 && <Paragraph>{t('meetings.bodies.empty')}</Paragraph>}
            {bodies.bodies.map((body) => (
              <BodySection key={body.id} body={body} users={users} onSaved={replace} />
            ))}
            <NewBody onCreated={replace} />
          </>
        )}
      </QueryView>
    </Page>
  );
}

function NewBody({ onCreated }: { readonly onCreated: (body: Body) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<BodyKind>(BodyKind.Committee);
  const [created, setCreated] = useState(0);
  const form = useFormSubmit(createBodyBodySchema, async (body) => {
    onCreated(await createBody(body));
    setName('');
    setCreated((n) => n + 1);
  });
  const fields = {
    name: { id: 'new-body-name', label: t('meetings.bodies.name') },
    kind: { id: 'new-body-kind', label: t('meetings.bodies.kind') },
  };
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ name, kind });
  }
  return (
    <Section title={t('meetings.bodies.newHeading')} id="new-body-heading">
      <SuccessAlert count={created}>{t('meetings.bodies.created')}</SuccessAlert>
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.name}
          required
          error={form.errors?.fields.name}
          value={name}
          onChange={setName}
          maxLength={bodyTextLimits.name}
        />
        <SelectField
          {...fields.kind}
          required
          error={form.errors?.fields.kind}
          value={kind}
          onChange={(value) => setKind(value as BodyKind)}
          options={bodyKinds.map((value) => ({ value, label: bodyKindLabel(value, t) }))}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('meetings.bodies.create')}
          </Button>
        </div>
      </form>
    </Section>
  );
}

/** One body: its name and kind, and its members with their assignments. */
function BodySection({
  body,
  users,
  onSaved,
}: {
  readonly body: Body;
  readonly users: UserList;
  readonly onSaved: (body: Body) => void;
}) {
  const { t } = useI18n();
  const headingId = `body-${body.id}`;
  return (
    <section className="section body-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {body.name}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {bodyKindLabel(body.kind, t)} · {t('meetings.bodies.membersCount', { n: body.members.length })}
      </Paragraph>
      <RenameBody body={body} onSaved={onSaved} />
      <Members body={body} users={users} onSaved={onSaved} />
    </section>
  );
}

function RenameBody({ body, onSaved }: { readonly body: Body; readonly onSaved: (body: Body) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(body.name);
  const [kind, setKind] = useState<BodyKind>(body.kind);
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit(updateBodyBodySchema, async (changes) => {
    onSaved(await updateBody(body.id, changes));
    setSaved((n) => n + 1);
  });
  const fields = {
    name: { id: `body-${body.id}-name`, label: t('meetings.bodies.name') },
    kind: { id: `body-${body.id}-kind`, label: t('meetings.bodies.kind') },
  };
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ name, kind });
  }
  return (
    <form className="form form--grid" noValidate onSubmit={onSubmit}>
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <TextField
        {...fields.name}
        required
        error={form.errors?.fields.name}
        value={name}
        onChange={setName}
        maxLength={bodyTextLimits.name}
      />
      <SelectField
        {...fields.kind}
        error={form.errors?.fields.kind}
        value={kind}
        onChange={(value) => setKind(value as BodyKind)}
        options={bodyKinds.map((value) => ({ value, label: bodyKindLabel(value, t) }))}
      />
      <div className="form__actions button-row">
        <Button type="submit" variant="secondary" loading={form.busy}>
          {t('meetings.bodies.rename')}
        </Button>
      </div>
    </form>
  );
}

function Members({
  body,
  users,
  onSaved,
}: {
  readonly body: Body;
  readonly users: UserList;
  readonly onSaved: (body: Body) => void;
}) {
  const { t } = useI18n();
  const [members, setMembers] = useState<readonly BodyMember[]>(body.members);
  const [adding, setAdding] = useState('');
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit(putBodyMembersBodySchema, async (list) => {
    const result = await putBodyMembers(body.id, list);
    onSaved(result);
    setMembers(result.members);
    setSaved((n) => n + 1);
  });
  const candidates = users.users.filter(
    (user) => user.status !== UserStatus.Deactivated && !members.some((member) => member.userId === user.id),
  );
  const prefix = `body-${body.id}`;

  function add() {
    const user = users.users.find((candidate) => candidate.id === adding);
    if (!user) return;
    setMembers((previous) => [
      ...previous,
      { userId: user.id, name: user.name, assignment: BodyAssignment.Member },
    ]);
    setAdding('');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ members: members.map(({ userId, assignment }) => ({ userId, assignment })) });
  }

  return (
    <div className="subsection">
      <Heading level={3} data-size="xs">
        {t('meetings.bodies.membersHeading')}
      </Heading>
      <SuccessAlert count={saved}>{t('meetings.bodies.membersSaved')}</SuccessAlert>
      <FormErrorSummary errors={form.errors} fields={{}} attempt={form.attempt} />
      <form className="stack" noValidate onSubmit={onSubmit}>
        {members.length === 0 ? (
          <Paragraph>{t('meetings.bodies.noMembers')}</Paragraph>
        ) : (
          <ul className="body-members">
            {members.map((member, index) => (
              <li key={member.userId} className="body-members__item">
                <SelectField
                  id={`${prefix}-member-${member.userId}`}
                  label={t('meetings.bodies.assignmentOf', { name: member.name })}
                  error={form.errors?.fields[`members.${index}.userId`]}
                  value={member.assignment}
                  onChange={(value) =>
                    setMembers((previous) =>
                      previous.map((candidate) =>
                        candidate.userId === member.userId
                          ? { ...candidate, assignment: value as BodyAssignment }
                          : candidate,
                      ),
                    )
                  }
                  options={bodyAssignments.map((value) => ({ value, label: assignmentLabel(value, t) }))}
                />
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() =>
                    setMembers((previous) =>
                      previous.filter((candidate) => candidate.userId !== member.userId),
                    )
                  }
                >
                  {t('meetings.bodies.removeMember', { name: member.name })}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="body-members__add">
          <SelectField
            id={`${prefix}-add`}
            label={t('meetings.bodies.addMember')}
            value={adding}
            onChange={setAdding}
            placeholder={t('meetings.bodies.choosePerson')}
            options={candidates.map((user) => ({ value: user.id, label: user.name }))}
          />
          <Button variant="secondary" disabled={adding === ''} onClick={add}>
            {t('meetings.bodies.addMember')}
          </Button>
        </div>
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('meetings.bodies.saveMembers')}
          </Button>
        </div>
      </form>
    </div>
  );
}
