package it.zona.participation.tables;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one person the lead municipality appoints to coordinate all the tables of a plan. */
@Entity
@Table(name = "tables_coordinator")
class TablesCoordinator {

    @Id
    private Long planId;

    private Long personId;

    @Version
    private long version;

    protected TablesCoordinator() {}

    TablesCoordinator(long planId, long personId) {
        this.planId = planId;
        this.personId = personId;
    }

    void appoint(long personId) {
        this.personId = personId;
    }

    long personId() {
        return personId;
    }

    long version() {
        return version;
    }
}
