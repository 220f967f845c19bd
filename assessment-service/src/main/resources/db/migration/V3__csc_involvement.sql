-- Families children's social care is involved with (a step-up referral to CSC, or a step-down from it),
-- learned from referral-service's events: social workers of the area see these families.
create table csc_involvement (
    family_id   uuid        not null,
    area        text        not null,
    kind        text        not null,
    ref         uuid        not null,
    since       timestamptz not null,
    primary key (family_id, ref)
);
create index csc_involvement_area on csc_involvement (area, family_id);
