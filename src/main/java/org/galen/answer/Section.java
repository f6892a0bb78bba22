package org.galen.answer;

import java.util.List;

/**
 * One part of an article: a title readers see, a stable kind for programs (see {@link SectionKind}),
 * and cited statements.
 */
public record Section(String title, String kind, List<Statement> statements) {
  public Section {
    statements = List.copyOf(statements);
  }
}
