package org.galen.answer.question;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.galen.index.Analysis;

/**
 * The question reader's vocabulary ({@link ConceptVocabulary}) kept in a file of the data directory,
 * so that a process answering one question does not build it again from DrugBank's and MeSH's files:
 * building it was the longest step of a cold start (docs/benchmarks.md, twenty-sixth pass).
 *
 * <p>A kept vocabulary is trusted only under the {@link #key} it was written with: the vocabulary
 * files it was built from (each file's name, size and modification time), the analysis that made its
 * stem keys ({@link Analysis#fingerprint}) and the build of Galen that built it (its jar's name, size
 * and time: the rules that read the files are code). Code run from a directory of classes, as in
 * development, keeps nothing: no jar says which build it is. A file written under another key,
 * damaged or unreadable is ignored and the vocabulary is built again, then written whole under a name
 * of its own and moved into place (a reader never sees half a file). Thread-safe: no state.
 */
public final class KeptConcepts {
  private static final String MAGIC = "galen-concepts";
  /** The file's layout; a change to it changes every key. */
  private static final int FORMAT = 2;
  /** No name or word is this long; a longer length read is damage, not a reason to allocate it. */
  private static final int MAX_TEXT_BYTES = 1 << 20;
  /** A concept not known, as a lay phrase may have. */
  private static final int NONE = -1;

  private KeptConcepts() {}

