package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;

/**
 * The family plan. One family, one plan (domain.md): an event that would open a second plan
 * for a family with an active one joins it instead — its goals are added, its agreed lead
 * professional takes over, and its first review is scheduled unless one is due sooner.
 */
@Entity
@Table(name = "family_plan")
public class FamilyPlan {

    @Id
    private UUID id;
    @Version
    private long version;
    private String area;
    @Column(name = "family_id")
    private UUID familyId;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    @Enumerated(EnumType.STRING)
    private PlanOriginKind origin;
    @Column(name = "origin_ref")
    private UUID originRef;
    @Embedded
    private LeadProfessional leadProfessional;
    @Column(name = "opened_on")
    private LocalDate openedOn;

    @ElementCollection
    @CollectionTable(name = "plan_origin", joinColumns = @JoinColumn(name = "plan_id"))
    private List<PlanOrigin> origins = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_team_member", joinColumns = @JoinColumn(name = "plan_id"))
    @AttributeOverride(name = "userId", column = @Column(name = "user_id"))
    private List<TeamMember> team = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Goal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueBy")
    private List<Review> reviews = new ArrayList<>();

    protected FamilyPlan() {
    }

    /** A change to a plan and the events it raises, to be saved together. */
    public record Change(FamilyPlan plan, List<FamilyEvent> events) {
    }

    /** Opens a plan with its initial review due on {@code initialReviewDue}. */
    public static Change open(String area, UUID familyId, PlanOriginKind origin, UUID originRef, LeadProfessional lead,
            LocalDate openedOn, List<GoalDraft> goals, LocalDate initialReviewDue) {
        FamilyPlan plan = new FamilyPlan();
        plan.id = UUID.randomUUID();
        plan.area = area;
        plan.familyId = familyId;
        plan.status = PlanStatus.ACTIVE;
        plan.origin = origin;
        plan.originRef = originRef;
        plan.leadProfessional = lead;
        plan.openedOn = openedOn;
        plan.origins.add(new PlanOrigin(origin, originRef, openedOn));
        goals.forEach(plan::addGoal);
        Review initial = new Review(plan, ReviewKind.INITIAL, initialReviewDue);
        plan.reviews.add(initial);
        List<FamilyEvent> events = List.of(
                new PlanOpenedV1(familyId, area, plan.id, origin.name(), originRef, lead.toEvent(), plan.teamUserIds(), openedOn, false),
                plan.scheduled(initial));
        return new Change(plan, events);
    }

    /**
     * Another assessment or step-down for a family whose plan is active: it joins this plan.
     * @param newLead the lead professional the joining event agreed, or null to keep the current one
     */
    public Change join(PlanOriginKind joiningOrigin, UUID joiningRef, LeadProfessional newLead, LocalDate joinedOn,
            List<GoalDraft> newGoals, LocalDate firstReviewDue) {
        List<FamilyEvent> events = new ArrayList<>();
        origins.add(new PlanOrigin(joiningOrigin, joiningRef, joinedOn));
        newGoals.forEach(this::addGoal);
        events.add(new PlanOpenedV1(familyId, area, id, joiningOrigin.name(), joiningRef,
                (newLead != null ? newLead : leadProfessional).toEvent(), teamUserIds(), joinedOn, true));
        if (newLead != null && !newLead.userId().equals(leadProfessional.userId())) {
            LeadProfessional previous = leadProfessional;
            leadProfessional = newLead;
            events.add(new LeadProfessionalChangedV1(familyId, area, id, previous.toEvent(), newLead.toEvent(), joinedOn));
        }
        Optional<Review> next = nextReview();
        if (next.isEmpty()) {
            Review review = new Review(this, ReviewKind.INITIAL, firstReviewDue);
            reviews.add(review);
            events.add(scheduled(review));
        } else if (next.get().dueBy().isAfter(firstReviewDue)) {
            next.get().bringForwardTo(firstReviewDue);
            events.add(scheduled(next.get()));
        }
        return new Change(this, events);
    }

    /** Lead professional, team member, or the area's early help team. */
    public boolean isVisibleTo(Caller caller) {
        if (!caller.area().equals(area)) {
            return false;
        }
        return caller.hasRole(Roles.EARLY_HELP_TEAM)
                || caller.userId().equals(leadProfessional.userId())
                || team.stream().anyMatch(member -> member.userId().equals(caller.userId()));
    }

    public Optional<Review> nextReview() {
        return reviews.stream().filter(Review::isOpen).min(Comparator.comparing(Review::dueBy));
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    private void addGoal(GoalDraft draft) {
        goals.add(new Goal(this, goals.size(), draft));
    }

    private ReviewScheduledV1 scheduled(Review review) {
        return new ReviewScheduledV1(familyId, area, id, review.id(), review.kind().name(), review.dueBy(), leadProfessional.userId());
    }

    private List<String> teamUserIds() {
        return team.stream().map(TeamMember::userId).toList();
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String area() { return area; }
    public UUID familyId() { return familyId; }
    public PlanStatus status() { return status; }
    public PlanOriginKind origin() { return origin; }
    public UUID originRef() { return originRef; }
    public LeadProfessional leadProfessional() { return leadProfessional; }
    public LocalDate openedOn() { return openedOn; }
    public List<PlanOrigin> origins() { return List.copyOf(origins); }
    public List<TeamMember> team() { return List.copyOf(team); }
    public List<Goal> goals() { return List.copyOf(goals); }
    public List<Review> reviews() { return List.copyOf(reviews); }
}
