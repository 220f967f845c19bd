-- The family circle (platform.access): who may see a family, learned from events; every service keeps its own.
-- (referral-service kept an earlier copy in family_link; its V4 moves those rows here.)
create table family_circle_link (
    id          uuid    primary key,
    area        text    not null,
    family_id   uuid    not null,
    user_id     text,
    agency      text,
    source_ref  uuid    not null,
    active      boolean not null,
    check (user_id is not null or agency is not null)
);
create index family_circle_link_family on family_circle_link (area, family_id) where active;
create index family_circle_link_source on family_circle_link (source_ref);
