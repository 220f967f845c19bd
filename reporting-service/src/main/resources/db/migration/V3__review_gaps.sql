-- The day of the review held before this one in the same episode, kept as reviews are held (recomputed for the whole plan at
-- each ReviewHeld, so a review recorded after the fact, out of order, still finds its neighbours): the 12-week gap figure
-- then reads one row per review instead of ordering every review of the area. Null for an episode's first review held
-- (its gap is measured from the episode's opening).
alter table review add column previous_held_on date;

update review r set previous_held_on = x.previous
from (select review_id, lag(held_on) over (partition by plan_id order by held_on, review_id) as previous
      from review where held_on is not null) x
where r.review_id = x.review_id;

-- Origins that joined an episode after its opening (the opening one is episode.origin_ref): few, and read by plan.
create index plan_origin_joined on plan_origin (plan_id) where joined;
