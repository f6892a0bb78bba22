package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.retrieve.PassageHit;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

/** The topics of the best-ranked sources and the support each gets from its rank. */
class EvidenceTopicsTest {
  @Test
  void sourcesWithEqualScoresShareARankWhateverTheirOrder() throws Exception {
    EvidenceTopics topics = new EvidenceTopics(null); // guidelines are read from their titles alone
    List<EvidenceTopics.Condition> found = topics.of(List.of(hit(1, "nstg:a", "Back Pain", 7.9f),
        hit(2, "nstg:b", "Deep Vein Thrombosis", 7.9f), hit(3, "nstg:c", "Gout", 5.0f)));
    assertThat(found).extracting(EvidenceTopics.Condition::name)
        .containsExactly("Back Pain", "Deep Vein Thrombosis", "Gout");
    assertThat(found).extracting(EvidenceTopics.Condition::support).containsExactly(1.0, 1.0, 1.0 / 3);
  }

  @Test
  void amongTheSupportedTheConditionRetrievalWeighsMostWinsNotTheOneWithMoreRanks() throws Exception {
    EvidenceTopics topics = new EvidenceTopics(null);
    // The ear guideline scores far ahead (weight 1, support 1); three guidelines on a syndrome (one
    // condition: a parenthesis restates its name; three titles, so three guidelines, not one
    // guideline's files, which vote once) follow well behind (weights 2/9 + 1.5/9 + 1/9 = 0.5;
    // support 1/2 + 1/3 + 1/4 > 1).
    List<EvidenceTopics.Condition> found = topics.of(List.of(hit(1, "nstg:ear", "Acute Otitis Media", 10f),
        hit(2, "nstg:cri-1", "Cri Syndrome", 3f), hit(3, "nstg:cri-2", "Cri Syndrome (CS)", 2.5f),
        hit(4, "nstg:cri-3", "Cri Syndrome (Cat Cry)", 2f), hit(5, "nstg:gout", "Gout", 1f)));
    assertThat(found.get(1).support()).as("the syndrome has more support").isGreaterThan(found.get(0).support());
    assertThat(EvidenceTopics.supportedWeighedMost(found, 0.5)).map(EvidenceTopics.Condition::name)
        .contains("Acute Otitis Media");
    assertThat(EvidenceTopics.supportedWeighedMost(found, 1.5)).as("support above the floor still needed")
        .map(EvidenceTopics.Condition::name).isEmpty();
  }

  @Test
  void aConditionWinsByTheMarginWithItsNarrowerFormsAndTheFormRetrievalFavoursIsTheSubject() throws Exception {
    EvidenceTopics topics = new EvidenceTopics(null);
    // Scores normalise to weights 1.0, 0.5, 0.45, 0: the ear family holds 1.5 against 0.45.
    List<PassageHit> hits = List.of(hit(1, "nstg:ear-foreign", "Foreign Bodies in the Ear", 10f),
        hit(2, "nstg:ear-infection", "Ear Infections", 6f), hit(3, "nstg:gout", "Gout", 5.6f),
        hit(4, "nstg:malaria", "Malaria", 2f));
    Optional<EvidenceTopics.Condition> decided = EvidenceTopics.decisive(topics.of(hits), hits);
    assertThat(decided).map(EvidenceTopics.Condition::name).contains("Foreign Bodies in the Ear");
    assertThat(decided.get().names()).as("a generic word apart, no name of it").doesNotContain("Ear Infections");

    // The family's broadest name, the favoured form's in fewer words, is one of its names.
    List<PassageHit> narrower = List.of(hit(1, "cdc:worm", "Parasites - African Worm Fever", 10f),
        hit(2, "nstg:worm", "Worm Fever", 6f), hit(3, "nstg:gout", "Gout", 5.6f), hit(4, "nstg:malaria", "Malaria", 2f));
    Optional<EvidenceTopics.Condition> worm = EvidenceTopics.decisive(topics.of(narrower), narrower);
    assertThat(worm).map(EvidenceTopics.Condition::name).contains("Parasites - African Worm Fever");
    assertThat(worm.get().names()).contains("Worm Fever");

    // Two conditions ranked nearly alike: no margin.
    List<PassageHit> close = List.of(hit(1, "nstg:gout", "Gout", 10f), hit(2, "nstg:malaria", "Malaria", 9f),
        hit(3, "nstg:asthma", "Asthma", 2f));
    assertThat(EvidenceTopics.decisive(topics.of(close), close)).isEmpty();

    // Two pages on one condition are not two rivals of a third: the third has no margin over them.
    List<PassageHit> family = List.of(hit(1, "nstg:copd", "COPD", 10f), hit(2, "nstg:asthma", "Asthma", 6f),
        hit(3, "nstg:asthma-children", "Asthma in Children", 6f), hit(4, "nstg:gout", "Gout", 2f));
    assertThat(EvidenceTopics.decisive(topics.of(family), family)).isEmpty();
  }

