create table step_up_referral (
    id                          uuid        primary key,
    version                     bigint      not null,
    area                        text        not null,
    family_id                   uuid        not null,
    child_member_ids            jsonb       not null,
    plan_id                     uuid,
    review_id                   uuid        unique,
    concerns                    text,
    significant_harm            boolean     not null default false,
    family_consented            boolean,
    no_consent_reason           text,
    early_help_so_far           text,
    status                      text        not null,
    referrer_user_id            text,
    referrer_agency             text,
    lead_professional_user_id   text,
    created_at                  timestamptz not null,
    submitted_at                timestamptz,
    decision                    text,
    decided_on                  date,
    early_help_continues        boolean,
    decided_by                  text
);
create index step_up_referral_family on step_up_referral (area, family_id);
create index step_up_referral_plan on step_up_referral (plan_id);

-- Who may see a family, as other services announce it (registration, consent, assessment, plan).
create table family_link (
    id          uuid    primary key,
    area        text    not null,
    family_id   uuid    not null,
    user_id     text,
    agency      text,
    source_ref  uuid    not null,
    active      boolean not null,
    check (user_id is not null or agency is not null)
);
create index family_link_family on family_link (area, family_id) where active;
create index family_link_source on family_link (source_ref);

alter table step_down
    add column declined_on        date,
    add column decline_reason     text,
    add column closed_by          text,
    add column withdrawn_on       date,
    add column withdrawal_reason  text;
create index step_down_social_worker on step_down (area, social_worker_user_id);
