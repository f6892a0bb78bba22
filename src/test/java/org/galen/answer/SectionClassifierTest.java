package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

class SectionClassifierTest {
  @Test
  void aLabelsPartDecidesItsSectionNotTheWordsOfItsHeading() {
    assertThat(SectionClassifier.classify("Dosage and administration: 2.6 Patients with Renal Impairment",
        SourceKind.LABEL, EvidenceLevel.LABEL)).contains(SectionKind.MEDICATIONS);
    assertThat(SectionClassifier.classify("Overdosage", SourceKind.LABEL, EvidenceLevel.LABEL))
        .as("an overdose is a caution, though its heading holds \"dosage\"").contains(SectionKind.CAUTIONS);
    assertThat(SectionClassifier.classify("Drug interactions: Table 5", SourceKind.LABEL, EvidenceLevel.LABEL))
        .contains(SectionKind.CAUTIONS);
    assertThat(SectionClassifier.classify("Clinical pharmacology: 12.3 Pharmacokinetics", SourceKind.LABEL,
        EvidenceLevel.LABEL)).as("searchable, never quoted").isEmpty();
    assertThat(SectionClassifier.classify("Clinical pharmacology", SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE))
        .as("a guideline's heading is read by its words").contains(SectionKind.MEDICATIONS);
  }

  @Test
  void aReportOfRecommendationsIsReadByWhatEachSentenceRecommends() {
    assertThat(SectionClassifier.classify("Report", SourceKind.REPORT, EvidenceLevel.GUIDELINE))
        .as("its prose, sentence by sentence").contains(SectionKind.OVERVIEW);
    assertThat(SectionClassifier.classify("References", SourceKind.REPORT, EvidenceLevel.GUIDELINE)).isEmpty();
    assertThat(SectionClassifier.classify("Report", SourceKind.REPORT, EvidenceLevel.REPORT))
        .as("any other report is research").contains(SectionKind.RESEARCH);
    assertThat(SectionClassifier.recommendationSentence(
        "Unless contraindicated, prophylaxis should be started when the count is below 200."))
        .as("what it recommends, not its caveat").isEqualTo(SectionKind.PREVENTION);
    assertThat(SectionClassifier.recommendationSentence("A second test should be performed at 28 weeks."))
        .isEqualTo(SectionKind.DIAGNOSIS);
    assertThat(SectionClassifier.recommendationSentence("Adults should receive 300 mg every 4 weeks."))
        .isEqualTo(SectionKind.MEDICATIONS);
    assertThat(SectionClassifier.recommendationSentence("Such persons should be referred to a clinic."))
        .as("a recommendation of nothing asked for is what is done").isEqualTo(SectionKind.MANAGEMENT);
    assertThat(SectionClassifier.recommendationSentence("Persons with the allergy should not receive the vaccine."))
        .as("advice against is a caution").isEqualTo(SectionKind.CAUTIONS);
    assertThat(SectionClassifier.recommendationSentence("Treatment of contacts is not routinely recommended."))
        .isEqualTo(SectionKind.CAUTIONS);
    assertThat(SectionClassifier.recommendationSentence("Prophylaxis is categorized as primary or secondary."))
        .as("background, recommending nothing").isEqualTo(SectionKind.OVERVIEW);
  }

  @Test
  void everyLabelPartTheAnswerStageNamesIsAPartTheLabelReaderWrites() throws Exception {
    java.util.Set<String> written = new java.util.HashSet<>();
    for (String line : org.galen.answer.question.WordLists.lines("/org/galen/source/spl-sections.tsv")) {
      written.add(line.split("\t")[1]);
    }
    java.util.List<String> named = org.galen.answer.question.WordLists.lines("/org/galen/answer/label-sections.tsv")
        .stream().map(line -> line.split("\t")[0]).filter(part -> !part.equals("part")).toList();
    assertThat(written).containsAll(named).contains("Boxed warning");
    assertThat(SectionClassifier.isBoxedWarning("Boxed warning: WARNING: SERIOUS INFECTIONS", SourceKind.LABEL)).isTrue();
  }

