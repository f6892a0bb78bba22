package org.galen.answer.question;

import static org.galen.answer.question.KeptFile.count;
import static org.galen.answer.question.KeptFile.strings;
import static org.galen.answer.question.KeptFile.text;
import static org.galen.answer.question.KeptFile.writeStrings;
import static org.galen.answer.question.KeptFile.writeText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.source.ClinicalVocabulary;
import org.galen.source.DrugBankVocabulary;

/**
 * The terminology's drugs and abbreviations ({@link ClinicalVocabulary#loadDrugsAndAbbreviations})
 * kept in a file of the data directory, read back instead of DrugBank's CSV and the abbreviation
 * list: parsing them was the longest step left of a cold start once the question reader's vocabulary
 * was kept (docs/benchmarks.md, thirty-first pass). Kept under the key of what it is read from, as
 * {@link KeptConcepts} is ({@link KeptConcepts#sources}), in the same frame ({@link KeptFile}).
 * Thread-safe: no state.
 */
public final class KeptTerminology {
  private static final String MAGIC = "galen-terminology";
  /** The file's layout; a change to it changes every key. */
  private static final int FORMAT = 1;

  private KeptTerminology() {}

  /** The key the drugs and abbreviations read from {@code sources} ({@link KeptConcepts#sources}) are kept under. */
  public static String key(String sources) {
    return KeptFile.key(MAGIC, FORMAT, sources);
  }

  /** The drugs and abbreviations kept in {@code file} under {@code key}, if whole and under that key. */
  public static Optional<ClinicalVocabulary> read(Path file, String key) {
    return KeptFile.read(file, MAGIC, FORMAT, key, data -> {
      int drugCount = count(data);
      List<DrugBankVocabulary.Entry> drugs = new ArrayList<>(Math.min(drugCount, 1 << 20));
      for (int i = 0; i < drugCount; i++) {
        drugs.add(new DrugBankVocabulary.Entry(text(data), text(data), strings(data)));
      }
      Map<String, List<String>> abbreviations = new LinkedHashMap<>();
      for (int i = count(data); i > 0; i--) {
        abbreviations.put(text(data), strings(data));
      }
      return new ClinicalVocabulary(drugs, List.of(), abbreviations, List.of());
    });
  }

  /** Writes the drugs and abbreviations of {@code terminology} under {@code key}; whether it was written. */
  public static boolean save(ClinicalVocabulary terminology, Path file, String key) {
    return KeptFile.write(file, ".terminology", MAGIC, FORMAT, key, data -> {
      data.writeInt(terminology.drugs().size());
      for (DrugBankVocabulary.Entry drug : terminology.drugs()) {
        writeText(data, drug.drugbankId());
        writeText(data, drug.commonName());
        writeStrings(data, drug.synonyms());
      }
      data.writeInt(terminology.abbreviations().size());
      for (Map.Entry<String, List<String>> abbreviation : terminology.abbreviations().entrySet()) {
        writeText(data, abbreviation.getKey());
        writeStrings(data, abbreviation.getValue());
      }
    });
  }
}
