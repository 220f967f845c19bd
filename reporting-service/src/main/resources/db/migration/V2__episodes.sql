-- The read model of episodes (reporting-service), fed by events in any order: each handler upserts only the columns its
-- event knows. Codes, ids and dates only: no names, no dates of birth, no narrative. Every row carries its area.

-- An episode: a plan from its opening (PlanOpened, joined false) to its closure (PlanClosed), keyed by the plan id.
create table episode (
    plan_id            uuid primary key,
    area               text not null,
    family_id          uuid not null,
    origin             text,              -- ASSESSMENT | STEP_DOWN | MANUAL (PlanOpened.origin)
    origin_ref         uuid,              -- the assessment id or step-down id that opened it (null for MANUAL)
    opened_on          date,              -- null until its PlanOpened is seen
    lead_agency        text,              -- the opening lead professional's agency
    closed_on          date,              -- PlanClosed.agreedOn
    closure_reason     text,
    goals              int,
    goals_achieved     int,
    outcomes_achieved  boolean not null default false  -- closed OUTCOMES_ACHIEVED with every goal (> 0) achieved
);
create index episode_area_opened on episode (area, opened_on);
create index episode_area_closed on episode (area, closed_on);
create index episode_area_family on episode (area, family_id, opened_on);

-- Every origin a plan took in: the one that opened it and each that joined it later (PlanOpened with an originRef).
create table plan_origin (
    plan_id     uuid not null,
    origin_ref  uuid not null,
    area        text not null,
    origin      text not null,
    joined      boolean not null,
    on_date     date not null,            -- PlanOpened.openedOn: the day it opened or joined the episode
    primary key (plan_id, origin_ref)
);
create index plan_origin_ref on plan_origin (origin_ref);

-- What an opening event said, by its id: an assessment (AssessmentCompleted) or an accepted step-down (StepDownAccepted).
create table origin (
    origin_ref      uuid primary key,
    area            text not null,
    family_id       uuid not null,
    kind            text not null,        -- ASSESSMENT | STEP_DOWN
    on_date         date not null,        -- completedOn | acceptedOn
    level_of_need   text
);
create index origin_area_kind_date on origin (area, kind, on_date);

-- The children an origin names (named: in its childMemberIds), with their age in whole years at the origin's date when
-- known (AssessmentCompleted.childAges, or ChildAgesRecorded for a step-down, which may come first).
create table origin_child (
    origin_ref  uuid not null,
    member_id   uuid not null,
    area        text not null,
    named       boolean not null default false,
    age         int,
    primary key (origin_ref, member_id)
);

-- The need indicators an origin identified (assessment needs[].indicator, step-down goals[].needIndicator), each once.
create table origin_need (
    origin_ref  uuid not null,
    indicator   text not null,
    area        text not null,
    primary key (origin_ref, indicator)
);

-- Reviews by review id: the first due date it was given, its kind, and when held what it decided.
create table review (
    review_id       uuid primary key,
    area            text not null,
    family_id       uuid not null,
    plan_id         uuid not null,
    kind            text,                 -- INITIAL | REGULAR
    first_due_by    date,                 -- the first ReviewScheduled.dueBy (a reschedule does not move it)
    held_on         date,
    decision        text,                 -- CONTINUE | STEP_UP | CLOSE
    closure_due_by  date
);
create index review_area_due on review (area, first_due_by) where kind = 'INITIAL';
create index review_area_held on review (area, held_on);
create index review_plan_held on review (plan_id, held_on);
create index review_area_closure_due on review (area, closure_due_by) where decision = 'CLOSE';

-- Changes of lead professional: the new lead's agency from the day it took effect (changedOn, else warmHandoverOn).
create table lead_change (
    event_id      uuid primary key,
    seq           bigint generated always as identity,
    area          text not null,
    plan_id       uuid not null,
    agency        text,
    effective_on  date
);
create index lead_change_plan on lead_change (plan_id, effective_on);

-- Step-up referrals by referral id: the day referred (referredOn, else the Europe/London day of submittedAt), whether
-- significant harm is suspected, and CSC's decision when recorded.
create table step_up (
    referral_id  uuid primary key,
    area         text not null,
    family_id    uuid not null,
    referred_on  date,
    urgent       boolean,
    decision     text
);
create index step_up_area_referred on step_up (area, referred_on);
create index step_up_area_family on step_up (area, family_id, referred_on);
