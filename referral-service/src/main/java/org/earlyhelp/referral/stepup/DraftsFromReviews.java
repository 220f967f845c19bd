package org.earlyhelp.referral.stepup;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.events.plan.ReviewHeldV1;

/**
 * A review that decided {@code STEP_UP} opens a draft referral for the plan's lead professional,
 * once per review however often the event arrives (inbox, and the review id is unique).
 */
@ApplicationScoped
@Transactional
public class DraftsFromReviews {

    /** Its inbox name: the platform applies each ReviewHeld once for it. */
    public static final String CONSUMER = "referral-drafts";
    static final String STEP_UP = "STEP_UP";

    private final StepUpReferralRepository referrals;
    private final Clock clock;

    public DraftsFromReviews(StepUpReferralRepository referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    public void on(UUID eventId, ReviewHeldV1 review) {
        if (!STEP_UP.equals(review.decision())
                || referrals.draftedFrom(review.reviewId()).isPresent()) {
            return;
        }
        referrals.persist(StepUpReferral.draftFromReview(review.area(), review.familyId(), review.planId(), review.reviewId(),
                review.childMemberIds(), review.leadProfessionalUserId(), clock.instant()));
    }
}
