/**
 * The statements that fill one organisation of the national dataset (see national-dataset.ts), in
 * order, each INSERT … SELECT over generate_series or over rows of that organisation written by an
 * earlier statement. Every statement takes the organisation's index as `$1` and reads the rest from
 * `bench.organisations` and `bench.settings`. Values come from `bench.rnd(k, salt)` (k: the row's
 * number) or `bench.rndu(id, salt)`; ids from `bench.id(kind, org, n)` or `bench.uuid` of a parent id.
 */

/** The organisation (`o`) and the settings (`s`) every statement starts from. */
const from = `bench.organisations o cross join bench.settings s`;
const org = `o.idx = $1`;
/** Rows of this organisation in a table aliased `t`. */
const ofOrg = (alias: string) =>
  `${alias}.organisation_id = (select id from bench.organisations where idx = $1)`;
/** A local date in Sweden. */
const swedish = (instant: string) => `((${instant}) at time zone 'Europe/Stockholm')`;
const user = (role: string, n: string) => `bench.id('user:${role}', o.idx, (${n})::bigint)`;
const oneHourAgo = `s.now - interval '1 hour'`;
/** A number with at least four digits, like the app's case numbers ("2026-0042", "2026-12345"). */
const padded = (n: string) => `lpad((${n})::text, greatest(4, length((${n})::text)), '0')`;
/** A date of the election period: 90 days before a general election to a week after (2nd Sunday of September). */
const elections = `array['2018-09-09', '2022-09-11', '2026-09-13']::date[]`;

export interface FillStep {
  readonly name: string;
  readonly sql: string;
}

