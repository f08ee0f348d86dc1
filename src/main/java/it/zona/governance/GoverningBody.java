package it.zona.governance;

import it.zona.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "governing_body")
class GoverningBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long districtId;

    @Enumerated(EnumType.STRING)
    private GoverningBodyType type;

    private String name;
    private String description;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "governing_body_member", joinColumns = @JoinColumn(name = "governing_body_id"))
    @OrderColumn(name = "position")
    private List<Member> members = new ArrayList<>();

    protected GoverningBody() {}

    GoverningBody(long districtId, GoverningBodyType type, String name, String description) {
        this.districtId = districtId;
        describe(type, name, description);
    }

    void describe(GoverningBodyType type, String name, String description) {
        this.type = type;
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    /** Replaces the members; the same person may not hold two seats at the same time. */
    void replaceMembers(List<Member> newMembers) {
        for (int i = 0; i < newMembers.size(); i++) {
            for (int j = i + 1; j < newMembers.size(); j++) {
                Member a = newMembers.get(i);
                Member b = newMembers.get(j);
                if (a.personId().equals(b.personId()) && a.overlaps(b)) {
                    throw RuleViolationException.conflict("members[" + j + "].personId", "error.member.overlap");
                }
            }
        }
        members.clear();
        members.addAll(newMembers);
    }

    void addMember(Member member) {
        List<Member> all = new ArrayList<>(members);
        all.add(member);
        replaceMembers(all);
    }

    void removeMember(int index) {
        if (index < 0 || index >= members.size()) {
            throw RuleViolationException.invalid(null, "error.member.noSuchSeat", index);
        }
        members.remove(index);
    }

    Long id() {
        return id;
    }

    long districtId() {
        return districtId;
    }

    GoverningBodyType type() {
        return type;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    long version() {
        return version;
    }

    List<Member> members() {
        return List.copyOf(members);
    }
}
