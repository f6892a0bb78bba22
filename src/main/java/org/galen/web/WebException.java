package org.galen.web;

/** A request the server refuses, with the HTTP status and the stable error code it answers with. */
final class WebException extends RuntimeException {
  private final int status;
  private final String code;

  WebException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  static WebException badRequest(String message) {
    return new WebException(400, "bad_request", message);
  }

  static WebException notFound(String message) {
    return new WebException(404, "not_found", message);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
