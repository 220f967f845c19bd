-- Professional disagreements (issue 19): stage 1 practitioners, 2 managers, 3 the safeguarding partnership's lead; each
-- stage answered by respond_by (working days from the stage's start, as recorded). history holds every step with its text.
create table escalation (
    id                  uuid        primary key,
    version             bigint      not null,
    area                text        not null,
    family_id           uuid        not null,
    with_agency         text        not null,
    concern             text        not null,
    desired_outcome     text        not null,
    raised_by_user_id   text        not null,
    raised_by_agency    text        not null,
    raised_on           date        not null,
    raised_at           timestamptz not null,
    stage               integer     not null check (stage between 1 and 3),
    status              text        not null,
    stage_started_on    date        not null,
    respond_by          date        not null,
    last_step_on        date        not null,
    resolved_on         date,
    history             jsonb       not null,
    due_soon_stage      integer,
    overdue_stage       integer
);
create index escalation_family on escalation (area, family_id);
-- what the reminders look for: open stages by their answer's day
create index escalation_reminders on escalation (status, respond_by) where status = 'OPEN';
