/**
 * Roles of DOMAIN.md §2. The stable codes are stored in the database and sent over the API;
 * the Swedish and English names live in the message catalogues.
 */
export const Role = {
  /** Systemägare: configures organisation, users, parties, templates, retention. */
  Admin: 'admin',
  /** Säkerhetsenheten (säkerhetschef, handläggare): everything operational in its organisation. */
  SecurityOfficer: 'security_officer',
  /** Partiets säkerhetsansvarig: reports on behalf of members of their own party. */
  PartyContact: 'party_contact',
  /** Förtroendevald: reports, sees own incidents, own training. */
  Official: 'official',
  /** Tjänsteperson or valarbetare: reports and sees own incidents. */
  Staff: 'staff',
  /** Nämnd- eller fullmäktigesekreterare: Riskguide step 1 screening, meeting agendas. */
  Secretary: 'secretary',
  /** Ordförande, ledning: aggregated situational picture and statistics, no personal data. */
  Viewer: 'viewer',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

/** Every role, in the order the UI lists them. */
export const roles: readonly Role[] = Object.values(Role);

/** Narrows an untrusted string to a role. */
export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/**
 * Roles that may belong to a party. Party affiliation is special-category data (GDPR art. 9,
 * political opinion), so it is stored only where the role needs it: party contacts report for
 * their party's members, officials are elected for a party.
 */
export const partyRoles: readonly Role[] = [Role.PartyContact, Role.Official];

/** Whether a user with this role may (and should) carry a party affiliation. */
export function roleMayHaveParty(role: Role): boolean {
  return partyRoles.includes(role);
}

/**
 * Whether the role must carry a party: a party's security contact speaks for that party. An
 * elected official may be without a party (a "politisk vilde" who left their group).
 */
export function roleRequiresParty(role: Role): boolean {
  return role === Role.PartyContact;
}
