-- The schema guards what the application's rules already guarantee, so that a row written behind
-- the application's back (a script, a manual fix, a bug) cannot hold what no page could ever have
-- written. Each constraint is one the rules keep for every valid use; none adds a rule. The open
-- seat per organisation and table and the e-mail look-up of seats need expressions, so they follow
-- per database in V30_1.

-- Enums are stored by name (@Enumerated(STRING)): only the names of the enum's constants.
-- objective.kind is already checked by objective_kind_ck (V10).
alter table district add constraint district_legal_form_ck check (legal_form in (
    'CONVENZIONE', 'CONSORZIO', 'UNIONE_DI_COMUNI', 'AZIENDA_SPECIALE', 'AZIENDA_SERVIZI_PERSONA',
    'SOCIETA_DELLA_SALUTE', 'DELEGA_ASL', 'COMUNE_SINGOLO', 'ALTRO'));
alter table district_membership add constraint district_membership_role_ck
    check (role in ('VIEWER', 'EDITOR', 'ADMIN'));
alter table role_invitation add constraint role_invitation_role_ck
    check (role in ('VIEWER', 'EDITOR', 'ADMIN'));
alter table role_invitation add constraint role_invitation_status_ck
    check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'));
alter table audit_entry add constraint audit_entry_action_ck
    check (action in ('CREATED', 'UPDATED', 'DELETED'));
alter table organization add constraint organization_type_ck check (type in (
    'MUNICIPALITY', 'CONSORTIUM', 'UNION_OF_MUNICIPALITIES', 'HEALTH_AUTHORITY', 'PROVINCE', 'REGION',
    'SOCIAL_COOPERATIVE', 'VOLUNTEER_ORGANIZATION', 'ASSOCIATION', 'FOUNDATION', 'RELIGIOUS_BODY', 'SCHOOL',
    'TRADE_UNION', 'SERVICE_PROVIDER', 'OTHER'));
alter table organization add constraint organization_runts_section_ck check (runts_section in (
    'VOLUNTEER_ORGANIZATIONS', 'SOCIAL_PROMOTION_ASSOCIATIONS', 'PHILANTHROPIC_BODIES', 'SOCIAL_ENTERPRISES',
    'ASSOCIATIVE_NETWORKS', 'MUTUAL_AID_SOCIETIES', 'OTHER_THIRD_SECTOR_BODIES'));
alter table governing_body add constraint governing_body_type_ck check (type in (
    'INSTITUTIONAL_BOARD', 'MAYORS_CONFERENCE', 'BOARD', 'ASSEMBLY', 'OTHER'));
alter table governing_body_member add constraint governing_body_member_role_ck check (role in (
    'PRESIDENT', 'VICE_PRESIDENT', 'DIRECTOR', 'SECRETARY', 'MEMBER'));
alter table office_hours add constraint office_hours_day_ck check (day_of_week in (
    'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'));
alter table plan add constraint plan_stage_ck check (stage in (
    'LAUNCH', 'TABLES', 'DRAFTING', 'APPROVAL', 'AGREEMENT', 'IMPLEMENTATION', 'MONITORING', 'EVALUATION',
    'CLOSED'));
-- from_stage is null on the entry that opens a plan's history (a null passes a check).
alter table plan_transition add constraint plan_transition_from_ck check (from_stage in (
    'LAUNCH', 'TABLES', 'DRAFTING', 'APPROVAL', 'AGREEMENT', 'IMPLEMENTATION', 'MONITORING', 'EVALUATION',
    'CLOSED'));
alter table plan_transition add constraint plan_transition_to_ck check (to_stage in (
    'LAUNCH', 'TABLES', 'DRAFTING', 'APPROVAL', 'AGREEMENT', 'IMPLEMENTATION', 'MONITORING', 'EVALUATION',
    'CLOSED'));
alter table official_document add constraint official_document_kind_ck check (kind in ('FULL', 'SUMMARY'));
alter table official_document add constraint official_document_stage_ck check (plan_stage in (
    'LAUNCH', 'TABLES', 'DRAFTING', 'APPROVAL', 'AGREEMENT', 'IMPLEMENTATION', 'MONITORING', 'EVALUATION',
    'CLOSED'));