  @Test
  void aGuidelineContinuedInASecondFileVotesOnceByItsBestRankedFile() throws Exception {
    EvidenceTopics topics = new EvidenceTopics(null);
    // Weights 1, 0.75, 0.5, 0: the gum guideline's two files would add up to 1.25 against the tooth's 1.
    List<PassageHit> hits = List.of(hit(1, "nstg:tooth", "Tooth Abscess", 10f), hit(2, "nstg:gum", "Gum Disease", 8f),
        hit(3, "nstg:gum-2", "Gum Disease", 6f), hit(4, "nstg:gout", "Gout", 2f));
    List<EvidenceTopics.Condition> found = topics.of(hits);
    EvidenceTopics.Condition gum = found.get(1);
    assertThat(gum.name()).isEqualTo("Gum Disease");
    assertThat(gum.weight()).as("its best file's weight").isEqualTo(0.75);
    assertThat(gum.support()).as("its best file's rank").isCloseTo(0.5, within(1e-6));
    assertThat(gum.docIds()).as("both files are about it").containsExactly("nstg:gum", "nstg:gum-2");
    assertThat(EvidenceTopics.weighedMost(found)).map(EvidenceTopics.Condition::name).contains("Tooth Abscess");
  }

  @Test
  void labelsRankedAmongTheSourcesNeitherTakeTheirPlacesNorKeepAConditionFromItsMargin() throws Exception {
    EvidenceTopics topics = new EvidenceTopics(null);
    List<PassageHit> conditions = List.of(hit(2, "nstg:ulcer", "Peptic Ulcer", 10f), hit(4, "nstg:gout", "Gout", 4f),
        hit(5, "nstg:malaria", "Malaria", 2f));
    List<PassageHit> withLabels = List.of(label(1, "spl:a", "Antacid tablets", 12f), conditions.get(0),
        label(3, "spl:b", "Antacid chewables", 11f), conditions.get(1), conditions.get(2),
        label(6, "spl:c", "Antacid liquid", 0.5f));
    assertThat(topics.of(withLabels)).as("the labels' scores set no scale").isEqualTo(topics.of(conditions));
    assertThat(EvidenceTopics.decisive(topics.of(withLabels), withLabels)).as("a label first blocks no margin")
        .map(EvidenceTopics.Condition::name).contains("Peptic Ulcer");
  }

  @Test
  void aResearchAbstractRankedFirstNamingTheConditionKeepsItsMarginAndOneAboutSomethingElseDoesNot() throws Exception {
    EvidenceTopics topics = new EvidenceTopics(null);
    List<PassageHit> hits = List.of(research(1, "pmid:1", "A trial of dressings", "Dressings cut wound infection.",
        12f), hit(2, "nstg:wound", "Wound Infection", 10f), hit(3, "nstg:gout", "Gout", 4f),
        hit(4, "nstg:malaria", "Malaria", 2f));
    assertThat(EvidenceTopics.decisive(topics.of(hits), hits)).map(EvidenceTopics.Condition::name)
        .contains("Wound Infection");
    List<PassageHit> elsewhere = List.of(research(1, "pmid:2", "A trial of dressings", "Dressings heal burns.", 12f),
        hits.get(1), hits.get(2), hits.get(3));
    assertThat(EvidenceTopics.decisive(topics.of(elsewhere), elsewhere)).as("an abstract about something else first")
        .isEmpty();
  }

  private static PassageHit research(int rank, String docId, String title, String text, float score) {
    return new PassageHit(rank, score, new StoredPassage(docId, docId, "pubmed", title, "Abstract",
        SourceKind.RESEARCH, EvidenceLevel.UNKNOWN, Optional.empty(), 0, new Span(0, text.length()),
        List.of(new Span(0, text.length())), text));
  }

  private static PassageHit hit(int rank, String docId, String title, float score) {
    return new PassageHit(rank, score, new StoredPassage(docId, docId, "nstg", title, "Treatment", SourceKind.GUIDELINE,
        EvidenceLevel.GUIDELINE, Optional.empty(), 0, new Span(0, 4), List.of(new Span(0, 4)), "text"));
  }

  private static PassageHit label(int rank, String docId, String title, float score) {
    return new PassageHit(rank, score, new StoredPassage(docId, docId, "dailymed", title, "Indications and usage",
        SourceKind.LABEL, EvidenceLevel.LABEL, Optional.empty(), 0, new Span(0, 4), List.of(new Span(0, 4)), "text"));
  }
}
