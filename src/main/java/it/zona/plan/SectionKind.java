package it.zona.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The chapters every plan has (seed 003 asks the plan to say how services are integrated, how
 * public services collaborate, how the ASL was consulted and how data reach the information
 * system), in their order in the document, and the free chapters a District adds after them.
 */
public enum SectionKind {
    CONTEXT("Analisi del contesto"),
    PREVIOUS_RESULTS("Risultati del piano precedente"),
    SERVICE_INTEGRATION("Integrazione dei servizi"),
    PUBLIC_COLLABORATION("Collaborazione tra i servizi pubblici"),
    HEALTH_CONCERTATION("Concertazione con l'ASL e integrazione socio-sanitaria"),
    INFORMATION_SYSTEM("Raccolta dei dati per il sistema informativo"),
    FREE(null);

    /** The chapter's title in a new plan; the District may retitle it. */
    private final String defaultTitle;

    SectionKind(String defaultTitle) {
        this.defaultTitle = defaultTitle;
    }

    String defaultTitle() {
        return defaultTitle;
    }

    public boolean standard() {
        return this != FREE;
    }

    static List<SectionKind> standardKinds() {
        return Arrays.stream(values()).filter(SectionKind::standard).toList();
    }
}
