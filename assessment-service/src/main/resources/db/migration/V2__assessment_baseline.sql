create table family (
    id                    uuid        primary key,
    version               bigint      not null,
    area                  text        not null,
    family_name           text        not null,
    postcode              text        not null,
    registered_by         text        not null,
    registered_by_agency  text,
    registered_at         timestamptz not null
);
create index family_area on family (area, registered_by);

create table family_member (
    id             uuid primary key,
    family_id      uuid not null references family (id),
    position       int  not null,
    given_name     text not null,
    family_name    text not null,
    date_of_birth  date not null,
    role           text not null,
    nhs_number     text,
    upn            text
);
create index family_member_family on family_member (family_id);
create index family_member_nhs on family_member (nhs_number) where nhs_number is not null;
create index family_member_identity on family_member (lower(family_name), date_of_birth);

create table consent (
    id                  uuid        primary key,
    version             bigint      not null,
    area                text        not null,
    family_id           uuid        not null references family (id),
    given_by_member_id  uuid        not null,
    method              text        not null,
    given_on            date        not null,
    recorded_by         text        not null,
    recorded_at         timestamptz not null,
    withdrawn_on        date,
    withdrawal_reason   text,
    withdrawn_by        text
);
create index consent_family on consent (family_id);
create table consent_member (consent_id uuid not null references consent (id), member_id uuid not null);
create table consent_purpose (consent_id uuid not null references consent (id), purpose text not null);
create table consent_agency (consent_id uuid not null references consent (id), agency text not null);
create index consent_agency_agency on consent_agency (agency);

create table sharing_decision (
    id               uuid        primary key,
    area             text        not null,
    family_id        uuid        not null references family (id),
    shared           boolean     not null,
    with_consent     boolean     not null,
    what             text        not null,
    with_whom        text        not null,
    reason           text        not null,
    manager_user_id  text,
    decided_by       text        not null,
    decided_at       timestamptz not null
);
create index sharing_decision_family on sharing_decision (family_id);

create table assessment (
    id                      uuid        primary key,
    version                 bigint      not null,
    area                    text        not null,
    family_id               uuid        not null references family (id),
    child_member_ids        jsonb       not null,
    lp_user_id              text        not null,
    lp_name                 text        not null,
    lp_agency               text        not null,
    lp_role                 text        not null,
    reason_for_assessment   text        not null,
    status                  text        not null,
    content                 jsonb       not null,
    created_by              text        not null,
    created_at              timestamptz not null,
    completed_on            date,
    completed_by            text
);
create index assessment_family on assessment (family_id);
create index assessment_lead on assessment (lp_user_id);
