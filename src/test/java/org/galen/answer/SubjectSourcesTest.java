package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.PassageHit;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The sources about a settled subject, on a small real index: pages on what it looks like outnumber its treatment. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectSourcesTest {
  private static final String TREATMENT_PAGE = "medquad:zorbitis-treatment";
  private ComposerFixture fixture;
  private SubjectSources sources;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    List<Document> documents = new ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      documents.add(page("medquad:zorbitis-" + i, "What are the symptoms of Zorbitis ?",
          "Zorbitis spots: zorbitis itches, zorbitis " + i + " blisters."));
    }
    documents.add(page(TREATMENT_PAGE, "What are the treatments for Zorbitis ?", "Rest, cool compresses and "
        + "fluids by mouth are the usual treatment, and most people recover within two weeks; in Zorbitis an "
        + "antiviral cream shortens the illness when it is started early."));
    fixture = ComposerFixture.of(directory, List.of(), List.of(), documents);
    sources = new SubjectSources(new Bm25Retriever(fixture.index), fixture.index);
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theSubjectsNameWithWhatIsAskedFindsItsPassagesOnIt() throws IOException {
    QuestionAnalysis settled = new QuestionAnalysis("itchy spots with blisters", "itchy spots with blisters",
        List.of(), new Concept("Zorbitis", Concept.Origin.MEDQUAD, "", List.of("Zorbitis"), List.of(),
            Concept.Kind.CONDITION), List.of(), "zorbitis", Set.of(), false);
    assertThat(docIds(sources.aboutSubject(List.of(), settled, "")))
        .as("the name alone: the pages on what it looks like fill the search").doesNotContain(TREATMENT_PAGE);
    assertThat(docIds(sources.aboutSubject(List.of(), settled, "treatment"))).contains(TREATMENT_PAGE);
  }

  private static List<String> docIds(List<PassageHit> hits) {
    return hits.stream().map(hit -> hit.passage().docId()).toList();
  }

  private static Document page(String docId, String title, String text) {
    return new Document(docId, docId, "medquad", title, text, List.of(new Section("information", 0, text.length())),
        SourceKind.REFERENCE, EvidenceLevel.REFERENCE, List.of(), List.of(), "", Optional.empty(), "", "", "",
        List.of("Zorbitis"), Map.of());
  }
}
