package it.zona.municipality;

import io.swagger.v3.oas.annotations.media.Schema;
import it.zona.identity.Access;
import it.zona.shared.EntityChanged;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-imports a newer ISTAT list. Idempotent: importing the same file twice changes nothing the
 * second time. All or nothing: a file with any bad line changes nothing. A municipality missing
 * from the new list is marked ceased, never deleted, so Districts and documents that reference it
 * keep their meaning; the report says who still uses it.
 */
@Service
class MunicipalityImport {

    private final Municipalities municipalities;
    private final PopulationHistory history;
    private final List<MunicipalityUsage> usages;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    MunicipalityImport(
            Municipalities municipalities,
            PopulationHistory history,
            List<MunicipalityUsage> usages,
            Access access,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.municipalities = municipalities;
        this.history = history;
        this.usages = usages;
        this.access = access;
        this.events = events;
        this.messages = messages;
    }

    @Schema(name = "ImportedFieldChange")
    public record FieldChange(String field, Object before, Object after) {}

    public record Changed(String istatCode, String name, List<FieldChange> changes) {}

    public record Ceased(String istatCode, String name, List<String> stillUsedBy) {}

    public record LineError(long line, String message) {}

    public record Report(
            boolean applied,
            int rows,
            List<MunicipalityView> added,
            List<Changed> updated,
            int unchanged,
            List<Ceased> ceased,
            List<LineError> errors) {}

    @Transactional
    public Report importCsv(Reader csv) throws IOException {
        access.requirePlatformAdmin();
        IstatCsv.Parsed parsed = IstatCsv.parse(csv);
        if (!parsed.ok()) {
            List<LineError> errors = parsed.errors().stream()
                    .map(e -> new LineError(
                            e.line(),
                            messages.getMessage(
                                    e.messageKey(), e.arguments().toArray(), LocaleContextHolder.getLocale())))
                    .toList();
            return new Report(false, parsed.rows().size(), List.of(), List.of(), 0, List.of(), errors);
        }
        Map<String, Municipality> existing = municipalities.findAll().stream()
                .collect(Collectors.toMap(Municipality::istatCode, Function.identity()));
        List<MunicipalityView> added = new ArrayList<>();
        List<Changed> updated = new ArrayList<>();
        Set<String> present = new HashSet<>();
        int unchanged = 0;
        for (IstatCsv.Row row : parsed.rows()) {
            present.add(row.istatCode());
            Municipality municipality = existing.get(row.istatCode());
            if (municipality == null) {
                added.add(municipalities.save(new Municipality(row)).view());
                continue;
            }
            List<FieldChange> changes = municipality.apply(row);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                updated.add(new Changed(row.istatCode(), row.name(), changes));
            }
        }
        List<Municipality> gone = existing.values().stream()
                .filter(m -> !present.contains(m.istatCode()) && !m.isCeased())
                .toList();
        gone.forEach(Municipality::cease);
        // The new municipalities' rows must exist before their population refers to them.
        municipalities.flush();
        history.record(parsed.rows());
        List<Ceased> ceased = describeCeased(gone);
        Report report = new Report(true, parsed.rows().size(), added, updated, unchanged, ceased, List.of());
        events.publishEvent(EntityChanged.updated(
                null,
                "MunicipalityList",
                "istat",
                null,
                new Summary(report.rows(), added.size(), updated.size(), unchanged, ceased.size())));
        return report;
    }

    private List<Ceased> describeCeased(List<Municipality> gone) {
        Set<String> codes = gone.stream().map(Municipality::istatCode).collect(Collectors.toSet());
        Map<String, List<String>> users = new HashMap<>();
        for (MunicipalityUsage usage : usages) {
            usage.usersOf(codes)
                    .forEach((code, names) ->
                            users.computeIfAbsent(code, c -> new ArrayList<>()).addAll(names));
        }
        return gone.stream()
                .map(m -> new Ceased(m.istatCode(), m.view().name(), users.getOrDefault(m.istatCode(), List.of())))
                .toList();
    }

    /** What the audit log keeps of an import. */
    record Summary(int rows, int added, int updated, int unchanged, int ceased) {}
}
