package it.zona.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The approval a frozen programme (programma attuativo) carries: its year, the day the act approved
 * it, and the act's page when Zona holds the act (a resolution); the act's name is the document's.
 */
@Embeddable
record ProgrammeApproval(
        @Column(name = "programme_year") Integer year,
        @Column(name = "approved_on") LocalDate approvedOn,
        @Column(name = "act_link") String actLink) {}
