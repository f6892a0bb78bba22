package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.Stems;
import org.galen.passage.PassageSplitter;
import org.galen.source.Document;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents carry their subject's names: a synonym the text never uses finds its page; initialisms name nothing. */
class SubjectNamesTest {

  /** A reference page whose text calls its subject by one name; the source lists others. */
  private static Document page() {
    return new DocumentBuilder("medquad:test-1", "medquad").title("What is (are) Glorbic dermatosis ?")
        .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE)
        .focus(List.of("Glorbic dermatosis", "Pennyworth syndrome", "GD", "PWS"))
        .section("information", "Glorbic dermatosis is a rare skin disorder with painful red plaques and fever. "
            + "It is treated with corticosteroids.")
        .build();
  }

  /** A page that uses the synonym's common words in its text, about something else. */
  private static Document decoy() {
    return new DocumentBuilder("medquad:test-2", "medquad").title("What is (are) Skin syndrome ?")
        .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).focus(List.of("Skin syndrome"))
        .section("information", "This syndrome of the skin causes a rash. The syndrome is treated with creams.")
        .build();
  }

  /** Pages about other things, so that rare words weigh as they do in a real index. */
  private static List<Document> others() {
    List<Document> others = new java.util.ArrayList<>();
    for (String topic : List.of("Asthma", "Gout", "Malaria", "Measles", "Anaemia", "Scabies", "Down syndrome",
        "Reye syndrome", "Tourette syndrome", "Marfan syndrome")) {
      others.add(new DocumentBuilder("medquad:other-" + topic.replace(' ', '-'), "medquad").title("What is (are) " + topic + " ?")
          .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).focus(List.of(topic))
          .section("information", topic + " is a common condition. It is treated by a doctor.").build());
    }
    return others;
  }

  @Test
  void aSynonymTheTextNeverUsesCountsAsIndexed(@TempDir Path directory) throws Exception {
    Path indexDirectory = directory.resolve("index");
    try (Indexer indexer = new Indexer(indexDirectory)) {
      List<Document> documents = new java.util.ArrayList<>(List.of(page(), decoy()));
      documents.addAll(others());
      for (Document document : documents) {
        indexer.put(document, new PassageSplitter().split(document), "test");
      }
      indexer.commit();
    }
    try (EvidenceIndex index = EvidenceIndex.open(indexDirectory)) {
      assertThat(index.hasPhrase("Pennyworth syndrome")).isTrue();
      assertThat(index.hasTerm(Stems.of("pennyworth").iterator().next())).isTrue();
      // Initialisms among the synonyms are no names on their own: nothing holds them.
      assertThat(index.hasTerm("pw")).isFalse();
      assertThat(index.hasTerm("gd")).isFalse();
    }
  }

  @Test
  void noPhraseRunsFromOneNameIntoTheNext(@TempDir Path directory) throws Exception {
    Path indexDirectory = directory.resolve("index");
    Document page = new DocumentBuilder("medquad:test-3", "medquad").title("What is (are) Quellan dermatosis ?")
        .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).focus(List.of("Quellan dermatosis", "Pennyworth rash"))
        .section("information", "A rare skin disorder.").build();
    try (Indexer indexer = new Indexer(indexDirectory)) {
      indexer.put(page, new PassageSplitter().split(page), "test");
      indexer.commit();
    }
    try (EvidenceIndex index = EvidenceIndex.open(indexDirectory)) {
      assertThat(index.hasPhrase("Pennyworth rash")).isTrue();
      assertThat(index.hasPhrase("dermatosis Pennyworth")).as("the end of one name and the start of the next")
          .isFalse();
    }
  }

  @Test
  void initialismsAndShortWordsDoNotNameASubjectOnTheirOwn() {
    assertThat(SubjectNames.namesOnItsOwn("SS")).isFalse();
    assertThat(SubjectNames.namesOnItsOwn("MS")).isFalse();
    assertThat(SubjectNames.namesOnItsOwn("OI")).isFalse();
    assertThat(SubjectNames.namesOnItsOwn("FXS")).isFalse();
    assertThat(SubjectNames.namesOnItsOwn("R8")).isFalse();
    assertThat(SubjectNames.namesOnItsOwn("pox")).isFalse();
    assertThat(SubjectNames.namesOnItsOwn("HEM B")).isTrue();
    assertThat(SubjectNames.namesOnItsOwn("Sweet syndrome")).isTrue();
    assertThat(SubjectNames.namesOnItsOwn("Scabies")).isTrue();
  }

  @Test
  void aCitationIsAboutItsMajorHeadingsAReportAboutItsTitleAStudyWithoutHeadingsAboutNothing() {
    Document citation = new DocumentBuilder("pmid:1", "pubmedqa").title("Does X help Y?")
        .kind(SourceKind.RESEARCH, EvidenceLevel.OBSERVATIONAL).meshTerms(List.of("Scabies", "Humans"))
        .section("abstract", "Text.").build();
    Document report = new DocumentBuilder("mmwr:1", "mmwr").title("Lead poisoning in children")
        .kind(SourceKind.REFERENCE, EvidenceLevel.REPORT).section("body", "Text.").build();
    Document study = new DocumentBuilder("scifact:1", "scifact").title("A study of things")
        .kind(SourceKind.RESEARCH, EvidenceLevel.OBSERVATIONAL).section("abstract", "Text.").build();
    assertThat(SubjectNames.of(citation)).containsExactly("Scabies", "Humans");
    assertThat(SubjectNames.of(report)).containsExactly("Lead poisoning in children");
    assertThat(SubjectNames.of(study)).isEmpty();
  }
}
