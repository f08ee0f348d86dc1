package it.zona.demo;

import it.zona.governance.GovernanceRegistry;
import it.zona.governance.GoverningBodyType;
import it.zona.governance.GoverningBodyView;
import it.zona.governance.GoverningBodyView.MemberView;
import it.zona.plan.PlanRegistry;
import it.zona.plan.PlanStage;
import it.zona.shared.PlatformConfig;
import it.zona.sitting.Call;
import it.zona.sitting.Choice;
import it.zona.sitting.Presence;
import it.zona.sitting.QuorumRuleBook;
import it.zona.sitting.QuorumRulesForm;
import it.zona.sitting.ResolutionNumbering;
import it.zona.sitting.Share;
import it.zona.sitting.SittingAttendanceForm;
import it.zona.sitting.SittingForm;
import it.zona.sitting.SittingForm.ItemForm;
import it.zona.sitting.SittingRegistry;
import it.zona.sitting.SittingView;
import it.zona.sitting.VotesForm;
import it.zona.sitting.WeightBasis;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Coordinamento istituzionale at work: its rules (a majority of the mayors representing at least
 * half the population, votes weighed by population), the sitting that approved the plan 2024-2026,
 * its programme for 2024 and the scheme of its agreement by three numbered resolutions (the first two
 * say what they decide on the plan), and the next sitting, convened.
 */
@Component
class PoggiardoSittingsDemo {

    private static final String PLACE = "Sala consiliare del Comune di Poggiardo, piazza Umberto I";

    private final GovernanceRegistry governance;
    private final QuorumRuleBook rules;
    private final SittingRegistry sittings;
    private final ResolutionNumbering numbering;
    private final PlanRegistry plans;
    private final Clock clock;

    PoggiardoSittingsDemo(
            GovernanceRegistry governance,
            QuorumRuleBook rules,
            SittingRegistry sittings,
            ResolutionNumbering numbering,
            PlanRegistry plans,
            Clock clock) {
        this.governance = governance;
        this.rules = rules;
        this.sittings = sittings;
        this.numbering = numbering;
        this.plans = plans;
        this.clock = clock;
    }

    void load() {
        GoverningBodyView board = governance.list(PoggiardoDemo.SLUG).stream()
                .filter(b -> b.type() == GoverningBodyType.INSTITUTIONAL_BOARD)
                .findFirst()
                .orElseThrow();
        rules.change(
                PoggiardoDemo.SLUG,
                board.id(),
                new QuorumRulesForm(
                        Share.MORE_THAN_HALF,
                        Share.AT_LEAST_HALF,
                        Share.AT_LEAST_ONE_THIRD,
                        Share.NONE,
                        Share.MORE_THAN_HALF,
                        WeightBasis.POPULATION,
                        false,
                        List.of(),
                        null),
                0);
        approvalOfThePlan(board);
        LocalDate today = LocalDate.now(clock.withZone(PlatformConfig.ZONE));
        sittings.convene(
                PoggiardoDemo.SLUG,
                new SittingForm(
                        board.id(),
                        today.plusDays(21),
                        LocalTime.of(10, 0),
                        today.plusDays(22),
                        LocalTime.of(10, 0),
                        PLACE,
                        null,
                        List.of(
                                new ItemForm(
                                        "Approvazione del programma attuativo per l’anno successivo",
                                        "Il Coordinamento istituzionale approva il programma attuativo annuale del "
                                                + "Piano Sociale di Zona 2024-2026 (testo fittizio).",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                communications()),
                        null));
    }

    private static ItemForm communications() {
        return new ItemForm("Comunicazioni della Presidente", null, null, null, null, null, null);
    }

    private void approvalOfThePlan(GoverningBodyView board) {
        long plan = plans.list(PoggiardoDemo.SLUG).stream()
                .filter(p -> p.firstYear() == 2024)
                .findFirst()
                .orElseThrow()
                .id();
        SittingView sitting = sittings.convene(
                PoggiardoDemo.SLUG,
                new SittingForm(
                        board.id(),
                        LocalDate.of(2024, 3, 26),
                        LocalTime.of(16, 0),
                        LocalDate.of(2024, 3, 27),
                        LocalTime.of(16, 0),
                        PLACE,
                        null,
                        List.of(
                                new ItemForm(
                                        "Approvazione del Piano Sociale di Zona 2024-2026",
                                        """
                                        Il Coordinamento istituzionale, udita la relazione dell’Ufficio di Piano \
                                        e visti gli esiti dei tavoli tematici,

                                        **delibera** di approvare il Piano Sociale di Zona 2024-2026 dell’Ambito \
                                        di Poggiardo nel testo allegato (testo fittizio).""",
                                        null,
                                        null,
                                        plan,
                                        PlanStage.AGREEMENT,
                                        null),
                                new ItemForm(
                                        "Approvazione del programma attuativo 2024", """
                                        Il Coordinamento istituzionale **delibera** di approvare il programma \
                                        attuativo 2024 del Piano Sociale di Zona 2024-2026: gli interventi e i \
                                        servizi da realizzare nell’anno e le risorse che li finanziano (testo \
                                        fittizio).""", null, null, plan, null, 2024),
                                new ItemForm(
                                        "Approvazione dello schema di Accordo di Programma",
                                        """
                                        Il Coordinamento istituzionale **delibera** di approvare lo schema di \
                                        Accordo di Programma per l’adozione del Piano e di autorizzarne la \
                                        sottoscrizione da parte dei Sindaci (testo fittizio).""",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                communications()),
                        null));
        // Thirteen of the fifteen mayors attend, one of them through the deputy mayor; two are absent.
        List<MemberView> members = board.currentMembers();
        List<SittingAttendanceForm.MemberAttendance> sheet = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            long person = members.get(i).personId();
            if (i == 4 || i == 11) {
                sheet.add(new SittingAttendanceForm.MemberAttendance(person, Presence.ABSENT, null, null));
            } else if (i == 7) {
                sheet.add(new SittingAttendanceForm.MemberAttendance(
                        person,
                        Presence.DELEGATE,
                        "Vicesindaco (persona fittizia)",
                        "Decreto sindacale n. 3/2024 (fittizio)"));
            } else {
                sheet.add(new SittingAttendanceForm.MemberAttendance(person, Presence.PRESENT, null, null));
            }
        }
        long version = sittings.recordAttendance(
                        sitting.id(), new SittingAttendanceForm(Call.FIRST, sheet, null), sitting.version())
                .version();
        List<Long> present = sheet.stream()
                .filter(e -> e.presence() != Presence.ABSENT)
                .map(SittingAttendanceForm.MemberAttendance::personId)
                .toList();
        version = vote(sitting.id(), 1, present, 2, version);
        version = vote(sitting.id(), 2, present, 1, version);
        version = vote(sitting.id(), 3, present, 1, version);
    }

    /** All present in favour but the last {@code dissent}: the last one against, the one before abstained. */
    private long vote(long sittingId, int item, List<Long> present, int dissent, long version) {
        List<VotesForm.Ballot> votes = new ArrayList<>();
        for (int i = 0; i < present.size(); i++) {
            int fromEnd = present.size() - i;
            Choice choice = fromEnd > dissent ? Choice.IN_FAVOUR : fromEnd == 1 ? Choice.AGAINST : Choice.ABSTAINED;
            votes.add(new VotesForm.Ballot(present.get(i), choice));
        }
        long afterVotes = sittings.recordVotes(sittingId, item, new VotesForm(votes, null), version)
                .version();
        numbering.decide(sittingId, item, afterVotes);
        return sittings.get(sittingId).version();
    }
}
