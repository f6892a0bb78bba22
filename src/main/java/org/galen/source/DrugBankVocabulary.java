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
  /**
   * One drug: its DrugBank id, common name, and synonyms as listed (the common name may recur among
   * them), and whether DrugBank identifies it as a chemical (a CAS number or an InChI key). Those it
   * does not are foods, pollens and animal extracts sold as allergen tests ("Orange", "Corn",
   * "Cotton"), cells, genes and research codes, with a few biologics.
   */
  public record Entry(String drugbankId, String commonName, List<String> synonyms, boolean chemical) {
    /** An entry DrugBank identifies as a chemical. */
    public Entry(String drugbankId, String commonName, List<String> synonyms) {
      this(drugbankId, commonName, synonyms, true);
    }
  }

  private static final String CAS = "CAS";
  private static final String INCHI_KEY = "Standard InChI Key";

  private DrugBankVocabulary() {}

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
        boolean chemical = !record.isMapped(CAS) || !record.isMapped(INCHI_KEY)
            || !record.get(CAS).isBlank() || !record.get(INCHI_KEY).isBlank();
        consumer.accept(new Entry(record.get("DrugBank ID").strip(), record.get("Common name").strip(), synonyms,
            chemical));
      }
    } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new IOException("cannot read DrugBank vocabulary " + file + ": " + e.getMessage(), e);
    }
  }
}
