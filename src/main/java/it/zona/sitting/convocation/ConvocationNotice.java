package it.zona.sitting.convocation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.property.Method;

/**
 * One notice of a sitting's convocation to its members: the convocation itself, a change of it or
 * its cancellation, numbered from 0 as iCalendar's SEQUENCE, with how many members it reached and
 * the names of those it could not, having neither PEC nor e-mail on the day it was sent.
 */
@Entity
@Table(name = "convocation_notice")
class ConvocationNotice {

    /** What a notice tells the members, and the words of its mail. */
    enum Kind {
        CONVENED("sitting.mail.convened.subject", "sitting.mail.convened.text"),
        CHANGED("sitting.mail.changed.subject", "sitting.mail.changed.text"),
        CANCELLED("sitting.mail.cancelled.subject", "sitting.mail.cancelled.text");

        final String subject;
        final String text;

        Kind(String subject, String text) {
            this.subject = subject;
            this.text = text;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sittingId;
    private Long districtId;

    @Column(name = "sequence_no")
    private int sequence;

    private String method;
    private Instant sentAt;
    private int reached;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "convocation_notice_unreached", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_name")
    private List<String> unreached = new ArrayList<>();

    protected ConvocationNotice() {}

    ConvocationNotice(
            long sittingId,
            long districtId,
            int sequence,
            boolean cancelled,
            int reached,
            List<String> unreached,
            Instant sentAt) {
        this.sittingId = sittingId;
        this.districtId = districtId;
        this.sequence = sequence;
        this.method = cancelled ? Method.VALUE_CANCEL : Method.VALUE_REQUEST;
        this.reached = reached;
        this.unreached.addAll(unreached);
        this.sentAt = sentAt;
    }

    Kind kind() {
        if (Method.VALUE_CANCEL.equals(method)) {
            return Kind.CANCELLED;
        }
        return sequence == 0 ? Kind.CONVENED : Kind.CHANGED;
    }

    int sequence() {
        return sequence;
    }

    Instant sentAt() {
        return sentAt;
    }

    int reached() {
        return reached;
    }

    List<String> unreached() {
        return List.copyOf(unreached);
    }
}
