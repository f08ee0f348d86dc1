package it.zona.municipality;

import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import it.zona.shared.SearchKey;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Search and look-up of the national list. Public data: no access check. */
@Service
@Transactional(readOnly = true)
public class MunicipalityRegistry {

    private final Municipalities municipalities;
    private final PopulationHistory history;

    MunicipalityRegistry(Municipalities municipalities, PopulationHistory history) {
        this.municipalities = municipalities;
        this.history = history;
    }

    /**
     * The total ISTAT population of these municipalities on each date an imported list gave a figure
     * for every one of them (1 January of a year), oldest first.
     */
    public Map<LocalDate, Long> populationHistory(Collection<String> istatCodes) {
        return history.totals(Set.copyOf(istatCodes));
    }

    /** Current municipalities whose name (accents and case aside) or ISTAT code contains {@code query}. */
    public PageView<MunicipalityView> search(String query, int page, int size) {
        String key = query == null ? "" : SearchKey.of(query);
        PageRequest request = PageView.request(page, size, Sort.by("name", "istatCode"));
        return PageView.of(municipalities.search("%" + key + "%", request), Municipality::view);
    }

    public Optional<MunicipalityView> find(String istatCode) {
        return municipalities.findById(istatCode).map(Municipality::view);
    }

    public MunicipalityView require(String istatCode) {
        return find(istatCode).orElseThrow(() -> new NotFoundException("error.municipality.notFound", istatCode));
    }

    /** The municipalities with these codes, by name; unknown codes are left out. */
    public List<MunicipalityView> findAll(Collection<String> istatCodes) {
        return municipalities.findByIstatCodeIn(istatCodes).stream()
                .map(Municipality::view)
                .sorted(Comparator.comparing(MunicipalityView::name).thenComparing(MunicipalityView::istatCode))
                .toList();
    }

    /** Every current municipality, by ISTAT code: the whole national list at once, for bulk work. */
    public List<MunicipalityView> current() {
        return municipalities.findByCeasedFalseOrderByIstatCode().stream()
                .map(Municipality::view)
                .toList();
    }

    public Summary summary() {
        return new Summary(municipalities.countByCeasedFalse(), municipalities.latestPopulationDate());
    }

    public record Summary(long current, LocalDate populationDate) {}
}