alter table plan_section add constraint plan_section_kind_ck check (kind in (
    'CONTEXT', 'PREVIOUS_RESULTS', 'SERVICE_INTEGRATION', 'PUBLIC_COLLABORATION', 'HEALTH_CONCERTATION',
    'INFORMATION_SYSTEM', 'FREE'));
alter table need add constraint need_heard_at_ck check (heard_at in (
    'DATA', 'THEMATIC_TABLE', 'SERVICE', 'CONSULTATION', 'OTHER'));
alter table need add constraint need_priority_ck check (priority in ('HIGH', 'MEDIUM', 'LOW'));
alter table intervention add constraint intervention_type_ck check (type in (
    'SERVICE', 'PROJECT', 'VOUCHER', 'SYSTEM_ACTION'));
alter table intervention add constraint intervention_status_ck check (status in (
    'PLANNED', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'CANCELLED'));
alter table staffing add constraint staffing_role_ck check (role in (
    'SOCIAL_WORKER', 'EDUCATOR', 'PSYCHOLOGIST', 'SOCIOLOGIST', 'CARE_WORKER', 'CULTURAL_MEDIATOR',
    'ADMINISTRATIVE', 'COORDINATOR', 'OTHER'));
alter table cofunding_rule add constraint cofunding_rule_method_ck check (method in (
    'POPULATION', 'PER_CAPITA', 'AGREED'));
alter table thematic_table add constraint thematic_table_kind_ck check (kind in ('PERMANENT', 'TEMPORARY'));
alter table table_member add constraint table_member_end_reason_ck check (end_reason in ('REPLACED', 'WITHDRAWN'));
alter table outbox_message add constraint outbox_message_status_ck check (status in (
    'PENDING', 'SENT', 'FAILED', 'HELD'));
alter table call_for_nominations add constraint call_for_nominations_status_ck check (status in (
    'DRAFT', 'OPEN', 'CLOSED'));
