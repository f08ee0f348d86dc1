package it.zona.mail;

import it.zona.identity.Access;
import it.zona.identity.DistrictRole;
import it.zona.shared.NotFoundException;
import it.zona.shared.PageView;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the outbox: a platform admin reads every message, a District's admins (its Ufficio di
 * Piano) those of their Districts, nobody else any. A message of another District is not found.
 */
@Service
@Transactional(readOnly = true)
class Outbox {

    static final int PAGE_SIZE = 25;

    private final OutboxMessages messages;
    private final Delivery delivery;
    private final Access access;

    Outbox(OutboxMessages messages, Delivery delivery, Access access) {
        this.messages = messages;
        this.delivery = delivery;
        this.access = access;
    }

    /** Newest first; {@code status} null for every status. */
    PageView<OutboxMessageView> page(OutboxStatus status, int page, int size) {
        Specification<OutboxMessage> filter = visible()
                .and(
                        status == null
                                ? Specification.unrestricted()
                                : (m, query, where) -> where.equal(m.get("status"), status));
        PageRequest request =
                PageRequest.of(Math.max(page, 0), size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        return PageView.of(messages.findAll(filter, request), OutboxMessage::view);
    }

    OutboxMessageView get(long id) {
        Specification<OutboxMessage> one = (m, query, where) -> where.equal(m.get("id"), id);
        return messages.findOne(visible().and(one))
                .map(OutboxMessage::view)
                .orElseThrow(() -> new NotFoundException("error.outbox.notFound", id));
    }

    /** Without an SMTP server messages stay here, and the page says so. */
    boolean smtpConfigured() {
        return delivery.smtpConfigured();
    }

    private Specification<OutboxMessage> visible() {
        if (access.username().isEmpty()) {
            throw new AuthenticationCredentialsNotFoundException("Sign-in needed");
        }
        if (access.isPlatformAdmin()) {
            return Specification.unrestricted();
        }
        List<Long> districts = access.memberships().entrySet().stream()
                .filter(membership -> membership.getValue() == DistrictRole.ADMIN)
                .map(Map.Entry::getKey)
                .toList();
        if (districts.isEmpty()) {
            throw new AccessDeniedException("District admin needed to read the outbox");
        }
        return (m, query, where) -> m.get("districtId").in(districts);
    }
}
