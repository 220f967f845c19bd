-- Issue 19: unborn children, help declined, sharing decisions that can be trusted.

-- An unborn child: an expected date of birth, no date of birth, names only if chosen. At birth the same row becomes a
-- CHILD with a date of birth and a given name; the expected date is kept.
alter table family_member alter column given_name drop not null;
alter table family_member alter column family_name drop not null;
alter table family_member alter column date_of_birth drop not null;
alter table family_member add column expected_date_of_birth date;
alter table family_member add constraint family_member_born_or_expected
    check ((role = 'UNBORN' and date_of_birth is null and expected_date_of_birth is not null)
        or (role <> 'UNBORN' and date_of_birth is not null and given_name is not null));

-- The family declined early help: who, when, why, which universal services were offered (a JSON array of names).
create table consent_refusal (
    id                          uuid        primary key,
    family_id                   uuid        not null references family (id),
    area                        text        not null,
    refused_by_member_id        uuid        not null,
    refused_on                  date        not null,
    reasons                     text        not null,
    universal_services_offered  jsonb       not null,
    told_data_is_recorded       boolean     not null check (told_data_is_recorded),
    recorded_by                 text        not null,
    recorded_at                 timestamptz not null
);
create index consent_refusal_family on consent_refusal (family_id);

-- A sharing decision's ground, when it was shared, and a manager's answer to a share without consent.
-- Decisions recorded before: a share on consent keeps ground CONSENT; others have no ground (not asked then). All RECORDED.
alter table sharing_decision add column version bigint not null default 0;
alter table sharing_decision add column ground text;
alter table sharing_decision add column shared_on date;
alter table sharing_decision add column status text not null default 'RECORDED';
alter table sharing_decision add column approval_decided_by text;
alter table sharing_decision add column approval_decided_on date;
alter table sharing_decision add column approval_note text;
update sharing_decision set ground = 'CONSENT' where shared and with_consent;
create index sharing_decision_pending on sharing_decision (area, status) where status = 'PENDING_APPROVAL';
