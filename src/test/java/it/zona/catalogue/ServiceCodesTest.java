package it.zona.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The installation's list of classification codes: read once, refused with the line at fault. */
class ServiceCodesTest {

    private static Map<String, ServiceCodes.Code> parse(String csv) throws Exception {
        return ServiceCodes.parse(new StringReader(csv), "codes.csv");
    }

    @Test
    void theListIsReadWithItsCommentsQuotesAndSpacesLeftOut() throws Exception {
        Map<String, ServiceCodes.Code> codes =
                parse("# A comment\ncode,label\n B2 , Trasporto sociale\nA1,\"Voucher, assegno di cura\"\n");
        ServiceCodes list = new ServiceCodes(codes);

        assertThat(list.all())
                .containsExactly(
                        new ServiceCodes.Code("A1", "Voucher, assegno di cura"),
                        new ServiceCodes.Code("B2", "Trasporto sociale"));
        assertThat(list.find("B2")).contains(new ServiceCodes.Code("B2", "Trasporto sociale"));
        assertThat(list.find("C3")).isEmpty();
        assertThat(list.find(null)).isEmpty();
    }

    @Test
    void aServiceKeepsACodeTheListDroppedButTakesNoOtherUnlistedOne() throws Exception {
        ServiceCodes list = new ServiceCodes(parse("code,label\nA1,Segretariato sociale\n"));

        assertThat(list.accepts("A1", null)).isTrue();
        assertThat(list.accepts(null, "A1")).as("no code at all").isTrue();
        assertThat(list.accepts("OLD", null)).isFalse();
        assertThat(list.accepts("OLD", "OLD")).isTrue();
        assertThat(list.accepts("OLD", "A1")).isFalse();
        assertThat(list.choices("OLD")).extracting(ServiceCodes.Code::code).containsExactly("OLD", "A1");
        assertThat(list.choices("A1")).extracting(ServiceCodes.Code::code).containsExactly("A1");
        assertThat(new ServiceCodes(Map.of()).accepts("A1", null)).isFalse();
    }

    @Test
    void aFaultyListStopsTheStartSayingWhereItIsWrong() {
        assertThatThrownBy(() -> parse("codice,descrizione\nA1,x\n")).hasMessageContaining("code and label");
        assertThatThrownBy(() -> parse("code,label\nA1,Uno\nA1,Due\n"))
                .hasMessageContaining("line 3")
                .hasMessageContaining("A1 is listed twice");
        assertThatThrownBy(() -> parse("code,label\nA1,\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("code,label\n" + "X".repeat(41) + ",Troppo lungo\n"))
                .hasMessageContaining("1 to 40 letters");
    }

    @Test
    void theExampleListShippedWithZonaReads() {
        ServiceCodes example =
                new ServiceCodes("classpath:reference/service-codes-example.csv", new DefaultResourceLoader());
        assertThat(example.all()).hasSize(12);
        assertThat(new ServiceCodes("", new DefaultResourceLoader()).all()).isEmpty();
    }
}
