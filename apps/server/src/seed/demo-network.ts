import { createHash } from 'node:crypto';
import { asc, desc, eq } from 'drizzle-orm';
import { addCalendarDays, startOfSwedishDay, swedishDate } from '@varn/domain';
import type { Tx } from '../db/client';
import { parties, people, personPartyAffiliations } from '../db/schema';
import { upsertPartySecurityContacts } from '../modules/parties/party-contacts.repository';
import { insertOnCallShift, insertPoliceContact } from '../modules/directory/directory.repository';
import {
  insertGuidelineVersion,
  upsertEndorsement,
  upsertEndorsementFile,
} from '../modules/guidelines/guidelines.repository';

/**
 * The network of Exempelkommun (issue 11 "Done when"): the parties' security contacts appointed
 * from the register's people — one party without a contact, so the readiness gap shows — with
 * their last contacts with the unit, three police contact persons, the unit's on-call rota around
 * the start day, and the ethical guidelines of 2022 and their 2026 revision: every party endorsed
 * the first, six of nine the revision so far, each with its signed page. Runs inside `seedDemo`'s
 * transaction after the register's seed (it reads the people it made); deterministic from `now`.
 */

/** Days since each party's last contact with the unit, largest party first; one is stale (> 180). */
const lastContactDaysAgo = [9, 23, 41, 16, 64, 200, 33, 88];

/** The police contact persons of the demo. */
const demoPoliceContacts = [
  {
    name: 'Johan Lindqvist',
    unit: 'Lokalpolisområde Exempelkommun',
    role: 'Kontaktpolis för förtroendevalda',
    phone: '010-563 42 17',
    email: 'johan.lindqvist@polisen.se',
  },
  {
    name: 'Vakthavande befäl',
    unit: 'Polisregion Mitt',
    role: 'Polisens regionledningscentral (RLC)',
    phone: '114 14',
    email: null,
  },
  {
    name: 'Amira Haddad',
    unit: 'Regionalt underrättelsecenter, Polisregion Mitt',
    role: 'Underrättelsehandläggare, hot mot förtroendevalda',
    phone: '010-563 58 90',
    email: 'amira.haddad@polisen.se',
  },
] as const;

/** The unit's shared on-call number. */
const onCallPhone = '070-123 45 00';

const guidelines2022 = {
  title: 'Riktlinjer för ett respektfullt debattklimat',
  adoptedOn: '2022-06-20',
  textSv: [
    'Vi som är förtroendevalda i Exempelkommun företräder invånarna. Vi är oense om mycket, men vi är överens om att det demokratiska samtalet ska föras med respekt. De här riktlinjerna har antagits av kommunfullmäktige och alla partier i fullmäktige ställer sig bakom dem.',
    '1. Vi kritiserar förslag och beslut, inte personer. Vi hänger aldrig ut en meningsmotståndare, en tjänsteperson eller en invånare, varken i talarstolen, i media eller i sociala medier.',
    '2. Vi sprider inte uppgifter om var någon bor, om deras familj eller om annat privat, och vi delar inte inlägg som gör det.',
    '3. Vi tar avstånd från hot, hat och trakasserier, också när de riktas mot politiska motståndare. Den som utsätts ska få stöd, oavsett parti.',
    '4. Vi anmäler hot och trakasserier till kommunens säkerhetsenhet och till polisen. Vi uppmuntrar partikamrater att göra detsamma.',
    '5. Vi respekterar att tjänstepersoner bereder ärenden sakligt och opartiskt, och vi kritiserar inte enskilda tjänstepersoner offentligt.',
    '6. Varje parti utser en säkerhetsansvarig som håller kontakt med säkerhetsenheten.',
  ].join('\n\n'),
  textEn: [
    'We who are elected representatives in Exempelkommun represent its residents. We disagree on much, but we agree that the democratic conversation must be held with respect. These guidelines were adopted by the municipal council and every party in the council endorses them.',
    '1. We criticise proposals and decisions, not people. We never single out an opponent, a civil servant or a resident, whether from the rostrum, in the media or on social media.',
    '2. We do not spread where someone lives, details of their family or other private matters, and we do not share posts that do.',
    '3. We distance ourselves from threats, hate and harassment, also when they target political opponents. Whoever is targeted shall have support, whatever their party.',
    '4. We report threats and harassment to the municipality’s security unit and to the police. We encourage fellow party members to do the same.',
    '5. We respect that civil servants prepare matters objectively and impartially, and we do not publicly criticise individual civil servants.',
    '6. Each party appoints a security contact who keeps in touch with the security unit.',
  ].join('\n\n'),
};