export const fillOrganisationSteps: readonly FillStep[] = [
  {
    name: 'organisation',
    sql: `
      insert into organisations (id, name, municipality_code, is_demo, security_unit_phone, security_unit_email,
        mfa_required_roles, session_idle_minutes, session_absolute_hours, police_reminder_days, created_at, updated_at)
      select o.id, o.name, o.code, false, '010-100 00 00', 'sakerhet@' || o.domain, d.mfa_required_roles,
        d.session_idle_minutes, d.session_absolute_hours, d.police_reminder_days, s.now - interval '10 years', s.now
      from ${from} join organisations d on d.id = s.demo_organisation_id
      where ${org}`,
  },
  {
    name: 'taxonomy',
    sql: `
      insert into incident_taxonomy (organisation_id, kind, code, label_sv, label_en, active, sort_order, created_at, updated_at)
      select o.id, t.kind, t.code, t.label_sv, t.label_en, t.active, t.sort_order, s.now, s.now
      from ${from} join incident_taxonomy t on t.organisation_id = s.demo_organisation_id
      where ${org}`,
  },
  {
    name: 'riskguide template',
    sql: `
      insert into riskguide_templates (id, organisation_id, version, content, created_by_user_id, created_at)
      select bench.id('template', o.idx, t.version), o.id, t.version, t.content, null, s.now - interval '10 years'
      from ${from} join riskguide_templates t on t.organisation_id = s.demo_organisation_id
      where ${org}`,
  },
  {
    name: 'parties',
    sql: `
      insert into parties (id, organisation_id, name, abbreviation, council_seats, colour, created_at, updated_at)
      select bench.id('party', o.idx, p.n), o.id, p.name, p.abbreviation, p.council_seats, p.colour, s.now, s.now
      from ${from} cross join bench.parties p
      where ${org}`,
  },
  {
    // One admin, secretary and viewer; security officers, officials and staff by the organisation's
    // size; one security contact per party. Names are drawn from common Swedish ones.
    name: 'users',
    sql: `
      insert into users (id, organisation_id, email, name, role, language, status, password_hash, created_at, updated_at)
      select ${user("' || r.role || '", 'n')}, o.id, r.prefix || n || '@' || o.domain,
        (array['Anna','Erik','Maria','Lars','Karin','Anders','Eva','Johan','Sara','Per','Lena','Mikael','Elin',
          'Peter','Ida','Jonas','Emma','Fredrik','Sofia','Ali'])[1 + (n * 7 + o.idx) % 20] || ' ' ||
        (array['Andersson','Johansson','Karlsson','Nilsson','Eriksson','Larsson','Olsson','Persson','Svensson',
          'Gustafsson','Pettersson','Jonsson','Jansson','Hansson','Bengtsson','Lindberg','Jakobsson','Magnusson',
          'Lindström','Hassan'])[1 + (n / 20 + o.idx * 3) % 20],
        r.role, 'sv', 'active', s.password_hash, s.now - interval '10 years', s.now
      from ${from}
      cross join lateral (values ('admin', 'admin', 1), ('security_officer', 'sakerhet', o.officers),
        ('party_contact', 'parti', s.parties), ('official', 'politiker', o.officials), ('staff', 'personal', o.staff),
        ('secretary', 'sekreterare', 1), ('viewer', 'ledning', 1)) r(role, prefix, count)
      cross join lateral generate_series(0, r.count - 1) n
      where ${org}`,
  },
  {
    // Officials belong to the parties in turn; each party's contact to their party.
    name: 'party memberships',
    sql: `
      insert into party_memberships (user_id, organisation_id, party_id, created_at, updated_at)
      select ${user('official', 'n')}, o.id, bench.id('party', o.idx, n % s.parties), s.now, s.now
      from ${from} cross join lateral generate_series(0, o.officials - 1) n
      where ${org}
      union all
      select ${user('party_contact', 'n')}, o.id, bench.id('party', o.idx, n), s.now, s.now
      from ${from} cross join lateral generate_series(0, s.parties - 1) n
      where ${org}`,
  },
  {
    name: 'party contacts',
    sql: `
      update parties p set security_contact_user_id = ${user('party_contact', 'n')}
      from ${from} cross join lateral generate_series(0, s.parties - 1) n
      where ${org} and p.id = bench.id('party', o.idx, n)`,
  },
  {
    // Reported over ten years, more in recent years (density rising linearly to twice the mean);
    // the status follows the age like the demo's (older than 45 days: nearly all closed, a few
    // dormant or still followed up); handled cases have a handler, triage, first contact and, from
    // measures on, an assessment; the timeline marks the handling times read.
    name: 'incidents',
    sql: `
      insert into incidents (id, organisation_id, reference, reported_by_user_id, reported_at, description, ongoing,
        occurred_from, target_kind, target_user_id, target_name, target_role, target_party_id, party_contact_consent,
        categories, channel, perpetrator_type, police_contacted, consequences, severity, status, handler_user_id,
        unlawful_influence, sexual_or_sexist, election_period, serious_work_incident, work_environment_reported_at,
        work_environment_reported_by_user_id, kia_reference, triaged_at, first_contact_at, assessed_at, closed_at,
        closing_summary, notified_at, created_at, updated_at)
      with drawn as (
        select o.idx, o.id as organisation_id, o.officers, o.officials, o.staff, s.now, s.parties, k,
          sc.description, sc.categories, sc.channel, sc.perpetrator_type, sc.target_role, sc.severity,
          sc.consequences, sc.reporter_role, cs.text as summary,
          s.now - make_interval(secs => 7200 + 315360000 * (1 - sqrt(bench.rnd(k, 2)))) as reported_at,
          bench.rnd(k, 3) as r_status, floor(bench.rnd(k, 4) * o.officers)::int as handler_n,
          bench.rnd(k, 5) as r_reporter, bench.rnd(k, 6) as r_a, bench.rnd(k, 7) as r_b, bench.rnd(k, 8) as r_c,
          bench.rnd(k, 9) as r_d, bench.rnd(k, 10) as r_e
        from ${from}
        cross join lateral generate_series(0, o.incidents - 1) g(n)
        cross join lateral (select o.idx * 10000000::bigint + g.n as k) kk
        join bench.scenarios sc on sc.idx = floor(bench.rnd(k, 1) * s.scenarios)::int
        join bench.closing_summaries cs on cs.idx = floor(bench.rnd(k, 11) * s.closing_summaries)::int
        where ${org}
      ), aged as (
        select d.*, extract(epoch from d.now - d.reported_at) / 86400 as age,
          case d.reporter_role
            when 'staff' then floor(d.r_reporter * d.staff)::int
            when 'party_contact' then floor(d.r_reporter * d.parties)::int
            else floor(d.r_reporter * d.officials)::int end as reporter_n
        from drawn d
      ), statused as (
        select a.*,
          case when a.age < 3 then 'new'
            when a.age < 14 then (array['triaged', 'assessing', 'measures'])[1 + floor(a.r_status * 3)::int]
            when a.age < 45 then (array['measures', 'follow_up', 'closed', 'assessing'])[1 + floor(a.r_status * 4)::int]
            when a.r_status < 0.965 then 'closed'
            when a.r_status < 0.99 then 'dormant'
            when a.r_status < 0.996 then 'follow_up'
            else 'reopened' end as status,
          case a.reporter_role
            when 'staff' then bench.id('user:staff', a.idx, a.reporter_n)
            when 'party_contact' then bench.id('user:party_contact', a.idx, a.reporter_n)
            else bench.id('user:official', a.idx, a.reporter_n) end as reporter_id,
          a.reporter_role <> 'party_contact' as self
        from aged a
      ), timed as (
        select t.*, t.status <> 'new' as handled,
          bench.id('user:security_officer', t.idx, t.handler_n) as handler_id,
          case when t.status <> 'new' then least(t.reported_at + (2 + t.r_a * 30) * interval '1 hour', t.now - interval '1 hour') end as triaged_at,
          case when t.status <> 'new' then least(t.reported_at + (1 + t.r_b * 48) * interval '1 hour', t.now - interval '1 hour') end as first_contact_at,
          case when t.status in ('measures', 'follow_up', 'closed', 'dormant', 'reopened')
            then least(t.reported_at + (1 + t.r_c * 9) * interval '1 day', t.now - interval '1 hour') end as assessed_at,
          case when t.status = 'closed'
            then least(t.reported_at + (10 + t.r_d * 40) * interval '1 day', t.now - interval '1 hour') end as closed_at,
          extract(year from ${swedish('t.reported_at')})::int as year
        from statused t
      )
      select bench.id('incident', t.idx, t.k), t.organisation_id,
        t.year || '-' || ${padded('row_number() over (partition by t.year order by t.reported_at, t.k)')},
        t.reporter_id, t.reported_at, t.description, t.severity = 'acute' and t.r_e < 0.5,
        t.reported_at - (1 + t.r_e * 20) * interval '1 hour',
        case when t.self then 'self' when t.target_role = 'party_organisation' then 'other' else 'party_member' end,
        case when t.self then t.reporter_id end,
        case when t.self then null when t.target_role = 'party_organisation' then 'Partiavdelningen' else 'Ledamot i partiet' end,
        t.target_role,
        case when t.target_role = 'party_organisation' or t.reporter_role = 'staff' then null
          when t.reporter_role = 'party_contact' then bench.id('party', t.idx, t.reporter_n)
          else bench.id('party', t.idx, t.reporter_n % t.parties) end,
        t.target_role <> 'party_organisation' and t.reporter_role <> 'staff'
          and t.r_b < (case when t.self then 0.3 else 0.6 end),
        t.categories, t.channel, t.perpetrator_type, t.severity = 'acute' or t.r_c < 0.3, t.consequences,
        case when t.handled or t.severity in ('acute', 'high') then t.severity end,
        t.status, case when t.handled then t.handler_id end,
        'unlawful_influence' = any(t.categories), 'sexual_harassment' = any(t.categories),
        exists (select 1 from unnest(${elections}) e
          where t.reported_at >= e - 90 and t.reported_at < e + 8),
        t.reporter_role = 'staff' and t.severity <> 'low',
        case when t.reporter_role = 'staff' and t.severity <> 'low' and t.handled and t.r_d < 0.97
          then t.reported_at + interval '4 hours' end,
        case when t.reporter_role = 'staff' and t.severity <> 'low' and t.handled and t.r_d < 0.97 then t.handler_id end,
        case when t.reporter_role = 'staff' and t.handled then 'KIA-' || t.k end,
        t.triaged_at, t.first_contact_at, t.assessed_at, t.closed_at,
        case when t.closed_at is not null then t.summary end,
        t.reported_at, t.reported_at, coalesce(t.closed_at, t.assessed_at, t.triaged_at, t.reported_at)
      from timed t`,
  },
  {
    name: 'incident counters',
    sql: `
      insert into incident_counters (organisation_id, year, last_number)
      select i.organisation_id, split_part(i.reference, '-', 1)::int, max(split_part(i.reference, '-', 2)::int)
      from incidents i where ${ofOrg('i')}
      group by 1, 2`,
  },
  {
    name: 'timeline',
    sql: `
      insert into incident_events (id, organisation_id, incident_id, at, actor_user_id, kind, text, details, created_at)
      select bench.uuid(i.id::text || ':e' || e.seq), i.organisation_id, i.id, e.at, e.actor, e.kind, e.text, e.details, e.at
      from incidents i
      cross join lateral (values
        (1, i.reported_at, i.reported_by_user_id, 'reported', null::text, jsonb_build_object('ongoing', i.ongoing)),
        (2, i.triaged_at, i.handler_user_id, 'status_change', null,
          '{"from": "new", "to": "triaged", "event": "triage"}'::jsonb),
        (3, i.first_contact_at, i.handler_user_id, 'contact',
          'Ringde upp den utsatta, gick igenom vad som hänt och vilket stöd som finns.', '{}'::jsonb),
        (4, i.assessed_at, i.handler_user_id, 'decision', 'Bedömning klar: åtgärder enligt plan.', '{}'::jsonb),
        (5, i.closed_at, i.handler_user_id, 'status_change', i.closing_summary,
          '{"from": "follow_up", "to": "closed", "event": "close"}'::jsonb)
      ) e(seq, at, actor, kind, text, details)
      where ${ofOrg('i')} and e.at is not null`,
  },
  {
    // One or two measures per case from assessment on; open cases keep some open, and those past
    // their due date are the overdue measures of the queue and the inbox.
    name: 'incident measures',
    sql: `
      insert into measures (id, organisation_id, subject_type, subject_id, type, description, owner_user_id, due_date,
        status, created_by_user_id, completed_at, created_at, updated_at)
      select bench.uuid(i.id::text || ':m' || m.n), i.organisation_id, 'incident', i.id, p.type, p.description,
        i.handler_user_id, ${swedish(`i.reported_at + (5 + bench.rndu(i.id, 22 + m.n) * 30) * interval '1 day'`)}::date,
        x.status, i.handler_user_id,
        case when x.status = 'done'
          then least(x.created_at + (1 + bench.rndu(i.id, 26 + m.n) * 20) * interval '1 day', ${oneHourAgo}) end,
        x.created_at, x.created_at
      from incidents i
      cross join bench.settings s
      cross join lateral generate_series(1, 1 + floor(bench.rndu(i.id, 20) * 2)::int) m(n)
      cross join lateral (select
        case when i.status = 'closed' then 'done'
          else (array['planned', 'in_progress', 'done'])[1 + floor(bench.rndu(i.id, 24 + m.n) * 3)::int] end as status,
        least(i.reported_at + interval '2 days', ${oneHourAgo}) as created_at) x
      join bench.measure_plans p on p.idx = floor(bench.rndu(i.id, 21 + m.n) * s.measure_plans)::int
      where ${ofOrg('i')} and i.status in ('assessing', 'measures', 'follow_up', 'closed', 'dormant', 'reopened')`,
  },
  {
    // Most handled threats, violence and stalking are reported to the police. Recent reports are
    // reported or under investigation; older ones mostly concluded, one in ten never updated.
    name: 'police reports',
    sql: `
      insert into police_reports (id, organisation_id, incident_id, report_number, reported_on, elected_role_stated,
        protection_requested, investigator_contact, status, status_changed_at, created_at, updated_at)
      select bench.uuid(i.id::text || ':p'), i.organisation_id, i.id,
        '5000-K' || (100000 + floor(bench.rndu(i.id, 31) * 899999))::int || '-' || to_char(x.reported_on, 'YY'),
        x.reported_on, true, bench.rndu(i.id, 32) < 0.7,
        'Polisregionen, utredare via kontaktpersonen för förtroendevalda', x.status,
        case when x.status = 'reported' then x.filed_at
          else greatest(x.filed_at, least(s.now - interval '2 days',
            i.reported_at + (20 + bench.rndu(i.id, 34) * 40) * interval '1 day')) end,
        x.filed_at, x.filed_at
      from incidents i
      cross join bench.settings s
      cross join lateral (select ${swedish(`least(i.reported_at + interval '1 day', s.now)`)}::date as reported_on) d
      cross join lateral (select d.reported_on,
        least(d.reported_on::timestamp at time zone 'Europe/Stockholm' + interval '10 hours', i.reported_at + interval '1 day') as filed_at,
        case when s.now - i.reported_at < interval '90 days'
          then (array['reported', 'under_investigation'])[1 + floor(bench.rndu(i.id, 33) * 2)::int]
          when bench.rndu(i.id, 33) < 0.1 then 'reported'
          else (array['closed', 'prosecuted', 'judgment', 'closed'])[1 + floor(bench.rndu(i.id, 35) * 4)::int] end
          as status) x
      where ${ofOrg('i')} and i.status <> 'new' and i.categories && array['threat', 'violence', 'stalking']
        and bench.rndu(i.id, 30) < 0.85`,
  },
  {
    name: 'police report history',
    sql: `
      insert into police_report_history (id, organisation_id, police_report_id, status, at, note, actor_user_id)
      select bench.uuid(p.id::text || ':h' || h.seq), p.organisation_id, p.id, h.status, h.at, h.note, i.handler_user_id
      from police_reports p
      join incidents i on i.id = p.incident_id
      cross join lateral (values
        (1, 'reported', p.created_at, 'Anmälan gjord tillsammans med den utsatta.'),
        (2, p.status, p.status_changed_at, null)) h(seq, status, at, note)
      where ${ofOrg('p')} and (h.seq = 1 or p.status <> 'reported')`,
  },
  {
    // "Något är på gång": one signal per forty incidents; recent ones partly still new.
    name: 'signals',
    sql: `
      insert into signals (id, organisation_id, created_by_user_id, text, urgency, status, handled_by_user_id,
        handled_at, notified_at, created_at, updated_at)
      select bench.id('signal', o.idx, n), o.id,
        case when n % 2 = 0 then ${user('party_contact', 'n % s.parties')} else ${user('official', 'n % o.officials')} end,
        t.text, t.urgency, x.status,
        case when x.status <> 'new' then ${user('security_officer', 'n % o.officers')} end,
        case when x.status <> 'new' then x.created_at + interval '3 hours' end,
        x.created_at, x.created_at, x.created_at
      from ${from}
      cross join lateral generate_series(0, greatest(3, o.incidents / 40) - 1) n
      cross join lateral (select o.idx * 10000000::bigint + n as k) kk
      cross join lateral (select
        s.now - make_interval(secs => 3600 + 315360000 * (1 - sqrt(bench.rnd(k, 50)))) as created_at) c
      cross join lateral (select c.created_at,
        case when s.now - c.created_at < interval '10 days' and bench.rnd(k, 51) < 0.5 then 'new'
          when bench.rnd(k, 51) < 0.8 then 'acknowledged' else 'dismissed' end as status) x
      join bench.signal_texts t on t.idx = floor(bench.rnd(k, 52) * s.signal_texts)::int
      where ${org}`,
  },
  {
    // Matters created evenly over ten years, decided 20–80 days later (the latest ones are coming).
    name: 'matters',
    sql: `
      insert into matters (id, organisation_id, title, diary_number, body, decision_date, description,
        created_by_user_id, created_at, updated_at)
      select bench.id('matter', o.idx, n), o.id, t.title,
        'KS ' || extract(year from ${swedish('c.created_at')}) || '/' || ${padded('n')}, t.body,
        ${swedish(`c.created_at + (20 + bench.rnd(o.idx * 10000000::bigint + n, 60) * 60) * interval '1 day'`)}::date,
        t.description, ${user('secretary', '0')}, c.created_at, c.created_at
      from ${from}
      cross join lateral generate_series(0, o.matters - 1) n
      cross join lateral (select bench.spread(s.now, n, o.matters) as created_at) c
      join bench.matter_texts t on t.idx = n % s.matter_texts
      where ${org}`,
  },
  {
    // One screening per agenda of ten matters, a day after the last of them was created.
    name: 'screenings',
    sql: `
      insert into screenings (id, organisation_id, title, template_id, screened_by_user_id, screened_at, created_at)
      select bench.id('screening', o.idx, j), o.id, 'Dagordning ' || to_char(${swedish('c.at')}, 'YYYY-MM-DD'),
        bench.id('template', o.idx, 1), ${user('secretary', '0')}, c.at, c.at
      from ${from}
      cross join lateral generate_series(0, (o.matters - 1) / 10) j
      cross join lateral (select least(bench.spread(s.now, least(j * 10 + 9, o.matters - 1), o.matters)
        + interval '1 day', ${oneHourAgo}) as at) c
      where ${org}`,
  },
  {
    // Nine matters in ten screened: low 55 %, moderate 30 %, high 15 %; moderate and high go on.
    name: 'screening rows',
    sql: `
      insert into screening_rows (id, organisation_id, screening_id, matter_id, position, level, reason, prompts, queued_at)
      select bench.id('screening_row', o.idx, n), o.id, bench.id('screening', o.idx, n / 10), bench.id('matter', o.idx, n),
        n % 10, x.level, p.reason, p.prompts, case when x.level <> 'low' then sc.screened_at end
      from ${from}
      cross join lateral generate_series(0, o.matters - 1) n
      cross join lateral (select o.idx * 10000000::bigint + n as k) kk
      cross join lateral (select case when bench.rnd(k, 41) < 0.55 then 'low' when bench.rnd(k, 41) < 0.85 then 'moderate'
        else 'high' end as level) x
      join screenings sc on sc.id = bench.id('screening', o.idx, n / 10)
      join bench.screening_samples p on p.idx = floor(bench.rnd(k, 42) * s.screening_samples)::int
      where ${org} and bench.rnd(k, 40) < 0.9`,
  },
  {
    // Matters sent on to step 2: 85 % finished (a copy of one of the demo's finished assessments:
    // answers, result, cell), one in ten of those reassessed a year later; recent ones partly in
    // draft. The measures chosen in the copied assessment become tracked measures of the matter.
    name: 'assessments and their measures',
    sql: `
      with planned as (
        select o.idx, o.id as organisation_id, s.now, r.matter_id, m.title, m.diary_number, m.body, m.decision_date,
          k, seq, a.*, sample.id as sample_id, sample.finished_at as sample_finished_at,
          sample.participants, sample.step2_answers, sample.step3_answers, sample.result, sample.risk_level,
          sample.conflict_level, sample.complexity_level, sample.matrix_cell
        from ${from}
        join screening_rows r on r.organisation_id = o.id and r.queued_at is not null
        join matters m on m.id = r.matter_id
        cross join lateral (select hashtextextended(r.matter_id::text, 0) as k) kk
        cross join lateral generate_series(1, 2) seq
        cross join lateral (select
          r.queued_at + (2 + bench.rnd(k, 43) * 10) * interval '1 day' + (seq - 1) * interval '365 days' as created_at,
          case when bench.rnd(k, 45) < 0.85 then 'finished' else 'draft' end as status) c
        cross join lateral (select c.created_at, c.status,
          least(c.created_at + (2 + bench.rnd(k, 46 + seq) * 200) * interval '1 hour', s.now - interval '1 hour') as finished_at) a
        join bench.assessment_samples sample on sample.idx = floor(bench.rnd(k, 44 + seq) * s.assessment_samples)::int
        where ${org} and a.created_at < s.now - interval '1 day'
          and (seq = 1 or (a.status = 'finished' and bench.rnd(k, 49) < 0.1))
          and (a.status = 'finished' or (seq = 1 and s.now - r.queued_at < interval '60 days'))
      ), assessment_rows as (
        insert into assessments (id, organisation_id, matter_id, template_id, template_version, status, revision,
          participants, step2_answers, step3_answers, result, risk_level, conflict_level, complexity_level, matrix_cell,
          matter_snapshot, created_by_user_id, finished_by_user_id, finished_at, created_at, updated_at)
        select bench.uuid(p.matter_id::text || ':a' || p.seq), p.organisation_id, p.matter_id,
          bench.id('template', p.idx, 1), 1, p.status, 3, p.participants, p.step2_answers, p.step3_answers,
          case when p.status = 'finished' then p.result end,
          case when p.status = 'finished' then p.risk_level end,
          case when p.status = 'finished' then p.conflict_level end,
          case when p.status = 'finished' then p.complexity_level end,
          case when p.status = 'finished' then p.matrix_cell end,
          case when p.status = 'finished' then jsonb_build_object('title', p.title, 'diaryNumber', p.diary_number,
            'body', p.body, 'decisionDate', p.decision_date) end,
          bench.id('user:security_officer', p.idx, 0),
          case when p.status = 'finished' then bench.id('user:security_officer', p.idx, 0) end,
          case when p.status = 'finished' then p.finished_at end,
          p.created_at, case when p.status = 'finished' then p.finished_at else p.created_at end
        from planned p
      ), chosen as (
        select p.*, am.library_measure_id, dm.type, dm.description,
          bench.uuid(p.matter_id::text || ':a' || p.seq || ':' || am.library_measure_id) as measure_id,
          ${swedish('p.finished_at')}::date + (dm.due_date - ${swedish('p.sample_finished_at')}::date) as due_date
        from planned p
        join assessment_measures am on am.assessment_id = p.sample_id
        join measures dm on dm.id = am.measure_id
        where p.status = 'finished'
      ), measure_rows as (
        insert into measures (id, organisation_id, subject_type, subject_id, type, description, owner_user_id, due_date,
          status, created_by_user_id, completed_at, created_at, updated_at)
        select c.measure_id, c.organisation_id, 'matter', c.matter_id, c.type, c.description,
          bench.id('user:security_officer', c.idx, 0), c.due_date,
          case when c.due_date < ${swedish('c.now')}::date - 14 or bench.rndu(c.measure_id, 1) < 0.3 then 'done'
            else 'planned' end,
          bench.id('user:security_officer', c.idx, 0),
          case when c.due_date < ${swedish('c.now')}::date - 14 or bench.rndu(c.measure_id, 1) < 0.3
            then least(c.finished_at + interval '7 days', c.now - interval '1 hour') end,
          c.finished_at, c.finished_at
        from chosen c
      )
      insert into assessment_measures (organisation_id, assessment_id, library_measure_id, measure_id, created_at)
      select c.organisation_id, bench.uuid(c.matter_id::text || ':a' || c.seq), c.library_measure_id, c.measure_id,
        c.finished_at
      from chosen c`,
  },
  {
    name: 'done',
    sql: `update bench.organisations set filled = true where idx = $1`,
  },
];
