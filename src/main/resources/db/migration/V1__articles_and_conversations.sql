-- Articles as generated, and the conversations that asked for them.
-- Portable SQL only (SQLite today, PostgreSQL later): no AUTOINCREMENT, no SQLite date functions;
-- timestamps are ISO-8601 UTC text with milliseconds, so they sort as text.

CREATE TABLE conversations (
  id VARCHAR(36) PRIMARY KEY,
  created_at VARCHAR(30) NOT NULL,
  updated_at VARCHAR(30) NOT NULL
);

CREATE INDEX conversations_updated_at ON conversations (updated_at);

CREATE TABLE articles (
  id VARCHAR(36) PRIMARY KEY,
  -- NULL once its conversation is purged (an article under review outlives the conversation).
  conversation_id VARCHAR(36),
  question TEXT NOT NULL,
  audience VARCHAR(20) NOT NULL,
  status VARCHAR(30) NOT NULL,
  abstained BOOLEAN NOT NULL,
  -- The article's content as JSON (org.galen.answer.Article): sections, doses, references...
  content TEXT NOT NULL,
  engine_version VARCHAR(40) NOT NULL,
  generated_at VARCHAR(30) NOT NULL,
  last_updated VARCHAR(30) NOT NULL
);

CREATE INDEX articles_status ON articles (status);
CREATE INDEX articles_conversation ON articles (conversation_id);

CREATE TABLE conversation_turns (
  conversation_id VARCHAR(36) NOT NULL REFERENCES conversations (id),
  turn INTEGER NOT NULL,
  article_id VARCHAR(36) NOT NULL REFERENCES articles (id),
  -- How the question was understood (subject, intents, qualifiers): what a follow-up inherits.
  analysis TEXT NOT NULL,
  asked_at VARCHAR(30) NOT NULL,
  PRIMARY KEY (conversation_id, turn)
);
