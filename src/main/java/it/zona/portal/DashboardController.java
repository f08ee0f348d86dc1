package it.zona.portal;

import it.zona.district.DistrictRef;
import it.zona.district.DistrictRegistry;
import it.zona.district.InvitationInbox;
import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.tables.TableMembership;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where staff land after signing in: their Districts with their role in each; and where people
 * sitting at the tables find their own page.
 */
@Controller
class DashboardController {

    static final String VIEW = "portal/dashboard";

    private final Access access;
    private final DistrictRegistry districts;
    private final TableMembership seats;
    private final MeetingRegistry meetings;
    private final InvitationInbox invitations;

    DashboardController(
            Access access,
            DistrictRegistry districts,
            TableMembership seats,
            MeetingRegistry meetings,
            InvitationInbox invitations) {
        this.access = access;
        this.districts = districts;
        this.seats = seats;
        this.meetings = meetings;
        this.invitations = invitations;
    }

    record Membership(DistrictRef district, DistrictRole role) {}

    @GetMapping("/dashboard")
    String dashboard(Model model) {
        boolean platformAdmin = access.isPlatformAdmin();
        Map<Long, DistrictRole> roles = access.memberships();
        List<DistrictRef> visible = platformAdmin ? districts.refs() : districts.refs(roles.keySet());
        model.addAttribute(
                "memberships",
                visible.stream()
                        .map(d -> new Membership(d, platformAdmin ? DistrictRole.ADMIN : roles.get(d.id())))
                        .toList());
        model.addAttribute("platformAdmin", platformAdmin);
        // Roles offered by Districts' admins: none is held until accepted here.
        model.addAttribute("invitations", invitations.pending());
        // The office's to-do list: past meetings of its Districts that nobody recorded as held or cancelled.
        model.addAttribute(
                "toBeRecorded",
                meetings.toBeRecorded(roles.entrySet().stream()
                        .filter(role -> role.getValue().includes(DistrictRole.EDITOR))
                        .map(Map.Entry::getKey)
                        .toList()));
        // Representatives land here too: their page is where their tables are.
        model.addAttribute(
                "representative", !seats.seatsOfCurrentUser().isEmpty() || (roles.isEmpty() && !platformAdmin));
        // The outbox's own rule (mail.Outbox): platform admins and District admins read it.
        model.addAttribute("outboxReader", platformAdmin || roles.containsValue(DistrictRole.ADMIN));
        return VIEW;
    }
}
