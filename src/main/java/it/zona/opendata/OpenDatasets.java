package it.zona.opendata;

import it.zona.audit.ChangeLog;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The datasets every District publishes, as the modules that own the data declare them. */
@Service
class OpenDatasets {

    private final List<OpenDataset> datasets;
    private final ChangeLog changes;

    OpenDatasets(List<OpenDataset> datasets, ChangeLog changes) {
        this.datasets = datasets.stream()
                .sorted(Comparator.comparingInt(OpenDataset::position).thenComparing(OpenDataset::key))
                .toList();
        this.changes = changes;
        long keys = this.datasets.stream().map(OpenDataset::key).distinct().count();
        if (keys != this.datasets.size()) {
            throw new IllegalStateException("Two open datasets share a key: " + this.datasets);
        }
    }

    public List<OpenDataset> all() {
        return datasets;
    }

    public Optional<OpenDataset> find(String key) {
        return datasets.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /**
     * When the District's data last changed, as the audit log recorded it: the modification date of
     * each of its datasets (no dataset holds data a change outside the log could alter).
     */
    public Optional<Instant> lastModified(long districtId) {
        return changes.lastChangeAt(districtId);
    }
}
