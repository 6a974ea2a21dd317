import type { BilingualText } from '../shared/bilingual';

/**
 * Groupings compatible with Brå's Politikernas trygghetsundersökning (PTU), so that a
 * municipality's figures can be set beside the national survey and shared regionally (issue 12
 * §1–2). PTU asks about kinds of exposure (threats, harassment, violence, vandalism or theft,
 * attempts at unlawful influence), how the perpetrator reached the person, and who the
 * perpetrator was. Värn's lists are finer and an admin may add codes: each code maps to one PTU
 * group, and a code not listed here (an admin's own) goes to "other".
 */

/** PTU's kinds of exposure. */
export const PtuExposure = {
  Violence: 'violence',
  Threat: 'threat',
  Property: 'property',
  UnlawfulInfluence: 'unlawful_influence',
  Harassment: 'harassment',
  Other: 'other',
} as const;
export type PtuExposure = (typeof PtuExposure)[keyof typeof PtuExposure];

/** Most serious first: an incident of several categories counts once, in its most serious group. */
export const ptuExposures: readonly PtuExposure[] = Object.values(PtuExposure);

export const ptuExposureText: Readonly<Record<PtuExposure, BilingualText>> = {
  violence: { sv: 'Våld eller försök till våld', en: 'Violence or attempted violence' },
  threat: { sv: 'Hot', en: 'Threats' },
  property: { sv: 'Skadegörelse eller stöld', en: 'Vandalism or theft' },
  unlawful_influence: { sv: 'Försök till otillbörlig påverkan', en: 'Attempted unlawful influence' },
  harassment: { sv: 'Trakasserier och kränkningar', en: 'Harassment and abuse' },
  other: { sv: 'Övrigt', en: 'Other' },
};

const exposureOfCategory: Readonly<Record<string, PtuExposure>> = {
  violence: PtuExposure.Violence,
  threat: PtuExposure.Threat,
  vandalism: PtuExposure.Property,
  theft: PtuExposure.Property,
  unlawful_influence: PtuExposure.UnlawfulInfluence,
  harassment: PtuExposure.Harassment,
  insult: PtuExposure.Harassment,
  sexual_harassment: PtuExposure.Harassment,
  hate_crime: PtuExposure.Harassment,
  stalking: PtuExposure.Harassment,
  doxxing: PtuExposure.Harassment,
  pressure_campaign: PtuExposure.Harassment,
  meeting_disturbance: PtuExposure.Harassment,
  disinformation: PtuExposure.Harassment,
};

/** The PTU group of an incident's categories: the most serious of theirs; "other" for none known. */
export function ptuExposureOf(categories: readonly string[]): PtuExposure {
  const groups = new Set(categories.map((category) => exposureOfCategory[category] ?? PtuExposure.Other));
  return ptuExposures.find((group) => groups.has(group)) ?? PtuExposure.Other;
}

/** PTU's ways the perpetrator reached the person. */
export const PtuChannel = {
  SocialMedia: 'social_media',
  Email: 'email',
  Phone: 'phone',
  Letter: 'letter',
  InPerson: 'in_person',
  Other: 'other',
} as const;
export type PtuChannel = (typeof PtuChannel)[keyof typeof PtuChannel];
export const ptuChannels: readonly PtuChannel[] = Object.values(PtuChannel);

export const ptuChannelText: Readonly<Record<PtuChannel, BilingualText>> = {
  social_media: {
    sv: 'Sociala medier och andra digitala kanaler',
    en: 'Social media and other digital channels',
  },
  email: { sv: 'E-post', en: 'E-mail' },
  phone: { sv: 'Telefon eller sms', en: 'Phone or text message' },
  letter: { sv: 'Brev eller paket', en: 'Letter or parcel' },
  in_person: {
    sv: 'Personligen (möte, allmän plats, hemmet)',
    en: 'In person (meeting, public place, home)',
  },
  other: { sv: 'Annat eller okänt', en: 'Other or unknown' },
};

const channelGroup: Readonly<Record<string, PtuChannel>> = {
  social_public: PtuChannel.SocialMedia,
  social_direct: PtuChannel.SocialMedia,
  other_digital: PtuChannel.SocialMedia,
  email: PtuChannel.Email,
  phone_sms: PtuChannel.Phone,
  letter: PtuChannel.Letter,
  in_person_meeting: PtuChannel.InPerson,
  in_person_public: PtuChannel.InPerson,
  at_home: PtuChannel.InPerson,
};

/** The PTU group of a channel code; "other" for none, unknown or an admin's own code. */
export function ptuChannelOf(channel: string | null): PtuChannel {
  return (channel === null ? undefined : channelGroup[channel]) ?? PtuChannel.Other;
}

/** PTU's kinds of perpetrator. */
export const PtuPerpetrator = {
  Individual: 'individual',
  Organised: 'organised',
  Political: 'political',
  Unknown: 'unknown',
} as const;
export type PtuPerpetrator = (typeof PtuPerpetrator)[keyof typeof PtuPerpetrator];
export const ptuPerpetrators: readonly PtuPerpetrator[] = Object.values(PtuPerpetrator);

export const ptuPerpetratorText: Readonly<Record<PtuPerpetrator, BilingualText>> = {
  individual: { sv: 'Enskild person', en: 'Individual' },
  organised: {
    sv: 'Organiserad grupp (extremistmiljö, kriminellt nätverk, främmande makt)',
    en: 'Organised group (extremist milieu, criminal network, foreign power)',
  },
  political: { sv: 'Annan politiker eller partikamrat', en: 'Another politician or party member' },
  unknown: { sv: 'Okänd', en: 'Unknown' },
};

const perpetratorGroup: Readonly<Record<string, PtuPerpetrator>> = {
  citizen: PtuPerpetrator.Individual,
  fixated: PtuPerpetrator.Individual,
  decision_party: PtuPerpetrator.Individual,
  extremist_right: PtuPerpetrator.Organised,
  extremist_left: PtuPerpetrator.Organised,
  extremist_religious: PtuPerpetrator.Organised,
  extremist_single_issue: PtuPerpetrator.Organised,
  criminal_network: PtuPerpetrator.Organised,
  foreign_power: PtuPerpetrator.Organised,
  group: PtuPerpetrator.Organised,
  politician: PtuPerpetrator.Political,
  party_member: PtuPerpetrator.Political,
};

/** The PTU group of a perpetrator type; "unknown" for none, unknown or an admin's own code. */
export function ptuPerpetratorOf(perpetratorType: string | null): PtuPerpetrator {
  return (perpetratorType === null ? undefined : perpetratorGroup[perpetratorType]) ?? PtuPerpetrator.Unknown;
}

/**
 * The PTU mappings as SQL can use them (code → group), so that the database groups without
 * sending rows out: the server builds CASE expressions from these.
 */
export const ptuMappings = {
  exposure: { map: exposureOfCategory, order: ptuExposures, fallback: PtuExposure.Other },
  channel: { map: channelGroup, order: ptuChannels, fallback: PtuChannel.Other },
  perpetrator: { map: perpetratorGroup, order: ptuPerpetrators, fallback: PtuPerpetrator.Unknown },
} as const;
