package it.zona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.zona.participation.meetings.AttendanceForm;
import it.zona.participation.meetings.AttendanceMark;
import it.zona.participation.meetings.AttendanceRegister;
import it.zona.participation.meetings.MeetingForm;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.meetings.MoveForm;
import it.zona.participation.minutes.MinutesForm;
import it.zona.participation.minutes.MinutesRegistry;
import it.zona.participation.tables.MemberForm;
import it.zona.participation.tables.TableForm;
import it.zona.participation.tables.TableKind;
import it.zona.participation.tables.TableMemberView;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.TestCalendar;
import it.zona.support.ZonaIntegrationTest;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database refuses, by itself, rows that the application's rules never write (V30, V30_1): each
 * test builds valid rows through the services, then writes an invalid value with plain SQL, as a
 * script or a manual fix would, and expects the named constraint to refuse it. Tables the scene does
 * not fill are tried on any of their rows (the demo, loaded in every test run, has some) or with an
 * INSERT. Every attempt runs in a transaction that is rolled back, so a missing guard fails the test
 * without leaving a bad row behind.
 */
@ZonaIntegrationTest
class SchemaGuardsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 10, 5, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures content;

    @Autowired
    TableRegistry tables;

    @Autowired
    TableMembership membership;

    @Autowired
    MeetingRegistry meetings;

    @Autowired
    AttendanceRegister register;

    @Autowired
    MinutesRegistry minutes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** A plan around today with a table, one organisation seated there, a held and a moved meeting. */
    private record Scene(
            TestDistrict district,
            long planId,
            long areaId,
            long organizationId,
            long tableId,
            long seatId,
            LocalDate seatedSince,
            long heldMeetingId,
            long movedMeetingId,
            long minutesId) {}

    private Scene scene() {
        TestDistrict district = fixtures.district();
        LocalDate today = TestCalendar.today();
        int year = today.getYear();
        long planId = fixtures.plan(district, year - 1, year + 1);
        long organizationId = fixtures.organization(district, "Ente " + Fixtures.unique());
        LocalDate since = LocalDate.of(year - 1, 1, 1);
        return editor(district, () -> {
            long areaId = tables.areas(planId).get(0).id();
            long tableId = tables.create(
                            planId,
                            new TableForm(
                                    "Tavolo " + Fixtures.unique(),
                                    TableKind.PERMANENT,
                                    null,
                                    List.of(areaId),
                                    null,
                                    null))
                    .id();
            TableMemberView seat = membership.seatSince(tableId, member(organizationId), since);
            MeetingView held = meetings.schedule(
                    tableId, meeting("Incontro tenuto", today.minusDays(7), LocalTime.of(17, 0), LocalTime.of(19, 0)));
            register.recordAttendance(
                    held.id(),
                    new AttendanceForm(
                            List.of(new AttendanceForm.Line(organizationId, AttendanceMark.REPRESENTATIVE)),
                            List.of()));
            long minutesId = minutes.draft(held.id(), new MinutesForm("Verbale dell'incontro", List.of(), null))
                    .id();
            MeetingView planned = meetings.schedule(
                    tableId,
                    meeting("Incontro spostato", today.plusDays(10), LocalTime.of(9, 30), LocalTime.of(11, 0)));
            meetings.move(
                    planned.id(),
                    new MoveForm(today.plusDays(17), LocalTime.of(10, 0), LocalTime.of(12, 0), null),
                    planned.version());
            return new Scene(
                    district,
                    planId,
                    areaId,
                    organizationId,
                    tableId,
                    seat.id(),
                    since,
                    held.id(),
                    planned.id(),
                    minutesId);
        });
    }

    @Test
    void statusesKindsAndOutcomesTakeOnlyTheNamesOfTheirEnums() {
        Scene scene = scene();
        long needId = content.need(scene.district(), scene.planId(), scene.areaId(), "Bisogno " + Fixtures.unique());
        long objectiveId =
                content.objective(scene.district(), scene.planId(), scene.areaId(), "Obiettivo " + Fixtures.unique());
        int year = TestCalendar.today().getYear();
        long interventionId =
                content.intervention(scene.district(), scene.planId(), objectiveId, "Servizio", year, year);
        long districtId = scene.district().id();

        refused("district_legal_form_ck", "update district set legal_form = 'BOGUS' where id = ?", districtId);
        refused(
                "district_membership_role_ck",
                "update district_membership set role = 'OWNER' where district_id = ?",
                districtId);
        refused("role_invitation_role_ck", invitation("OWNER", "PENDING"), districtId);
        refused("role_invitation_status_ck", invitation("VIEWER", "LOST"), districtId);
        refused(
                "audit_entry_action_ck",
                "insert into audit_entry (id, occurred_at, actor, district_id, entity_type, entity_id, action,"
                        + " chain_hash) values (-1, ?, 'someone', ?, 'District', '1', 'READ', 'x')",
                NOW,
                districtId);
        refused(
                "organization_type_ck",
                "update organization set type = 'COMPANY' where id = ?",
                scene.organizationId());
        refused(
                "organization_runts_section_ck",
                "update organization set runts_section = 'NONE' where id = ?",
                scene.organizationId());
        refused(
                "governing_body_type_ck",
                "update governing_body set type = 'COUNCIL' where id = (select min(id) from governing_body)");
        refused(
                "governing_body_member_role_ck",
                "update governing_body_member set role = 'KING' where governing_body_id ="
                        + " (select min(governing_body_id) from governing_body_member)");
        refused(
                "office_hours_day_ck",
                "update office_hours set day_of_week = 'FUNDAY' where office_id = (select min(office_id) from office_hours)");
        refused("plan_stage_ck", "update plan set stage = 'DREAM' where id = ?", scene.planId());
        refused(
                "plan_transition_from_ck",
                "update plan_transition set from_stage = 'DREAM' where plan_id = ?",
                scene.planId());
        refused(
                "plan_transition_to_ck",
                "update plan_transition set to_stage = 'DREAM' where plan_id = ?",
                scene.planId());
        refused("official_document_kind_ck", document("EXCERPT", "LAUNCH"), scene.planId(), districtId, new byte[0]);
        refused("official_document_stage_ck", document("FULL", "DREAM"), scene.planId(), districtId, new byte[0]);
        refused("plan_section_kind_ck", "update plan_section set kind = 'APPENDIX' where plan_id = ?", scene.planId());
        refused("need_heard_at_ck", "update need set heard_at = 'RUMOUR' where id = ?", needId);
        refused("need_priority_ck", "update need set priority = 'URGENT' where id = ?", needId);
        refused("intervention_type_ck", "update intervention set type = 'GIFT' where id = ?", interventionId);
        refused("intervention_status_ck", "update intervention set status = 'DREAMT' where id = ?", interventionId);
        refused("staffing_role_ck", "update staffing set role = 'WIZARD' where id = (select min(id) from staffing)");
        refused(
                "cofunding_rule_method_ck",
                "update cofunding_rule set method = 'LOTTERY' where plan_id = (select min(plan_id) from cofunding_rule)");
        refused("thematic_table_kind_ck", "update thematic_table set kind = 'ETERNAL' where id = ?", scene.tableId());
        refused(
                "table_member_end_reason_ck",
                "update table_member set left_on = ?, end_reason = 'VANISHED' where id = ?",
                TestCalendar.today(),
                scene.seatId());
        refused(
                "outbox_message_status_ck",
                "update outbox_message set status = 'LOST' where id = (select min(id) from outbox_message)");
        refused(
                "call_for_nominations_status_ck",
                "update call_for_nominations set status = 'PAUSED' where id = (select min(id) from call_for_nominations)");
        refused(
                "nomination_status_ck",
                "update nomination set status = 'PONDERED' where id = (select min(id) from nomination)");
        refused("meeting_status_ck", "update meeting set status = 'MAYBE' where id = ?", scene.heldMeetingId());
        refused(
                "meeting_attendance_status_ck",
                "update meeting_attendance set status = 'LATE', attendee = null where meeting_id = ?",
                scene.heldMeetingId());
        refused(
                "meeting_attendance_attendee_ck",
                "update meeting_attendance set attendee = 'GHOST' where meeting_id = ?",
                scene.heldMeetingId());
        refused(
                "meeting_minutes_status_ck",
                "update meeting_minutes set status = 'LOST' where id = ?",
                scene.minutesId());
        refused(
                "meeting_minutes_attendance_mark_ck",
                "insert into meeting_minutes_attendance (minutes_id, position, organization, mark)"
                        + " values (?, 99, 'Ente', 'LATE')",
                scene.minutesId());
        refused(
                "proposal_outcome_ck",
                "update proposal set outcome = 'IGNORED' where id = (select min(id) from proposal)");
        refused(
                "proposal_past_answer_outcome_ck",
                "insert into proposal_past_answer (proposal_id, position, outcome, answered_at, reopened_on,"
                        + " reopen_reason) values ((select min(id) from proposal), 99, 'IGNORED', ?, ?, 'Prova')",
                NOW,
                TestCalendar.today());
        refused(
                "progress_note_status_ck",
                "update progress_note set status = 'FLYING' where id = (select min(id) from progress_note)");
        refused(
                "sign_in_throttle_scope_ck",
                "insert into sign_in_throttle (scope, throttle_key, failures, last_attempt_at, blocked_until)"
                        + " values ('device', 'x', 0, 0, 0)");

        // Someone present came as representative or substitute; an absence names nobody.
        refused(
                "meeting_attendance_mark_ck",
                "update meeting_attendance set attendee = null where meeting_id = ?",
                scene.heldMeetingId());
        refused(
                "meeting_attendance_mark_ck",
                "update meeting_attendance set status = 'ABSENT' where meeting_id = ?",
                scene.heldMeetingId());
    }

    @Test
    void timesAndDatesComeInOrder() {
        Scene scene = scene();
        refused("meeting_times_ck", "update meeting set end_time = start_time where id = ?", scene.heldMeetingId());
        refused(
                "meeting_times_ck",
                "update meeting set start_time = ?, end_time = ? where id = ?",
                LocalTime.of(19, 0),
                LocalTime.of(17, 0),
                scene.heldMeetingId());
        refused(
                "meeting_move_times_ck",
                "update meeting_move set previous_end = previous_start where meeting_id = ?",
                scene.movedMeetingId());

        // A seat ends on or after the day it began, and with a reason.
        refused(
                "table_member_dates_ck",
                "update table_member set left_on = ?, end_reason = 'WITHDRAWN' where id = ?",
                scene.seatedSince().minusDays(1),
                scene.seatId());
        refused(
                "table_member_ended_ck",
                "update table_member set left_on = ? where id = ?",
                TestCalendar.today(),
                scene.seatId());
        refused(
                "table_member_ended_ck",
                "update table_member set end_reason = 'WITHDRAWN' where id = ?",
                scene.seatId());
        assertThat(inRolledBackTransaction(() -> jdbc.update(
                        "update table_member set left_on = joined_on, end_reason = 'WITHDRAWN' where id = ?",
                        scene.seatId())))
                .as("a seat may end on the day it began")
                .isEqualTo(1);

        refused(
                "governing_body_member_dates_ck",
                "update governing_body_member set end_date = ? where governing_body_id ="
                        + " (select min(governing_body_id) from governing_body_member)",
                LONG_AGO);
        refused(
                "office_closure_days_ck",
                "update office_closure set last_day = ? where office_id = (select min(office_id) from office_closure)",
                LONG_AGO);
        refused(
                "office_hours_slot_ck",
                "update office_hours set closes_at = opens_at where office_id = (select min(office_id) from office_hours)");
        refused(
                "call_reopening_deadline_ck",
                "insert into call_reopening (call_id, seq, previous_deadline, new_deadline, reopened_at, reopened_by)"
                        + " values ((select min(id) from call_for_nominations), 99, ?, ?, ?, 'prova')",
                NOW,
                NOW.minusDays(1),
                NOW);
    }

    @Test
    void amountsAndCountsAreNotNegative() {
        Scene scene = scene();
        String perCapitaRule = " where plan_id = (select min(plan_id) from cofunding_rule)";
        refused(
                "cofunding_rule_quota_ck",
                "update cofunding_rule set method = 'PER_CAPITA', per_capita_quota = null" + perCapitaRule);
        refused(
                "cofunding_rule_quota_ck",
                "update cofunding_rule set method = 'PER_CAPITA', per_capita_quota = -1" + perCapitaRule);
        refused(
                "cofunding_rule_quota_ck",
                "update cofunding_rule set method = 'POPULATION', per_capita_quota = 1" + perCapitaRule);
        refused(
                "outbox_message_attempts_ck",
                "update outbox_message set attempts = -1 where id = (select min(id) from outbox_message)");
        refused(
                "call_invitation_reminders_ck",
                "update call_invitation set reminders = -1 where id = (select min(id) from call_invitation)");
        refused("meeting_sequence_ck", "update meeting set sequence_no = -1 where id = ?", scene.heldMeetingId());
        refused(
                "sign_in_throttle_failures_ck",
                "insert into sign_in_throttle (scope, throttle_key, failures, last_attempt_at, blocked_until)"
                        + " values ('account', ?, -1, 0, 0)",
                "schema-guards-" + Fixtures.unique());
        refused(
                "municipality_population_ck",
                "update municipality set population = -1 where istat_code = (select min(istat_code) from municipality)");
        refused(
                "municipality_population_figure_ck",
                "update municipality_population set population = -1"
                        + " where istat_code = (select min(istat_code) from municipality_population)");
    }

    @Test
    void anOrganisationHasOneOpenSeatAtATable() {
        Scene scene = scene();
        String insert = "insert into table_member (table_id, organization_id, representative_name, joined_on, left_on,"
                + " end_reason) values (?, ?, 'Altra persona', ?, ?, ?)";
        LocalDate today = TestCalendar.today();
        refused("table_member_open_seat_uq", insert, scene.tableId(), scene.organizationId(), today, null, null);

        // Ended seats are history, any number of them; another organisation has a seat of its own.
        long other = fixtures.organization(scene.district(), "Altro ente " + Fixtures.unique());
        assertThat(inRolledBackTransaction(() -> jdbc.update(
                                insert, scene.tableId(), scene.organizationId(), today, today, "REPLACED")
                        + jdbc.update(insert, scene.tableId(), scene.organizationId(), today, today, "WITHDRAWN")
                        + jdbc.update(insert, scene.tableId(), other, today, null, null)))
                .isEqualTo(3);

        // The application's own replacement ends the open seat before it opens the next one.
        TableMemberView next = editor(scene.district(), () -> {
            long version = membership.get(scene.tableId(), scene.seatId()).version();
            return membership.replace(scene.tableId(), scene.seatId(), member(scene.organizationId()), version);
        });
        assertThat(next.id()).isNotEqualTo(scene.seatId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from table_member where table_id = ? and organization_id = ? and left_on is null",
                        Integer.class,
                        scene.tableId(),
                        scene.organizationId()))
                .isEqualTo(1);
        refused("table_member_open_seat_uq", insert, scene.tableId(), scene.organizationId(), today, null, null);
    }

    @Test
    void aSeatNamesOnlyANominationThatExists() {
        Scene scene = scene();
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from nomination", Long.class);
        refused(
                "table_member_nomination_fk",
                "update table_member set nomination_id = ? where id = ?",
                missing,
                scene.seatId());
        assertThat(inRolledBackTransaction(() -> jdbc.update(
                        "update table_member set nomination_id = (select min(id) from nomination) where id = ?",
                        scene.seatId())))
                .isEqualTo(1);
    }

    @Test
    void theReadsHaveTheirIndexes() {
        List<String> expected = List.of(
                "table_member:table_member_open_seat_uq",
                "table_member:table_member_representative_email_idx",
                "table_member:table_member_substitute_email_idx",
                "intervention:intervention_objective_idx",
                "intervention_partner:intervention_partner_organization_idx",
                "budget_line:budget_line_source_idx",
                "district_membership:district_membership_district_idx",
                "person:person_organization_idx",
                "governing_body_member:governing_body_member_person_idx",
                "need:need_area_idx",
                "objective:objective_area_idx",
                "objective:objective_parent_idx",
                "objective_need:objective_need_need_idx",
                "intervention:intervention_target_group_idx",
                "intervention:intervention_lead_organization_idx",
                "staffing:staffing_intervention_idx",
                "staffing:staffing_organization_idx",
                "facility:facility_intervention_idx",
                "facility:facility_organization_idx",
                "thematic_table:thematic_table_liaison_idx",
                "thematic_table_area:thematic_table_area_area_idx",
                "heard_need:heard_need_area_idx",
                "heard_need:heard_need_organization_idx",
                "proposal:proposal_area_idx");
        List<String> found = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            DatabaseMetaData metadata = connection.getMetaData();
            List<String> names = new ArrayList<>();
            for (String table :
                    expected.stream().map(e -> e.split(":")[0]).distinct().toList()) {
                try (ResultSet indexes =
                        metadata.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, true)) {
                    while (indexes.next()) {
                        String name = indexes.getString("INDEX_NAME");
                        if (name != null) {
                            names.add(table + ":" + name.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            return names;
        });
        assertThat(found).containsAll(expected);
        // Unique: the open seat is a guard, not only a look-up.
        assertThat(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
                    try (ResultSet indexes = connection
                            .getMetaData()
                            .getIndexInfo(
                                    connection.getCatalog(), connection.getSchema(), "table_member", true, true)) {
                        while (indexes.next()) {
                            if ("table_member_open_seat_uq".equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                                return true;
                            }
                        }
                        return false;
                    }
                }))
                .isTrue();
    }

    // --- Helpers -------------------------------------------------------------------------------

    /** The statement is refused by the constraint named, and whatever it did is rolled back. */
    private void refused(String constraint, String sql, Object... arguments) {
        assertThatThrownBy(() -> inRolledBackTransaction(() -> jdbc.update(sql, arguments)))
                .as("%s: %s", constraint, sql)
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase(constraint));
    }

    private <T> T inRolledBackTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    private static String invitation(String role, String status) {
        return "insert into role_invitation (district_id, username, display_name, email, role, invited_by,"
                + " created_at, expires_at, status) values (?, 'invitato', 'Invitato', 'invitato@example.org', '"
                + role + "', 'admin', current_timestamp, current_timestamp, '" + status + "')";
    }

    private static String document(String kind, String stage) {
        return "insert into official_document (plan_id, district_id, kind, title, file_name, plan_stage, frozen_on,"
                + " frozen_at, frozen_by, sha256, size_bytes, content) values (?, ?, '" + kind
                + "', 'Piano', 'piano.pdf', '" + stage + "', current_date, current_timestamp, 'admin',"
                + " 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 0, ?)";
    }

    private static MemberForm member(long organizationId) {
        return new MemberForm(
                organizationId,
                "Rappresentante",
                null,
                "rappresentante-" + Fixtures.unique() + "@example.org",
                null,
                "Supplente",
                null,
                null,
                null,
                null);
    }

    private static MeetingForm meeting(String title, LocalDate date, LocalTime start, LocalTime end) {
        return new MeetingForm(title, date, start, end, "Sala riunioni", null, List.of(), null);
    }

    private <T> T editor(TestDistrict district, Supplier<T> work) {
        return fixtures.as(district.editor().username(), work);
    }
}
