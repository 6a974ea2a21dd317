import {
  Action,
  AuditAction,
  checkOfficialImport,
  importPersonKey,
  matchImportedPerson,
  swedishDate,
  type CheckedOfficialRow,
  type ParsedOfficialRow,
  type PersonMatch,
} from '@varn/domain';
import type {
  OfficialImportDecision,
  OfficialImportMatch,
  OfficialImportPreview,
  OfficialImportResult,
} from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { ruleViolation, type FieldMessage } from '../../lib/errors';
import { audit } from '../audit';
import { readOfficialFile, writeXlsx, type OfficialFile } from './official-file';
import {
  findAllContacts,
  findAllPeople,
  findBodies,
  findContactOf,
  findParties,
  findPeopleForMatching,
  findPersonById,
  insertAssignment,
  insertPerson,
  upsertContact,
} from './register.repository';
import { assignmentsByPerson, registerResource, setPersonParty } from './register.service';

/*
 * The import of the municipality's list of officials and the export of the register (issue 11
 * §1, ADR 018). The preview saves nothing. The import saves the rows without problems — one
 * transaction, all or nothing — after the importer has decided every ambiguous row; rows with
 * problems are reported and left out. The export has no party column and no protected address.
 */

interface Analysis {
  readonly file: OfficialFile;
  readonly checked: readonly CheckedOfficialRow[];
  readonly matches: ReadonlyMap<number, PersonMatch>;
  readonly names: ReadonlyMap<string, string>;
}

async function analyse(tx: Tx, caller: Caller, content: Buffer): Promise<Analysis> {
  const file = await readOfficialFile(content);
  const bodies = (await findBodies(tx, caller.organisationId)).filter((body) => !body.archived);
  const parties = (await findParties(tx, caller.organisationId)).map((party) => ({
    id: party.id,
    code: party.abbreviation,
  }));
  const checked = checkOfficialImport(file.rows, { bodies, parties }).map((row, index) => ({
    ...row,
    line: file.lines[index] ?? row.line,
  }));
  const people = await findPeopleForMatching(tx, caller.organisationId);
  const matches = new Map<number, PersonMatch>();
  for (const row of checked) if (row.row) matches.set(row.line, matchImportedPerson(row.row, people));
  return { file, checked, matches, names: new Map(people.map((person) => [person.id, person.name])) };
}

function matchView(match: PersonMatch, names: ReadonlyMap<string, string>): OfficialImportMatch {
  const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
  switch (match.kind) {
    case 'email':
    case 'name_and_birth_year':
      return { kind: match.kind, person: ref(match.personId) };
    case 'ambiguous':
      return { kind: 'ambiguous', candidates: match.personIds.map(ref) };
    case 'new':
      return { kind: 'new', sameName: match.sameName.map(ref) };
  }
}

/** `POST /api/register/import/preview`: every row with its problems and match; nothing saved. */
export async function previewImport(
  ctx: AppContext,
  caller: Caller,
  content: Buffer,
): Promise<OfficialImportPreview> {
  authorizeOrThrow(caller, Action.RegisterImport, registerResource(caller));
  return await ctx.db.transaction(async (tx) => {
    const { file, checked, matches, names } = await analyse(tx, caller, content);
    const counts = { rows: checked.length, withProblems: 0, matched: 0, new: 0, ambiguous: 0 };
    const rows = checked.map((row, index) => {
      const raw = file.rows[index] ?? {};
      const match = matches.get(row.line) ?? null;
      if (row.problems.length > 0) counts.withProblems += 1;
      else if (match?.kind === 'ambiguous') counts.ambiguous += 1;
      else if (match?.kind === 'new') counts.new += 1;
      else counts.matched += 1;
      const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
      return {
        line: row.line,
        name: text(raw.name),
        email: text(raw.email),
        body: text(raw.body),
        role: text(raw.role),
        problems: [...row.problems],
        match: match ? matchView(match, names) : null,
      };
    });
    return { format: file.format, columns: [...file.columns], counts, rows };
  });
}

