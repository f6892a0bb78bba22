package org.galen.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.Audience;
import org.galen.answer.Question;
import org.galen.answer.question.Stems;
import org.galen.editorial.StoredArticle;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;
import org.galen.view.ArticleView;
import org.galen.view.Templates;
import org.galen.view.WebLinks;

/** The HTML pages: home, article, source viewer, search. Forms post and redirect (no script needed). */
final class PageRoutes {
  static final List<String> EXAMPLES = List.of(
      "What is the diagnosis and treatment for opioid-induced segmental myoclonus?",
      "What is the treatment for acute otitis media?",
      "How is malaria treated?",
      "What are the symptoms of acute coronary syndrome?");

  private final Backend backend;
  private final Templates templates;
  private final Sessions sessions;

  PageRoutes(Backend backend, Templates templates, Sessions sessions) {
    this.backend = backend;
    this.templates = templates;
    this.sessions = sessions;
  }

  /** What every page's layout needs: the title, the visitor's CSRF token for its forms, who is signed in. */
  static Map<String, Object> base(Context ctx, Sessions sessions, String title) throws IOException {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("csrf", sessions.csrfToken(ctx));
    sessions.signedIn(ctx).ifPresent(user -> model.put("signedIn", user));
    return model;
  }

  void register(Javalin app) {
    app.get("/", this::home);
    app.post("/ask", this::ask);
    app.get("/articles/{id}", this::article);
    app.post("/articles/{id}/feedback", this::feedback);
    app.get("/documents/{docId}", this::document);
    app.get("/search", this::search);
    app.get("/about", ctx -> ctx.html(templates.render("about", base(ctx, sessions, "Editorial policy"))));
  }

  private void home(Context ctx) throws IOException {
    Map<String, Object> model = base(ctx, sessions, "Ask Galen");
    model.put("examples", EXAMPLES);
    model.put("audiences", audiences(Audience.PHYSICIAN));
    ctx.html(templates.render("home", model));
  }

  private void ask(Context ctx) throws IOException {
    String conversation = ctx.formParam("conversationId");
    String question = ctx.formParam("question");
    if (question == null) {
      throw WebException.badRequest("the form has no 'question' field");
    }
    StoredArticle article = backend.articles().ask(new Question(question),
        ApiRoutes.audience(ctx.formParam("audience")),
        Optional.ofNullable(conversation).filter(c -> !c.isBlank()));
    // The article as this asker asked it: their conversation, their words as its title.
    ctx.redirect("/articles/" + article.id() + "?conversation=" + article.conversationId(),
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void article(Context ctx) throws IOException {
    StoredArticle article = ApiRoutes.find(backend, ctx.pathParam("id"));
    String conversation = ctx.queryParam("conversation");
    if (conversation != null && conversation.matches("[0-9a-f-]{36}")) {
      try {
        Optional<org.galen.answer.question.QuestionAnalysis> turn = backend.store().turnFor(conversation, article.id());
        if (turn.isPresent()) {
          article = article.askedBy(conversation, turn.get());
        }
      } catch (org.galen.editorial.UnknownConversationException e) {
        // A conversation that is not (or no longer) stored: the article as stored.
      }
    }
    Map<String, Object> model = base(ctx, sessions, article.content().question());
    List<String> feedback = backend.store().feedback(article.id());
    model.putAll(ArticlePage.model(article, feedback, ctx.queryParam("reported") != null));
    java.util.Optional<org.galen.editorial.User> user = sessions.signedIn(ctx);
    // Readers see the status and who approved it; reviewers' comments and the history are for the
    // signed-in staff.
    model.put("staff", user.isPresent());
    if (user.isPresent()) {
      model.put("history", backend.editorial().reviews().history(article.id()));
      model.put("moves", ArticlePage.moves(article.status(), user.get()));
      model.put("reports", feedback);
    }
    ctx.html(templates.render("article", model));
  }

  private void feedback(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!backend.store().addFeedback(id, ApiRoutes.validFeedback(ctx.formParam("message")))) {
      throw WebException.notFound("no article with id '" + id + "'");
    }
    ctx.redirect("/articles/" + id + "?reported=1#report", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void document(Context ctx) throws IOException {
    String docId = ctx.pathParam("docId");
    Document document = backend.index().document(docId)
        .orElseThrow(() -> WebException.notFound("no document with id '" + docId + "'"));
    String text = document.text();
    int start = bounded(ctx.queryParam("start"), text.length(), 0);
    int end = Math.max(start, bounded(ctx.queryParam("end"), text.length(), start));
    Map<String, Object> model = base(ctx, sessions, document.title());
    model.put("document", document);
    model.put("link", WebLinks.linkable(document.url()));
    model.put("evidence", document.evidenceLevel().name());
    model.put("before", text.substring(0, start));
    model.put("cited", text.substring(start, end));
    model.put("after", text.substring(end));
    ctx.html(templates.render("document", model));
  }

  private void search(Context ctx) throws IOException {
    String query = ctx.queryParam("q");
    Map<String, Object> model = base(ctx, sessions, "Search");
    model.put("query", query == null ? "" : query);
    List<Map<String, Object>> hits = new ArrayList<>();
    if (query != null && !query.isBlank()) {
      Set<String> wanted = Stems.of(query);
      for (PassageHit hit : backend.retriever().retrieve(query, ApiRoutes.k(ctx.queryParam("k")))) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("hit", hit.passage());
        entry.put("segments", highlighted(hit.passage().text(), wanted));
        entry.put("link", ArticleView.sourceLink(new org.galen.answer.SourceSpan(hit.passage().docId(),
            hit.passage().span().start(), hit.passage().span().end())));
        hits.add(entry);
      }
    }
    model.put("hits", hits);
    ctx.html(templates.render("search", model));
  }

  /** The text cut into plain and highlighted pieces (the template escapes both): words whose stem was searched. */
  static List<Map<String, Object>> highlighted(String text, Set<String> wanted) {
    List<Map<String, Object>> segments = new ArrayList<>();
    int at = 0;
    for (Stems.Token token : Stems.tokens(text)) {
      if (wanted.contains(token.stem())) {
        segments.add(Map.of("text", text.substring(at, token.start()), "mark", false));
        segments.add(Map.of("text", text.substring(token.start(), token.end()), "mark", true));
        at = token.end();
      }
    }
    segments.add(Map.of("text", text.substring(at), "mark", false));
    return segments;
  }

  static List<Map<String, Object>> audiences(Audience selected) {
    List<Map<String, Object>> audiences = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      audiences.add(Map.of("id", audience.id(), "label", audience.label(), "selected", audience == selected));
    }
    return audiences;
  }

  private static int bounded(String value, int length, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Math.max(0, Math.min(length, Integer.parseInt(value)));
    } catch (NumberFormatException e) {
      throw WebException.badRequest("'start' and 'end' must be character offsets, not '" + value + "'");
    }
  }
}
