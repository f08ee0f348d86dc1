package it.zona.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class RoundTripReshapeTest {

    record Part(long planId, String planTitle, Integer programmeYear) {}

    record Item(String title, @JsonUnwrapped Part part) {}

    record Read(long id, List<Item> items) {}

    record ItemForm(String title, Long planId, Integer programmeYear) {}

    record Form(List<ItemForm> items) {}

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theFieldsOfAnUnwrappedPartAreTheRecordsOwn() {
        assertThat(RoundTrip.fields(Item.class)).containsOnlyKeys("title", "planId", "planTitle", "programmeYear");
    }

    /** What is read beside an item's own fields goes back as the form names it; what the form lacks is dropped. */
    @Test
    void anUnwrappedPartIsSentBackAsTheFormsFields() {
        ObjectNode body = (ObjectNode) json.readTree("""
                {"id":5,"items":[{"title":"A","planId":7,"planTitle":"Piano","programmeYear":2028},{"title":"B"}]}""");

        RoundTrip.reshape(body, RoundTrip.fields(Form.class), RoundTrip.fields(Read.class));
        assertThat(body.has("id")).isFalse();
        assertThat(body.get("items").get(0).propertyNames()).containsOnly("title", "planId", "programmeYear");

        assertThat(json.treeToValue(body, Form.class))
                .isEqualTo(new Form(List.of(new ItemForm("A", 7L, 2028), new ItemForm("B", null, null))));
    }
}
