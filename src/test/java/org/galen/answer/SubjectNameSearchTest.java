package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.galen.retrieve.Bm25Retriever;
import org.galen.retrieve.PassageHit;
import org.galen.retrieve.Retriever;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources about a settled subject are found by its name with the retriever for names (a
 * lexical one where the question's own retrieval is hybrid: embedding a bare name cost a warm ask
 * a fifth of its time and found nothing more), the question itself with the question's retriever.
 * A real index of two guidelines written for the test; each retriever is a real BM25 retriever
 * whose queries are written down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectNameSearchTest {
  private ComposerFixture fixture;
  private Path vocabulary;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of(), List.of(
        new DocumentBuilder("nstg:zorbitis", "nstg").title("Quellian Zorbitis")
            .section("Introduction", "Quellian zorbitis is a painful swelling of the elbow that comes and goes.")
            .section("Non-drug treatment", "Rest the arm in a sling for a few days.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build(),
        new DocumentBuilder("nstg:gout", "nstg").title("Gout")
            .section("Introduction", "Gout is a painful swelling of the big toe caused by urate crystals.")
            .kind(SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE).build()));
    vocabulary = directory.resolve("vocabulary");
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void theSubjectsNameIsSearchedWithTheRetrieverForNames() throws Exception {
    Recording question = new Recording(new Bm25Retriever(fixture.index));
    Recording names = new Recording(new Bm25Retriever(fixture.index));
    DrugDictionary drugs = DrugDictionary.load(vocabulary);
    ArticleComposer composer = new ArticleComposer(question, names, fixture.index, fixture.analyzer.terminology(),
        new DoseExtractor(drugs), drugs, Optional::empty);

    Article article = composer.compose(fixture.analyzer.analyze("How is quellian zorbitis treated?"),
        Audience.PHYSICIAN);

    assertThat(article.references()).extracting(Reference::docId).contains("nstg:zorbitis");
    assertThat(names.queries).as("the subject's name, alone and with what is asked")
        .anyMatch(query -> query.equalsIgnoreCase("quellian zorbitis"));
    assertThat(question.queries).as("only the question's own retrieval")
        .noneMatch(query -> query.equalsIgnoreCase("quellian zorbitis"));
  }

  /** A retriever that writes down what it was asked. */
  private static final class Recording implements Retriever {
    final List<String> queries = Collections.synchronizedList(new ArrayList<>());
    private final Retriever inner;

    Recording(Retriever inner) {
      this.inner = inner;
    }

    @Override
    public List<PassageHit> retrieve(String query, int k) throws java.io.IOException {
      queries.add(query);
      return inner.retrieve(query, k);
    }
  }
}
