package org.galen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import org.galen.json.Jackson;

/** Pretty JSON for command output; Optional fields print as their value or null. */
final class JsonOutput {
  private JsonOutput() {}

  static String of(Object value) {
    try {
      return Jackson.prettyWriter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
