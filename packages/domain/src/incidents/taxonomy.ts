/**
 * The lists a reporter chooses from (DOMAIN.md §3): categories, channels and perpetrator types.
 * They are data: every organisation starts with these entries and its admin may add more. The
 * codes are stable; the labels are the defaults in Swedish and English.
 */

/** The three lists. */
export const TaxonomyKind = {
  Category: 'category',
  Channel: 'channel',
  PerpetratorType: 'perpetrator_type',
} as const;
export type TaxonomyKind = (typeof TaxonomyKind)[keyof typeof TaxonomyKind];
export const taxonomyKinds: readonly TaxonomyKind[] = Object.values(TaxonomyKind);

/** One entry of a list. */
export interface TaxonomyEntry {
  readonly kind: TaxonomyKind;
  readonly code: string;
  readonly sv: string;
  readonly en: string;
}

/** A code an admin may give a new entry: lower-case letters, digits and underscores. */
export function isTaxonomyCode(code: string): boolean {
  return /^[a-z][a-z0-9_]{1,39}$/u.test(code);
}

const entries = (kind: TaxonomyKind, rows: readonly (readonly [string, string, string])[]): TaxonomyEntry[] =>
  rows.map(([code, sv, en]) => ({ kind, code, sv, en }));

/** Categories of DOMAIN.md §3, in the order the report form shows them. */
export const defaultCategories = entries(TaxonomyKind.Category, [
  ['threat', 'Hot (även dödshot)', 'Threat (incl. death threat)'],
  ['harassment', 'Trakasserier eller ofredande', 'Harassment or molestation'],
  ['insult', 'Förolämpning eller förtal', 'Insult or defamation'],
  [
    'sexual_harassment',
    'Sexuella trakasserier eller sexistiska angrepp',
    'Sexual harassment or sexist attack',
  ],
  ['hate_crime', 'Hatbrott eller hets mot folkgrupp', 'Hate crime or agitation'],
  ['stalking', 'Förföljelse eller besök i hemmet', 'Stalking or visit at home'],
  [
    'doxxing',
    'Kartläggning eller spridning av personuppgifter',
    'Mapping or publishing personal data (doxxing)',
  ],
  ['unlawful_influence', 'Otillbörlig påverkan eller mutförsök', 'Unlawful influence or bribery attempt'],
  ['pressure_campaign', 'Påtryckningskampanj eller massutskick', 'Pressure campaign or mass messaging'],
  ['meeting_disturbance', 'Störning vid sammanträde eller möte', 'Disturbance at a meeting'],
  [
    'vandalism',
    'Skadegörelse (hem, bil, valstuga, affischer)',
    'Vandalism (home, car, campaign hut, posters)',
  ],
  ['theft', 'Stöld', 'Theft'],
  ['violence', 'Våld', 'Violence'],
  ['disinformation', 'Desinformation eller påverkansoperation', 'Disinformation or influence operation'],
  [
    'reconnaissance',
    'Riskobservation eller misstänkt rekognosering',
    'Risk observation or suspected reconnaissance',
  ],
  ['other', 'Annat', 'Other'],
]);

/** Channels of DOMAIN.md §3. */
export const defaultChannels = entries(TaxonomyKind.Channel, [
  ['social_public', 'Sociala medier, öppet inlägg', 'Social media, public post'],
  ['social_direct', 'Sociala medier, direktmeddelande', 'Social media, direct message'],
  ['email', 'E-post', 'E-mail'],
  ['phone_sms', 'Telefon eller sms', 'Phone or text message'],
  ['letter', 'Brev eller paket', 'Letter or parcel'],
  ['in_person_meeting', 'Personligen vid ett möte', 'In person at a meeting'],
  [
    'in_person_public',
    'Personligen på allmän plats eller i valrörelsen',
    'In person in a public place or campaign',
  ],
  ['at_home', 'I hemmet', 'At home'],
  ['via_relatives', 'Via anhöriga', 'Via relatives'],
  ['via_media', 'Via medier', 'Via media'],
  ['other_digital', 'Annan digital kanal', 'Other digital channel'],
  ['unknown', 'Okänt', 'Unknown'],
]);

/** Perpetrator types of DOMAIN.md §3. */
export const defaultPerpetratorTypes = entries(TaxonomyKind.PerpetratorType, [
  ['unknown', 'Okänd eller anonym', 'Unknown or anonymous'],
  ['citizen', 'Upprörd enskild medborgare', 'Upset individual citizen'],
  ['fixated', 'Fixerad person eller rättshaverist', 'Fixated person or querulant'],
  ['decision_party', 'Part i ett beslut', 'Party to a decision'],
  ['extremist_right', 'Organiserad extremistmiljö, höger', 'Organised extremist milieu, right'],
  ['extremist_left', 'Organiserad extremistmiljö, vänster', 'Organised extremist milieu, left'],
  ['extremist_religious', 'Organiserad extremistmiljö, religiös', 'Organised extremist milieu, religious'],
  [
    'extremist_single_issue',
    'Organiserad extremistmiljö, enfrågerörelse',
    'Organised extremist milieu, single issue',
  ],
  ['criminal_network', 'Kriminellt nätverk', 'Criminal network'],
  ['politician', 'Annan politiker', 'Another politician'],
  ['party_member', 'Partikamrat', 'Fellow party member'],
  ['foreign_power', 'Misstänkt främmande makt', 'Suspected foreign power'],
  ['group', 'Grupp eller flera', 'Group or several'],
]);

/** Every default entry, for seeding a new organisation. */
export const defaultTaxonomy: readonly TaxonomyEntry[] = [
  ...defaultCategories,
  ...defaultChannels,
  ...defaultPerpetratorTypes,
];

/**
 * Categories for which a police report is recommended (DOMAIN.md §1: "every threat is reported
 * to the police"): threats and the acts that are crimes in themselves.
 */
export const policeReportCategories: readonly string[] = [
  'threat',
  'harassment',
  'sexual_harassment',
  'hate_crime',
  'stalking',
  'unlawful_influence',
  'vandalism',
  'theft',
  'violence',
];

/** Whether a police report is recommended for an incident with these categories. */
export function policeReportRecommended(categories: readonly string[]): boolean {
  return categories.some((category) => policeReportCategories.includes(category));
}
