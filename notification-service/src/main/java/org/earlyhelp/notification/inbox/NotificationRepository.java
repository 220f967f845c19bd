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

    public Page<Notification> inboxOf(String area, List<String> recipients, boolean unreadOnly, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("area", area);
        params.put("recipients", recipients);
        String query = "area = :area and recipient in :recipients" + (unreadOnly ? " and readAt is null" : "")
                + " order by createdAt desc, id";
        PanacheQuery<Notification> found = find(query, params).page(page.page, page.size);
        return new Page<>(found.list(), page.page, page.size, found.count());
    }
}
