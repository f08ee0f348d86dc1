package it.zona.document;

import it.zona.plan.PlanStage;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A frozen official version, without its bytes: what it is, when and at which stage of the plan it
 * was frozen, and its SHA-256 (hex). {@code frozenBy} is shown to the District's staff only. A year's
 * programme also says its {@code year}, the day it was {@code approvedOn} and, when Zona holds the
 * act, the act's page ({@code actLink}).
 */
record OfficialDocumentView(
        long id,
        long planId,
        DocumentKind kind,
        String title,
        String fileName,
        PlanStage planStage,
        LocalDate frozenOn,
        Instant frozenAt,
        String frozenBy,
        String act,
        String actLink,
        Integer year,
        LocalDate approvedOn,
        String sha256,
        long size) {

    OfficialDocumentView withoutActor() {
        return new OfficialDocumentView(
                id,
                planId,
                kind,
                title,
                fileName,
                planStage,
                frozenOn,
                frozenAt,
                null,
                act,
                actLink,
                year,
                approvedOn,
                sha256,
                size);
    }

    /** The size in kilobytes, rounded up, for people to read. */
    public long sizeKb() {
        return (size + 1023) / 1024;
    }
}
