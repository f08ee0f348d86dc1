package it.zona.participation.tables;

import it.zona.programme.Named;
import java.time.LocalDate;

/**
 * An organisation's seat at a table. Staff see the representatives' contacts; the public sees
 * {@link #withoutContacts()}.
 */
public record TableMemberView(
        long id,
        long tableId,
        Named organization,
        Representative representative,
        Representative substitute,
        LocalDate joinedOn,
        LocalDate leftOn,
        MembershipEnd endReason,
        Long nominationId,
        long version) {

    public boolean active() {
        return leftOn == null;
    }

    public TableMemberView withoutContacts() {
        return new TableMemberView(
                id,
                tableId,
                organization,
                representative.withoutContacts(),
                substitute == null ? null : substitute.withoutContacts(),
                joinedOn,
                leftOn,
                endReason,
                nominationId,
                version);
    }

    public MemberForm toForm() {
        return new MemberForm(
                organization.id(),
                representative.name(),
                representative.role(),
                representative.email(),
                representative.phone(),
                substitute == null ? "" : substitute.name(),
                substitute == null ? "" : substitute.role(),
                substitute == null ? "" : substitute.email(),
                substitute == null ? "" : substitute.phone(),
                version);
    }
}