const guidelines2026 = {
  title: 'Riktlinjer för ett respektfullt debattklimat – revidering 2026',
  textSv: [
    guidelines2022.textSv,
    '7. Inför och under valrörelsen tar vi ett särskilt ansvar: vi uppmanar inte till aktioner mot enskilda, och vi avbryter eller stör inte andra partiers möten och valstugor.',
    '8. Vi använder inte manipulerade bilder, fejkade citat eller AI-genererat material om andra förtroendevalda, och vi rättar oss själva när vi har spridit något felaktigt.',
    '9. Den som tar emot ett hot tar kontakt med säkerhetsenheten samma dag. Kommunen ansvarar enligt kommunallagen 4 kap. 18 a § för att förebygga hot och våld mot de förtroendevalda som omfattas.',
  ].join('\n\n'),
  textEn: [
    guidelines2022.textEn,
    '7. Before and during the election campaign we take particular responsibility: we do not call for actions against individuals, and we do not interrupt or disrupt other parties’ meetings and campaign huts.',
    '8. We do not use manipulated images, fake quotes or AI-generated material about other elected representatives, and we correct ourselves when we have spread something false.',
    '9. Whoever receives a threat contacts the security unit the same day. Under the Local Government Act, chapter 4 section 18 a, the municipality is responsible for preventing threats and violence against the elected representatives it covers.',
  ].join('\n\n'),
};

/** How many parties (largest first) have endorsed the 2026 revision. */
const endorsedRevision = 6;

/**
 * A small, valid one-page PDF saying who signed for which party: the demo's scanned signed page.
 * PDF text is Latin-1 in a literal string; characters outside it become "?".
 */
