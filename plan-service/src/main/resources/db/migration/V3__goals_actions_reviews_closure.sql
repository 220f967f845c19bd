create table goal_action (
    id            uuid primary key,
    goal_id       uuid not null references goal (id),
    position      int  not null,
    description   text not null,
    owner_name    text not null,
    owner_agency  text not null,
    due_date      date not null,
    status        text not null
);
create index goal_action_goal on goal_action (goal_id);

create table lead_professional_handover (
    id                uuid        primary key,
    plan_id           uuid        not null references family_plan (id),
    from_user_id      text        not null,
    from_name         text        not null,
    from_agency       text        not null,
    to_user_id        text        not null,
    to_name           text        not null,
    to_agency         text        not null,
    to_role           text        not null,
    warm_handover_on  date,
    note              text,
    recorded_by       text        not null,
    recorded_at       timestamptz not null
);
create index lead_professional_handover_plan on lead_professional_handover (plan_id);

alter table review add column attendees jsonb;
alter table review add column child_and_family_views text;
alter table review add column action_progress jsonb;
alter table review add column held_by text;

alter table family_plan add column revised_plan_due_by date;
alter table family_plan add column closure_summary_due_by date;
alter table family_plan add column closure_reason text;
alter table family_plan add column closed_on date;
alter table family_plan add column closure_summary text;
alter table family_plan add column consent_withdrawn_on date;
