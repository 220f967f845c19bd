-- assessment-service's own tables arrive with families, consent and assessments (issue 3);
-- the platform migration (V1) already gives it the outbox, inbox and audit trail.
select 1;
