package it.zona.budget;

import it.zona.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** People working for the plan in a year: a professional role, in full-time equivalents, and who employs them. */
@Entity
@Table(name = "staffing")
class Staffing {

    static final BigDecimal MAX_FTE = new BigDecimal("9999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    @Column(name = "staffing_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ProfessionalRole role;

    private String description;
    private BigDecimal fte;
    private Long organizationId;
    private Long interventionId;

    @Version
    private long version;

    protected Staffing() {}

    Staffing(long planId) {
        this.planId = planId;
    }

    /** Takes values whose references were checked; the FTE must be positive with two decimals at most. */
    void apply(StaffingForm form) {
        BigDecimal value = form.fte();
        if (value == null || value.signum() <= 0) {
            throw RuleViolationException.invalid("fte", "error.staffing.ftePositive");
        }
        if (value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_FTE) > 0) {
            throw RuleViolationException.invalid("fte", "error.staffing.fteFormat");
        }
        this.year = form.year();
        this.role = form.role();
        this.description = form.description() == null || form.description().isBlank()
                ? null
                : form.description().strip();
        this.fte = value.setScale(2);
        this.organizationId = form.organizationId();
        this.interventionId = form.interventionId();
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    int year() {
        return year;
    }

    ProfessionalRole role() {
        return role;
    }

    String description() {
        return description;
    }

    BigDecimal fte() {
        return fte;
    }

    Long organizationId() {
        return organizationId;
    }

    Long interventionId() {
        return interventionId;
    }

    long version() {
        return version;
    }
}
