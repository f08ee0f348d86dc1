package it.zona.monitoring;

import it.zona.district.DistrictRef;
import it.zona.district.DistrictRegistry;
import it.zona.identity.AccountRegistry;
import it.zona.mail.Mail;
import it.zona.mail.Mailer;
import it.zona.shared.PlatformConfig;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a week, each District's standing alerts mailed to each of its admins, in one message. The
 * week's row ({@code alert_digest}) is written in the transaction that queues the mail, and its key
 * refuses a second one: with several nodes, a restart or a run by hand, a District hears of a week
 * once. The lock only spares the other nodes the work. A District without alerts gets no mail.
 */
@Component
class AlertDigest {

    private static final Logger log = LoggerFactory.getLogger(AlertDigest.class);

    private final DistrictRegistry districts;
    private final Alerts alerts;
    private final AccountRegistry accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String baseUrl;

    AlertDigest(
            DistrictRegistry districts,
            Alerts alerts,
            AccountRegistry accounts,
            Mailer mailer,
            MessageSource messages,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${zona.base-url}") String baseUrl) {
        this.districts = districts;
        this.alerts = alerts;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Scheduled(cron = "${zona.monitoring.digest-cron:0 0 7 * * MON}", zone = "Europe/Rome")
    @SchedulerLock(name = "monitoring-alert-digest", lockAtMostFor = "PT30M")
    public void weekly() {
        int sent = send(LocalDate.now(clock.withZone(PlatformConfig.ZONE)));
        if (sent > 0) {
            log.info("Queued the weekly alert digest of {} District(s)", sent);
        }
    }

    /** The digests of the week {@code day} falls in, for the Districts that have not had it; how many went. */
    int send(LocalDate day) {
        LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int sent = 0;
        for (DistrictRef district : districts.refs()) {
            Boolean went = transaction.execute(status -> digest(district, week));
            if (Boolean.TRUE.equals(went)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean digest(DistrictRef district, LocalDate week) {
        List<Alerts.SaidAlert> standing = alerts.said(alerts.unchecked(district.slug()), Locale.ITALIAN);
        List<String> admins = accounts.adminAddresses(district.id());
        if (standing.isEmpty() || admins.isEmpty()) {
            return false;
        }
        // A second node waits on the first one's row, then writes nothing: no error to spoil its transaction.
        int written = jdbc.update(
                "insert into alert_digest (district_id, week_start, alerts, sent_at) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                district.id(),
                week,
                standing.size(),
                java.sql.Timestamp.from(clock.instant()));
        if (written == 0) {
            return false;
        }
        String subject = messages.getMessage(
                "monitoring.digest.subject",
                new Object[] {district.name(), week.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))},
                Locale.ITALIAN);
        StringBuilder text = new StringBuilder(messages.getMessage(
                        "monitoring.digest.intro",
                        new Object[] {district.name(), Integer.toString(standing.size())},
                        Locale.ITALIAN))
                .append("\n\n");
        for (Alerts.SaidAlert alert : standing) {
            text.append("- ")
                    .append(alert.message())
                    .append("\n  ")
                    .append(baseUrl)
                    .append(alert.alert().link())
                    .append('\n');
        }
        text.append('\n')
                .append(messages.getMessage(
                        "monitoring.digest.dashboard",
                        new Object[] {baseUrl + "/districts/" + district.slug() + "/monitoring"},
                        Locale.ITALIAN));
        admins.forEach(address -> mailer.send(Mail.of(district.id(), address, subject, text.toString())));
        return true;
    }
}
