import { describe, expect, it } from 'vitest';
import { Action, actions, can, Role, roles, type Actor, type Resource } from '@varn/domain';
import { resourceFor } from './resources';

const organisationId = 'organisation-1';
const ownUserId = 'user-me';
const subject = { organisationId, ownUserId };

// Written out by hand: the resource the server checks for the actions of each area (the code
// before the first dot), so that a mapping to the wrong resource fails here.
const typeByArea: Readonly<Record<string, Resource['type']>> = {
  organisation: 'organisation',
  party: 'party',
  user: 'user',
  audit: 'audit_log',
  outbox: 'outbox',
  profile: 'user',
  session: 'session',
  incident: 'incident',
  signal: 'signal',
  taxonomy: 'taxonomy',
  matter: 'matter',
  riskguide: 'matter',
  screening: 'screening',
  assessment: 'assessment',
  riskguide_template: 'riskguide_template',
  measure: 'organisation',
  meeting: 'meeting',
  venue: 'venue',
  body: 'body',
  meeting_template: 'meeting_template',
  threat_level: 'threat_level',
  calendar_feed: 'calendar_feed',
  register: 'person',
  training: 'training',
  guideline: 'guideline',
  contact_directory: 'contact_directory',
  situation: 'situation',
};

function actorWith(role: Role): Actor {
  return { userId: ownUserId, organisationId, role, partyId: null };
}

describe('resourceFor', () => {
  it.each(actions)('%s: the resource of its area, in the own organisation', (action) => {
    const resource = resourceFor(action, subject);
    expect(resource.type).toBe(typeByArea[action.slice(0, action.indexOf('.'))]);
    expect(resource.organisationId).toBe(organisationId);
  });

  // Whether one incident, signal or matter may be acted on is the server's answer, per record.
  it.each(actions)('%s: names no record but a user', (action) => {
    const { type: _type, organisationId: _organisation, ...names } = resourceFor(action, subject);
    expect(Object.keys(names).filter((key) => key !== 'userId')).toEqual([]);
  });

  it('names the user an admin page is about, or the user list', () => {
    expect(resourceFor(Action.UserUpdate, { ...subject, userId: 'user-2' })).toEqual({
      type: 'user',
      organisationId,
      userId: 'user-2',
    });
    expect(resourceFor(Action.UserList, subject)).toEqual({ type: 'user', organisationId });
  });

  it('asks about the own profile and sessions, whichever user a page is about', () => {
    const onAnotherUsersPage = { ...subject, userId: 'user-2' };
    expect(resourceFor(Action.ProfileUpdate, onAnotherUsersPage)).toEqual({
      type: 'user',
      organisationId,
      userId: ownUserId,
    });
    expect(resourceFor(Action.SessionManage, onAnotherUsersPage)).toEqual({
      type: 'session',
      organisationId,
      userId: ownUserId,
    });
  });
});

describe('what the client offers', () => {
  it.each(roles)('%s: their own profile and sessions', (role) => {
    for (const action of [Action.ProfileRead, Action.ProfileUpdate, Action.SessionManage])
      expect(can(actorWith(role), action, resourceFor(action, subject))).toBe(true);
  });

  it('an admin: deactivating another user, never themselves', () => {
    const admin = actorWith(Role.Admin);
    const deactivate = (userId: string) =>
      can(admin, Action.UserDeactivate, resourceFor(Action.UserDeactivate, { ...subject, userId }));
    expect(deactivate('user-2')).toBe(true);
    expect(deactivate(ownUserId)).toBe(false);
  });

  // The record rules (need-to-know) decide per incident or signal on the server; the client's
  // question is about the collection, so the role alone answers it.
  it.each<[Role, Action, boolean]>([
    [Role.PartyContact, Action.IncidentRead, true],
    [Role.Staff, Action.IncidentAddEvidence, true],
    [Role.Official, Action.SignalRead, true],
    [Role.Secretary, Action.IncidentRead, false],
    [Role.Viewer, Action.RiskguideSummary, true],
    [Role.Secretary, Action.AssessmentRead, false],
  ])('%s, %s → %s', (role, action, expected) => {
    expect(can(actorWith(role), action, resourceFor(action, subject))).toBe(expected);
  });
});
