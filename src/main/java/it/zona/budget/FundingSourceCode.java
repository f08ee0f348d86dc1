package it.zona.budget;

import java.util.List;

/**
 * The usual sources of a social plan's money, which every District starts with. The municipal
 * co-funding is the one the member municipalities share among themselves.
 */
enum FundingSourceCode {
    FNPS("Fondo nazionale per le politiche sociali (FNPS)"),
    FNA("Fondo per le non autosufficienze (FNA)"),
    POVERTY_FUND("Quota servizi del Fondo Povertà"),
    REGIONAL("Fondi regionali"),
    MUNICIPAL("Cofinanziamento comunale"),
    HEALTH("ASL – quota sanitaria"),
    EU_PNRR("Fondi UE e PNRR"),
    CO_PAYMENT("Compartecipazione degli utenti"),
    OTHER("Altre risorse");

    static final List<FundingSourceCode> DEFAULTS = List.of(values());

    private final String defaultName;

    FundingSourceCode(String defaultName) {
        this.defaultName = defaultName;
    }

    String defaultName() {
        return defaultName;
    }
}
