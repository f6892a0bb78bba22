package org.galen.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.Endpoint;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.TransportOptions;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.opensearch.client.util.MissingRequiredPropertyException;

/**
 * The client's transport with what Galen does when the cluster fails a request. The client itself
 * moves a request to the next node when one does not answer or answers 502–504; on top of that, a
 * request the cluster is too busy for (429, 503) and a request that got no answer from any node
 * are sent again with back-off, a bounded number of times. Every request Galen sends is idempotent
 * (records by fixed id, deletes, searches), so sending one again cannot duplicate anything. A
 * {@code HEAD} request ("does this index exist?") is asked once: a command on a cluster that is
 * down fails at once, with the connection's own exception.
 *
 * <p>Any other error status is an {@link IOException} that names the request and carries the
 * cluster's reason ({@code OpenSearch (URLS) refused POST /galen-evidence/_search: HTTP 400 …}),
 * never the client's runtime exception: the backend's callers handle IOExceptions. So is an
 * answer the client cannot decode (one that lacks what its model requires). Only synchronous
 * requests are retried; Galen sends no other kind. Thread-safe.
 */
final class RetryingTransport implements OpenSearchTransport {
  static final int MAX_ATTEMPTS = 6;

  private final OpenSearchTransport transport;
  private final String description;

  RetryingTransport(OpenSearchTransport transport, String description) {
    this.transport = transport;
    this.description = description;
  }

  @Override
  public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
      Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
    String what = endpoint.method(request) + " " + endpoint.requestUrl(request);
    for (int attempt = 1; ; attempt++) {
      try {
        return transport.performRequest(request, endpoint, options);
      } catch (OpenSearchException refused) {
        throw refusal(what, refused.status(), reason(refused.error()));
      } catch (RuntimeException unreadable) {
        if (!hasCause(unreadable, MissingRequiredPropertyException.class)) {
          throw unreadable;
        }
        // An answer that lacks what the client's model requires: the cluster's fault or the client's, not Galen's.
        throw new IOException("OpenSearch (" + description + ") answered " + what + " with what the client cannot "
            + "read: " + unreadable.getMessage(), unreadable);
      } catch (IOException failed) {
        ResponseException answered = answer(failed);
        if (answered != null) {
          int status = answered.status();
          if ((status == 429 || status == 503) && attempt < MAX_ATTEMPTS) {
            backOff(attempt);
            continue;
          }
          throw refusal(what, status, reason(answered));
        }
        if (endpoint.method(request).equals("HEAD")) {
          throw failed;
        }
        if (attempt < MAX_ATTEMPTS) {
          backOff(attempt);
          continue;
        }
        throw new IOException("OpenSearch (" + description + ") did not answer " + what + " in " + MAX_ATTEMPTS
            + " tries: " + failed.getMessage(), failed);
      }
    }
  }

  /** The cluster's answer when the failure is one (an error status), or null when no answer came. */
  private static ResponseException answer(IOException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ResponseException answered) {
        return answered;
      }
    }
    return null;
  }

  private static boolean hasCause(Throwable failure, Class<? extends Throwable> kind) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (kind.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private IOException refusal(String what, int status, String reason) {
    return new IOException("OpenSearch (" + description + ") refused " + what + ": HTTP " + status + " " + reason);
  }

  private static String reason(ErrorCause error) {
    if (!error.rootCause().isEmpty() && error.rootCause().get(0).reason() != null) {
      return error.rootCause().get(0).reason();
    }
    return error.reason() == null ? error.type() : error.reason();
  }

  /**
   * The reason in an error answer's JSON, or the answer's first characters when it has none. The
   * client keeps the answer's body only in the exception's message, after the request line.
   */
  private static String reason(ResponseException answered) {
    String message = answered.getMessage() == null ? "" : answered.getMessage();
    int body = message.indexOf('\n');
    String answer = body < 0 ? "" : message.substring(body + 1).strip();
    try {
      JsonNode error = org.galen.json.Jackson.reader().readTree(answer.substring(Math.max(0, answer.indexOf('{')))).path("error");
      String reason = error.path("root_cause").path(0).path("reason").asText(error.path("reason").asText(""));
      return reason.isEmpty() ? answer.substring(0, Math.min(300, answer.length())) : reason;
    } catch (IOException e) {
      return answer.substring(0, Math.min(300, answer.length()));
    }
  }

  private static void backOff(int attempt) throws IOException {
    try {
      Thread.sleep(Math.min(5_000L, 100L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the cluster was busy", e);
    }
  }

  /** Sent as the client sends it, without Galen's retries: Galen sends nothing asynchronously. */
  @Override
  public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
      Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
    return transport.performRequestAsync(request, endpoint, options);
  }

  @Override
  public JsonpMapper jsonpMapper() {
    return transport.jsonpMapper();
  }

  @Override
  public TransportOptions options() {
    return transport.options();
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
