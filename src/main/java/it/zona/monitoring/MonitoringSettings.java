package it.zona.monitoring;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The margins the alerts allow (zona.monitoring.*): how many percentage points payments may lag
 * behind the part of their year gone by, and how many days minutes may wait for approval after
 * their meeting.
 */
@Component
class MonitoringSettings {

    private final BigDecimal paymentLagMargin;
    private final int minutesDays;

    MonitoringSettings(
            @Value("${zona.monitoring.payment-lag-margin:25}") BigDecimal paymentLagMargin,
            @Value("${zona.monitoring.minutes-days:30}") int minutesDays) {
        this.paymentLagMargin = paymentLagMargin;
        this.minutesDays = minutesDays;
    }

    BigDecimal paymentLagMargin() {
        return paymentLagMargin;
    }

    int minutesDays() {
        return minutesDays;
    }
}
