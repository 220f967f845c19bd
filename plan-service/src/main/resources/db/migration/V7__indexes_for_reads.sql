-- Found by the benchmark (pg_stat_activity under load, 100 000 plans): loading a plan's origins and its team
-- scanned the whole table, as did a family's plans of any status. Every plan read pays for these.
create index plan_origin_plan on plan_origin (plan_id);
create index plan_team_member_plan on plan_team_member (plan_id);
create index family_plan_family on family_plan (family_id);
