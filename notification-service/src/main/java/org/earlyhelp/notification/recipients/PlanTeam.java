package org.earlyhelp.notification.recipients;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Who is around a family's plan, as plan-service's events tell it: the lead professional and the
 * team around the family. notification-service keeps this to know whom an event about the family
 * (a withdrawn consent, a closed plan) should reach.
 */
@Entity
@Table(name = "plan_team")
public class PlanTeam {

    @Id
    @Column(name = "plan_id")
    private UUID planId;
    private String area;
    @Column(name = "family_id")
    private UUID familyId;
    @Column(name = "lead_user_id")
    private String leadUserId;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> team;
    private boolean active;

    protected PlanTeam() {
    }

    static PlanTeam of(UUID planId, String area, UUID familyId) {
        PlanTeam plan = new PlanTeam();
        plan.planId = planId;
        plan.area = area;
        plan.familyId = familyId;
        plan.team = new ArrayList<>();
        plan.active = true;
        return plan;
    }

    void lead(String userId) {
        leadUserId = userId;
    }

    void join(List<String> members) {
        LinkedHashSet<String> all = new LinkedHashSet<>(team);
        all.addAll(members);
        team = new ArrayList<>(all);
    }

    void close() {
        active = false;
    }

    /** The lead professional first, then the team, each once. */
    public List<String> everyone() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        if (leadUserId != null) {
            all.add(leadUserId);
        }
        all.addAll(team);
        return List.copyOf(all);
    }

    public UUID planId() { return planId; }
    public String leadUserId() { return leadUserId; }
    public List<String> team() { return team; }
    public boolean active() { return active; }
}
