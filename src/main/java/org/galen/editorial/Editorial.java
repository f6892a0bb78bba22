package org.galen.editorial;

import java.time.Clock;

/** The editorial stage's services over one database, wired once. */
public final class Editorial {
  private final ArticleStore articles;
  private final AuditLog audit;
  private final UserStore users;
  private final SessionStore sessions;
  private final ReviewService reviews;
  private final ArticleEditor editor;
  private final StalenessCheck staleness;

  public Editorial(Database database, Clock clock) {
    this.articles = new ArticleStore(database, clock);
    this.audit = new AuditLog(database, clock);
    this.users = new UserStore(database, audit, clock);
    this.sessions = new SessionStore(database, users, clock);
    this.reviews = new ReviewService(articles, audit);
    this.editor = new ArticleEditor(articles, reviews, audit);
    this.staleness = new StalenessCheck(articles, reviews);
  }

  public ArticleStore articles() {
    return articles;
  }

  public AuditLog audit() {
    return audit;
  }

  public UserStore users() {
    return users;
  }

  /** Browser sessions of signed-in staff. */
  public SessionStore sessions() {
    return sessions;
  }

  public ReviewService reviews() {
    return reviews;
  }

  public ArticleEditor editor() {
    return editor;
  }

  public StalenessCheck staleness() {
    return staleness;
  }
}
