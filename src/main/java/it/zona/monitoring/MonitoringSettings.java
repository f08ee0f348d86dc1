package it.zona.monitoring;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The margins the alerts allow (zona.monitoring.*): how many percentage points payments may lag
 * behind the part of their year gone by, how many days minutes may wait for approval after
 * their meeting, and how many months an intervention under way may go without a progress entry.
 */
@Component
class MonitoringSettings {

    private final BigDecimal paymentLagMargin;
    private final int minutesDays;
    private final int progressMonths;

    MonitoringSettings(
            @Value("${zona.monitoring.payment-lag-margin:25}") BigDecimal paymentLagMargin,
            @Value("${zona.monitoring.minutes-days:30}") int minutesDays,
            @Value("${zona.monitoring.progress-months:3}") int progressMonths) {
        this.paymentLagMargin = paymentLagMargin;
        this.minutesDays = minutesDays;
        this.progressMonths = progressMonths;
    }

    int progressMonths() {
        return progressMonths;
    }

    BigDecimal paymentLagMargin() {
        return paymentLagMargin;
    }

    int minutesDays() {
        return minutesDays;
    }
}
