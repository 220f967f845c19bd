-- Found by the benchmark (pg_stat_activity under load, 100 000 families): a consent's members, purposes and agencies
-- are loaded by consent id, and the access rule looks up a family's consents naming the caller's agency; each scanned
-- the whole table.
create index consent_member_consent on consent_member (consent_id);
create index consent_purpose_consent on consent_purpose (consent_id);
create index consent_agency_consent on consent_agency (consent_id, agency);
