package org.galen.editorial;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
  void record(Connection connection, String actor, String action, String target, String detail) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO audit_log (id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, Timestamps.format(clock.instant()));
      insert.setString(3, actor);
      insert.setString(4, action);
      insert.setString(5, target);
      insert.setString(6, detail);
      insert.executeUpdate();
    }
  }

  /** The most recent entries, newest first. */
  public List<Entry> recent(int limit) throws IOException {
    String sql = "SELECT at, actor, action, target, detail FROM audit_log ORDER BY at DESC, id LIMIT ?";
    try (Connection connection = database.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
      select.setInt(1, limit);
      List<Entry> entries = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(new Entry(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
              rows.getString(5)));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new IOException("cannot read the audit log: " + e.getMessage(), e);
    }
  }
}
