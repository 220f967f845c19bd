-- A subscription's delivery log is read by subscription id.
create index webhook_delivery_subscription on webhook_delivery (subscription_id);