/** Where a group of rows (one person of the file) goes: an existing person, a new one, or nowhere. */
type Target = { kind: 'person'; personId: string } | { kind: 'new' } | { kind: 'skip' };

const decisionMessage = {
  required: {
    sv: 'Raden matchar flera personer i registret. Välj vilken, ny person eller hoppa över.',
    en: 'The row matches several people in the register. Choose which, a new person or skip.',
  },
  invalid: {
    sv: 'Personen är inte en av raden möjliga träffar.',
    en: 'The person is not one of the row’s possible matches.',
  },
} satisfies Record<string, FieldMessage>;

/** The targets of each person of the file, or the problems of the importer's decisions. */
function targetsOf(analysis: Analysis, decisions: readonly OfficialImportDecision[]) {
  const byLine = new Map(decisions.map((decision) => [decision.line, decision.choice]));
  const groups = new Map<string, { lines: number[]; rows: ParsedOfficialRow[] }>();
  for (const checked of analysis.checked) {
    if (!checked.row) continue;
    const key = importPersonKey(checked.row);
    const group = groups.get(key) ?? { lines: [], rows: [] };
    group.lines.push(checked.line);
    group.rows.push(checked.row);
    groups.set(key, group);
  }
  const problems: Record<string, FieldMessage> = {};
  const targets: { target: Target; rows: ParsedOfficialRow[]; lines: number[] }[] = [];
  for (const group of groups.values()) {
    const [line] = group.lines;
    if (line === undefined) continue;
    const match = analysis.matches.get(line);
    const decidedLine = group.lines.find((entry) => byLine.has(entry));
    const choice = decidedLine === undefined ? undefined : byLine.get(decidedLine);
    const allowed =
      match?.kind === 'ambiguous'
        ? match.personIds
        : match?.kind === 'new'
          ? match.sameName
          : match
            ? [match.personId]
            : [];
    let target: Target;
    if (choice === 'skip') target = { kind: 'skip' };
    else if (choice === 'new') target = { kind: 'new' };
    else if (choice !== undefined) {
      if (!allowed.includes(choice)) {
        problems[`decisions.${decidedLine}`] = decisionMessage.invalid;
        continue;
      }
      target = { kind: 'person', personId: choice };
    } else if (match?.kind === 'ambiguous') {
      problems[`decisions.${line}`] = decisionMessage.required;
      continue;
    } else if (match?.kind === 'new' || !match) target = { kind: 'new' };
    else target = { kind: 'person', personId: match.personId };
    targets.push({ target, rows: group.rows, lines: group.lines });
  }
  return { targets, problems };
}

/**
 * `POST /api/register/import`: the rows without problems, in one transaction; 422 (nothing saved)
 * while an ambiguous row is undecided.
 */