  /**
   * What a kept vocabulary must have been built from: the files of {@code vocabularyDirectory}, this
   * analysis and this build of Galen. Empty when the build cannot be told (classes in a directory).
   */
  public static Optional<String> key(Path vocabularyDirectory) throws IOException {
    Path code;
    try {
      code = Path.of(KeptConcepts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
    return Files.isRegularFile(code) ? Optional.of(key(vocabularyDirectory, identity(code))) : Optional.empty();
  }

  /** The key for a build known by {@code build} (its jar's identity, or a test's). */
  static String key(Path vocabularyDirectory, String build) throws IOException {
    StringBuilder made = new StringBuilder(MAGIC).append(' ').append(FORMAT).append('\n').append(build).append('\n')
        .append(Analysis.fingerprint()).append('\n');
    if (Files.isDirectory(vocabularyDirectory)) {
      try (Stream<Path> files = Files.list(vocabularyDirectory)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          made.append(identity(file)).append('\n');
        }
      }
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(made.toString().getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String identity(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return file.getFileName() + "\t" + attributes.size() + "\t" + attributes.lastModifiedTime().toMillis();
  }

  /** The vocabulary kept in {@code file} under {@code key}, if it is there, whole and under that key. */
  public static Optional<ConceptVocabulary> read(Path file, String key) {
    try (InputStream in = Files.newInputStream(file);
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
      if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT || !key.equals(data.readUTF())) {
        return Optional.empty();
      }
      List<Concept> concepts = new ArrayList<>();
      for (int i = count(data); i > 0; i--) {
        String name = text(data);
        Concept.Origin origin = Concept.Origin.values()[data.readUnsignedByte()];
        String id = text(data);
        List<String> names = strings(data);
        List<String> broader = strings(data);
        concepts.add(new Concept(name, origin, id, names, broader, Concept.Kind.values()[data.readUnsignedByte()]));
      }
      Map<String, Concept> byKey = conceptsByString(data, concepts);
      Map<String, Concept> byWrittenWord = conceptsByString(data, concepts);
      Map<String, List<String>> abbreviations = new java.util.LinkedHashMap<>();
      for (int i = count(data); i > 0; i--) {
        abbreviations.put(text(data), strings(data));
      }
      List<LayPhrases.Phrase> phrases = new ArrayList<>();
      for (int i = count(data); i > 0; i--) {
        List<String> words = strings(data);
        String clinicalWords = text(data);
        int concept = data.readInt();
        phrases.add(new LayPhrases.Phrase(words, clinicalWords, concept == NONE ? null : concepts.get(concept)));
      }
      Set<String> medicines = new HashSet<>(strings(data));
      if (data.read() != -1) {
        return Optional.empty();
      }
      return Optional.of(ConceptVocabulary.restored(
          new ConceptVocabulary.Parts(byKey, byWrittenWord, abbreviations, phrases, medicines)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // Damaged or cut short: built again, and written whole.
      return Optional.empty();
    }
  }

  /**
   * Writes the vocabulary under {@code key}. A data directory that cannot be written is no error:
   * the vocabulary is built again next time.
   */
  public static void save(ConceptVocabulary vocabulary, Path file, String key) {
    ConceptVocabulary.Parts parts = vocabulary.parts();
    Map<Concept, Integer> numbers = new IdentityHashMap<>();
    List<Concept> concepts = new ArrayList<>();
    Stream.concat(Stream.concat(parts.byKey().values().stream(), parts.byWrittenWord().values().stream()),
            parts.layPhrases().stream().map(LayPhrases.Phrase::concept).filter(java.util.Objects::nonNull))
        .forEach(concept -> numbers.computeIfAbsent(concept, c -> {
          concepts.add(c);
          return concepts.size() - 1;
        }));
    Path temporary = null;
    try {
      Path directory = file.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      temporary = Files.createTempFile(directory, ".concepts", ".tmp");
      try (OutputStream out = Files.newOutputStream(temporary);
          DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16))) {
        data.writeUTF(MAGIC);
        data.writeInt(FORMAT);
        data.writeUTF(key);
        data.writeInt(concepts.size());
        for (Concept concept : concepts) {
          writeText(data, concept.name());
          data.writeByte(concept.origin().ordinal());
          writeText(data, concept.id());
          writeStrings(data, concept.names());
          writeStrings(data, concept.broader());
          data.writeByte(concept.kind().ordinal());
        }
        writeConceptsByString(data, parts.byKey(), numbers);
        writeConceptsByString(data, parts.byWrittenWord(), numbers);
        data.writeInt(parts.abbreviations().size());
        for (Map.Entry<String, List<String>> abbreviation : parts.abbreviations().entrySet()) {
          writeText(data, abbreviation.getKey());
          writeStrings(data, abbreviation.getValue());
        }
        data.writeInt(parts.layPhrases().size());
        for (LayPhrases.Phrase phrase : parts.layPhrases()) {
          writeStrings(data, phrase.words());
          writeText(data, phrase.clinicalWords());
          data.writeInt(phrase.concept() == null ? NONE : numbers.get(phrase.concept()));
        }
        writeStrings(data, List.copyOf(parts.medicines()));
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UnsupportedOperationException e) {
      deleteQuietly(temporary);
    }
  }

  /**
   * A string as its UTF-8 bytes after their length: unlike {@link DataOutputStream#writeUTF}, no
   * limit of 65,535 bytes that a long synonym could pass.
   */
  private static String text(DataInputStream data) throws IOException {
    int length = count(data);
    if (length > MAX_TEXT_BYTES) {
      throw new IOException("a string of " + length + " bytes: damaged");
    }
    byte[] bytes = new byte[length];
    data.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void writeText(DataOutputStream data, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    data.writeInt(bytes.length);
    data.write(bytes);
  }

  private static int count(DataInputStream data) throws IOException {
    int count = data.readInt();
    if (count < 0) {
      throw new IOException("negative count " + count);
    }
    return count;
  }

  private static List<String> strings(DataInputStream data) throws IOException {
    int count = count(data);
    List<String> strings = new ArrayList<>(Math.min(count, 1 << 16));
    for (int i = 0; i < count; i++) {
      strings.add(text(data));
    }
    return strings;
  }

  private static void writeStrings(DataOutputStream data, List<String> strings) throws IOException {
    data.writeInt(strings.size());
    for (String string : strings) {
      writeText(data, string);
    }
  }

  private static Map<String, Concept> conceptsByString(DataInputStream data, List<Concept> concepts)
      throws IOException {
    int count = count(data);
    Map<String, Concept> map = new HashMap<>(Math.min(count, 1 << 20) * 4 / 3 + 1);
    for (int i = 0; i < count; i++) {
      map.put(text(data), concepts.get(data.readInt()));
    }
    return map;
  }

  private static void writeConceptsByString(DataOutputStream data, Map<String, Concept> map,
      Map<Concept, Integer> numbers) throws IOException {
    data.writeInt(map.size());
    for (Map.Entry<String, Concept> entry : map.entrySet()) {
      writeText(data, entry.getKey());
      data.writeInt(numbers.get(entry.getValue()));
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // A stray temporary file in the cache is harmless.
    }
  }
}
