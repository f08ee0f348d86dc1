package it.zona.participation.space;

import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who runs the tables: the District's editors (the coordinator, the municipal liaisons and the
 * planning office). Everyone reads them; the District's staff also see representatives' contacts.
 */
@Component
public class ParticipationAccess {

    private final Access access;

    ParticipationAccess(Access access) {
        this.access = access;
    }

    public boolean canManage(long districtId) {
        return access.roleIn(districtId)
                .map(role -> role.includes(DistrictRole.EDITOR))
                .orElse(false);
    }

    public boolean isStaff(long districtId) {
        return access.roleIn(districtId).isPresent();
    }

    /** Invitations and nominations are the District's business: its staff read them. */
    public void requireStaff(long districtId) {
        access.require(districtId, DistrictRole.VIEWER);
    }

    /** Accounts are the District admins' business, representatives' ones too. */
    boolean canAdminister(long districtId) {
        return access.roleIn(districtId)
                .map(role -> role.includes(DistrictRole.ADMIN))
                .orElse(false);
    }

    public void requireAdmin(long districtId) {
        access.require(districtId, DistrictRole.ADMIN);
    }

    public void requireManage(long districtId) {
        access.require(districtId, DistrictRole.EDITOR);
    }

    /** The signed-in account's e-mail, which ties it to the seats held under that address. */
    public Optional<String> email() {
        return access.confirmedEmail();
    }

    public String actor() {
        return access.username().orElse("system");
    }
}
