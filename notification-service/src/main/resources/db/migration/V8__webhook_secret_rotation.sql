-- Webhook signing secrets are sealed at rest (AES-GCM with the service's sealing key, stored as 'sealed:<base64>') and
-- rotated with an overlap: the previous secret (sealed too) keeps signing until previous_secret_valid_until.
-- SQL cannot seal (it has no key): rows still in clear ('whsec_...') are sealed by the service at start-up
-- (webhooks.SecretSealingUpgrade), idempotently.
alter table webhook_subscription add column previous_secret text;
alter table webhook_subscription add column previous_secret_valid_until timestamptz;
alter table webhook_subscription add column secret_rotated_at timestamptz;
