-- Living plans (issue 18): goals and actions are edited and withdrawn, never deleted; every change is kept.
alter table goal add column status text not null default 'OPEN';
alter table goal add column withdrawal_reason text;
alter table goal add column withdrawn_at timestamptz;
alter table goal_action add column withdrawal_reason text;
alter table goal_action add column withdrawn_at timestamptz;

-- The plan's history: one row per change to a goal or an action (what, which fields, who, when, the values before and after).
create table plan_change (
    id          uuid        primary key,
    seq         bigint      generated always as identity,
    plan_id     uuid        not null references family_plan (id),
    at          timestamptz not null,
    by_user_id  text        not null,
    kind        text        not null,
    goal_id     uuid        not null,
    action_id   uuid,
    fields      jsonb       not null,
    old_values  jsonb       not null,
    new_values  jsonb       not null,
    reason      text
);
create index plan_change_plan on plan_change (plan_id, at desc, seq desc);
