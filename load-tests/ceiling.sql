-- pgbench: the transaction POST /api/families commits, on the same PostgreSQL server and schema (database "assessment"):
-- the duplicate check, the family, its two members, the FamilyRegistered outbox row and the audit entry.
-- The services do the same in several round trips through Hibernate; this is what PostgreSQL itself can do.
-- The outbox row is written already sent (sent_at), so the relay does not publish these made-up events.
\set n random(1, 2000000000)
BEGIN;
SELECT m.id FROM family_member m JOIN family f ON f.id = m.family_id
 WHERE f.area = 'isle-of-wight' AND lower(m.family_name) = lower('Ceiling' || :n) AND m.date_of_birth IN (date '2015-03-02', date '1988-07-02');
WITH f AS (
  INSERT INTO family (id, version, area, family_name, postcode, registered_by, registered_by_agency, registered_at)
  VALUES (gen_random_uuid(), 0, 'isle-of-wight', 'Ceiling' || :n, 'PO30 1UD', 'teacher', 'school', now()) RETURNING id
), m AS (
  INSERT INTO family_member (id, family_id, position, given_name, family_name, date_of_birth, role)
  SELECT gen_random_uuid(), f.id, v.pos, v.given, 'Ceiling' || :n, v.dob, v.role
  FROM f, (VALUES (0, 'Amy', date '2015-03-02', 'CHILD'), (1, 'Beth', date '1988-07-02', 'PARENT')) AS v(pos, given, dob, role)
  RETURNING family_id
), o AS (
  INSERT INTO outbox (event_id, topic, record_key, ce_type, ce_time, payload, request_id, sent_at)
  SELECT gen_random_uuid(), 'earlyhelp.assessment.events', f.id::text, 'earlyhelp.assessment.family-registered.v1', now(),
         '{"familyId":"' || f.id || '","area":"isle-of-wight"}', gen_random_uuid()::text, now()
  FROM f RETURNING 1
)
INSERT INTO audit_entry (id, at, user_id, agency, area, action, family_id, resource_ref)
SELECT gen_random_uuid(), now(), 'teacher', 'school', 'isle-of-wight', 'family.register', f.id, 'family/' || f.id FROM f;
COMMIT;
