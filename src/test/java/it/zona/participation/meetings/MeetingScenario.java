package it.zona.participation.meetings;

import it.zona.participation.tables.MemberForm;
import it.zona.participation.tables.TableForm;
import it.zona.participation.tables.TableKind;
import it.zona.participation.tables.TableMembership;
import it.zona.participation.tables.TableRegistry;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.TestCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;

/**
 * A District with a plan around today, a table of it and organisations seated there since the
 * plan's first day, each with a representative and a substitute at addresses of their own.
 */
@TestComponent
public class MeetingScenario {

    private final Fixtures fixtures;
    private final TableRegistry tables;
    private final TableMembership membership;

    MeetingScenario(Fixtures fixtures, TableRegistry tables, TableMembership membership) {
        this.fixtures = fixtures;
        this.tables = tables;
        this.membership = membership;
    }

    public record Scene(
            TestDistrict district, long planId, long tableId, List<Long> organizations, List<String> addresses) {}

    public static LocalDate today() {
        return TestCalendar.today();
    }

    public Scene scene(int members) {
        TestDistrict district = fixtures.district();
        int year = today().getYear();
        long planId = fixtures.plan(district, year - 1, year + 1);
        long tableId = editor(district, () -> {
            long area = tables.areas(planId).get(0).id();
            return tables.create(
                            planId,
                            new TableForm(
                                    "Tavolo " + Fixtures.unique(),
                                    TableKind.PERMANENT,
                                    null,
                                    List.of(area),
                                    null,
                                    null))
                    .id();
        });
        List<Long> organizations = new java.util.ArrayList<>();
        List<String> addresses = new java.util.ArrayList<>();
        for (int i = 0; i < members; i++) {
            String u = Fixtures.unique();
            long organization = fixtures.organization(district, "Ente " + u);
            String rep = "rep-" + u + "@example.org";
            String sub = "sub-" + u + "@example.org";
            seat(district, tableId, organization, rep, sub, LocalDate.of(year - 1, 1, 1));
            organizations.add(organization);
            addresses.add(rep);
            addresses.add(sub);
        }
        return new Scene(district, planId, tableId, organizations, addresses);
    }

    public void seat(TestDistrict district, long tableId, long organization, String rep, String sub, LocalDate since) {
        editor(
                district,
                () -> membership.seatSince(
                        tableId,
                        new MemberForm(
                                organization, "Rappresentante", null, rep, null, "Supplente", null, sub, null, null),
                        since));
    }

    public <T> T editor(TestDistrict district, Supplier<T> work) {
        return fixtures.as(district.editor().username(), work);
    }

    public static MeetingForm form(String title, LocalDate date, LocalTime start, LocalTime end) {
        return new MeetingForm(title, date, start, end, "Sala consiliare", null, List.of("Apertura", "Proposte"), null);
    }
}
