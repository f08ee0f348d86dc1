package it.zona.audit;

import it.zona.district.DistrictAccess;
import it.zona.district.DistrictRegistry;
import it.zona.identity.DistrictRole;
import it.zona.shared.PageView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading a District's audit log: its admins only, newest first, filtered by entity type and user. */
@Service
@Transactional(readOnly = true)
class AuditLog {

    public static final int PAGE_SIZE = 25;

    private final AuditEntries entries;
    private final DistrictRegistry districts;
    private final JsonMapper json;

    AuditLog(AuditEntries entries, DistrictRegistry districts, JsonMapper json) {
        this.entries = entries;
        this.districts = districts;
        this.json = json;
    }

    public record Filters(List<String> entityTypes, List<String> actors) {}

    public PageView<AuditEntryView> page(String slug, String entityType, String actor, int page, int size) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.ADMIN);
        AuditEntry probe = AuditEntry.filter(district.id(), blankToNull(entityType), blankToNull(actor));
        PageRequest request =
                PageRequest.of(Math.max(page, 0), size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        return PageView.of(entries.findAll(Example.of(probe), request), this::view);
    }

    public Filters filters(String slug) {
        DistrictAccess district = districts.authorize(slug, DistrictRole.ADMIN);
        return new Filters(entries.entityTypesOf(district.id()), entries.actorsOf(district.id()));
    }

    private AuditEntryView view(AuditEntry entry) {
        JsonNode before = parse(entry.beforeState());
        JsonNode after = parse(entry.afterState());
        return new AuditEntryView(
                entry.id(),
                entry.occurredAt(),
                entry.actor(),
                entry.entityType(),
                entry.entityId(),
                name(after != null ? after : before),
                entry.action(),
                entry.reason(),
                before,
                after,
                changes(before, after));
    }

    /** The entity's name as its state gives it: a name, a title, a person's full name, a username. */
    static String name(JsonNode state) {
        if (state == null || !state.isObject()) {
            return null;
        }
        if (state.hasNonNull("name")) {
            return state.get("name").asString();
        }
        if (state.hasNonNull("title")) {
            return state.get("title").asString();
        }
        if (state.hasNonNull("givenName") && state.hasNonNull("familyName")) {
            return state.get("givenName").asString() + " "
                    + state.get("familyName").asString();
        }
        return state.hasNonNull("username") ? state.get("username").asString() : null;
    }

    private JsonNode parse(String state) {
        return state == null ? null : json.readTree(state);
    }

    /** Top-level fields whose value differs; nested values are compared and shown as compact JSON. */
    static List<AuditEntryView.FieldChange> changes(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        if (before != null && before.isObject()) {
            fields.addAll(before.propertyNames());
        }
        if (after != null && after.isObject()) {
            fields.addAll(after.propertyNames());
        }
        List<AuditEntryView.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode old = before == null ? null : before.get(field);
            JsonNode now = after == null ? null : after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new AuditEntryView.FieldChange(field, text(old), text(now)));
            }
        }
        return changes;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
