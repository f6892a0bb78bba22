package org.galen.editorial;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The append-only record of every write: who, when, what, to which target. Entries are inserted
 * in the same transaction as the write they describe, and never updated or deleted.
 */
public final class AuditLog {
  /** One recorded write. */
  public record Entry(String at, String actor, String action, String target, String detail) {}

  private final Database database;
  private final Clock clock;

  public AuditLog(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Records a write inside the caller's transaction. */
  void record(Handle handle, String actor, String action, String target, String detail) {
    handle.execute("INSERT INTO audit_log (id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), Timestamps.format(clock.instant()), actor, action, target, detail);
  }

  /** The most recent entries, newest first. */
  public List<Entry> recent(int limit) throws IOException {
    return database.read("read the audit log", handle -> handle.createQuery(
        "SELECT at, actor, action, target, detail FROM audit_log ORDER BY at DESC, id LIMIT :limit").bind("limit", limit)
        .map((row, context) -> new Entry(row.getString("at"), row.getString("actor"), row.getString("action"),
            row.getString("target"), row.getString("detail"))).list());
  }
}
