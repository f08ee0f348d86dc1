package it.zona.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * The access criteria of a service said in a reader's language, as the service's page lists them:
 * each criterion a sentence, each group the sentence that says how its items combine, with the
 * items under it; the ISEE bands of a titolo sociale as rows of a table.
 */
final class Phrases {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> municipalityNames;

    /** @param municipalityNames the names of the District's member municipalities, by ISTAT code */
    Phrases(MessageSource messages, Locale locale, Map<String, String> municipalityNames) {
        this.messages = messages;
        this.locale = locale;
        this.municipalityNames = municipalityNames;
    }

    /**
     * What is said of a criterion: {@code words} in the reader's language, then, where the office
     * wrote it, {@code data} as written (Italian: a note, the names of municipalities), which the
     * page marks as Italian.
     */
    record Said(String words, String data) {

        Said with(String data) {
            return new Said(words, data);
        }
    }

    /** One line of the outline, with the lines of a group's items under it. */
    record Line(Said said, List<Line> items) {}

    /** The ISEE bands as a table: its caption, the heading of the value column and the rows. */
    record BandTable(String caption, String valueHeading, List<BandRow> rows) {}

    /** One band: the ISEE it covers, said in words, and its amount or contribution in euros. */
    record BandRow(String isee, BigDecimal value) {}

    Line outline(AccessCriteria criteria) {
        if (criteria instanceof Group group) {
            List<Line> items = new ArrayList<>();
            group.items().forEach(item -> items.add(outline(item)));
            return new Line(said("eligibility.rule." + group.combinator().name()), List.copyOf(items));
        }
        return new Line(((AccessCriteria.Leaf) criteria).describe(this), List.of());
    }

    BandTable table(Bands bands) {
        boolean amount = bands.kind() == BandKind.AMOUNT;
        List<BandRow> rows = new ArrayList<>();
        BigDecimal previous = null;
        for (Bands.Band band : bands.items()) {
            String isee;
            if (band.iseeUpTo() != null) {
                isee = say("eligibility.rule.band.upTo", band.iseeUpTo());
            } else if (previous != null) {
                isee = say("eligibility.rule.band.above", previous);
            } else {
                isee = say("eligibility.rule.band.any");
            }
            rows.add(new BandRow(isee, band.value()));
            previous = band.iseeUpTo();
        }
        return new BandTable(
                say(
                        amount ? "eligibility.rule.bands.amount" : "eligibility.rule.bands.contribution",
                        bands.type().label()),
                say(amount ? "eligibility.rule.bands.amountHeading" : "eligibility.rule.bands.contributionHeading"),
                List.copyOf(rows));
    }

    /** A message in the reader's language as what is said of a criterion, without data of its own. */
    Said said(String key, Object... arguments) {
        return new Said(say(key, arguments), null);
    }

    /** A message in the reader's language; resolvable arguments are said in it too. */
    String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The names of these municipalities, in the order given; a code the District lost stays a code. */
    String municipalities(List<String> istatCodes) {
        return istatCodes.stream()
                .map(code -> municipalityNames.getOrDefault(code, code))
                .collect(Collectors.joining(", "));
    }

    /** Labels such as the employment statuses, said and listed. */
    String list(List<? extends MessageSourceResolvable> labels) {
        return labels.stream().map(label -> messages.getMessage(label, locale)).collect(Collectors.joining(", "));
    }
}
