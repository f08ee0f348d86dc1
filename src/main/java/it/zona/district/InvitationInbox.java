package it.zona.district;

import io.swagger.v3.oas.annotations.media.Schema;
import it.zona.identity.DistrictRole;
import it.zona.identity.StaffInvitationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own invitations to Districts' staff, named by District. */
@Service
@Transactional
public class InvitationInbox {

    /** An invitation as the invited person sees it. */
    @Schema(name = "MyInvitation")
    public record Offer(long id, DistrictRef district, DistrictRole role, String invitedBy, Instant expiresAt) {}

    private final StaffInvitationRegistry invitations;
    private final DistrictRegistry districts;

    InvitationInbox(StaffInvitationRegistry invitations, DistrictRegistry districts) {
        this.invitations = invitations;
        this.districts = districts;
    }

    @Transactional(readOnly = true)
    public List<Offer> pending() {
        List<StaffInvitationRegistry.Offer> offers = invitations.mine();
        Map<Long, DistrictRef> named =
                districts
                        .refs(offers.stream()
                                .map(StaffInvitationRegistry.Offer::districtId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(DistrictRef::id, Function.identity()));
        return offers.stream()
                .map(o -> new Offer(o.id(), named.get(o.districtId()), o.role(), o.invitedBy(), o.expiresAt()))
                .toList();
    }

    /** Accepts the invitation; answers the District now joined. */
    public DistrictRef accept(long id) {
        long districtId = invitations.accept(id).districtId();
        return districts.refs(List.of(districtId)).get(0);
    }

    public void decline(long id) {
        invitations.decline(id);
    }
}
