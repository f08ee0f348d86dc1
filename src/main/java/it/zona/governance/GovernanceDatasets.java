package it.zona.governance;

import it.zona.district.DistrictRef;
import it.zona.opendata.DataTheme;
import it.zona.opendata.DatasetColumn;
import it.zona.opendata.OpenDataset;
import it.zona.opendata.UpdateFrequency;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who governs the District, as its public page says: its governing bodies, and the members sitting in
 * each today with their role and the municipality they represent. An office-holder's name is public;
 * their contacts are not in any dataset.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceDatasets {

    @Bean
    OpenDataset governingBodiesDataset(GovernanceRegistry governance) {
        return new OpenDataset(
                "governing-bodies",
                30,
                DataTheme.GOVE,
                UpdateFrequency.IRREG,
                List.of(
                        DatasetColumn.integer("id"),
                        DatasetColumn.text("type"),
                        DatasetColumn.text("name"),
                        DatasetColumn.text("description"),
                        DatasetColumn.integer("current_members")),
                (district, sink) -> bodies(governance, district)
                        .forEach(body -> sink.row(body.id(), body.type().name(), body.name(), body.description(), (long)
                                body.currentMembers().size())));
    }

    /**
     * The members of each body today. A member is known to Zona by its body and its place in the
     * body's list ({@code 12-3}), as the API's addresses name it.
     */
    @Bean
    OpenDataset governingBodyMembersDataset(GovernanceRegistry governance) {
        return new OpenDataset(
                "governing-body-members",
                31,
                DataTheme.GOVE,
                UpdateFrequency.IRREG,
                List.of(
                        DatasetColumn.text("id"),
                        DatasetColumn.integer("governing_body_id"),
                        DatasetColumn.text("name"),
                        DatasetColumn.text("role"),
                        DatasetColumn.text("municipality"),
                        DatasetColumn.text("municipality_name"),
                        DatasetColumn.date("start_date")),
                (district, sink) -> bodies(governance, district)
                        .forEach(body -> body.currentMembers()
                                .forEach(member -> sink.row(
                                        body.id() + "-" + member.index(),
                                        body.id(),
                                        member.personName(),
                                        member.role().name(),
                                        member.municipality(),
                                        member.municipalityName(),
                                        member.startDate()))));
    }

    private static List<GoverningBodyView> bodies(GovernanceRegistry governance, DistrictRef district) {
        return governance.list(district.slug()).stream()
                .sorted(Comparator.comparingLong(GoverningBodyView::id))
                .toList();
    }
}
