package org.earlyhelp.notification.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** Inserts unless this event already notified this recipient. @return true when inserted. */
    public boolean addOnce(Notification n) {
        int inserted = getEntityManager().createNativeQuery("""
                insert into notification (id, area, recipient, type, family_id, plan_id, message, created_at, event_id, version)
                values (:id, :area, :recipient, :type, :family, :plan, :message, :created, :event, 0)
                on conflict (event_id, recipient) do nothing""")
                .setParameter("id", n.id()).setParameter("area", n.area()).setParameter("recipient", n.recipient())
                .setParameter("type", n.type()).setParameter("family", n.familyId()).setParameter("plan", n.planId())
                .setParameter("message", n.message()).setParameter("created", n.createdAt()).setParameter("event", n.eventId())
                .executeUpdate();
        return inserted == 1;
    }

    public Page<Notification> inboxOf(String area, List<String> recipients, InboxFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("area", area);
        params.put("recipients", recipients);
        StringBuilder query = new StringBuilder("area = :area and recipient in :recipients");
        if (filter.unreadOnly()) {
            query.append(" and readAt is null");
        }
        if (filter.familyId() != null) {
            query.append(" and familyId = :familyId");
            params.put("familyId", filter.familyId());
        }
        query.append(" order by createdAt desc, id");
        PanacheQuery<Notification> found = find(query.toString(), params).page(page.page, page.size);
        return new Page<>(found.list(), page.page, page.size, found.count());
    }

    public long unreadCount(String area, List<String> recipients) {
        return count("area = ?1 and recipient in ?2 and readAt is null", area, recipients);
    }

    /** What arrived after {@code after}, oldest first: what a stream has not sent yet. */
    public List<Notification> arrivedAfter(String area, List<String> recipients, java.time.Instant after, int limit) {
        return find("area = ?1 and recipient in ?2 and createdAt > ?3 order by createdAt, id", area, recipients, after).page(0, limit).list();
    }
}