export async function importOfficials(
  ctx: AppContext,
  caller: Caller,
  content: Buffer,
  decisions: readonly OfficialImportDecision[],
): Promise<OfficialImportResult> {
  authorizeOrThrow(caller, Action.RegisterImport, registerResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const analysis = await analyse(tx, caller, content);
    const { targets, problems } = targetsOf(analysis, decisions);
    if (Object.keys(problems).length > 0) throw ruleViolation(problems);
    const result = {
      peopleCreated: 0,
      peopleMatched: 0,
      assignmentsAdded: 0,
      rowsSkipped: 0,
      rowsRefused: analysis.checked.filter((row) => row.row === null).length,
    };
    for (const { target, rows } of targets) {
      const [first] = rows;
      if (target.kind === 'skip' || !first) {
        result.rowsSkipped += rows.length;
        continue;
      }
      const email = rows.find((row) => row.email)?.email ?? null;
      const phone = rows.find((row) => row.phone)?.phone ?? null;
      let person;
      if (target.kind === 'new') {
        person = await insertPerson(tx, {
          organisationId: caller.organisationId,
          name: first.name,
          birthYear: first.birthYear,
          createdAt: now,
          updatedAt: now,
        });
        if (email || phone)
          await upsertContact(tx, {
            personId: person.id,
            organisationId: caller.organisationId,
            email,
            phone,
            updatedAt: now,
          });
        result.peopleCreated += 1;
      } else {
        person = await findPersonById(tx, caller.organisationId, target.personId);
        if (!person) throw ruleViolation({ file: decisionMessage.invalid });
        // The register's details win; the file fills in what is missing.
        const contact = await findContactOf(tx, caller.organisationId, person.id);
        if ((!contact?.email && email) || (!contact?.phone && phone))
          await upsertContact(tx, {
            personId: person.id,
            organisationId: caller.organisationId,
            email: contact?.email ?? email,
            phone: contact?.phone ?? phone,
            address: contact?.address ?? null,
            protectedAddress: contact?.protectedAddress ?? false,
            preferredContact: contact?.preferredContact ?? null,
            updatedAt: now,
          });
        result.peopleMatched += 1;
      }
      const partyId = rows.find((row) => row.partyId)?.partyId ?? null;
      if (partyId) await setPersonParty(tx, caller.organisationId, person, partyId, now);
      for (const row of rows) {
        const added = await insertAssignment(tx, {
          organisationId: caller.organisationId,
          personId: person.id,
          bodyId: row.bodyId,
          role: row.role,
          termStart: row.termStart,
          termEnd: row.termEnd,
          createdAt: now,
          updatedAt: now,
        });
        if (added) result.assignmentsAdded += 1;
      }
    }
    await audit(tx, caller, now, {
      action: AuditAction.RegisterImport,
      recordType: 'person',
      details: { format: analysis.file.format, rows: analysis.checked.length, ...result },
    });
    return result;
  });
}

const yesNo = (value: boolean): string => (value ? 'Ja' : 'Nej');

/**
 * `GET /api/register/export.xlsx` (audited): one row per assignment (a person without one: one
 * row); no party column, and no address of a person with a protected address (none is stored).
 */
export async function exportRegister(
  ctx: AppContext,
  caller: Caller,
): Promise<{ fileName: string; content: Buffer }> {
  authorizeOrThrow(caller, Action.RegisterExport, registerResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const everyone = await findAllPeople(tx, caller.organisationId);
    const contacts = await findAllContacts(tx, caller.organisationId);
    const assignments = await assignmentsByPerson(
      tx,
      caller.organisationId,
      everyone.map((person) => person.id),
    );
    const roleText = {
      member: 'Ledamot',
      substitute: 'Ersättare',
      chair: 'Ordförande',
      vice_chair: 'Vice ordförande',
    };
    const commissionerText = { full_time: 'Heltid', part_time: 'Deltid' };
    const rows: (string | number | null)[][] = [];
    for (const person of everyone) {
      const contact = contacts.get(person.id);
      const base = [
        person.name,
        person.birthYear,
        contact?.email ?? null,
        contact?.phone ?? null,
        contact && !contact.protectedAddress ? contact.address : null,
        yesNo(contact?.protectedAddress ?? false),
        yesNo(person.isStaff),
      ];
      const own = assignments.get(person.id) ?? [];
      if (own.length === 0) rows.push([...base, null, null, null, null, null]);
      for (const assignment of own)
        rows.push([
          ...base,
          assignment.body.name,
          roleText[assignment.role],
          assignment.termStart,
          assignment.termEnd,
          assignment.commissioner ? commissionerText[assignment.commissioner] : null,
        ]);
    }
    const content = await writeXlsx(
      'Register',
      [
        'Namn',
        'Födelseår',
        'E-post',
        'Telefon',
        'Adress',
        'Skyddad adress',
        'Tjänsteperson',
        'Organ',
        'Uppdrag',
        'Från',
        'Till',
        'KL 4:18 a',
      ],
      rows,
    );
    await audit(tx, caller, now, {
      action: AuditAction.RegisterExport,
      recordType: 'person',
      details: { people: everyone.length, rows: rows.length },
    });
    return { fileName: `register-${swedishDate(now)}.xlsx`, content };
  });
}
