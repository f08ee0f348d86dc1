package it.zona.catalogue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The classification codes a service may carry, one list per installation (the codes of its
 * region's nomenclature of social services, say): read once at start from the CSV at {@code
 * zona.catalogue.service-codes}, with the columns {@code code,label}. With none configured the
 * catalogue classifies nothing. A faulty list stops the start with the line at fault, rather than
 * leave services with codes nobody can read.
 */
@Component
class ServiceCodes {

    /** How a code is written: letters, digits and . _ / -, 1 to 40 of them, as nomenclatures write theirs. */
    static final String SYNTAX = "[\\p{Alnum}._/-]{1,40}";

    /** A classification code and what it stands for. */
    @Schema(name = "ServiceCode")
    record Code(String code, String label) {}

    private final Map<String, Code> codes;

    @Autowired
    ServiceCodes(@Value("${zona.catalogue.service-codes:}") String location, ResourceLoader resources) {
        this.codes = location.isBlank() ? Map.of() : read(resources.getResource(location.strip()));
    }

    ServiceCodes(Map<String, Code> codes) {
        this.codes = codes;
    }

    static Map<String, Code> read(Resource list) {
        try (Reader reader = new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8)) {
            return parse(reader, list.getDescription());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the service codes at " + list.getDescription(), e);
        }
    }

    static Map<String, Code> parse(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        Map<String, Code> codes = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().containsAll(List.of("code", "label"))) {
                throw new IllegalStateException(source + ": the header must name the columns code and label");
            }
            for (CSVRecord row : parser) {
                String code = row.isSet("code") ? row.get("code") : "";
                String label = row.isSet("label") ? row.get("label") : "";
                String where = source + ", line " + parser.getCurrentLineNumber() + ": ";
                if (!code.matches(SYNTAX) || label.isEmpty()) {
                    throw new IllegalStateException(
                            where + "a code of 1 to 40 letters, digits or . _ / - and its label are needed");
                }
                if (codes.putIfAbsent(code, new Code(code, label)) != null) {
                    throw new IllegalStateException(where + "the code " + code + " is listed twice");
                }
            }
        }
        return Map.copyOf(codes);
    }

    /** Every code, in the list's order of codes. */
    List<Code> all() {
        List<Code> all = new ArrayList<>(codes.values());
        all.sort((a, b) -> a.code().compareTo(b.code()));
        return all;
    }

    /** The codes a service's form offers: every code, and the one it has if the list dropped it. */
    List<Code> choices(String current) {
        List<Code> choices = all();
        if (current != null && !codes.containsKey(current)) {
            choices.add(0, new Code(current, current));
        }
        return choices;
    }

    Optional<Code> find(String code) {
        return Optional.ofNullable(code == null ? null : codes.get(code));
    }

    /**
     * Whether a service may carry this code: one of the list, or the one it already has, which a
     * new list does not take from it unasked.
     */
    boolean accepts(String code, String current) {
        return code == null || codes.containsKey(code) || code.equals(current);
    }
}
