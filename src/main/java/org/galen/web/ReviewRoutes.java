package org.galen.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.galen.editorial.ArticleEditor;
import org.galen.editorial.ArticleVersion;
import org.galen.editorial.ReviewStatus;
import org.galen.editorial.User;
import org.galen.editorial.VersionDiff;
import org.galen.view.Templates;

/** The advisory board's API calls and pages: the review queue, status changes, versions and edits. */
final class ReviewRoutes {
  static final int QUEUE_SIZE = 200;

  record TransitionRequest(String to, String comment) {}

  record EditRequest(Integer baseVersion, List<ArticleEditor.SectionEdit> sections, List<String> notes) {}

  private final Backend backend;
  private final Sessions sessions;
  private final Templates templates;
  private final ObjectMapper json;

  ReviewRoutes(Backend backend, Sessions sessions, Templates templates, ObjectMapper json) {
    this.backend = backend;
    this.sessions = sessions;
    this.templates = templates;
    this.json = json;
  }

  List<ApiRoutes.Route> apiRoutes() {
    return List.of(
        new ApiRoutes.Route(io.javalin.http.HandlerType.GET, "/articles", this::list),
        new ApiRoutes.Route(io.javalin.http.HandlerType.POST, "/articles/{id}/transitions", this::transition),
        new ApiRoutes.Route(io.javalin.http.HandlerType.GET, "/articles/{id}/versions", this::versions),
        new ApiRoutes.Route(io.javalin.http.HandlerType.PUT, "/articles/{id}", this::edit));
  }

  void registerPages(Javalin app) {
    app.get("/signin", ctx -> ctx.html(templates.render("signin", PageRoutes.base(ctx, sessions, "Sign in"))));
    app.post("/signin", this::signIn);
    app.post("/signout", ctx -> {
      sessions.signOut(ctx);
      ctx.redirect("/", HttpStatus.SEE_OTHER);
    });
    app.get("/review", this::queue);
    app.post("/articles/{id}/transitions", this::transitionForm);
  }

  private void list(Context ctx) throws IOException {
    sessions.bearer(ctx);
    Optional<ReviewStatus> status = status(ctx.queryParam("status"));
    ctx.json(Map.of("articles", backend.editorial().reviews().list(status, QUEUE_SIZE)));
  }

  private void transition(Context ctx) throws IOException {
    User user = sessions.bearer(ctx);
    TransitionRequest request = ApiRoutes.body(ctx, json, TransitionRequest.class);
    ReviewStatus to = status(request.to()).orElseThrow(() -> WebException.badRequest("'to' is required: the new status"));
    ctx.json(backend.editorial().reviews().transition(ctx.pathParam("id"), to, request.comment(), user));
  }

  private void versions(Context ctx) throws IOException {
    // Versions carry who edited and what reviewers wrote: for the signed-in staff only.
    sessions.bearer(ctx);
    String id = ctx.pathParam("id");
    ApiRoutes.find(backend, id);
    List<ArticleVersion> versions = backend.editorial().reviews().versions(id);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      ArticleVersion version = versions.get(i);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("version", version.version());
      entry.put("editor", version.editor());
      entry.put("createdAt", version.createdAt());
      entry.put("changes", i == 0 ? null : VersionDiff.between(versions.get(i - 1).content(), version.content()));
      entry.put("content", version.content());
      entries.add(entry);
    }
    ctx.json(Map.of("versions", entries, "history", backend.editorial().reviews().history(id)));
  }

  private void edit(Context ctx) throws IOException {
    User user = sessions.bearer(ctx);
    EditRequest request = ApiRoutes.body(ctx, json, EditRequest.class);
    if (request.baseVersion() == null || request.sections() == null) {
      throw WebException.badRequest("'baseVersion' and 'sections' are required");
    }
    ctx.json(backend.editorial().editor().edit(ctx.pathParam("id"), request.baseVersion(), request.sections(),
        request.notes() == null ? List.of() : request.notes(), user));
  }

  private void signIn(Context ctx) throws IOException {
    String token = String.valueOf(ctx.formParam("token")).strip();
    if (sessions.signIn(ctx, token).isEmpty()) {
      Map<String, Object> model = PageRoutes.base(ctx, sessions, "Sign in");
      model.put("error", "That token is unknown, expired or revoked.");
      ctx.status(401).html(templates.render("signin", model));
      return;
    }
    ctx.redirect("/review", HttpStatus.SEE_OTHER);
  }

  private void queue(Context ctx) throws IOException {
    User user = sessions.requireSignedIn(ctx);
    Optional<ReviewStatus> status = status(ctx.queryParam("status"));
    Map<String, Object> model = PageRoutes.base(ctx, sessions, "Review queue");
    model.put("user", user);
    model.put("articles", backend.editorial().reviews().list(status, QUEUE_SIZE));
    model.put("statuses", java.util.Arrays.stream(ReviewStatus.values()).map(s -> Map.of("id", s.name(), "label",
        s.label(), "selected", status.isPresent() && status.get() == s)).toList());
    ctx.html(templates.render("review", model));
  }

  private void transitionForm(Context ctx) throws IOException {
    User user = sessions.requireSignedIn(ctx);
    ReviewStatus to = status(ctx.formParam("to")).orElseThrow(() -> WebException.badRequest("choose a new status"));
    String id = ctx.pathParam("id");
    backend.editorial().reviews().transition(id, to, ctx.formParam("comment"), user);
    ctx.redirect("/articles/" + id + "#review", HttpStatus.SEE_OTHER);
  }

  static Optional<ReviewStatus> status(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ReviewStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw WebException.badRequest("unknown status '" + value + "': one of " + java.util.Arrays.toString(ReviewStatus.values()));
    }
  }
}
