package it.zona.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A need as a form or an API body gives it. Evidence rows left wholly blank are ignored: the form
 * offers a few empty rows to fill in without JavaScript.
 */
public record NeedForm(
        @NotNull Long areaId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @NotNull HeardAt heardAt,
        @Size(max = 300) String heardWhere,
        @NotNull Priority priority,
        List<@Valid EvidenceForm> evidence,
        Long version) {

    /** Empty rows the page form offers below the filled ones. */
    static final int BLANK_ROWS = 3;

    public record EvidenceForm(
            @Size(max = 300) String indicator,
            @Digits(integer = 14, fraction = 4) BigDecimal figure,
            @Size(max = 40) String unit,
            @Size(max = 300) String source,
            Integer year) {

        static EvidenceForm blank() {
            return new EvidenceForm("", null, "", "", null);
        }

        boolean isBlank() {
            return Text.orNull(indicator) == null
                    && figure == null
                    && Text.orNull(unit) == null
                    && Text.orNull(source) == null
                    && year == null;
        }
    }

    public static NeedForm empty(Long areaId) {
        return new NeedForm(areaId, "", "", HeardAt.DATA, "", Priority.MEDIUM, List.of(), null).withBlankRows();
    }

    public List<EvidenceForm> evidence() {
        return evidence == null ? List.of() : evidence;
    }

    /** The same form with empty evidence rows to fill in on the page. */
    public NeedForm withBlankRows() {
        List<EvidenceForm> rows = new ArrayList<>(evidence());
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(EvidenceForm.blank());
        }
        return new NeedForm(areaId, title, description, heardAt, heardWhere, priority, rows, version);
    }
}
