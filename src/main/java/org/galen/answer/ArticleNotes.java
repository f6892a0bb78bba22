package org.galen.answer;

import java.util.ArrayList;
import java.util.List;
import org.galen.answer.question.QuestionAnalysis;

/** Notes added to an article once it is written: a gap it has, the spelling it was read with. Stateless. */
final class ArticleNotes {
  private ArticleNotes() {}

  /** The article with one more note, after its own. */
  static Article withNote(Article article, Note note) {
    List<Note> notes = new ArrayList<>(article.notes());
    notes.add(note);
    return withNotes(article, notes);
  }

  private static Article withNotes(Article article, List<Note> notes) {
    return new Article(article.question(), article.resolvedQuestion(), article.audience(), article.abstained(),
        article.sections(), article.doses(), article.references(), notes, article.glosses(), article.followUps(),
        article.disclaimer());
  }

  /** "Showing results for …" when the question was read with a misspelt word corrected. */
  static Article withSpellingNote(Article article, QuestionAnalysis analysis) {
    if (analysis.corrections().isEmpty()) {
      return article;
    }
    List<Note> notes = new ArrayList<>();
    notes.add(new Note("spelling", "Showing results for \u201c" + analysis.question() + "\u201d ("
        + String.join(", ", analysis.corrections()) + ").", List.of()));
    notes.addAll(article.notes());
    return withNotes(article, notes);
  }
}
