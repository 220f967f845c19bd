-- Who is around a family's plan (lead professional, team), from plan-service's events.
create table plan_team (
    plan_id         uuid    primary key,
    area            text    not null,
    family_id       uuid    not null,
    lead_user_id    text,
    team            jsonb   not null,
    active          boolean not null
);
create index plan_team_family on plan_team (area, family_id) where active;
