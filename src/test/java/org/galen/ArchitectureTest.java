package org.galen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules of the code's shape that a compiler does not hold, read from the main source files (Maven
 * runs tests from the project root): where a library may be used, and where there is only one of
 * something.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java");
  private static final String INDEX = "org/galen/index/";
  /** The one place a Jackson mapper is made and configured. */
  private static final String ONE_MAPPER = "org/galen/json/Jackson.java";
  /** Making a mapper, by its short or its full name: {@code new ObjectMapper(}, {@code JsonMapper.builder(}. */
  private static final java.util.regex.Pattern NEW_MAPPER = java.util.regex.Pattern.compile(
      "new\\s+(com\\.fasterxml\\.jackson\\.databind\\.)?(ObjectMapper|json\\.JsonMapper|JsonMapper)\\s*\\("
          + "|JsonMapper\\s*\\.\\s*builder\\s*\\(");

  @Test
  void luceneIsUsedOnlyInsideTheIndexPackage() {
    // Imported or written out in full: either way the file depends on Lucene.
    assertThat(sourcesWhere(source -> source.contains("org.apache.lucene")).stream()
        .filter(file -> !file.startsWith(INDEX)))
        .as("files outside %s that use Lucene: reach it through the index's own API instead", INDEX)
        .isEmpty();
  }

  @Test
  void jacksonMappersAreMadeOnlyInOnePlace() {
    assertThat(sourcesWhere(source -> NEW_MAPPER.matcher(source).find()).stream()
        .filter(file -> !file.equals(ONE_MAPPER)))
        .as("files that make their own Jackson mapper: derive a reader or writer from %s instead", ONE_MAPPER)
        .isEmpty();
  }

  /** The source files (relative to {@code src/main/java}, with forward slashes) whose text passes the test. */
  static List<String> sourcesWhere(Predicate<String> test) {
    assertThat(MAIN).as("run from the project root").isDirectory();
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(file -> file.toString().endsWith(".java")).filter(file -> test.test(read(file)))
          .map(file -> MAIN.relativize(file).toString().replace('\\', '/')).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
