package it.zona.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How an entry of the log is made readable: what changed, and what the entity is called. */
class AuditEntryReadingTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode state(String text) {
        return json.readTree(text);
    }

    @Test
    void onlyTheFieldsThatDifferAreListedWithTheirOldAndNewValues() {
        var changes = AuditLog.changes(
                state("{\"name\":\"Prima\",\"type\":\"ASSOCIATION\",\"hours\":[1,2],\"version\":0}"),
                state("{\"name\":\"Seconda\",\"type\":\"ASSOCIATION\",\"hours\":[1],\"version\":1}"));
        assertThat(changes)
                .extracting(
                        AuditEntryView.FieldChange::field,
                        AuditEntryView.FieldChange::before,
                        AuditEntryView.FieldChange::after)
                .containsExactly(
                        tuple("name", "Prima", "Seconda"), tuple("hours", "[1,2]", "[1]"), tuple("version", "0", "1"));
    }

    @Test
    void aCreationListsEveryFieldAsNew() {
        assertThat(AuditLog.changes(null, state("{\"name\":\"Nuova\",\"email\":null}")))
                .extracting(AuditEntryView.FieldChange::field)
                .containsExactly("name", "email");
    }

    @Test
    void theEntityIsCalledByItsNameTitleOrAPersonsFullName() {
        assertThat(AuditLog.name(state("{\"name\":\"Cooperativa Sole\"}"))).isEqualTo("Cooperativa Sole");
        assertThat(AuditLog.name(state("{\"title\":\"Assistenza domiciliare\",\"status\":\"ACTIVE\"}")))
                .isEqualTo("Assistenza domiciliare");
        assertThat(AuditLog.name(state("{\"givenName\":\"Anna\",\"familyName\":\"Rizzo\"}")))
                .isEqualTo("Anna Rizzo");
        assertThat(AuditLog.name(state("{\"username\":\"editor.poggiardo\",\"role\":\"EDITOR\"}")))
                .isEqualTo("editor.poggiardo");
        assertThat(AuditLog.name(state("{\"rows\":3}"))).isNull();
        assertThat(AuditLog.name(null)).isNull();
    }
}