export function signedPagePdf(lines: readonly string[]): Buffer {
  const escape = (text: string) =>
    text.replace(/[^\u0020-\u00ff]/gu, '?').replace(/[\\()]/gu, (character) => `\\${character}`);
  const stream = [
    'BT /F1 12 Tf 72 770 Td 16 TL',
    ...lines.map((line) => `(${escape(line)}) Tj T*`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Seeds the network of the demo organisation; `officer` is the security officer on call. */
export async function seedDemoNetwork(
  tx: Tx,
  organisationId: string,
  users: { readonly officer: string },
  now: Date,
): Promise<void> {
  const today = swedishDate(now);
  const partyRows = await tx
    .select({
      id: parties.id,
      name: parties.name,
      abbreviation: parties.abbreviation,
      contactUserId: parties.securityContactUserId,
    })
    .from(parties)
    .where(eq(parties.organisationId, organisationId))
    // Largest first, as the party list: the smallest party is the one without a contact.
    .orderBy(desc(parties.councilSeats), asc(parties.name));
  // The register's people by party, read whole (no lookup by party, ADR 018).
  const members = await tx
    .select({
      id: people.id,
      name: people.name,
      userId: people.userId,
      partyId: personPartyAffiliations.partyId,
    })
    .from(people)
    .innerJoin(personPartyAffiliations, eq(personPartyAffiliations.personId, people.id))
    .where(eq(people.organisationId, organisationId))
    .orderBy(asc(people.name));
  const signers = new Map<string, string>();

  for (const [index, party] of partyRows.entries()) {
    // The party's contact account (the demo's "Per Partikontakt") is its appointed contact.
    const own = members
      .filter((member) => member.partyId === party.id)
      .sort(
        (a, b) =>
          Number(b.userId !== null && b.userId === party.contactUserId) -
          Number(a.userId !== null && a.userId === party.contactUserId),
      );
    const [contact, deputy] = own;
    if (index === partyRows.length - 1 || contact === undefined) continue;
    signers.set(party.id, contact.name);
    const daysAgo = lastContactDaysAgo[index % lastContactDaysAgo.length] ?? 30;
    await upsertPartySecurityContacts(tx, {
      partyId: party.id,
      organisationId,
      contactPersonId: contact.id,
      deputyPersonId: deputy?.id ?? null,
      appointedOn: addCalendarDays(today, -400 - index * 37),
      lastContactAt: new Date(
        startOfSwedishDay(addCalendarDays(today, -daysAgo)).getTime() + (10 + index) * 3_600_000,
      ),
      createdAt: now,
      updatedAt: now,
    });
  }

  for (const [position, contact] of demoPoliceContacts.entries())
    await insertPoliceContact(tx, { organisationId, ...contact, position, createdAt: now, updatedAt: now });

  // Week-long shifts from Monday 08:00, two weeks back to four ahead.
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addCalendarDays(today, -weekday);
  for (let week = -2; week <= 4; week += 1) {
    const startsAt = new Date(startOfSwedishDay(addCalendarDays(monday, week * 7)).getTime() + 8 * 3_600_000);
    const endsAt = new Date(
      startOfSwedishDay(addCalendarDays(monday, week * 7 + 7)).getTime() + 8 * 3_600_000,
    );
    await insertOnCallShift(tx, {
      organisationId,
      userId: users.officer,
      startsAt,
      endsAt:
        endsAt.getTime() - startsAt.getTime() > 7 * 86_400_000
          ? new Date(startsAt.getTime() + 7 * 86_400_000)
          : endsAt,
      phone: onCallPhone,
      createdAt: now,
      updatedAt: now,
    });
  }

  const first = await insertGuidelineVersion(tx, {
    organisationId,
    version: 1,
    ...guidelines2022,
    createdByUserId: users.officer,
    createdAt: now,
    updatedAt: now,
  });
  const revisionAdopted = addCalendarDays(today, -47);
  const revision = await insertGuidelineVersion(tx, {
    organisationId,
    version: 2,
    ...guidelines2026,
    adoptedOn: revisionAdopted,
    createdByUserId: users.officer,
    createdAt: now,
    updatedAt: now,
  });

  const endorse = async (
    version: { id: string; version: number; title: string },
    party: { id: string; name: string },
    signedOn: string,
  ) => {
    const signedBy = signers.get(party.id) ?? `Gruppledaren för ${party.name}`;
    const endorsementId = await upsertEndorsement(tx, {
      organisationId,
      partyId: party.id,
      versionId: version.id,
      signedBy,
      signedOn,
      recordedByUserId: users.officer,
      createdAt: now,
      updatedAt: now,
    });
    const content = signedPagePdf([
      `${version.title} (version ${version.version})`,
      '',
      `${party.name} ställer sig bakom riktlinjerna.`,
      '',
      `Datum: ${signedOn}`,
      `Underskrift: ${signedBy}`,
    ]);
    await upsertEndorsementFile(tx, {
      endorsementId,
      organisationId,
      fileName: `riktlinjer-v${version.version}-${party.name.toLowerCase().replace(/\s+/gu, '-')}.pdf`,
      contentType: 'application/pdf',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploadedByUserId: users.officer,
      uploadedAt: now,
    });
  };
  for (const [index, party] of partyRows.entries()) {
    await endorse(first, party, addCalendarDays('2022-06-27', index * 6));
    if (index < endorsedRevision)
      await endorse(revision, party, addCalendarDays(revisionAdopted, Math.min(5 + index * 6, 40)));
  }
}
