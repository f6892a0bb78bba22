package org.galen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error responses — a request it refuses before Javalin sees it (a malformed URI, a
 * URI or headers too long: 400, 414, 431) — with the same security headers as every page, a
 * short plain-text body and never a stack trace or server name.
 */
final class SecureErrorHandler extends ErrorHandler {
  private final Map<String, String> headers;

  SecureErrorHandler(Map<String, String> headers) {
    this.headers = Map.copyOf(headers);
    setShowStacks(false);
    setShowServlet(false);
    setShowMessageInTitle(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    headers.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    return ByteBuffer.wrap(("Error " + status + ": the request could not be read\n").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    headers.forEach(response::setHeader);
    response.setContentType("text/plain; charset=utf-8");
    response.getWriter().write("Error " + response.getStatus() + ": the request could not be answered\n");
    baseRequest.setHandled(true);
  }
}
