package it.zona.spending;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The reporting of a fund annuality as the office records it: the deadline (blank for none known),
 * and the day and act of the report once sent (blank while it is not).
 */
public record FundAnnualityForm(
        LocalDate reportingDeadline,
        LocalDate reportedOn,
        @Size(max = 200) String reportAct,
        Long version) {}
