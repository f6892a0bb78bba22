-- Secrets every Galen server sharing this database must agree on, made once by the first server
-- that needs one (the key that signs forms' CSRF tokens, so a form served by one server posts to
-- another). Random bytes, Base64; never shown or logged.
-- Portable SQL (SQLite and PostgreSQL).

CREATE TABLE server_secrets (
  name VARCHAR(60) PRIMARY KEY,
  secret VARCHAR(200) NOT NULL,
  created_at VARCHAR(30) NOT NULL
);
