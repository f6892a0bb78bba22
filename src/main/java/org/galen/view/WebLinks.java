package org.galen.view;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which source addresses become links: only http and https. A source file may carry any address
 * ("javascript:alert(document.domain)" in a MedQuAD url); the Content-Security-Policy would stop it
 * running, but a page must not depend on that.
 */
public final class WebLinks {
  private static final Set<String> SCHEMES = Set.of("http", "https");

  private WebLinks() {}

  /** The address when it is an http or https URL with a host; empty otherwise. */
  public static String linkable(String address) {
    if (address == null || address.isBlank()) {
      return "";
    }
    try {
      URI uri = new URI(address.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return SCHEMES.contains(scheme) && uri.getHost() != null ? uri.toString() : "";
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
