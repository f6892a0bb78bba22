package org.galen.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads DrugBank's open vocabulary CSV (id, common name, " | "-separated synonyms), one drug at a time. */
public final class DrugBankVocabulary {
  /** One drug: its DrugBank id, common name, and synonyms as listed (the common name may recur among them). */
  public record Entry(String drugbankId, String commonName, List<String> synonyms) {}

  private DrugBankVocabulary() {}

  /**
   * The words of a name, as whitespace parts them: counted, not split, because the views of the
   * vocabulary count them for each of its hundred thousand names at every start.
   */
  public static int words(String name) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < name.length(); i++) {
      boolean space = Character.isWhitespace(name.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  public static void forEachDrug(Path file, Consumer<Entry> consumer) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
      for (CSVRecord record : parser) {
        List<String> synonyms = new ArrayList<>();
        for (String synonym : record.get("Synonyms").split("\\|")) {
          if (!synonym.isBlank()) {
            synonyms.add(synonym.strip());
          }
        }
        consumer.accept(new Entry(record.get("DrugBank ID").strip(), record.get("Common name").strip(), synonyms));
      }
    } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new IOException("cannot read DrugBank vocabulary " + file + ": " + e.getMessage(), e);
    }
  }
}
