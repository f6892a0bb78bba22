package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.galen.answer.question.Concept;
import org.galen.source.DocumentBuilder;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patient's gloss is a source's sentence saying what the term is, never where MeSH files it; a
 * sentence saying something else of the term is no gloss. A real index of pages written for the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlossaryTest {
  private static final String DEFINITION = "Quellian zorbitis is a painful swelling of the elbow that comes and goes.";
  private static final Concept ZORBITIS = new Concept("Quellian Zorbitis", Concept.Origin.MESH, "",
      List.of("Quellian Zorbitis", "Zorbitis"), List.of(), Concept.Kind.CONDITION);

  private ComposerFixture fixture;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    fixture = ComposerFixture.of(directory, List.of(), List.of("D099900\tElbow Troubles\tC05",
        "D099901\tQuellian Zorbitis\tC05.999", "D099902\tGastric Frothosis\tC05.998"), List.of(
        new DocumentBuilder("medquad:zorbitis", "medquad").title("What is Quellian Zorbitis ?")
            .section("information", "Quellian zorbitis is sometimes mistaken for gout. " + DEFINITION
                + " Gastric frothosis can be difficult to tell apart from it. Rest helps quellian zorbitis.")
            .focus(List.of("Quellian Zorbitis")).kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE).build()));
  }

  @AfterAll
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void aPatientIsToldWhatATermIsAndNothingOfWhereMeshFilesIt() throws Exception {
    Article article = fixture.ask("What is quellian zorbitis? Is it like gastric frothosis?",
        Audience.PATIENT);
    assertThat(article.glosses()).extracting(Gloss::text).containsExactly(DEFINITION);
    assertThat(article.glosses()).allMatch(gloss -> gloss.source().isPresent());
  }

  @Test
  void aSentenceExplainsOneTerm() throws Exception {
    Glossary glossary = new Glossary(new org.galen.retrieve.Bm25Retriever(fixture.index));
    Concept spelledApart = new Concept("quellian zorbitis", Concept.Origin.MEDQUAD, "", List.of("quellian zorbitis"),
        List.of(), Concept.Kind.CONDITION);
    Concept shortName = new Concept("Zorbitis", Concept.Origin.MESH, "", List.of("Zorbitis", "Quellian Zorbitis"),
        List.of(), Concept.Kind.CONDITION);
    assertThat(glossary.glossesFor(List.of(ZORBITIS, spelledApart), List.of())).hasSize(1);
    assertThat(glossary.glossesFor(List.of(ZORBITIS, shortName), List.of())).hasSize(1);
  }

  @Test
  void aSentenceDefinesItsTermWhenItSaysWhatTheTermIs() {
    assertThat(Glossary.defines(DEFINITION, ZORBITIS)).isTrue();
    assertThat(Glossary.defines("Zorbitis (ZOR-bi-tis) is an ache of the elbow.", ZORBITIS)).isTrue();
    assertThat(Glossary.defines("Zorbitis, or \"tennis knot,\" is the commonest elbow ache.", ZORBITIS)).isTrue();
    assertThat(Glossary.defines("Zorbitis is inflammation of the elbow.", ZORBITIS)).isTrue();
    assertThat(Glossary.defines("Zorbitis refers to a swelling of the elbow.", ZORBITIS)).isTrue();
    assertThat(Glossary.defines("Zorbitis drugs are powerful medicines that ease the elbow.",
        new Concept("Zorbitis drugs", Concept.Origin.MESH, "", List.of(), List.of(), Concept.Kind.DRUG))).isTrue();
    assertThat(Glossary.defines("Zorbitis is high elbow pressure.", ZORBITIS)).isTrue();
    assertThat(Glossary.defines("Zorbitis - zorb for short - is an ache of the elbow.", ZORBITIS)).isTrue();
    assertThat(Glossary.defines("Zorbitis surgery is treatment for a stiff elbow.",
        new Concept("Zorbitis surgery", Concept.Origin.MESH, "", List.of(), List.of(), Concept.Kind.PROCEDURE))).isTrue();
  }

  @Test
  void aSentenceSayingSomethingElseOfTheTermDefinesNothing() {
    assertThat(Glossary.defines("Zorbitis is sometimes mistaken for gout.", ZORBITIS)).isFalse();
    assertThat(Glossary.defines("Zorbitis is rarely painful in children under five.", ZORBITIS)).isFalse();
    assertThat(Glossary.defines("Zorbitis is caused by overuse of the arm.", ZORBITIS)).isFalse();
    assertThat(Glossary.defines("Zorbitis is common in tennis players.", ZORBITIS)).isFalse();
    assertThat(Glossary.defines("Zorbitis is important for surgeons to recognise.", ZORBITIS)).isFalse();
    assertThat(Glossary.defines("Zorbitis is frequently painful.", ZORBITIS)).as("an adverb").isFalse();
    assertThat(Glossary.defines("Zorbitis is inherited from a parent.", ZORBITIS)).as("a participle").isFalse();
    assertThat(Glossary.defines("Zorbitis can be difficult to diagnose, as the signs are like gout's.", ZORBITIS))
        .isFalse();
    assertThat(Glossary.defines("Zorbitis that is present at birth is rare.", ZORBITIS)).isFalse();
  }
}
