package it.zona.sitting.minutes;

import it.zona.district.DistrictView;
import it.zona.governance.GovernanceRegistry;
import it.zona.governance.GoverningBodyView.MemberView;
import it.zona.governance.MemberRole;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.RuleViolationException;
import it.zona.sitting.SittingRegistry;
import it.zona.sitting.SittingStatus;
import it.zona.sitting.SittingView;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who approves a sitting's minutes, as a table's are approved at a later meeting or by the tables'
 * coordinator: a later sitting of the same body held with its quorum, or the body's president on
 * the day of approval.
 */
@Component
class MinutesApprovers {

    private final SittingRegistry sittings;
    private final GovernanceRegistry governance;

    MinutesApprovers(SittingRegistry sittings, GovernanceRegistry governance) {
        this.sittings = sittings;
        this.governance = governance;
    }

    /** An approval as the minutes record it: the sitting that approved them, or the president who did. */
    record Approval(Long atSitting, String president) {}

    /** The approval the form asks for; the president's wins over any sitting named. */
    Approval of(MinutesApprovalForm form, SittingView minuted, DistrictView district) {
        if (form.president()) {
            return new Approval(null, president(minuted, district));
        }
        if (form.atSittingId() == null) {
            throw RuleViolationException.invalid("atSittingId", "error.sittingMinutes.approvalMissing");
        }
        return new Approval(sitting(minuted, form.atSittingId()).id(), null);
    }

    /** The sittings at which the minutes may be approved, the latest first. */
    List<SittingView> sittings(SittingView minuted, DistrictView district) {
        return sittings.list(district.slug(), minuted.governingBody().id(), 0, PageView.MAX_SIZE).items().stream()
                .filter(candidate -> mayApprove(minuted, candidate))
                .toList();
    }

    private static boolean mayApprove(SittingView minuted, SittingView at) {
        return at.governingBody().id() == minuted.governingBody().id()
                && at.date().isAfter(minuted.date())
                && at.status() != SittingStatus.CANCELLED
                && at.quorum() != null
                && at.quorum().reached();
    }

    private SittingView sitting(SittingView minuted, long id) {
        try {
            SittingView at = sittings.get(id);
            if (mayApprove(minuted, at)) {
                return at;
            }
        } catch (NotFoundException unknown) {
            // said as the field's error below, as for a sitting that may not approve
        }
        throw RuleViolationException.invalid("atSittingId", "error.sittingMinutes.approvalSitting");
    }

    /** The body's president today, by name. */
    private String president(SittingView minuted, DistrictView district) {
        return governance.get(district.slug(), minuted.governingBody().id()).currentMembers().stream()
                .filter(member -> member.role() == MemberRole.PRESIDENT)
                .map(MemberView::personName)
                .findFirst()
                .orElseThrow(() -> RuleViolationException.invalid("byPresident", "error.sittingMinutes.noPresident"));
    }
}
