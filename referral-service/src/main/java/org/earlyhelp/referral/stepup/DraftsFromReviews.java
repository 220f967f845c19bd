package org.earlyhelp.referral.stepup;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.platform.inbox.Inbox;

/**
 * A review that decided {@code STEP_UP} opens a draft referral for the plan's lead professional,
 * once per review however often the event arrives (inbox, and the review id is unique).
 */
@ApplicationScoped
@Transactional
public class DraftsFromReviews {

    static final String CONSUMER = "referral-drafts";
    static final String STEP_UP = "STEP_UP";

    private final StepUpReferralRepository referrals;
    private final Inbox inbox;
    private final Clock clock;

    public DraftsFromReviews(StepUpReferralRepository referrals, Inbox inbox, Clock clock) {
        this.referrals = referrals;
        this.inbox = inbox;
        this.clock = clock;
    }

    public void on(UUID eventId, ReviewHeldV1 review) {
        if (!inbox.firstDelivery(eventId, CONSUMER) || !STEP_UP.equals(review.decision())
                || referrals.draftedFrom(review.reviewId()).isPresent()) {
            return;
        }
        referrals.persist(StepUpReferral.draftFromReview(review.area(), review.familyId(), review.planId(), review.reviewId(),
                review.childMemberIds(), review.leadProfessionalUserId(), clock.instant()));
    }
}
