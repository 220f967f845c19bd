-- The API request that caused an event, stamped on it as the CloudEvents extension ce_requestid.
alter table outbox add column request_id text;
