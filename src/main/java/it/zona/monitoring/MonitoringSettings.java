package it.zona.monitoring;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The margins the alerts allow (zona.monitoring.*): how many percentage points payments may lag
 * behind the part of their year gone by, how many days minutes may wait for approval after
 * their meeting, how many months an intervention under way may go without a progress entry, and
 * how many days before a fund annuality's reporting deadline its unpaid money is pointed out.
 */
@Component
class MonitoringSettings {

    private final BigDecimal paymentLagMargin;
    private final int minutesDays;
    private final int progressMonths;
    private final int fundDeadlineDays;

    MonitoringSettings(
            @Value("${zona.monitoring.payment-lag-margin:25}") BigDecimal paymentLagMargin,
            @Value("${zona.monitoring.minutes-days:30}") int minutesDays,
            @Value("${zona.monitoring.progress-months:3}") int progressMonths,
            @Value("${zona.monitoring.fund-deadline-days:60}") int fundDeadlineDays) {
        this.paymentLagMargin = paymentLagMargin;
        this.minutesDays = minutesDays;
        this.progressMonths = progressMonths;
        this.fundDeadlineDays = fundDeadlineDays;
    }

    int progressMonths() {
        return progressMonths;
    }

    int fundDeadlineDays() {
        return fundDeadlineDays;
    }

    BigDecimal paymentLagMargin() {
        return paymentLagMargin;
    }

    int minutesDays() {
        return minutesDays;
    }
}
