-- One PostgreSQL server, one database per service (docker-compose.yml mounts this file into
-- /docker-entrypoint-initdb.d/). The official postgres image runs it once, as the superuser,
-- only when the data directory is empty: after editing it, `docker compose down -v` first.
-- Each service creates its own schema with Flyway at start-up.
-- DEMO ONLY: every service connects as the `postgres` superuser. A real deployment gives each
-- service its own role that owns only its own database.
CREATE DATABASE assessment;
CREATE DATABASE plan;
CREATE DATABASE referral;
CREATE DATABASE notification;
CREATE DATABASE reporting;
