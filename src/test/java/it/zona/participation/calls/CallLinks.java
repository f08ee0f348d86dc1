package it.zona.participation.calls;

import it.zona.organization.OrganizationForm;
import it.zona.organization.OrganizationRegistry;
import it.zona.organization.OrganizationType;
import it.zona.participation.tables.TableForm;
import it.zona.participation.tables.TableKind;
import it.zona.participation.tables.TableRegistry;
import it.zona.support.Fixtures;
import it.zona.support.Fixtures.TestDistrict;
import it.zona.support.PlanFixtures;
import it.zona.support.TestCalendar;
import it.zona.support.TestMailServer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;

/**
 * A personal link to a call for nominations, for the pages that need one: the plain token exists
 * only in the e-mail, so it is read from the test SMTP server as an organisation would. It lives
 * beside the calls, whose nomination desk no other module uses.
 */
public final class CallLinks {

    private static final Pattern LINK = Pattern.compile("/nominations/([A-Za-z0-9_-]{43})");

    private CallLinks() {}

    /** An open call of a new District, one organisation invited, with one nomination when {@code nominate}. */
    public static String open(
            Fixtures fixtures,
            PlanFixtures content,
            ApplicationContext beans,
            TestMailServer mail,
            String tableName,
            boolean nominate) {
        TableRegistry tables = beans.getBean(TableRegistry.class);
        CallRegistry calls = beans.getBean(CallRegistry.class);
        InvitationRegistry invitations = beans.getBean(InvitationRegistry.class);
        OrganizationRegistry organizations = beans.getBean(OrganizationRegistry.class);
        TestDistrict district = fixtures.district();
        long plan = fixtures.plan(district, 2028, 2030);
        long area = content.area(district, plan, "Anziani").id();
        String address = "pagine-" + Fixtures.unique() + "@example.org";
        long table = fixtures.as(district.editor().username(), () -> {
            long created = tables.create(
                            plan, new TableForm(tableName, TableKind.PERMANENT, null, List.of(area), null, null))
                    .id();
            organizations.create(
                    district.slug(),
                    new OrganizationForm(
                            "Associazione delle pagine",
                            OrganizationType.ASSOCIATION,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            address,
                            null,
                            null,
                            null,
                            null));
            long call = calls.create(
                            plan,
                            new CallForm(
                                    "Invito di prova",
                                    "Designate i vostri rappresentanti.",
                                    TestCalendar.today().plusDays(10).atTime(12, 0),
                                    List.of(created),
                                    null))
                    .id();
            calls.open(call);
            invitations.invite(call, new InvitationRequest(List.of(), List.of(OrganizationType.ASSOCIATION)));
            return created;
        });
        String text;
        try {
            text = (String) mail.awaitMessages(address, 1).get(0).getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Matcher link = LINK.matcher(text);
        if (!link.find()) {
            throw new IllegalStateException("No personal link in " + text);
        }
        String personal = link.group(1);
        if (nominate) {
            beans.getBean(NominationDesk.class)
                    .nominate(
                            personal,
                            new NominationsForm(List.of(new NominationForm(
                                    table,
                                    true,
                                    "Lucia Verdi",
                                    "Presidente",
                                    "lucia@example.org",
                                    "0836 123456",
                                    "",
                                    "",
                                    "",
                                    ""))));
        }
        return personal;
    }

    /** The first nomination sent through the link. */
    public static long nominationOf(ApplicationContext beans, String token) {
        return beans.getBean(NominationDesk.class)
                .page(token)
                .nominations()
                .get(0)
                .id();
    }

    /** The call the link answers. */
    public static long callOf(ApplicationContext beans, String token) {
        return beans.getBean(NominationDesk.class).page(token).call().id();
    }
}
