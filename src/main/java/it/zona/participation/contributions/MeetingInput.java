package it.zona.participation.contributions;

import it.zona.organization.OrganizationRegistry;
import it.zona.participation.meetings.MeetingFacts;
import it.zona.participation.meetings.MeetingRegistry;
import it.zona.participation.meetings.MeetingView;
import it.zona.participation.space.PlanningSpaces;
import it.zona.participation.tables.TableMemberView;
import it.zona.participation.tables.TableNames;
import it.zona.participation.tables.TableRegistry;
import it.zona.plan.PlanFacts;
import it.zona.programme.Named;
import it.zona.shared.RuleViolationException;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules shared by what is recorded at a meeting (needs heard, proposals, progress notes): a
 * table's meeting speaks of the table's areas and hears the organisations seated there that day; a
 * plenary meeting speaks of any of the plan's areas and hears any organisation of the District.
 */
@Component
@Transactional(readOnly = true)
class MeetingInput {

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MeetingRegistry meetings;
    private final TableRegistry tables;
    private final PlanningSpaces spaces;
    private final OrganizationRegistry organizations;

    MeetingInput(
            MeetingRegistry meetings, TableRegistry tables, PlanningSpaces spaces, OrganizationRegistry organizations) {
        this.meetings = meetings;
        this.tables = tables;
        this.spaces = spaces;
        this.organizations = organizations;
    }

    PlanFacts plan(long planId) {
        return spaces.plan(planId);
    }

    MeetingFacts meeting(long meetingId) {
        return meetings.facts(meetingId);
    }

    MeetingView view(MeetingFacts meeting) {
        return meetings.get(meeting.id());
    }

    /** The areas a meeting may speak of: its table's, or all the plan's for a plenary. */
    List<Named> areas(MeetingFacts meeting) {
        List<Named> planAreas = tables.areas(meeting.planId());
        if (meeting.tableId() == null) {
            return planAreas;
        }
        Set<Long> tableAreas = tables.facts(meeting.tableId()).areaIds();
        return planAreas.stream().filter(a -> tableAreas.contains(a.id())).toList();
    }

    void requireArea(MeetingFacts meeting, Long areaId, String field) {
        if (areas(meeting).stream().noneMatch(a -> a.id() == areaId)) {
            if (meeting.tableId() != null) {
                throw RuleViolationException.invalid(
                        field,
                        "error.contribution.areaOutsideTable",
                        TableNames.referenceTo(tables.facts(meeting.tableId()).name()));
            }
            throw RuleViolationException.invalid(field, "error.contribution.noArea");
        }
    }

    /** The organisations the meeting hears: seated at its table that day, or the District's for a plenary. */
    List<Named> organizations(MeetingFacts meeting) {
        if (meeting.tableId() == null) {
            return organizations.all(spaces.plan(meeting.planId()).districtSlug()).stream()
                    .map(o -> new Named(o.id(), o.name()))
                    .toList();
        }
        return meetings.seatedOn(meeting).stream()
                .map(TableMemberView::organization)
                .toList();
    }

    void requireOrganization(MeetingFacts meeting, Long organizationId, String field) {
        if (meeting.tableId() == null) {
            organizations.require(meeting.districtId(), organizationId, field);
            return;
        }
        if (organizations(meeting).stream().noneMatch(o -> o.id() == organizationId)) {
            String name = names(meeting.districtId(), List.of(organizationId))
                    .getOrDefault(organizationId, "#" + organizationId);
            throw RuleViolationException.invalid(
                    field, "error.contribution.notSeated", name, meeting.date().format(ITALIAN_DATE));
        }
    }

    Map<Long, String> names(long districtId, Collection<Long> organizationIds) {
        return organizations.names(districtId, organizationIds);
    }

    Map<Long, String> areaNames(long planId) {
        return tables.areas(planId).stream().collect(Collectors.toMap(Named::id, Named::name));
    }

    String tableName(Long tableId) {
        return tableId == null ? null : tables.facts(tableId).name();
    }

    /** Where the plan's needs analysis says a need was heard, in the plan document's words. */
    String heardWhere(MeetingFacts meeting) {
        String day = meeting.date().format(ITALIAN_DATE);
        return meeting.tableId() == null
                ? "Riunione plenaria del " + day
                : tableLabel(tables.facts(meeting.tableId()).name()) + ", riunione del " + day;
    }

    /**
     * A table's name as a label in the plan document: "Tavolo Anziani" for a table named "Anziani",
     * but the name itself when it already says it is a table ("Tavolo tecnico Salute mentale"), by
     * the same rule as {@link TableNames}, never "Tavolo Tavolo".
     */
    static String tableLabel(String name) {
        return TableNames.saysTable(name) ? name : "Tavolo " + name;
    }
}