  @Test
  void aQuestionNamingAPartOfALabelAsksWhatThatPartSays() {
    assertThat(SectionClassifier.labelPartsNamedIn("what does its boxed warning say about TB?"))
        .containsExactly("Boxed warning");
    assertThat(SectionClassifier.labelPartsNamedIn("naproxen in pregnancy?")).containsExactly("Pregnancy");
    assertThat(SectionClassifier.labelPartsNamedIn("how is gout treated?")).isEmpty();
    assertThat(SectionClassifier.labelPartsAskedIn("any side-effects I should know of?"))
        .as("asked by another name (label-part-cues.tsv)").containsExactly("Adverse reactions");
    assertThat(SectionClassifier.labelPartsNamedIn("any side-effects I should know of?")).as("not named").isEmpty();
    assertThat(SectionClassifier.labelPartsAskedIn("does it interact with warfarin?")).containsExactly("Drug interactions");
    assertThat(SectionClassifier.labelPartsAskedIn("the right side of the face, what effect?"))
        .as("a cue is a phrase written whole").isEmpty();
    assertThat(SectionClassifier.labelPartsAskedIn("naproxen in pregnancy?")).as("named parts are asked too")
        .containsExactly("Pregnancy");
    assertThat(SectionClassifier.labelPartsNamedIn("what is this tablet used for?"))
        .as("a part named partly by stop words is named only as written").isEmpty();
    assertThat(SectionClassifier.labelPartsNamedIn("when does the label say do not use it?")).containsExactly("Do not use");
    assertThat(SectionClassifier.labelPartsNamedIn("warnings and precautions for it?"))
        .containsExactly("Warnings and precautions");
  }

  @Test
  void anOverviewSentenceSayingWhatHelpsIsManagementUnlessItHelpsFindIt() {
    assertThat(SectionClassifier.overviewSentence("Cold packs and rest often help.")).isEqualTo(SectionKind.MANAGEMENT);
    assertThat(SectionClassifier.overviewSentence("There are treatments to ease the itch.")).isEqualTo(SectionKind.MANAGEMENT);
    assertThat(SectionClassifier.overviewSentence("A blood test can help confirm it.")).isEqualTo(SectionKind.DIAGNOSIS);
    assertThat(SectionClassifier.overviewSentence("It is a protein that helps control the body's salt."))
        .isEqualTo(SectionKind.OVERVIEW);
    assertThat(SectionClassifier.overviewSentence("It is common in older adults.")).isEqualTo(SectionKind.OVERVIEW);
    assertThat(SectionClassifier.overviewSentence("Do not give glorbic acid for this rash; it can harm the liver."))
        .as("advice against a medicine").isEqualTo(SectionKind.CAUTIONS);
    assertThat(SectionClassifier.overviewSentence("Creams with menthol should not be used on broken skin."))
        .isEqualTo(SectionKind.CAUTIONS);
    assertThat(SectionClassifier.overviewSentence("Parents should never give a child under four cough syrup."))
        .isEqualTo(SectionKind.CAUTIONS);
    assertThat(SectionClassifier.overviewSentence("Don’t give the tablets with milk.")).as("a curly apostrophe")
        .isEqualTo(SectionKind.CAUTIONS);
    assertThat(SectionClassifier.overviewSentence("Don't give up: most people recover with treatment."))
        .as("giving up is no medicine").isEqualTo(SectionKind.MANAGEMENT);
    assertThat(SectionClassifier.overviewSentence("Most people recover with antifungal treatment."))
        .isEqualTo(SectionKind.MANAGEMENT);
    assertThat(SectionClassifier.overviewSentence("You can get it from soil that holds the spores."))
        .isEqualTo(SectionKind.CAUSES);
    assertThat(SectionClassifier.overviewSentence("You get better sleep after exercise.")).as("no 'it' got by a way")
        .isEqualTo(SectionKind.OVERVIEW);
    assertThat(SectionClassifier.overviewSentence("You can get them from a pharmacy without a prescription."))
        .as("medicines got from a shop").isEqualTo(SectionKind.OVERVIEW);
    assertThat(SectionClassifier.overviewSentence("It improves with early steroid treatment."))
        .isEqualTo(SectionKind.MANAGEMENT);
    assertThat(SectionClassifier.overviewSentence("There are ways to lower the risk of it.")).as("not its risk factors")
        .isEqualTo(SectionKind.PREVENTION);
  }
}
