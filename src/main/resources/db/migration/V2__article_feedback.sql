-- Readers' "report a problem" messages, kept with the article for the review queue.
CREATE TABLE article_feedback (
  id VARCHAR(36) PRIMARY KEY,
  article_id VARCHAR(36) NOT NULL REFERENCES articles (id),
  message TEXT NOT NULL,
  created_at VARCHAR(30) NOT NULL
);

CREATE INDEX article_feedback_article ON article_feedback (article_id);
