package it.zona.governance;

import java.time.LocalDate;
import java.util.List;

/** A governing body with its members, current and past, as staff and the API see it. */
public record GoverningBodyView(
        long id, GoverningBodyType type, String name, String description, List<MemberView> members, long version) {

    public record MemberView(
            int index,
            long personId,
            String personName,
            MemberRole role,
            String municipality,
            String municipalityName,
            LocalDate startDate,
            LocalDate endDate,
            boolean current) {}

    public List<MemberView> currentMembers() {
        return members.stream().filter(MemberView::current).toList();
    }

    public List<MemberView> pastMembers() {
        return members.stream().filter(m -> !m.current()).toList();
    }

    public GoverningBodyForm toForm() {
        return new GoverningBodyForm(type, name, description, null, version);
    }
}
