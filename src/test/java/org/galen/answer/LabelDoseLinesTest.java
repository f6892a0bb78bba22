package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.galen.passage.SentenceSplitter;
import org.galen.source.Collected;
import org.galen.source.Document;
import org.galen.source.Section;
import org.galen.source.SplReader;
import org.junit.jupiter.api.Test;

/**
 * Every line of the dosage and administration part of all 261 DailyMed labels, read alone as
 * {@link NstgDoseLinesTest} reads the guidelines' lines (table rows included: each row is a line).
 * Each structured dose is read again by {@link DoseReadingCheck}.
 */
class LabelDoseLinesTest {
  /** 446 doses read when this test was written: a reader that plays safe by reading (almost) nothing fails. */
  private static final int MIN_DOSES = 400;

  @Test
  void everyStructuredDoseOfEveryLabelsDosageLineReadsItsLineWhole() throws Exception {
    Path labels = SharedData.require("labels/dailymed");
    DrugDictionary drugs = DrugDictionary.load(SharedData.require("vocab"));
    DoseExtractor extractor = new DoseExtractor(drugs);
    SentenceSplitter splitter = new SentenceSplitter();
    List<Dose> doses = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(labels)) {
      files = listing.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
    }
    assertThat(files).as("label files").hasSize(261);
    for (Path file : files) {
      for (Document document : read(file)) {
        for (Section section : document.sections()) {
          if (section.title().startsWith("Dosage and administration")) {
            doses.addAll(NstgDoseLinesTest.dosesOf(document, section, extractor, splitter, drugs));
          }
        }
      }
    }
    List<String> misread = new ArrayList<>();
    for (Dose dose : doses) {
      DoseReadingCheck.problems(dose).forEach(problem -> misread.add(problem + "\n    in: " + dose.text()));
    }
    assertThat(misread).as("misread doses").isEmpty();
    assertThat(doses).hasSizeGreaterThanOrEqualTo(MIN_DOSES);
  }

  private static List<Document> read(Path file) throws Exception {
    return Collected.read(new SplReader(), file).documents;
  }
}
