package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What a question asks: its intents and the clause that asks them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionIntentsTest {
  private QuestionAnalyzer analyzer;

  @BeforeAll
  void vocabulary(@TempDir Path directory) throws Exception {
    analyzer = new QuestionAnalyzer(AnalyzerVocabularyFixture.load(directory));
  }

  @Test
  void aCueSaidToBeAbsentAsksNothingAndADecimalPointEndsNoClause() {
    QuestionAnalysis asked = analyzer.analyze("Gout, metformin level 2.5 on the bloods, no symptoms. What now?");
    assertThat(asked.intents()).doesNotContain(Intent.SYMPTOMS);
    assertThat(asked.askingClause()).isEqualTo(" What now");
    assertThat(analyzer.analyze("Gout: what dose of metformin with a level of 2.5?").askingClause())
        .isEqualTo("Gout: what dose of metformin with a level of 2.5");
    assertThat(analyzer.analyze("Gout, metformin level 2.5 on the bloods, symptoms in the toe. What now?")
        .intents()).contains(Intent.SYMPTOMS);
    // A clause marked "?" asks what it writes, absent or not.
    assertThat(analyzer.analyze("Can you have gout with no symptoms?").intents()).contains(Intent.SYMPTOMS);
  }

  @Test
  void anAcknowledgementOpeningATurnAsksNothingOkAskingWhetherSafeDoes() {
    assertThat(analyzer.analyze("ok, and what dose of metformin for gout?").intents())
        .doesNotContain(Intent.CAUTIONS).contains(Intent.DOSING);
    assertThat(analyzer.analyze("Okay so how is gout treated?").intents()).doesNotContain(Intent.CAUTIONS);
    assertThat(analyzer.analyze("ok to give metformin in gout?").intents()).contains(Intent.CAUTIONS);
    assertThat(analyzer.analyze("is metformin ok in gout?").intents()).contains(Intent.CAUTIONS);
  }

  @Test
  void whenAtTheStartOfAClauseOrHowLongAsksATimeWhenInADescriptionDoesNot() {
    assertThat(TimingWords.askedIn("When should the second dose be given?")).isTrue();
    assertThat(TimingWords.askedIn("gout - colchicine for how long?")).isTrue();
    assertThat(TimingWords.askedIn("my knee aches when I climb stairs")).isFalse();
  }

  @Test
  void theRisksOfUsingSomethingAreItsCautionsWhereARiskAloneAsksItsFactors() {
    assertThat(Intent.askedIn("what are the risks of long-term use?")).contains(Intent.CAUTIONS);
    assertThat(Intent.askedIn("what are the risks for a stroke?")).containsExactly(Intent.CAUSES);
    assertThat(Intent.askedIn("which drug is used to reduce the risk of a stroke?")).doesNotContain(Intent.CAUTIONS);
  }

  @Test
  void aPatientAskingWhatToDoOrWhatToPutOnItAsksForTreatment() {
    assertThat(Intent.askedIn("my knee is swollen after a fall, what should I do?")).containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("a rash on my arms - is there anything I can put on it?"))
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("what is amoxicillin used for?")).as("a drug's use is what it is for").isEmpty();
    assertThat(analyzer.analyze("what is metformin used for?").intents()).doesNotContain(Intent.TREATMENT);
    assertThat(analyzer.analyze("what can be used for gout attacks?").intents())
        .as("what is used for a condition is its treatment").containsExactly(Intent.TREATMENT);
    assertThat(analyzer.analyze("can metformin be used for gout?").intents()).as("asked of the drug named")
        .doesNotContain(Intent.TREATMENT);
    assertThat(Intent.askedIn("what's first-line for severe gout?")).as("what comes first is a treatment")
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("gout flaring again on colchicine - what is second-line?"))
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("a tick on my leg - how do I get it out?")).as("removing what should not be there")
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("the first line of the label")).as("not hyphenated, no treatment line").isEmpty();
    assertThat(Intent.askedIn("had her appendix removed last year - any long-term effects?"))
        .as("an organ removed asks nothing").doesNotContain(Intent.TREATMENT);
    assertThat(Intent.askedIn("a tick in my scalp - how do I remove it?")).containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("warts on my thumb - how do I get rid of them?")).containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("my shoulder clicks when I lift my arm. can it be fixed?"))
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("a cough that will not settle at night - what can be done?"))
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("a chipped molar - what will the dentist do about it?"))
        .containsExactly(Intent.TREATMENT);
    assertThat(Intent.askedIn("a broken wrist in plaster - what analgesia?")).containsExactly(Intent.TREATMENT);
    assertThat(Stems.of("analgesia")).as("a word conditions are named by").noneMatch(Intent.TREATMENT::isCue);
    assertThat(Stems.of("dentist")).as("who treats stays a word a line may share")
        .noneMatch(Intent.TREATMENT::isCue);
    assertThat(Intent.askedIn("a sprained ankle - which painkillers, and for how long?"))
        .contains(Intent.TREATMENT);
    assertThat(Intent.askedIn("these migraines are killing me - is sumatriptan safe with my blood thinner?"))
        .as("an idiom of pain").containsExactly(Intent.CAUTIONS);
    assertThat(Intent.askedIn("what tests should be done for suspected appendicitis?")).as("a test is done")
        .containsExactly(Intent.DIAGNOSIS);
    assertThat(Intent.askedIn("what causes a fixed flexion of the elbow?")).as("\"fixed\" qualifies the flexion")
        .doesNotContain(Intent.TREATMENT);
    assertThat(Intent.askedIn("my knee is swollen after a fall")).as("a description alone asks nothing").isEmpty();
    assertThat(Intent.askedIn("what do the guidelines say about it?")).as("\"do\" alone asks nothing").isEmpty();
    assertThat(Intent.askedIn("I have put on weight since the baby")).as("\"put on\" weight").isEmpty();
    assertThat(Intent.askedIn("after the baby I put on weight")).as("\"put on\" weight").isEmpty();
    assertThat(Intent.askedIn("can a blood clot kill you?")).as("whether it kills").isEmpty();
    assertThat(Intent.askedIn("how do we work up a suspected clot?")).as("a work-up in two words").contains(Intent.DIAGNOSIS);
    assertThat(Intent.askedIn("how do we work-up a suspected clot?")).contains(Intent.DIAGNOSIS);
    assertThat(Intent.askedIn("it did not work, what's up next?")).doesNotContain(Intent.DIAGNOSIS);
    assertThat(Intent.askedIn("start at 25 mg and work up to 100 mg?")).doesNotContain(Intent.DIAGNOSIS);
    assertThat(analyzer.analyze("is gout common in the US?").intents()).doesNotContain(Intent.TREATMENT);
    assertThat(analyzer.analyze("what is used for the diagnosis of gout?").intents()).as("asked something else")
        .containsExactly(Intent.DIAGNOSIS);
    assertThat(analyzer.analyze("what is used for a gout attack, and what for prevention?").intents())
        .as("each clause asks its own").containsExactly(Intent.TREATMENT, Intent.PREVENTION);
    assertThat(analyzer.analyze("gout in the big toe - what can I use on it?").intents())
        .containsExactly(Intent.TREATMENT);
  }

  @Test
  void theLastClauseAsksButADoseAskedEarlierRefinesTheTreatmentItAsks() {
    assertThat(analyzer.analyze("Myoclonus was diagnosed. What is the treatment?").mainIntents())
        .containsExactly(Intent.TREATMENT);
    assertThat(analyzer.analyze("clonazepam dose for myoclonus - what do I start with?").mainIntents())
        .contains(Intent.TREATMENT, Intent.DOSING);
    assertThat(analyzer.analyze("myoclonus in pregnancy - is clonazepam ok?").mainIntents())
        .as("whether a drug is ok for this patient asks its cautions").contains(Intent.CAUTIONS);
    assertThat(analyzer.analyze("any precautions with clonazepam in myoclonus?").mainIntents())
        .containsExactly(Intent.CAUTIONS);
    assertThat(analyzer.analyze("myoclonus in a child - how much clonazepam, and how often?").mainIntents())
        .as("how much of a medicine asks its dose").containsExactly(Intent.DOSING);
  }

  @Test
  void aStatementToldAfterTheQuestionSetsTheSceneAndAsksNothing() {
    assertThat(analyzer.analyze("any precautions with clonazepam? she works night shifts").mainIntents())
        .as("the clause ending in a question mark is what is asked").containsExactly(Intent.CAUTIONS);
    assertThat(analyzer.analyze("any precautions with clonazepam. what dose for myoclonus").mainIntents())
        .as("with no question mark the last clause asking anything is asked").containsExactly(Intent.DOSING);
    assertThat(analyzer.analyze("any precautions with clonazepam? and how is myoclonus treated").mainIntents())
        .as("after a question, a clause opening as a question asks, its mark left off")
        .containsExactly(Intent.TREATMENT);
    assertThat(analyzer.analyze("any precautions with clonazepam? can't work night shifts").mainIntents())
        .as("\"can't\" opens no question").containsExactly(Intent.CAUTIONS);
  }

  @Test
  void everyQuestionPutIsAsked() {
    assertThat(analyzer.analyze("how do we stop him getting malaria? and how is myoclonus treated").everyAskedIntent())
        .as("two questions ask both").containsExactlyInAnyOrder(Intent.PREVENTION, Intent.TREATMENT);
    assertThat(analyzer.analyze("how do we stop him getting malaria? and how is myoclonus treated").mainIntents())
        .as("the clause that asks is still the last").containsExactly(Intent.TREATMENT);
    assertThat(analyzer.analyze("how do we stop him getting malaria, and how is myoclonus treated?").everyAskedIntent())
        .as("as one question asking both").containsExactlyInAnyOrder(Intent.PREVENTION, Intent.TREATMENT);
    assertThat(analyzer.analyze("any precautions with clonazepam? she works night shifts").everyAskedIntent())
        .as("a statement told after the question asks nothing").containsExactly(Intent.CAUTIONS);
    assertThat(analyzer.analyze("Myoclonus was diagnosed. What is the treatment?").everyAskedIntent())
        .as("a diagnosis told only sets the scene").containsExactly(Intent.TREATMENT);
    assertThat(analyzer.analyze("how is myoclonus treated? how much clonazepam?").everyAskedIntent())
        .as("a dose asked in one of the questions").contains(Intent.TREATMENT, Intent.DOSING);
    assertThat(analyzer.analyze("clonazepam dose for myoclonus - how is it treated? how is it prevented?")
        .everyAskedIntent()).as("a dose asked outside the questions refines the treatment they ask")
        .containsExactlyInAnyOrder(Intent.TREATMENT, Intent.PREVENTION, Intent.DOSING);
  }

  @Test
  void preventionIsAskedAsKeepingSomeoneFromGettingItOrProtectingThem() {
    assertThat(analyzer.analyze("how do we stop him getting malaria?").intents()).contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("how can I protect my baby from malaria?").intents()).contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("when should I stop metformin?").intents()).as("stopping a drug").doesNotContain(
        Intent.PREVENTION);
  }

  /**
   * Stopping a complaint from turning into, becoming or spreading to something worse asks how that
   * is prevented; stopping the complaint itself asks what treats it. The phrase's words ("spreading")
   * stay words a line answering may share.
   */
  @Test
  void stoppingSomethingFromBecomingWorseAsksPrevention() {
    QuestionAnalysis turning = analyzer.analyze("the graze is red - how do we stop it turning into an abscess?");
    assertThat(turning.intents()).containsExactly(Intent.PREVENTION);
    assertThat(analyzer.analyze("how can I stop it spreading to my sister?").intents()).contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("how do I stop them from coming back every winter?").intents())
        .contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("the cut is still bleeding, how do I stop it?").intents()).as("stopping the bleeding")
        .doesNotContain(Intent.PREVENTION);
    assertThat(analyzer.analyze("the rash on my arm - how do I stop it from itching?").intents())
        .as("stopping the itch itself").doesNotContain(Intent.PREVENTION);
    assertThat(Intent.PREVENTION.isCue("spread")).as("a word the lines on spread share").isFalse();
  }

  @Test
  void reducingARiskAsksPreventionARiskAloneAsksItsFactors() {
    assertThat(analyzer.analyze("how can I reduce my risk of gout?").intents()).contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("lowering the risk of gout after a first attack?").intents())
        .contains(Intent.PREVENTION);
    assertThat(analyzer.analyze("what is the risk of gout in kidney disease?").intents())
        .contains(Intent.CAUSES).doesNotContain(Intent.PREVENTION);
  }
}
