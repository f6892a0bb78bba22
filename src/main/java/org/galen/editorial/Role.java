package org.galen.editorial;

import java.util.Locale;

/** Who may do what: readers only read; reviewers judge; editors shape and retire; admins do all. */
public enum Role {
  READER, REVIEWER, EDITOR, ADMIN;

  public static Role parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown role '" + value + "': use reviewer, editor or admin");
    }
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
