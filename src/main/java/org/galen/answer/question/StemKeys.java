package org.galen.answer.question;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.galen.index.Analysis;

/**
 * The stem keys ({@link Stems#key}) of a vocabulary's names, kept in a file of the data directory so
 * that a process answering one question does not stem a hundred thousand drug and MeSH names again
 * (most of a cold start's Java time). A key depends only on the name and the analysis, so a kept key
 * is trusted while the analysis's {@link Analysis#fingerprint} is the one the file was written with;
 * a file written with another analysis, unreadable or damaged is ignored and the keys are stemmed
 * again. Not thread-safe: one vocabulary is built with it, then it is saved.
 */
public final class StemKeys {
  /** What the file starts with, then the format's own version. */
  private static final String MAGIC = "galen-stem-keys";
  private static final int FORMAT = 1;
  /** {@link DataOutputStream#writeUTF} holds at most 65,535 bytes; longer names are stemmed each time. */
  private static final int MAX_KEPT_CHARS = 2_000;

  private final Optional<Path> file;
  private final Map<String, String> kept;
  /** The keys this run asked for, in the order asked: what is saved (names no longer asked drop out). */
  private final Map<String, String> used = new LinkedHashMap<>();
  private int stemmed;

  private StemKeys(Optional<Path> file, Map<String, String> kept) {
    this.file = file;
    this.kept = kept;
  }

  /** Keys stemmed on each call, kept nowhere. */
  public static StemKeys computed() {
    return new StemKeys(Optional.empty(), Map.of());
  }

  /** Keys read from {@code file} when it holds the current analysis's, else none; {@link #save} writes it. */
  public static StemKeys keptIn(Path file) {
    return new StemKeys(Optional.of(file), read(file));
  }

  /** The stem key of a name: kept, or stemmed now. */
  public String key(String name) {
    String key = used.get(name);
    if (key != null) {
      return key;
    }
    key = kept.get(name);
    if (key == null) {
      key = Stems.key(name);
      stemmed++;
    }
    used.put(name, key);
    return key;
  }

  /** How many names were stemmed rather than read: none when the file held them all. */
  public int stemmed() {
    return stemmed;
  }

  /**
   * Writes the keys this run used when any had to be stemmed or the file holds others, by a
   * temporary file moved into place (a reader never sees half a file). A data directory that
   * cannot be written is no error: the keys are stemmed again next time.
   */
  public void save() {
    if (file.isEmpty() || stemmed == 0 && kept.size() == used.size()) {
      return;
    }
    CacheFiles.write(file.get(), ".stem-keys", data -> {
      data.writeUTF(MAGIC);
      data.writeInt(FORMAT);
      data.writeUTF(Analysis.fingerprint());
      long count = used.entrySet().stream().filter(StemKeys::keepable).count();
      data.writeInt((int) count);
      for (Map.Entry<String, String> entry : used.entrySet()) {
        if (keepable(entry)) {
          data.writeUTF(entry.getKey());
          data.writeUTF(entry.getValue());
        }
      }
    });
  }

  private static boolean keepable(Map.Entry<String, String> entry) {
    return entry.getKey().length() <= MAX_KEPT_CHARS && entry.getValue().length() <= MAX_KEPT_CHARS;
  }

  private static Map<String, String> read(Path file) {
    try (InputStream in = Files.newInputStream(file);
        DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
      if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT || !Analysis.fingerprint().equals(data.readUTF())) {
        return Map.of();
      }
      int count = data.readInt();
      if (count < 0) {
        return Map.of();
      }
      Map<String, String> keys = new HashMap<>(Math.min(count, 1 << 20) * 4 / 3 + 1);
      for (int i = 0; i < count; i++) {
        keys.put(data.readUTF(), data.readUTF());
      }
      return keys;
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | RuntimeException e) {
      // Damaged or cut short: stemmed again, and written whole on save.
      return Map.of();
    }
  }
}
