-- Found by the benchmark at 1 000 000 families, where the demo teacher leads 1 000 active plans: the caseload page
-- (newest 20 with an open review due before a date) and its count each read every one of the lead's plans and
-- their reviews from the heap, 5 900 buffers and 13 ms apiece. With the order in the index the page stops after
-- its 20, and both walk indexes only: plans by lead in caseload order, a plan's reviews by status and due date.
create index family_plan_caseload on family_plan (area, lp_user_id, status, opened_on desc, id);
drop index family_plan_lead;
create index review_plan_status_due on review (plan_id, status, due_by);
drop index review_plan;
