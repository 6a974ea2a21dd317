import {
  addCalendarDays,
  firstSecondSundayElectionYear,
  generalElectionDate,
  startOfSwedishDay,
  swedishDate,
  type SituationLevel,
} from '@varn/domain';
import type { Tx } from '../db/client';
import { insertAssessment } from '../modules/situation/situation.repository';

/**
 * The demo's lägesbild (issue 12): the unit's assessments through the last election year (the
 * national threat level's history is the meetings seed's) — normal in spring, elevated as the campaign starts, high in the
 * last weeks, down again after — so the page and the report tell that year's story.
 */

/** The last general election day on or before `today`. */
function lastElection(today: string): string {
  for (let year = Number(today.slice(0, 4)); year >= firstSecondSundayElectionYear; year -= 1) {
    const date = generalElectionDate(year);
    if (date !== null && date <= today) return date;
  }
  return `${firstSecondSundayElectionYear}-09-14`;
}

const assessments: readonly { days: number; level: SituationLevel; text: string; fromNow?: boolean }[] = [
  {
    days: -200,
    level: 'normal',
    text: 'Normalläge. Enstaka hot och trakasserier i sociala medier efter skolbesluten, alla hanterade och polisanmälda där det gått. Utbildningen inför valet pågår.',
  },
  {
    days: -75,
    level: 'elevated',
    text: 'Förhöjt läge. Valrörelsen har börjat: fler hot mot förtroendevalda i sociala medier, två valstugor vandaliserade och affischer rivna. Vi följer upp varje ärende inom ett dygn och har tät kontakt med partiernas säkerhetsansvariga och polisen.',
  },
  {
    days: -14,
    level: 'high',
    text: 'Högt läge. De sista veckorna före valet har hoten ökat kraftigt, flera från organiserade miljöer. Förstärkt bevakning vid valstugor och valdebatter, larm till utsatta kandidater, extra personal i vallokalerna på valdagen.',
  },
  {
    days: 30,
    level: 'elevated',
    text: 'Förhöjt läge. Efter valet har antalet nya ärenden gått ned men ligger fortfarande över förra årets nivå. Uppföljning av de utsatta pågår.',
  },
  {
    days: -12,
    fromNow: true,
    level: 'elevated',
    text: 'Förhöjt läge. Antalet ärenden har fortsatt att minska sedan valet men ligger över förra året. Budgetbeslutet i december och nedläggningen av Norrby skola väcker starka reaktioner; sammanträdet den 15 december säkras med entrékontroll. Andelen polisanmälda hot ska upp: varje hot anmäls.',
  },
];

/** Seeds the unit's assessments up to `now`. */
export async function seedDemoSituation(
  tx: Tx,
  organisationId: string,
  officerUserId: string,
  now: Date,
): Promise<void> {
  const today = swedishDate(now);
  const election = lastElection(today);
  for (const assessment of assessments) {
    const day = assessment.fromNow
      ? addCalendarDays(today, assessment.days)
      : addCalendarDays(election, assessment.days);
    if (day > today) continue;
    await insertAssessment(tx, {
      organisationId,
      level: assessment.level,
      text: assessment.text,
      assessedByUserId: officerUserId,
      assessedAt: new Date(startOfSwedishDay(day).getTime() + 9 * 3_600_000),
    });
  }
}
