package org.galen.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.galen.editorial.User;
import org.galen.editorial.UserStore;

/**
 * Who is asking, and proof that a form came from one of Galen's own pages. The API takes a bearer
 * token; browsers sign in once with it and then hold a random session id, kept server-side in the
 * database, in an HttpOnly, SameSite=Strict cookie (Secure over TLS) that signing out ends. Every
 * form post carries a CSRF token that must equal the visitor's CSRF cookie (double submit) and
 * have been issued by this server for the visitor's session (signed, the session id under the
 * signature), so another site cannot post a form in a signed-in reviewer's name, even by setting a
 * cookie of its own choosing or one another visitor was issued.
 */
final class Sessions {
  static final String SESSION_COOKIE = "galen_session";
  static final String CSRF_COOKIE = "galen_csrf";
  static final String CSRF_FIELD = "csrf";

  /** How long a browser stays signed in without signing in again. */
  static final java.time.Duration SESSION_LIFETIME = java.time.Duration.ofHours(8);

  private final UserStore users;
  private final org.galen.editorial.SessionStore store;
  private final SecureRandom random = new SecureRandom();

  /**
   * Signs CSRF tokens: one key for every server sharing the database, so a form served by one
   * server may be posted to another behind the same address.
   */
  private final byte[] secret;

  Sessions(UserStore users, org.galen.editorial.SessionStore store) throws IOException {
    this.users = users;
    this.store = store;
    this.secret = store.formSigningKey();
  }

  /** The user a request's bearer token names; 401 without a valid one. */
  User bearer(Context ctx) throws IOException {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new WebException(401, "unauthorized", "this call needs 'Authorization: Bearer TOKEN' (galen user add)");
    }
    return users.authenticate(header.substring(7))
        .orElseThrow(() -> new WebException(401, "unauthorized", "the token is unknown, expired or revoked"));
  }

  /** The signed-in browser user, if any: the user of the open session the cookie names. */
  Optional<User> signedIn(Context ctx) throws IOException {
    return store.user(ctx.cookie(SESSION_COOKIE));
  }

  User requireSignedIn(Context ctx) throws IOException {
    return signedIn(ctx).orElseThrow(() -> new WebException(401, "unauthorized",
        "sign in with your token first (/signin)"));
  }

  /**
   * Opens a session for the token's user: the cookie holds a random session id, never the token,
   * and is {@code Secure} when the page was served over TLS. Empty when the token opens nothing.
   */
  Optional<User> signIn(Context ctx, String token) throws IOException {
    Optional<User> user = users.authenticate(token);
    if (user.isPresent()) {
      String id = store.open(user.get(), SESSION_LIFETIME);
      Cookie session = cookie(SESSION_COOKIE, id, (int) SESSION_LIFETIME.toSeconds());
      session.setSecure(overTls(ctx));
      ctx.cookie(session);
    }
    return user;
  }

  /** Ends the session server-side: the cookie, replayed, opens nothing. */
  void signOut(Context ctx) throws IOException {
    store.close(ctx.cookie(SESSION_COOKIE));
    ctx.cookie(cookie(SESSION_COOKIE, "", 0));
  }

  /** Served over TLS, here or at a proxy in front that says so. */
  private static boolean overTls(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  /**
   * The visitor's CSRF token, set as a cookie on first sight (or when the one it has was not issued
   * by this server); pages put it in every form. A token is a random nonce and its HMAC under this
   * server's secret, so a cookie and field an attacker chose ("a" and "a") do not pass.
   */
  String csrfToken(Context ctx) {
    String token = ctx.cookie(CSRF_COOKIE);
    String session = sessionOf(ctx);
    if (token == null || !issuedHere(token, session)) {
      byte[] bytes = new byte[24];
      random.nextBytes(bytes);
      String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      token = nonce + "." + signature(nonce, session);
      ctx.cookie(cookie(CSRF_COOKIE, token, -1));
    }
    return token;
  }

  /** The session a token is bound to: the visitor's session cookie, "" before signing in. */
  private static String sessionOf(Context ctx) {
    String session = ctx.cookie(SESSION_COOKIE);
    return session == null ? "" : session;
  }

  /** 403 unless the form's CSRF field equals the visitor's CSRF cookie and this server issued it. */
  void checkCsrf(Context ctx) {
    String cookie = ctx.cookie(CSRF_COOKIE);
    String field = ctx.formParam(CSRF_FIELD);
    if (cookie == null || field == null || !java.security.MessageDigest.isEqual(cookie.getBytes(), field.getBytes())
        || !issuedHere(cookie, sessionOf(ctx))) {
      throw new WebException(403, "csrf", "the form is missing its security token or it has expired: reload the page "
          + "and send it again");
    }
  }

  /** Whether this server issued the token for this session: a pair issued to another visitor is not. */
  private boolean issuedHere(String token, String session) {
    int dot = token.lastIndexOf('.');
    return dot > 0 && java.security.MessageDigest.isEqual(token.substring(dot + 1).getBytes(),
        signature(token.substring(0, dot), session).getBytes());
  }

  private String signature(String nonce, String session) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
      // The nonce and the session, apart: no nonce can be chosen to stand for another session.
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal((nonce + "\n" + session).getBytes(
          java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
    }
  }

  private static Cookie cookie(String name, String value, int maxAge) {
    Cookie cookie = new Cookie(name, value);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setPath("/");
    cookie.setMaxAge(maxAge);
    return cookie;
  }
}
