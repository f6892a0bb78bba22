package org.galen.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A fixed one-minute window per client: at most {@code perMinute} requests, then 429 until the
 * window turns. Simple and predictable for an operator to reason about; windows of clients that
 * went quiet are dropped when the map grows.
 */
final class RateLimiter {
  private static final long WINDOW_NANOS = 60_000_000_000L;
  private static final int MAX_TRACKED_CLIENTS = 10_000;

  private record Window(long start, int count) {}

  private final int perMinute;
  private final LongSupplier clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(int perMinute, LongSupplier nanoClock) {
    this.perMinute = perMinute;
    this.clock = nanoClock;
  }

  boolean enabled() {
    return perMinute > 0;
  }

  /** Counts one request of the client; false when it is over its limit for this minute. */
  boolean allow(String client) {
    long now = clock.getAsLong();
    if (windows.size() > MAX_TRACKED_CLIENTS) {
      windows.values().removeIf(w -> now - w.start() >= WINDOW_NANOS);
    }
    Window window = windows.compute(client, (key, old) -> old == null || now - old.start() >= WINDOW_NANOS
        ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
    return window.count() <= perMinute;
  }
}
