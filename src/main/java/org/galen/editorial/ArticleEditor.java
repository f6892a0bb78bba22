package org.galen.editorial;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.galen.answer.Article;
import org.galen.answer.Dose;
import org.galen.answer.Note;
import org.galen.answer.Section;
import org.galen.answer.SourceSpan;
import org.galen.answer.Statement;

/**
 * Editors' and reviewers' changes to an article's content: remove, reorder and regroup cited
 * statements, retitle sections, and write editor's notes. A cited statement's words never change —
 * each one in an edit must be a statement of the base version, same text and same spans; to
 * reword, write a note. Each edit is a new version; an edit against a version that is no longer
 * current is refused (409) and loses nothing.
 */
public final class ArticleEditor {
  /** Roles that may edit content. */
  private static final Set<Role> EDITORS = EnumSet.of(Role.EDITOR, Role.REVIEWER, Role.ADMIN);
  private static final int MAX_NOTE_CHARS = 4000;

  /**
   * A statement as an edit names it: its words and spans, which must match the base version. Its
   * reference numbers, as {@code GET} returns them, are accepted and ignored: they follow from the
   * sources, so a client may write back what it read.
   */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"citations"})
  public record StatementRef(String text, List<SourceSpan> sources) {}

  /** A section as an edit lays it out. */
  public record SectionEdit(String title, String kind, List<StatementRef> statements) {}

  /** A section title is a heading, not a text: longer ones are refused. */
  static final int MAX_TITLE_CHARS = 200;

  private final ArticleStore store;
  private final ReviewService reviews;
  private final AuditLog audit;

  public ArticleEditor(ArticleStore store, ReviewService reviews, AuditLog audit) {
    this.store = store;
    this.reviews = reviews;
    this.audit = audit;
  }

  public StoredArticle edit(String articleId, int baseVersion, List<SectionEdit> sections, List<String> editorNotes,
      User user) throws IOException {
    if (!EDITORS.contains(user.role())) {
      throw new ForbiddenException("a " + user.role().id() + " may not edit articles");
    }
    store.database().write("edit article " + articleId, handle -> {
      StoredArticle current = ArticleStore.find(handle, articleId)
          .orElseThrow(() -> new UnknownArticleException(articleId));
      if (current.version() != baseVersion) {
        throw new TransitionConflictException("article " + articleId + " is at version " + current.version()
            + ", not " + baseVersion + ": someone edited it since; reload it and edit the current version");
      }
      if (current.status() == ReviewStatus.REJECTED || current.status() == ReviewStatus.RETIRED) {
        throw new TransitionConflictException("the article is " + current.status().label() + " (" + current.status()
            + "); it can no longer be edited");
      }
      Article edited = apply(current.content(), sections, editorNotes);
      String now = Timestamps.format(store.clock().instant());
      int version = current.version() + 1;
      Database.requireChanged(handle.execute("UPDATE articles SET content = ?, version = ?, last_updated = ? "
          + "WHERE id = ? AND version = ?", Database.toJson(edited), version, now, articleId, current.version()),
          "article " + articleId);
      ArticleStore.insertVersion(handle, articleId, version, edited, user.name(), now);
      audit.record(handle, user.name(), "article.edit", articleId, "version " + version);
      if (current.status() == ReviewStatus.APPROVED) {
        // Approved words changed: the board sees them again before readers do.
        Workflow.check(ReviewStatus.APPROVED, ReviewStatus.UNDER_REVIEW, user.role());
        reviews.record(handle, current, ReviewStatus.UNDER_REVIEW, "edited to version " + version, user, "");
      }
      return null;
    });
    return store.find(articleId).orElseThrow();
  }

  /** The base content laid out as the edit says, with only statements the base version has. */
  static Article apply(Article base, List<SectionEdit> sections, List<String> editorNotes) {
    List<Statement> available = base.statements();
    Set<Statement> used = new HashSet<>();
    List<Section> laidOut = new ArrayList<>();
    for (SectionEdit section : sections) {
      // A JSON null anywhere is a malformed edit, named, never a server failure.
      if (section == null) {
        throw new InvalidEditException("'sections' holds a null section");
      }
      if (section.title() == null || section.title().isBlank()) {
        throw new InvalidEditException("every section needs a title");
      }
      if (section.title().length() > MAX_TITLE_CHARS) {
        throw new InvalidEditException("a section title has at most " + MAX_TITLE_CHARS + " characters");
      }
      if (section.statements() == null) {
        throw new InvalidEditException("section '" + section.title().strip() + "' needs 'statements' (a list)");
      }
      List<Statement> statements = new ArrayList<>();
      for (StatementRef ref : section.statements()) {
        if (ref == null || ref.text() == null || ref.sources() == null) {
          throw new InvalidEditException("section '" + section.title().strip() + "' holds a statement without "
              + "'text' and 'sources'");
        }
        Statement statement = available.stream()
            .filter(s -> s.text().equals(ref.text()) && s.sources().equals(ref.sources())).findFirst()
            .orElseThrow(() -> new InvalidEditException("not a statement of the base version (a cited statement's "
                + "words and spans cannot change; write a note instead): \"" + ref.text() + "\""));
        if (!used.add(statement)) {
          throw new InvalidEditException("a statement may appear once: \"" + ref.text() + "\"");
        }
        statements.add(statement);
      }
      laidOut.add(new Section(section.title().strip(), section.kind() == null || section.kind().isBlank() ? "editor"
          : section.kind(), statements));
    }
    if (used.isEmpty() && !base.statements().isEmpty()) {
      throw new InvalidEditException("an edit must keep at least one statement: to withdraw an article, reject or "
          + "retire it");
    }
    List<Note> notes = new ArrayList<>(base.notes().stream().filter(n -> !n.kind().equals("editor")).toList());
    for (String text : editorNotes == null ? List.<String>of() : editorNotes) {
      if (text == null || text.isBlank() || text.length() > MAX_NOTE_CHARS) {
        throw new InvalidEditException("an editor's note must have 1 to " + MAX_NOTE_CHARS + " characters");
      }
      notes.add(new Note("editor", text.strip(), List.of()));
    }
    Set<SourceSpan> kept = new HashSet<>();
    used.forEach(s -> kept.addAll(s.sources()));
    List<Dose> doses = base.doses().stream().filter(d -> kept.contains(d.source())).toList();
    return new Article(base.question(), base.resolvedQuestion(), base.audience(), base.abstained(), laidOut, doses,
        base.references(), notes, base.glosses(), base.followUps(), base.disclaimer());
  }
}
