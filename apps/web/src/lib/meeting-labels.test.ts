import { describe, expect, it } from 'vitest';
import type { MeetingRiskReasonView, ReadinessWarningView } from '@varn/contracts';
import type { MessageKey, MessageParams } from './i18n/i18n';
import { svMeetings } from './i18n/meetings.sv';
import { enMeetings } from './i18n/meetings.en';
import { readinessWarningText, riskReasonText } from './meeting-labels';

const translator =
  (messages: Readonly<Record<string, string>>) =>
  (key: MessageKey, params?: MessageParams): string =>
    (messages[key] ?? key).replace(/\{(\w+)\}/gu, (match, name: string) => String(params?.[name] ?? match));
const sv = translator(svMeetings);
const en = translator(enMeetings);

const matterId = '00000000-0000-4000-8000-000000000001';

describe('a meeting risk reason in words', () => {
  it.each<[MeetingRiskReasonView, string]>([
    [
      {
        kind: 'agenda_item',
        level: 'high',
        matterId,
        title: 'Detaljplan Norra hamnen',
        source: 'assessment',
      },
      'Ärendet ”Detaljplan Norra hamnen” har risknivå hög enligt bedömningen.',
    ],
    [
      { kind: 'agenda_item', level: 'moderate', matterId, title: 'Budget', source: 'screening' },
      'Ärendet ”Budget” har risknivå måttlig enligt screeningen.',
    ],
    [{ kind: 'threat_picture', level: 'low' }, 'Säkerhetsenhetens hotbild anger risknivå låg.'],
    [
      { kind: 'recent_incidents', level: 'high', count: 3, lookbackDays: 30, incidentIds: null },
      '3 händelser kopplade till mötets ärenden eller organ de senaste 30 dagarna ger risknivå hög.',
    ],
    [
      { kind: 'recent_incidents', level: 'moderate', count: 1, lookbackDays: 14, incidentIds: null },
      '1 händelse kopplad till mötets ärenden eller organ de senaste 14 dagarna ger risknivå måttlig.',
    ],
    [
      { kind: 'agenda_items_not_assessed', level: null, count: 2, matterIds: [matterId, matterId] },
      '2 ärenden på dagordningen är varken screenade eller bedömda.',
    ],
    [
      { kind: 'agenda_items_not_assessed', level: null, count: 1, matterIds: [matterId] },
      '1 ärende på dagordningen är varken screenat eller bedömt.',
    ],
  ])('%j in Swedish', (reason, text) => expect(riskReasonText(reason, sv, 'sv')).toBe(text));

  it('says the level in English too', () => {
    expect(riskReasonText({ kind: 'threat_picture', level: 'high' }, en, 'en')).toBe(
      "The security unit's threat picture says risk level high.",
    );
  });
});

describe('a readiness warning in words', () => {
  it.each<[ReadinessWarningView, string]>([
    [{ code: 'high_risk_without_plan' }, 'Hög risk, men ingen säkerhetsplan är påbörjad.'],
    [
      { code: 'plan_not_approved', planStatus: 'draft', since: '2026-12-07T23:00:00.000Z', daysBefore: 2 },
      'Säkerhetsplanen är inte godkänd. Den ska vara godkänd 2 dagar före mötet.',
    ],
    [
      { code: 'plan_not_approved', planStatus: null, since: '2026-12-09T23:00:00.000Z', daysBefore: 0 },
      'Säkerhetsplanen är inte godkänd, och mötet är i dag.',
    ],
    [
      { code: 'untrained_key_person', person: { role: 'chair', name: 'Anna Berg', userId: null } },
      'Anna Berg, mötets ordförande, har inte gått säkerhetsutbildningen.',
    ],
  ])('%j', (warning, text) => expect(readinessWarningText(warning, sv)).toBe(text));
});
