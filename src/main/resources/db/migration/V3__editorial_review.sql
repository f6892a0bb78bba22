-- Editorial review: versions, transitions, evidence snapshots, users and the audit trail.
-- Portable SQL (SQLite and PostgreSQL): VARCHAR/TEXT/INTEGER/BOOLEAN, no AUTOINCREMENT, no
-- database-specific functions; ids are UUIDs made by Galen, timestamps ISO-8601 UTC text.

ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- Normalised question wording, for reuse of a stored article asked again.
ALTER TABLE articles ADD COLUMN question_key VARCHAR(2000) NOT NULL DEFAULT '';
-- How the question was understood when the article was written: what a staleness check re-asks.
ALTER TABLE articles ADD COLUMN analysis TEXT NOT NULL DEFAULT '';
-- Why the system sent an approved article back to review (evidence changed), shown on its page.
ALTER TABLE articles ADD COLUMN stale_reason TEXT NOT NULL DEFAULT '';

CREATE INDEX articles_reuse ON articles (question_key, audience);

-- Every version of an article's content; version 1 is what the engine wrote.
CREATE TABLE article_versions (
  article_id VARCHAR(36) NOT NULL REFERENCES articles (id),
  version INTEGER NOT NULL,
  content TEXT NOT NULL,
  editor VARCHAR(100) NOT NULL,
  created_at VARCHAR(30) NOT NULL,
  PRIMARY KEY (article_id, version)
);

-- The evidence an article cites, as it was when written: docs, spans and the text's fingerprint.
CREATE TABLE article_evidence (
  article_id VARCHAR(36) NOT NULL REFERENCES articles (id),
  doc_id VARCHAR(200) NOT NULL,
  text_sha256 VARCHAR(64) NOT NULL,
  spans TEXT NOT NULL,
  PRIMARY KEY (article_id, doc_id)
);

CREATE TABLE article_transitions (
  id VARCHAR(36) PRIMARY KEY,
  article_id VARCHAR(36) NOT NULL REFERENCES articles (id),
  from_status VARCHAR(30) NOT NULL,
  to_status VARCHAR(30) NOT NULL,
  actor VARCHAR(100) NOT NULL,
  actor_role VARCHAR(20) NOT NULL,
  comment TEXT NOT NULL,
  at VARCHAR(30) NOT NULL
);

CREATE INDEX article_transitions_article ON article_transitions (article_id, at);

CREATE TABLE users (
  name VARCHAR(100) PRIMARY KEY,
  role VARCHAR(20) NOT NULL,
  token_sha256 VARCHAR(64) NOT NULL,
  created_at VARCHAR(30) NOT NULL,
  expires_at VARCHAR(30) NOT NULL,
  revoked_at VARCHAR(30)
);

CREATE UNIQUE INDEX users_token ON users (token_sha256);

-- Append-only: Galen inserts and never updates or deletes a row.
CREATE TABLE audit_log (
  id VARCHAR(36) PRIMARY KEY,
  at VARCHAR(30) NOT NULL,
  actor VARCHAR(100) NOT NULL,
  action VARCHAR(60) NOT NULL,
  target VARCHAR(200) NOT NULL,
  detail TEXT NOT NULL
);

CREATE INDEX audit_log_at ON audit_log (at);