alter table nomination add constraint nomination_status_ck check (status in (
    'SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'SUPERSEDED'));
alter table meeting add constraint meeting_status_ck check (status in (
    'SCHEDULED', 'HELD', 'CANCELLED', 'POSTPONED'));
alter table meeting_attendance add constraint meeting_attendance_status_ck check (status in (
    'PRESENT', 'ABSENT', 'EXCUSED'));
alter table meeting_attendance add constraint meeting_attendance_attendee_ck check (attendee in (
    'REPRESENTATIVE', 'SUBSTITUTE'));
alter table meeting_minutes add constraint meeting_minutes_status_ck check (status in (
    'DRAFT', 'CIRCULATED', 'APPROVED'));
alter table meeting_minutes_attendance add constraint meeting_minutes_attendance_mark_ck check (mark in (
    'REPRESENTATIVE', 'SUBSTITUTE', 'ABSENT', 'EXCUSED'));
alter table proposal add constraint proposal_outcome_ck check (outcome in (
    'OPEN', 'ADOPTED_AS_OBJECTIVE', 'ADOPTED_AS_INTERVENTION', 'ACCEPTED', 'MERGED', 'NOT_ACCEPTED'));
alter table proposal_past_answer add constraint proposal_past_answer_outcome_ck check (outcome in (
    'OPEN', 'ADOPTED_AS_OBJECTIVE', 'ADOPTED_AS_INTERVENTION', 'ACCEPTED', 'MERGED', 'NOT_ACCEPTED'));
alter table progress_note add constraint progress_note_status_ck check (status in (
    'ON_TRACK', 'DELAYED', 'AT_RISK', 'SUSPENDED', 'COMPLETED'));
-- Written by SignInThrottle's own SQL: SignInThrottle.ACCOUNT and SignInThrottle.ADDRESS.
alter table sign_in_throttle add constraint sign_in_throttle_scope_ck check (scope in ('account', 'address'));

-- Times and dates in order, as the entities check them. A meeting is one stretch of one day (its
-- end after its start, Meeting.checkTimes), and so was every time it had before a move.
alter table meeting add constraint meeting_times_ck check (end_time > start_time);
alter table meeting_move add constraint meeting_move_times_ck check (previous_end > previous_start);
-- A seat ends on the day it is replaced or withdrawn, never before it began (a seat begins today or
-- on a past day), and it ends with a reason, always both together (TableMember.end).
alter table table_member add constraint table_member_dates_ck check (left_on is null or left_on >= joined_on);
alter table table_member add constraint table_member_ended_ck check (
    (left_on is null and end_reason is null) or (left_on is not null and end_reason is not null));
alter table governing_body_member add constraint governing_body_member_dates_ck
    check (end_date is null or end_date >= start_date);
alter table office_closure add constraint office_closure_days_ck check (last_day >= first_day);
-- A slot may run past midnight (closes before it opens), but is never empty (OpeningHours.Slot).
alter table office_hours add constraint office_hours_slot_ck check (closes_at <> opens_at);
-- A call is reopened only to a later deadline (CallForNominations.reopen).
alter table call_reopening add constraint call_reopening_deadline_ck check (new_deadline > previous_deadline);
-- Someone present came as the representative or the substitute; an absence names nobody (AttendanceMark).
alter table meeting_attendance add constraint meeting_attendance_mark_ck check (
    (status = 'PRESENT' and attendee is not null) or (status <> 'PRESENT' and attendee is null));

-- Amounts and counts that cannot be negative.
-- A per-capita rule has a positive quota; the other methods have none (Cofunding.check, CofundingRule.apply).
-- "is not null" is spelled out: a null quota would make "> 0" unknown, which a check lets pass.
alter table cofunding_rule add constraint cofunding_rule_quota_ck check (
    (method = 'PER_CAPITA' and per_capita_quota is not null and per_capita_quota > 0)
    or (method <> 'PER_CAPITA' and per_capita_quota is null));
alter table outbox_message add constraint outbox_message_attempts_ck check (attempts >= 0);
alter table call_invitation add constraint call_invitation_reminders_ck check (reminders >= 0);
alter table meeting add constraint meeting_sequence_ck check (sequence_no >= 0);
alter table sign_in_throttle add constraint sign_in_throttle_failures_ck check (failures >= 0);
-- ISTAT populations are read as unsigned whole numbers (IstatCsv).
alter table municipality add constraint municipality_population_ck check (population >= 0);
alter table municipality_population add constraint municipality_population_figure_ck check (population >= 0);

-- A seat taken from a nomination names it (TableMembership.seat): it was the one reference of the
-- schema without its foreign key. Nominations are never deleted, so no ON DELETE action is needed.
alter table table_member add constraint table_member_nomination_fk
    foreign key (nomination_id) references nomination (id);

-- Indexes for the reads that filter on a column no index leads with (V29 covered the public pages):
-- the staff of a District, and the look-ups from a row to what uses it, run before a person, an
-- organisation, an area, a need, an objective, a target group or an intervention is deleted or shown.
-- At national scale each was a scan of a table of every District.
create index district_membership_district_idx on district_membership (district_id); -- Accounts.findMembersOf
create index person_organization_idx on person (organization_id);
create index governing_body_member_person_idx on governing_body_member (person_id);
create index need_area_idx on need (area_id);
create index objective_area_idx on objective (area_id);
create index objective_parent_idx on objective (parent_id);
create index objective_need_need_idx on objective_need (need_id); -- Objectives.findAnswering
create index intervention_target_group_idx on intervention (target_group_id);
create index intervention_lead_organization_idx on intervention (lead_organization_id); -- findInvolving
create index staffing_intervention_idx on staffing (intervention_id);
create index staffing_organization_idx on staffing (organization_id);
create index facility_intervention_idx on facility (intervention_id);
create index facility_organization_idx on facility (organization_id);
create index thematic_table_liaison_idx on thematic_table (liaison_id);
create index thematic_table_area_area_idx on thematic_table_area (area_id); -- ThematicTables.findByArea
create index heard_need_area_idx on heard_need (area_id);
create index heard_need_organization_idx on heard_need (organization_id);
create index proposal_area_idx on proposal (area_id);
