package org.galen.web;

/**
 * How the server listens and what it allows.
 *
 * @param host where to bind; {@code 127.0.0.1} unless the operator says otherwise
 * @param rateLimitPerMinute requests per client and minute on asking and searching; 0 switches it off
 * @param maxRequestBytes larger request bodies get 413
 */
public record WebOptions(String host, int port, int rateLimitPerMinute, long maxRequestBytes) {
  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_RATE_LIMIT = 60;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 16 * 1024;
}
