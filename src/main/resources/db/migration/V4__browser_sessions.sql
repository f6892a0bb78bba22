-- Browser sessions: a random id per sign-in, kept server-side so signing out ends it, and several
-- servers sharing this database share them. Only the id's SHA-256 is stored; the cookie holds the id.
-- Portable SQL (SQLite and PostgreSQL); timestamps ISO-8601 UTC text.

CREATE TABLE sessions (
  id_sha256 VARCHAR(64) PRIMARY KEY,
  user_name VARCHAR(100) NOT NULL REFERENCES users (name),
  created_at VARCHAR(30) NOT NULL,
  expires_at VARCHAR(30) NOT NULL
);

CREATE INDEX sessions_expiry ON sessions (expires_at);
