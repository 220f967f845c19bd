-- The family circle moved to the platform (table family_circle_link, created by the platform's V1_4): keep what
-- referral-service had learned, then drop its own copy.
insert into family_circle_link (id, area, family_id, user_id, agency, source_ref, active)
select id, area, family_id, user_id, agency, source_ref, active from family_link;
drop table family_link;
