-- Living plans (issue 18): reviews as TAF meetings, goal outcomes, reviews rescheduled.

-- What a TAF meeting recorded, besides attendees, views, progress and the decision (narrative stays here, never in events).
alter table review add column invited jsonb;
alter table review add column contributions jsonb;
alter table review add column significant_events text;
alter table review add column agreed_by_family boolean;
alter table review add column agreed_by_professionals boolean;
alter table review add column goal_outcomes jsonb;

-- A goal's latest outcome (its status holds ACHIEVED, PARTLY_ACHIEVED or NOT_ACHIEVED): the note, the day, the review (none at closure).
alter table goal add column outcome_note text;
alter table goal add column outcome_recorded_on date;
alter table goal add column outcome_review_id uuid;

-- The history also keeps changes to reviews (a reschedule): those name a review, not a goal.
alter table plan_change alter column goal_id drop not null;
alter table plan_change add column review_id uuid;
alter table plan_change add constraint plan_change_names_what check (goal_id is not null or review_id is not null);
