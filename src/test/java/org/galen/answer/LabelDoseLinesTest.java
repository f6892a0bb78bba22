package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.galen.passage.Span;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.galen.passage.SentenceSplitter;
import org.galen.source.Collected;
import org.galen.source.Document;
import org.galen.source.Section;
import org.galen.source.SplReader;
import org.junit.jupiter.api.Test;

/**
 * Every line of the dosage and administration part of all 261 DailyMed labels (table rows
 * included: each row is a line), read as an article reads them ({@link DoseCollector}): with the
 * label's own drug for a line that names none (never one named on the lines above), and a row of
 * bare numbers under its table's header ({@link TableRowDoses}). Each structured dose is read again
 * by {@link DoseReadingCheck}; a table's dose must sit in the column whose header gave its unit.
 */
class LabelDoseLinesTest {
  /** 446 doses read when this test was written: a reader that plays safe by reading (almost) nothing fails. */
  private static final int MIN_DOSES = 400;
  /** Doses read from dosing tables' rows under a unit-giving header when this was written: 18. */
  private static final int MIN_TABLE_DOSES = 15;

  @Test
  void everyStructuredDoseOfEveryLabelsDosageLineReadsItsLineWhole() throws Exception {
    Path labels = SharedData.require("labels/dailymed");
    DrugDictionary drugs = DrugDictionary.load(SharedData.require("vocab"));
    DoseExtractor extractor = new DoseExtractor(drugs);
    TableRowDoses tables = new TableRowDoses(drugs);
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
            doses.addAll(dosesOf(document, section, extractor, tables, splitter, drugs));
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
    assertThat(doses.stream().filter(dose -> !dose.columns().isEmpty())).as("doses from table rows")
        .hasSizeGreaterThanOrEqualTo(MIN_TABLE_DOSES);
  }

  /** A section's doses as an article reads them: {@link DoseCollector} with its table rows. */
  private static List<Dose> dosesOf(Document document, Section section, DoseExtractor extractor,
      TableRowDoses tables, SentenceSplitter splitter, DrugDictionary drugs) {
    List<DrugDictionary.Drug> titled = drugs.mentionsIn(document.title()).stream().map(DrugDictionary.Mention::drug)
        .distinct().toList();
    Optional<DrugDictionary.Drug> labels = titled.size() == 1 ? Optional.of(titled.get(0)) : Optional.empty();
    List<Dose> doses = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Span sentence : splitter.split(document.text(), section.start(), section.end())) {
      String text = sentence.of(document.text());
      Optional<DrugDictionary.Drug> carried = labels;
      lines.add(text);
      SourceSpan source = new SourceSpan(document.docId(), sentence.start(), sentence.end());
      List<Dose> read = extractor.extract(text, carried, source, 1);
      if (read.isEmpty()) {
        Optional<String> header = TableRowDoses.header(lines);
        if (header.isPresent()) {
          read = tables.read(header.get(), text, carried, source, 1);
          read.forEach(dose -> assertThat(column(text, dose.spans().get("amount").start()))
              .as("the column of %s in %s under %s", dose.amount(), text, header.get())
              .isEqualTo(columnTitled(header.get(), dose.columns().get("unit"))));
        }
      }
      doses.addAll(read);
    }
    return doses;
  }

  /** Which cell of a row an offset is in: the separators before it, counted. */
  private static int column(String row, int at) {
    return row.substring(0, at).split(java.util.regex.Pattern.quote(TableRowDoses.CELL), -1).length - 1;
  }

  private static int columnTitled(String header, String title) {
    return column(header, header.indexOf(title));
  }

  private static List<Document> read(Path file) throws Exception {
    return Collected.read(new SplReader(), file).documents;
  }
}
