package org.galen.editorial;

import java.util.ArrayList;
import java.util.List;
import org.galen.answer.Article;
import org.galen.answer.Note;
import org.galen.answer.Section;
import org.galen.answer.Statement;

/**
 * What changed between two versions of an article, statement by statement: removed, moved to
 * another section, reordered; sections retitled; notes added or removed. (Statements are never
 * reworded, so there is nothing finer to diff.)
 */
public record VersionDiff(List<String> removed, List<String> moved, List<String> sections, List<String> notesAdded,
    List<String> notesRemoved) {

  public static VersionDiff between(Article before, Article after) {
    List<String> removed = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    for (Section section : before.sections()) {
      for (Statement statement : section.statements()) {
        String now = sectionOf(after, statement);
        if (now == null) {
          removed.add(statement.text());
        } else if (!now.equals(section.title())) {
          moved.add(statement.text() + " (" + section.title() + " → " + now + ")");
        }
      }
    }
    List<String> sections = new ArrayList<>();
    List<String> titlesBefore = before.sections().stream().map(Section::title).toList();
    List<String> titlesAfter = after.sections().stream().map(Section::title).toList();
    if (!titlesBefore.equals(titlesAfter)) {
      sections.add(String.join(" | ", titlesBefore) + " → " + String.join(" | ", titlesAfter));
    }
    List<String> notesBefore = before.notes().stream().map(Note::text).toList();
    List<String> notesAfter = after.notes().stream().map(Note::text).toList();
    return new VersionDiff(removed, moved, sections,
        notesAfter.stream().filter(n -> !notesBefore.contains(n)).toList(),
        notesBefore.stream().filter(n -> !notesAfter.contains(n)).toList());
  }

  private static String sectionOf(Article article, Statement statement) {
    for (Section section : article.sections()) {
      if (section.statements().contains(statement)) {
        return section.title();
      }
    }
    return null;
  }
}
