package org.galen.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Guards every request below Javalin, whatever its framing or failure:
 *
 * <ul>
 *   <li>A body sent without a length ({@code Transfer-Encoding: chunked}) is read at most to the
 *       limit, then refused with 413 like a body whose {@code Content-Length} is too large; Javalin
 *       checks only the declared length, and would read a chunked body whole (a 250 MB post ran the
 *       heap out). A body within the limit is handed on with its length known.
 *   <li>A body declared larger than the limit is refused with 413 at once, unread; chunked framing
 *       that breaks off is the client's error, 400.
 *   <li>A JVM {@code Error} in a handler (out of memory, a stack overflow) answers the same 500 as any
 *       failure — JSON under {@code /api/} — where Javalin would send an empty body.
 * </ul>
 *
 * Stateless apart from its settings; thread-safe.
 */
final class RequestGuard implements Filter {
  private final long maxBodyBytes;
  private final Map<String, String> securityHeaders;

  RequestGuard(long maxBodyBytes, Map<String, String> securityHeaders) {
    this.maxBodyBytes = maxBodyBytes;
    this.securityHeaders = Map.copyOf(securityHeaders);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse out = (HttpServletResponse) response;
    ServletRequest passed = request;
    if (http.getContentLengthLong() > maxBodyBytes) {
      // Declared too large: refused at once, before a byte is read or waited for.
      out.setHeader("Connection", "close");
      answer(http, out, 413, "too_large", "the request is larger than " + maxBodyBytes + " bytes");
      return;
    }
    if (http.getContentLengthLong() < 0 && http.getHeader("Transfer-Encoding") != null) {
      byte[] body;
      try {
        body = http.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBodyBytes + 1));
      } catch (IOException e) {
        // A chunked body whose framing breaks off is the client's error, not the server's.
        out.setHeader("Connection", "close");
        answer(http, out, 400, "bad_request", "the request body's chunked framing is broken");
        return;
      }
      if (body.length > maxBodyBytes) {
        // The rest is never read: the connection closes after the answer.
        out.setHeader("Connection", "close");
        answer(http, out, 413, "too_large", "the request is larger than " + maxBodyBytes + " bytes");
        return;
      }
      passed = new KnownBody(http, body);
    }
    Tracked tracked = new Tracked(out);
    try {
      chain.doFilter(passed, tracked);
    } catch (Error e) {
      if (out.isCommitted()) {
        throw e;
      }
      out.resetBuffer();
      failed(http, out);
      return;
    }
    if (out.getStatus() == 500 && !tracked.written && !out.isCommitted()) {
      failed(http, out);
    }
  }

  private void failed(HttpServletRequest request, HttpServletResponse response) throws IOException {
    answer(request, response, 500, "internal",
        "the server failed to answer; the error is not shown for safety, and nothing you sent was stored by it");
  }

  private void answer(HttpServletRequest request, HttpServletResponse response, int status, String code,
      String message) throws IOException {
    response.setStatus(status);
    securityHeaders.forEach(response::setHeader);
    boolean api = request.getRequestURI().startsWith(ApiRoutes.PREFIX + "/");
    response.setContentType(api ? "application/json" : "text/plain; charset=utf-8");
    byte[] body = (api ? "{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}"
        : "Error " + status + ": " + message + "\n").getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** A request whose body was read here: its bytes, and its length now known. */
  private static final class KnownBody extends HttpServletRequestWrapper {
    private final byte[] body;

    KnownBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
          java.nio.charset.Charset.forName(charset)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public String getHeader(String name) {
      return "Content-Length".equalsIgnoreCase(name) ? String.valueOf(body.length) : super.getHeader(name);
    }
  }

  /** A response that remembers whether a handler wrote any of its body. */
  private static final class Tracked extends HttpServletResponseWrapper {
    private boolean written;

    Tracked(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      ServletOutputStream stream = super.getOutputStream();
      return new ServletOutputStream() {
        @Override
        public void write(int b) throws IOException {
          written = true;
          stream.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          written = written || len > 0;
          stream.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
          stream.flush();
        }

        @Override
        public void close() throws IOException {
          stream.close();
        }

        @Override
        public boolean isReady() {
          return stream.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          stream.setWriteListener(listener);
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      written = true;
      return super.getWriter();
    }
  }
}
