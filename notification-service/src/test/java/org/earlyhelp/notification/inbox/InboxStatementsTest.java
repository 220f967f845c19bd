package org.earlyhelp.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.notification.CountedStatements;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The inbox and the unread count cost a fixed number of SQL statements however many notifications a page shows (issue 22):
 * counted with {@link CountedStatements} on the calling thread, in an area of the test's own.
 */
@QuarkusTest
class InboxStatementsTest {

    static final int NOTIFICATIONS = 20;

    @Inject
    NotificationService service;
    @Inject
    NotificationRepository notifications;
    @Inject
    AuditTrail audit;

    String area;
    Caller caller;
    UUID family;

    @BeforeEach
    void inboxOfItsOwn() {
        area = "inbox-" + UUID.randomUUID();
        String user = "reader-" + UUID.randomUUID();
        caller = new Caller(user, area, "school", Set.of(Roles.PRACTITIONER));
        family = UUID.randomUUID();
        Instant at = Instant.parse("2027-03-01T10:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < NOTIFICATIONS; i++) {
                notifications.addOnce(new Notification(UUID.randomUUID(), area, Recipient.user(user), "REVIEW_SCHEDULED", family,
                        UUID.randomUUID(), "The first review of a family plan you lead is due.", at.plusSeconds(i)));
            }
        });
    }

    @Test
    @DisplayName("an unread inbox page costs three statements for 3 notifications as for 20: the page, its count, one audit insert")
    void inboxPageInAFixedNumberOfStatements() {
        Page<?>[] pages = new Page[2];
        List<String> small = CountedStatements.during(() -> pages[0] = service.inboxOf(caller, new InboxFilter(true, null), PageRequest.of(0, 3)));
        List<String> large = CountedStatements.during(
                () -> pages[1] = service.inboxOf(caller, new InboxFilter(true, null), PageRequest.of(0, NOTIFICATIONS)));

        assertThat(pages[0].items()).hasSize(3);
        assertThat(pages[1].items()).hasSize(NOTIFICATIONS);
        assertThat(small).as("statements for 3: %s", small).hasSize(3);
        assertThat(large).as("statements for %d: %s", NOTIFICATIONS, large).hasSize(3);
        assertThat(large).filteredOn(sql -> sql.startsWith("insert into audit_entry")).hasSize(1);
    }

    @Test
    @DisplayName("each notification shown is audited notification.read, one entry each with its family and id")
    void everyNotificationShownIsAudited() {
        Page<Notification> page = service.inboxOf(caller, new InboxFilter(false, null), PageRequest.of(0, NOTIFICATIONS));

        assertThat(audit.ofFamily(area, family, PageRequest.of(0, 100)).items())
                .filteredOn(entry -> entry.action.equals("notification.read"))
                .extracting(entry -> entry.resourceRef)
                .containsExactlyInAnyOrderElementsOf(page.items().stream().map(n -> "notification/" + n.id()).toList());
    }

    @Test
    @DisplayName("the unread count is one statement, and counts only the unread")
    void unreadCountIsOneStatement() {
        UUID read = service.inboxOf(caller, new InboxFilter(true, null), PageRequest.of(0, 1)).items().get(0).id();
        service.markRead(read, caller);
        long[] unread = new long[1];

        List<String> counted = CountedStatements.during(() -> unread[0] = service.unreadCount(caller));

        assertThat(unread[0]).isEqualTo(NOTIFICATIONS - 1);
        assertThat(counted).as("statements: %s", counted).hasSize(1);
    }
}
