-- An episode's needs, one row per episode and need code, kept as events arrive (recomputed for the plan whenever its
-- origins, its opening or an origin's needs are learnt, in any order): the needs figure then reads one table, without
-- joining every episode of the year to its origins and their needs. on_date: the first day the need was part of the
-- episode (the opening origin's day, or the day a later origin with it joined).
create table episode_need (
    plan_id     uuid not null,
    indicator   text not null,
    area        text not null,
    family_id   uuid not null,
    opened_on   date not null,
    on_date     date not null,
    primary key (plan_id, indicator)
);
create index episode_need_area_opened on episode_need (area, opened_on);

insert into episode_need (plan_id, indicator, area, family_id, opened_on, on_date)
select e.plan_id, n.indicator, e.area, e.family_id, e.opened_on, min(po.on_date)
from episode e
join plan_origin po on po.plan_id = e.plan_id and po.area = e.area
join origin_need n on n.origin_ref = po.origin_ref and n.area = e.area
where e.opened_on is not null
group by e.plan_id, n.indicator, e.area, e.family_id, e.opened_on;
