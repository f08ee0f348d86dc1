package it.zona.eligibility;

import it.zona.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's criteria as the office's page sends them, without JavaScript: a combinator and a fixed
 * number of rows, each a criterion of one kind with the fields that kind uses (the others are
 * ignored). Rows marked as alternatives form one any-of group inside the others, where the first of
 * them is: enough to write "ISEE up to 15.000 € and (65 or older, or a grave disability)". The ISEE
 * bands are rows too. A refusal of the criteria is said of the row and field it comes from.
 */
record CriteriaPageForm(
        Combinator combinator,
        List<Row> rows,
        BandKind bandKind,
        IseeType bandType,
        List<BandRow> bands,
        Long version) {

    /** The rows of an empty form; a form of written criteria has two more than it needs, and never fewer. */
    static final int ROWS = 8;

    static final int SPARE_ROWS = 2;
    static final int BAND_ROWS = 4;

    private static final Pattern CRITERION = Pattern.compile("^criteria\\.items\\[(\\d+)](\\.items\\[(\\d+)])?(.*)$");
    private static final Pattern BAND = Pattern.compile("^bands\\.items\\[(\\d+)](.*)$");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    /** A criterion's field in the model, by the name of the row's field that holds it. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry(".min", "ageMin"),
            Map.entry(".max", "ageMax"),
            Map.entry(".municipalities[]", "municipalities"),
            Map.entry(".type", "iseeType"),
            Map.entry(".threshold", "iseeThreshold"),
            Map.entry(".minMembers", "minMembers"),
            Map.entry(".minMinors", "minMinors"),
            Map.entry(".level", "disability"),
            Map.entry(".percent", "invalidityPercent"),
            Map.entry(".accepted", "employments"),
            Map.entry(".note", "note"));

    CriteriaPageForm {
        rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
        bands = bands == null ? new ArrayList<>() : new ArrayList<>(bands);
    }

    /**
     * One criterion; {@code kind} null for an empty row.
     *
     * @param alternative whether it belongs to the any-of group of alternatives
     */
    record Row(
            CriterionKind kind,
            boolean alternative,
            Integer ageMin,
            Integer ageMax,
            List<String> municipalities,
            IseeType iseeType,
            BigDecimal iseeThreshold,
            Integer minMembers,
            Integer minMinors,
            Disability disability,
            Integer invalidityPercent,
            List<Employment> employments,
            String note) {

        Row {
            municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
            employments = employments == null ? List.of() : List.copyOf(employments);
            iseeThreshold = iseeThreshold == null ? null : CheckForm.plain(iseeThreshold);
        }

        static Row empty() {
            return new Fields().row(null, false);
        }

        /** The row that shows a criterion; null if no row can. */
        static Row of(AccessCriteria criterion, boolean alternative) {
            Fields f = new Fields();
            CriterionKind kind;
            if (criterion instanceof AgeRange age) {
                kind = CriterionKind.AGE;
                f.ageMin = age.min();
                f.ageMax = age.max();
            } else if (criterion instanceof Residence residence) {
                kind = CriterionKind.RESIDENCE;
                f.municipalities = residence.municipalities();
            } else if (criterion instanceof IseeAtMost isee) {
                kind = CriterionKind.ISEE;
                f.iseeType = isee.type();
                f.iseeThreshold = isee.threshold();
            } else if (criterion instanceof Household household) {
                kind = CriterionKind.HOUSEHOLD;
                f.minMembers = household.minMembers();
                f.minMinors = household.minMinors();
            } else if (criterion instanceof DisabilityRecognised disability) {
                kind = CriterionKind.DISABILITY;
                f.disability = disability.level();
            } else if (criterion instanceof InvalidityAtLeast invalidity) {
                kind = CriterionKind.INVALIDITY;
                f.invalidityPercent = invalidity.percent();
            } else if (criterion instanceof NonSelfSufficiency) {
                kind = CriterionKind.NON_SELF_SUFFICIENCY;
            } else if (criterion instanceof EmploymentStatus employment) {
                kind = CriterionKind.EMPLOYMENT;
                f.employments = employment.accepted();
            } else if (criterion instanceof ResidencePermit) {
                kind = CriterionKind.RESIDENCE_PERMIT;
            } else if (criterion instanceof Assessment assessment) {
                kind = CriterionKind.ASSESSMENT;
                f.note = assessment.note();
            } else {
                return null;
            }
            return f.row(kind, alternative);
        }

        /** A row's fields as a criterion fills them, each kind its own; the others stay empty. */
        private static final class Fields {
            Integer ageMin;
            Integer ageMax;
            List<String> municipalities;
            IseeType iseeType;
            BigDecimal iseeThreshold;
            Integer minMembers;
            Integer minMinors;
            Disability disability;
            Integer invalidityPercent;
            List<Employment> employments;
            String note;

            Row row(CriterionKind kind, boolean alternative) {
                return new Row(
                        kind,
                        alternative,
                        ageMin,
                        ageMax,
                        municipalities,
                        iseeType,
                        iseeThreshold,
                        minMembers,
                        minMinors,
                        disability,
                        invalidityPercent,
                        employments,
                        note);
            }
        }

        /** The criterion the row holds, from the fields its kind uses; {@code field} names the row's fields. */
        AccessCriteria criterion(String field) {
            return switch (kind) {
                case AGE -> new AgeRange(ageMin, ageMax);
                case RESIDENCE -> new Residence(municipalities);
                case ISEE -> new IseeAtMost(iseeType, iseeThreshold);
                case HOUSEHOLD -> new Household(minMembers, minMinors);
                case DISABILITY -> new DisabilityRecognised(disability);
                case INVALIDITY -> {
                    if (invalidityPercent == null) {
                        throw RuleViolationException.invalid(
                                field + ".invalidityPercent", "error.eligibility.percentOutOfRange", 1, 100);
                    }
                    yield new InvalidityAtLeast(invalidityPercent);
                }
                case NON_SELF_SUFFICIENCY -> new NonSelfSufficiency();
                case EMPLOYMENT -> new EmploymentStatus(employments);
                case RESIDENCE_PERMIT -> new ResidencePermit();
                case ASSESSMENT -> new Assessment(note == null ? null : note.strip());
            };
        }

        /** The row's field for a field of its criterion ({@code .max}, {@code .municipalities[0]}). */
        String field(String criterionField) {
            String general = INDEX.matcher(criterionField).replaceAll("[]");
            if (general.isEmpty()) {
                // The criterion as a whole: the first field its kind asks for.
                return switch (kind) {
                    case AGE -> "ageMin";
                    case HOUSEHOLD -> "minMembers";
                    default -> "kind";
                };
            }
            return FIELDS.getOrDefault(general, "kind");
        }
    }

    /**
     * One ISEE band; empty when neither is given.
     *
     * @param iseeUpTo the band's highest ISEE; empty for the last band, open above
     */
    record BandRow(BigDecimal iseeUpTo, BigDecimal value) {

        BandRow {
            iseeUpTo = iseeUpTo == null ? null : CheckForm.plain(iseeUpTo);
            value = value == null ? null : CheckForm.plain(value);
        }

        boolean isEmpty() {
            return iseeUpTo == null && value == null;
        }
    }

    /**
     * The form of written criteria, with rows to spare; empty when the page cannot show them (a
     * tree the API wrote, deeper than the page's one group of alternatives): {@code shown} says so.
     */
    static Shown of(ServiceCriteriaView view) {
        List<Row> rows = new ArrayList<>();
        Combinator combinator = Combinator.ALL_OF;
        boolean shown = true;
        if (view.criteria() instanceof Group group) {
            combinator = group.combinator();
            boolean alternatives = false;
            for (AccessCriteria item : group.items()) {
                if (item instanceof Group nested
                        && nested.combinator() == Combinator.ANY_OF
                        && !alternatives
                        && nested.items().stream().noneMatch(Group.class::isInstance)) {
                    alternatives = true;
                    nested.items().forEach(alternative -> rows.add(Row.of(alternative, true)));
                } else {
                    rows.add(Row.of(item, false));
                }
            }
        } else if (view.criteria() != null) {
            rows.add(Row.of(view.criteria(), false));
        }
        if (rows.contains(null)) {
            rows.clear();
            combinator = Combinator.ALL_OF;
            shown = false;
        }
        int count = Math.max(rows.size() + SPARE_ROWS, ROWS);
        while (rows.size() < count) {
            rows.add(Row.empty());
        }
        List<BandRow> bands = new ArrayList<>();
        Bands written = view.bands();
        if (written != null) {
            written.items().forEach(band -> bands.add(new BandRow(band.iseeUpTo(), band.value())));
        }
        int bandCount = Math.max(bands.size() + SPARE_ROWS, BAND_ROWS);
        while (bands.size() < bandCount) {
            bands.add(new BandRow(null, null));
        }
        return new Shown(
                new CriteriaPageForm(
                        combinator,
                        rows,
                        written == null ? null : written.kind(),
                        written == null ? null : written.type(),
                        bands,
                        view.version()),
                shown);
    }

    /** A form, and whether it shows the criteria as written. */
    record Shown(CriteriaPageForm form, boolean complete) {}

    /** What a change of the criteria calls. */
    @FunctionalInterface
    interface Change<T> {
        T replace(AccessCriteria criteria, Bands bands);
    }

    /** Calls the change with the criteria and bands written; a refusal is said of the row and field it is about. */
    <T> T send(Change<T> change) {
        List<AccessCriteria> items = new ArrayList<>();
        List<Integer> rowOfItem = new ArrayList<>();
        List<AccessCriteria> alternatives = new ArrayList<>();
        List<Integer> rowOfAlternative = new ArrayList<>();
        int group = -1;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row == null || row.kind() == null) {
                continue;
            }
            AccessCriteria criterion = row.criterion("rows[" + i + "]");
            if (row.alternative()) {
                if (group < 0) {
                    group = items.size();
                    items.add(null);
                    rowOfItem.add(i);
                }
                alternatives.add(criterion);
                rowOfAlternative.add(i);
            } else {
                items.add(criterion);
                rowOfItem.add(i);
            }
        }
        if (alternatives.size() == 1) {
            throw RuleViolationException.invalid(
                    "rows[" + rowOfAlternative.get(0) + "].alternative", "error.eligibility.oneAlternative");
        }
        if (group >= 0) {
            items.set(group, new Group(Combinator.ANY_OF, alternatives));
        }
        AccessCriteria criteria = items.isEmpty() ? null : new Group(combinator, items);
        List<Bands.Band> bandItems = new ArrayList<>();
        List<Integer> rowOfBand = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            BandRow band = bands.get(i);
            if (band != null && !band.isEmpty()) {
                bandItems.add(new Bands.Band(band.iseeUpTo(), band.value()));
                rowOfBand.add(i);
            }
        }
        Bands written = bandItems.isEmpty() && bandKind == null && bandType == null
                ? null
                : new Bands(bandKind, bandType, bandItems);
        try {
            return change.replace(criteria, written);
        } catch (RuleViolationException refused) {
            String field = field(refused.field(), rowOfItem, group, rowOfAlternative, rowOfBand);
            if (field == null) {
                throw refused;
            }
            throw refused.isConflict()
                    ? RuleViolationException.conflict(field, refused.messageKey(), refused.arguments())
                    : RuleViolationException.invalid(field, refused.messageKey(), refused.arguments());
        }
    }

    /** The form's field for a field of the criteria or the bands; null if the form has none. */
    private String field(
            String refused,
            List<Integer> rowOfItem,
            int group,
            List<Integer> rowOfAlternative,
            List<Integer> rowOfBand) {
        if (refused == null) {
            return null;
        }
        if (refused.equals("criteria.combinator")) {
            return "combinator";
        }
        Matcher criterion = CRITERION.matcher(refused);
        if (criterion.matches()) {
            int item = Integer.parseInt(criterion.group(1));
            if (item >= rowOfItem.size()) {
                return null;
            }
            int row = rowOfItem.get(item);
            if (item == group && criterion.group(3) != null) {
                int alternative = Integer.parseInt(criterion.group(3));
                row = alternative < rowOfAlternative.size() ? rowOfAlternative.get(alternative) : row;
            }
            return "rows[" + row + "]." + rows.get(row).field(criterion.group(4));
        }
        Matcher band = BAND.matcher(refused);
        if (band.matches()) {
            int item = Integer.parseInt(band.group(1));
            int row = item < rowOfBand.size() ? rowOfBand.get(item) : item;
            return "bands[" + row + "]" + band.group(2);
        }
        return switch (refused) {
            case "bands.kind" -> "bandKind";
            case "bands.type" -> "bandType";
            case "bands.items" -> "bands[0].value";
            default -> null;
        };
    }
}
