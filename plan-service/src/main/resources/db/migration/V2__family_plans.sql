create table family_plan (
    id            uuid        primary key,
    version       bigint      not null,
    area          text        not null,
    family_id     uuid        not null,
    status        text        not null,
    origin        text        not null,
    origin_ref    uuid,
    lp_user_id    text        not null,
    lp_name       text        not null,
    lp_agency     text        not null,
    lp_role       text        not null,
    opened_on     date        not null
);
-- One family, one plan: at most one active plan per family in an area.
create unique index family_plan_one_active on family_plan (area, family_id) where status = 'ACTIVE';
create index family_plan_lead on family_plan (area, lp_user_id, status);

create table plan_origin (
    plan_id     uuid not null references family_plan (id),
    origin      text not null,
    origin_ref  uuid,
    joined_on   date not null
);
create index plan_origin_ref on plan_origin (origin, origin_ref);

create table plan_team_member (
    plan_id  uuid not null references family_plan (id),
    user_id  text not null,
    name     text not null,
    agency   text not null,
    role     text not null
);
create index plan_team_member_user on plan_team_member (user_id);

create table goal (
    id              uuid primary key,
    plan_id         uuid not null references family_plan (id),
    position        int  not null,
    need_indicator  text not null,
    description     text not null,
    measure         text,
    target_date     date,
    draft           boolean not null
);
create index goal_plan on goal (plan_id);

create table review (
    id        uuid primary key,
    plan_id   uuid not null references family_plan (id),
    kind      text not null,
    due_by    date not null,
    status    text not null,
    held_on   date,
    decision  text
);
create index review_plan on review (plan_id);
create index review_due on review (status, due_by);
