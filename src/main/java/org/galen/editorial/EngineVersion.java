package org.galen.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Galen version, from the build (so stored articles say which engine wrote them). */
public final class EngineVersion {
  private EngineVersion() {}

  public static String current() {
    try (InputStream in = EngineVersion.class.getResourceAsStream("/org/galen/galen.properties")) {
      if (in == null) {
        return "galen-dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return "galen-" + properties.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
