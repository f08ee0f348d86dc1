package it.zona.participation.meetings;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every few minutes, the reminder of each meeting starting within a day, once: the meeting is
 * marked in the transaction that queues the mail, and the lock makes one node do it when several
 * share the database. A restart changes nothing: what was marked is not sent again.
 */
@Component
class MeetingReminderJob {

    private static final Logger log = LoggerFactory.getLogger(MeetingReminderJob.class);

    private final MeetingRegistry meetings;

    MeetingReminderJob(MeetingRegistry meetings) {
        this.meetings = meetings;
    }

    @Scheduled(
            fixedDelayString = "${zona.meetings.reminder-interval:PT5M}",
            initialDelayString = "${zona.meetings.reminder-interval:PT5M}")
    @SchedulerLock(name = "participation-meeting-reminders", lockAtMostFor = "PT10M")
    @Transactional
    public void remind() {
        int reminded = meetings.remindDue();
        if (reminded > 0) {
            log.info("Queued the reminders of {} meeting(s)", reminded);
        }
    }
}
