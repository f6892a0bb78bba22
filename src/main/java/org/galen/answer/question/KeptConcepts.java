package org.galen.answer.question;

import static org.galen.answer.question.KeptFile.count;
import static org.galen.answer.question.KeptFile.strings;
import static org.galen.answer.question.KeptFile.text;
import static org.galen.answer.question.KeptFile.writeStrings;
import static org.galen.answer.question.KeptFile.writeText;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
 * <p>A kept vocabulary is trusted only under the key it was written with: what it was built from
 * ({@link #sources}, taken <em>before</em> the files are read, so that a file replaced while they
 * are read can only make the next start build it again, never trust an older one) and the analysis
 * that made its stem keys ({@link Analysis#fingerprint}). Its sources are the vocabulary files (each
 * one's name, size, time, file identity and readability), the build of Galen that reads them (its
 * jar: the rules that read the files are code) and the Java release (its Unicode tables). Code run
 * from a directory of classes, as in development, keeps nothing: no jar says which build it is.
 *
 * <p>A file written under another key, damaged (its checksum), cut short or unreadable is ignored, and
 * the vocabulary is built again and written whole ({@link CacheFiles}). Thread-safe: no state.
 */
public final class KeptConcepts {
  private static final String MAGIC = "galen-concepts";
  /** The file's layout; a change to it changes every key. */
  private static final int FORMAT = 3;
  /** A concept not known, as a lay phrase may have. */
  private static final int NONE = -1;

  private KeptConcepts() {}

  /**
   * What a vocabulary read now from {@code vocabularyDirectory} is built from, by this build of
   * Galen; empty when that cannot be told (classes in a directory, a file gone while it is listed).
   */
  public static Optional<String> sources(Path vocabularyDirectory) {
    Optional<Path> build;
    try {
      Path code = Path.of(KeptConcepts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      build = Files.isRegularFile(code) ? Optional.of(code) : Optional.empty();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      build = Optional.empty();
    }
    return sources(vocabularyDirectory, build);
  }

  /** As {@link #sources(Path)}, for the build whose jar is {@code build}. */
  static Optional<String> sources(Path vocabularyDirectory, Optional<Path> build) {
    if (build.isEmpty()) {
      return Optional.empty();
    }
    try {
      StringBuilder sources = new StringBuilder("java ").append(Runtime.version().feature()).append('\n')
          .append(identity(build.get())).append('\n');
      if (Files.isDirectory(vocabularyDirectory)) {
        try (Stream<Path> files = Files.list(vocabularyDirectory)) {
          for (Path file : files.sorted().toList()) {
            if (Files.isRegularFile(file)) {
              sources.append(identity(file)).append('\n');
            }
          }
        }
      }
      return Optional.of(sources.toString());
    } catch (IOException | RuntimeException e) {
      // A file replaced while the directory was listed: kept nothing this time.
      return Optional.empty();
    }
  }

  private static String identity(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return file.getFileName() + "\t" + attributes.size() + "\t" + attributes.lastModifiedTime().toMillis() + "\t"
        + attributes.fileKey() + "\t" + Files.isReadable(file);
  }

  /** The key a vocabulary built from {@code sources} is kept under, with this analysis. */
  public static String key(String sources) {
    return KeptFile.key(MAGIC, FORMAT, Analysis.fingerprint() + "\n" + sources);
  }

  /** The vocabulary kept in {@code file} under {@code key}, if it is there, whole and under that key. */
  public static Optional<ConceptVocabulary> read(Path file, String key) {
    return KeptFile.read(file, MAGIC, FORMAT, key, data -> {
      List<Concept> concepts = new ArrayList<>();
      for (int i = count(data); i > 0; i--) {
        String name = text(data);
        Concept.Origin origin = Concept.Origin.values()[data.readUnsignedByte()];
        String id = text(data);
        List<String> names = strings(data);
        List<String> broader = strings(data);
        concepts.add(new Concept(name, origin, id, names, broader, Concept.Kind.values()[data.readUnsignedByte()]));
      }
      Map<String, Concept> byKey = conceptsByText(data, concepts);
      Map<String, Concept> byWrittenWord = conceptsByText(data, concepts);
      Map<String, List<String>> abbreviations = new LinkedHashMap<>();
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
      return ConceptVocabulary.restored(
          new ConceptVocabulary.Parts(byKey, byWrittenWord, abbreviations, phrases, medicines));
    });
  }

  /** Writes the vocabulary under {@code key}; whether it was written ({@link CacheFiles}). */
  public static boolean save(ConceptVocabulary vocabulary, Path file, String key) {
    ConceptVocabulary.Parts parts = vocabulary.parts();
    Map<Concept, Integer> numbers = new IdentityHashMap<>();
    List<Concept> concepts = new ArrayList<>();
    Stream.concat(Stream.concat(parts.byKey().values().stream(), parts.byWrittenWord().values().stream()),
            parts.layPhrases().stream().map(LayPhrases.Phrase::concept).filter(java.util.Objects::nonNull))
        .forEach(concept -> numbers.computeIfAbsent(concept, c -> {
          concepts.add(c);
          return concepts.size() - 1;
        }));
    return KeptFile.write(file, ".concepts", MAGIC, FORMAT, key, data -> {
      data.writeInt(concepts.size());
      for (Concept concept : concepts) {
        writeText(data, concept.name());
        data.writeByte(concept.origin().ordinal());
        writeText(data, concept.id());
        writeStrings(data, concept.names());
        writeStrings(data, concept.broader());
        data.writeByte(concept.kind().ordinal());
      }
      writeConceptsByText(data, parts.byKey(), numbers);
      writeConceptsByText(data, parts.byWrittenWord(), numbers);
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
    });
  }

  private static Map<String, Concept> conceptsByText(KeptFile.Input data, List<Concept> concepts)
      throws IOException {
    int count = count(data);
    Map<String, Concept> map = new HashMap<>(Math.min(count, 1 << 20) * 4 / 3 + 1);
    for (int i = 0; i < count; i++) {
      map.put(text(data), concepts.get(data.readInt()));
    }
    return map;
  }

  private static void writeConceptsByText(DataOutputStream data, Map<String, Concept> map,
      Map<Concept, Integer> numbers) throws IOException {
    data.writeInt(map.size());
    for (Map.Entry<String, Concept> entry : map.entrySet()) {
      writeText(data, entry.getKey());
      data.writeInt(numbers.get(entry.getValue()));
    }
  }
}
