-- Living plans (issue 18): the family's network in the team, warm handovers confirmed, the revised plan shared,
-- the closure timescale and its reminders.

-- A team member is a practitioner (a userId: they see the plan) or someone in the family's network (no userId: a name,
-- a relationship, how they like to be contacted; they never see the plan).
alter table plan_team_member alter column user_id drop not null;
alter table plan_team_member alter column agency drop not null;
alter table plan_team_member alter column role drop not null;
alter table plan_team_member add column relationship text;
alter table plan_team_member add column contact_preference text;

-- An action owned by someone in the family's network names them, with no agency.
alter table goal_action alter column owner_agency drop not null;

-- A handover records the family's agreement to the new lead; a warm handover still to come is PLANNED until confirmed.
-- Handovers recorded before: HELD, on their warm handover date when it had come when recorded, else PLANNED.
alter table lead_professional_handover add column family_agreed boolean;
alter table lead_professional_handover add column status text;
alter table lead_professional_handover add column held_on date;
update lead_professional_handover set
    status = case when warm_handover_on > (recorded_at at time zone 'Europe/London')::date then 'PLANNED' else 'HELD' end,
    held_on = case when warm_handover_on > (recorded_at at time zone 'Europe/London')::date then null
                   else coalesce(warm_handover_on, (recorded_at at time zone 'Europe/London')::date) end;
alter table lead_professional_handover alter column status set not null;

-- Each time the revised plan was shared; the plan shows the latest against the latest review's due date.
create table plan_sharing (
    id                   uuid        primary key,
    plan_id              uuid        not null references family_plan (id),
    shared_on            date        not null,
    shared_with          jsonb       not null,
    revised_plan_due_by  date,
    recorded_by          text        not null,
    recorded_at          timestamptz not null
);
create index plan_sharing_plan on plan_sharing (plan_id, shared_on);
alter table family_plan add column revised_plan_shared_on date;

-- Closure reminders: ClosureDue on the due day, ClosureOverdue once after it, each once.
alter table family_plan add column closure_due_sent_at timestamptz;
alter table family_plan add column closure_overdue_sent_at timestamptz;
create index family_plan_closure_reminders on family_plan (closure_summary_due_by)
    where status = 'ACTIVE' and closure_summary_due_by is not null and closure_overdue_sent_at is null;
