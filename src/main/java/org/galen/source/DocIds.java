package org.galen.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Builds document ids that are safe in URLs and file names: only {@code A-Z a-z 0-9 . _ : -}. */
public final class DocIds {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]+");
  private static final Pattern UNSAFE_RUN = Pattern.compile("[^a-z0-9]+");

  private DocIds() {}

  public static boolean isSafe(String docId) {
    return SAFE.matcher(docId).matches();
  }

  /** {@code "HEPATOCELLULAR CARCINOMA (HCC)"} becomes {@code "hepatocellular-carcinoma-hcc"}. */
  public static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = UNSAFE_RUN.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "untitled" : slug;
  }

  /** A prefix and a value that may hold any characters: unsafe ones are slugged away. */
  public static String of(String prefix, String value) {
    String id = prefix + ":" + value;
    return isSafe(id) ? id : prefix + ":" + slug(value);
  }
}
