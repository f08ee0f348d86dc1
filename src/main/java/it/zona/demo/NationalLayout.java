package it.zona.demo;

import it.zona.municipality.MunicipalityView;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the national data set divides the country into Districts: within each province its
 * municipalities, in ISTAT code order, are cut into ceil(n/13) contiguous groups of nearly equal
 * size (about 650 Districts for the whole list), each led by its most populous municipality. A pure
 * function of the list, so every run divides it the same way.
 */
final class NationalLayout {

    /** The largest number of municipalities in one generated District. */
    static final int MAX_MUNICIPALITIES = 13;

    private static final int MAX_SLUG = 60;
    private static final Comparator<MunicipalityView> MOST_POPULOUS = Comparator.comparingInt(
                    (MunicipalityView m) -> m.population() == null ? 0 : m.population())
            .reversed()
            .thenComparing(MunicipalityView::istatCode);

    private NationalLayout() {}

    /**
     * One District to generate: its slug and name, its province and its member municipalities in
     * ISTAT code order, the lead among them.
     */
    record District(String slug, String name, MunicipalityView lead, List<MunicipalityView> municipalities) {

        String province() {
            return lead.province();
        }

        String provinceCode() {
            return lead.provinceCode();
        }
    }

    /** The Districts of these (current) municipalities, in the order of their first ISTAT code. */
    static List<District> of(List<MunicipalityView> municipalities) {
        Map<String, List<MunicipalityView>> byProvince = municipalities.stream()
                .filter(m -> !m.ceased())
                .sorted(Comparator.comparing(MunicipalityView::istatCode))
                .collect(
                        Collectors.groupingBy(MunicipalityView::provinceCode, LinkedHashMap::new, Collectors.toList()));
        List<List<MunicipalityView>> groups = new ArrayList<>();
        byProvince.values().forEach(province -> groups.addAll(split(province)));
        groups.sort(Comparator.comparing(group -> group.get(0).istatCode()));
        return name(groups);
    }

    /** Contiguous groups of nearly equal size: the first n mod g groups take one more. */
    static List<List<MunicipalityView>> split(List<MunicipalityView> province) {
        int n = province.size();
        int count = (n + MAX_MUNICIPALITIES - 1) / MAX_MUNICIPALITIES;
        List<List<MunicipalityView>> groups = new ArrayList<>();
        int from = 0;
        for (int g = 0; g < count; g++) {
            int size = n / count + (g < n % count ? 1 : 0);
            groups.add(List.copyOf(province.subList(from, from + size)));
            from += size;
        }
        return groups;
    }

    /**
     * Names each group after its lead municipality. A name two leads share gets its province's
     * abbreviation, in the name and in the slug, so that both stay unique and readable.
     */
    private static List<District> name(List<List<MunicipalityView>> groups) {
        List<MunicipalityView> leads = groups.stream()
                .map(group -> group.stream().min(MOST_POPULOUS).orElseThrow())
                .toList();
        Map<String, Long> leadNames = leads.stream()
                .collect(Collectors.groupingBy(m -> m.name().toLowerCase(Locale.ITALIAN), Collectors.counting()));
        Set<String> slugs = new HashSet<>();
        List<District> districts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            MunicipalityView lead = leads.get(i);
            boolean shared = leadNames.get(lead.name().toLowerCase(Locale.ITALIAN)) > 1;
            String place = shared ? lead.name() + " (" + lead.provinceAbbreviation() + ")" : lead.name();
            districts.add(new District(
                    slug(lead, shared, slugs), "Ambito territoriale sociale di " + place, lead, groups.get(i)));
        }
        return districts;
    }

    /** The lead's name as a slug, made unique (and at least three characters long) by its province, then a number. */
    private static String slug(MunicipalityView lead, boolean shared, Set<String> taken) {
        String base = slugOf(lead.name());
        if (shared || base.length() < 3 || taken.contains(base)) {
            base = slugOf(lead.name() + " " + lead.provinceAbbreviation());
        }
        base = base.substring(0, Math.min(base.length(), MAX_SLUG - 4)).replaceAll("-+$", "");
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Lower case ASCII letters and digits, words joined by single dashes: "Sant'Agata de' Goti" becomes "sant-agata-de-goti". */
    static String slugOf(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
