package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.retrieve.PassageHit;
import org.junit.jupiter.api.Test;

/**
 * The names a topic is settled by: a source's names written whole, the names the sources lend a
 * subject, and the names no passage holds, on which an article abstains ({@link SettlerCorpus}).
 */
class SubjectNamesSettleTest extends SettlerCorpusTest {
  @Test
  void aNameASourceGivesItsSubjectWrittenWholeSettlesTheSubject() throws IOException {
    // No vocabulary knows the synonym, and no passage's text uses it: only the page's own list of names.
    Topic topic = settle("Pennyworth syndrome - which drug is used and is it inherited?");
    assertThat(topic.abstention()).isEmpty();
    assertThat(topic.analysis().primary().name()).isEqualTo("Quellan dermatosis");
    assertThat(topic.reasons()).anyMatch(reason -> reason.contains("Pennyworth syndrome"));
    assertThat(settle("a red rash after a pennyworth (syndrome unknown) of sweets - what helps?").reasons())
        .as("words a bracket parts are not a name written whole")
        .noneMatch(reason -> reason.contains("subject name written whole"));
  }

  @Test
  void aNameListedInvertedAsAHeadingIsWrittenInSpokenOrder() throws IOException {
    Topic topic = settle("What causes a molar gum blister, and is it inherited?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Tarrow syndrome");
  }

  @Test
  void aBracketListingNamesLendsEachABracketExcludingANameLendsNone() throws IOException {
    Topic listed = settle("durand fever in a farmer - which drug?");
    assertThat(listed.analysis().primary().name()).as(listed.reasons().toString()).isEqualTo("Varrow Bubo");
    // The broader condition's guideline holds the name in its title only to say it is not about it.
    Topic named = settle("Varrow bubo in a farmer - which drug?");
    assertThat(named.reasons()).as(named.reasons().toString())
        .noneMatch(reason -> reason.startsWith("the sources call") || reason.contains("→ Kellan"));
    assertThat(named.analysis().primary().name()).isEqualTo("Varrow Bubo");
  }

  @Test
  void aTitleThatExcludesTheSubjectIsNotAboutIt() throws IOException {
    SubjectMatcher bubo = SubjectMatcher.of(settle("Varrow bubo in a farmer - which drug?").analysis(),
        corpus.analyzer.terminology());
    assertThat(bubo.isTitleAbout("Kellan Infections (Other Than Varrow Bubo)", true)).isFalse();
    assertThat(bubo.isTitleAbout("Varrow Bubo (Climatic Swelling; Durand Fever)", true)).isTrue();
    DrugDictionary drugs = DrugDictionary.empty();
    ArticleComposer composer = new ArticleComposer(corpus.retriever, corpus.index, corpus.analyzer.terminology(),
        new DoseExtractor(drugs), drugs);
    Article article = composer.compose(corpus.analyzer.analyze("Varrow bubo in a farmer - which drug?"),
        Audience.PHYSICIAN);
    assertThat(article.statements()).extracting(Statement::text).as("the guideline on what it is not about")
        .anyMatch(text -> text.contains("Doxycycline")).noneMatch(text -> text.contains("mirocycline"));
  }

  @Test
  void aPagesInitialismIsNoNameTheSubjectIsFoundByItsOtherNamesAre() throws IOException {
    Topic topic = settle("Pennyworth syndrome - which drug is used and is it inherited?");
    assertThat(topic.analysis().primary().names()).as(topic.reasons().toString()).contains("Pennyworth syndrome")
        .doesNotContain("PWS");
    assertThat(settle("How is Quellan dermatosis treated?").analysis().primary().names())
        .contains("rod-cone dermatosis")
        .doesNotContain("PWS");
  }

  @Test
  void aNameWrittenWhereTheQuestionSaysItIsAbsentNamesNothing() throws IOException {
    Topic topic = settle("a red rash on the arms, no Pennyworth syndrome in the family - what helps?");
    assertThat(topic.reasons()).as(topic.reasons().toString())
        .noneMatch(reason -> reason.contains("subject name written whole"));
    assertThat(settle("a red rash on the arms, Pennyworth syndrome in the family - what helps?").reasons())
        .as("said to be present, it is written whole").anyMatch(reason -> reason
            .contains("subject name written whole"));
  }

  @Test
  void anEponymsProperNamesAreWrittenInAnyOrderANameInOrderWinsOtherWordsStayInPlace() throws IOException {
    Topic topic = settle("Dorsey-Hale-Pennyworth syndrome - which drug is used and is it inherited?");
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Quellan dermatosis");
    Topic inOrder = settle("Hale-Pennyworth-Dorsey syndrome - which drug is used and is it inherited?");
    assertThat(inOrder.analysis().primary().name()).as("a name written in order wins over another's reordered")
        .isEqualTo("Tillman anaemia");
    assertThat(settle("a syndrome pennyworth of sweets - what helps?").reasons())
        .noneMatch(reason -> reason.contains("subject name written whole"));
    assertThat(settle("cone-rod dermatosis in a child - what helps?").reasons())
        .as("only the words a source writes as proper names move")
        .noneMatch(reason -> reason.contains("subject name written whole"));
    assertThat(settle("skin with a plaque that is red and painful - what helps?").reasons())
        .as("a title's capitals are no names: only hyphenated names move")
        .noneMatch(reason -> reason.contains("subject name written whole"));
  }

  @Test
  void aNameInABracketOfASourcesNameIsWrittenWholeAndTheRestQualifiesIt() throws IOException {
    Topic topic = settle("tx for late-stage valley shakes in a farmer");
    assertThat(topic.analysis().primary().name()).isEqualTo("Dorrin Fever");
    assertThat(topic.analysis().qualifiers()).contains("late", "stage").doesNotContain("tx", "valley");
  }

  @Test
  void aDeviceNamedByWordsEachIndexedButNeverTogetherIsAbsent() throws IOException {
    assertThat(settle("How is a heart-assist device managed after surgery?").abstention()).isPresent();
  }

  @Test
  void aDrugNoIndexedPassageNamesIsSaidToBeAbsent() throws IOException {
    assertThat(settle("tirzepatide dose for weight loss").abstention()).contains("tirzepatide");
    assertThat(settle("lithium and weight gain").abstention()).isEmpty();
  }

  @Test
  void aChemicalOfTheSceneNoPassageNamesIsNoAbsenceAskedOfItIs() throws IOException {
    assertThat(settle("the workers grind vantorite into flour all day - how is their asthma prevented?")
        .abstention()).isEmpty();
    assertThat(settle("is vantorite dust dangerous to breathe?").abstention()).contains("vantorite");
    assertThat(settle("my son has asthma and works with vantorite all day. is it dangerous to breathe?")
        .abstention()).as("asked of it by a pronoun").contains("vantorite");
    assertThat(settle("is vantorite dust safe to breathe? and how is asthma prevented in the workers?").abstention())
        .as("asked of in an earlier question").contains("vantorite");
  }

  @Test
  void anUnknownWordBesideTheSubjectMakesItAbstainAnUnknownWordElsewhereDoesNot() throws IOException {
    assertThat(settle("What is the treatment for glorbic fever?").abstention()).contains("glorbic");
    assertThat(settle("asthma attack, my son is blorfy after running").abstention()).isEmpty();
    assertThat(settle("What is the treatment for wating fever?").abstention())
        .as("an edit from words the passages have, too many to correct it to one: misspelt, no name").isEmpty();
    assertThat(settle("can I take my Zentrix 3 lithium?").abstention()).as("a model number between")
        .contains("Zentrix");
    assertThat(settle("What is the treatment for sicklefever?").abstention())
        .as("two indexed words written as one are no name the sources lack").isEmpty();
    assertThat(settle("What is the treatment for glorbicfever?").abstention()).contains("glorbicfever");
    assertThat(settle("my son wheezed with his asthma today - what helps?").abstention())
        .as("a word telling when is no name, though no passage holds it").isEmpty();
    assertThat(settle("what helps asthma 3x worse than last year?").abstention())
        .as("a multiple is no name").isEmpty();
    assertThat(settle("What is the treatment for bronch asthma?").abstention())
        .as("the start of an indexed word: a word clipped, no name").isEmpty();
    assertThat(settle("How To Treat Bronch Asthma?").abstention()).as("a title's capital is no proper name")
        .isEmpty();
  }

  @Test
  void anUnknownNameOfAConditionOrOrganismMakesItAbstainWhereverItIsWritten() throws IOException {
    assertThat(settle("back from a trip with chills and fever - could it be Glorbix virus?").abstention())
        .contains("Glorbix virus");
    assertThat(settle("back from a trip with chills and fever - could it be Sicklefever virus?").abstention())
        .as("a proper name is no compound of indexed words").contains("Sicklefever virus");
    assertThat(settle("back from a trip with chills and fever - could it be sicklefever virus?").abstention())
        .as("written in lower case, two indexed words written as one").isEmpty();
    assertThat(settle("back from a trip with chills - could it be Glorbix Vantu virus?").abstention())
        .as("named whole").contains("Glorbix Vantu virus");
    assertThat(settle("back from a trip with chills - could Travel Cause Glorbix Vantu virus?").abstention())
        .as("a word of asking is no part of the name").contains("Glorbix Vantu virus");
    assertThat(settle("asthma attack with a glorbing fever - what to give?").abstention())
        .as("a word in lower case describes").isEmpty();
    assertThat(settle("How To Treat Sicklefever Asthma?").abstention())
        .as("a capital beside the subject still makes two indexed words one").isEmpty();
  }

  @Test
  void aProperNameNoPassageHoldsMakesItAbstainACorrectedOneOrADayDoesNot() throws IOException {
    assertThat(settle("my doctor mentioned Zelvora for my asthma - how often do I take it?").abstention())
        .contains("Zelvora");
    assertThat(settle("my doctor mentioned zelvora for my asthma - how often do I take it?").abstention())
        .as("a word written without a capital is no proper name").isEmpty();
    assertThat(settle("asthma attack, my son started Lithiom - what helps?").abstention())
        .as("a proper name is corrected to a word one edit away").isEmpty();
    assertThat(settle("asthma attack, my son started Lithixxm - what helps?").abstention())
        .as("two edits from an indexed word, it stays the name written").contains("Lithixxm");
    assertThat(settle("an asthma attack since Sunday - what helps?").abstention()).as("a day is no name").isEmpty();
    assertThat(settle("asthma attack, my son Zelvor is wheezing - what helps?").abstention())
        .as("a proper name no lead word says is a product's: a person's").isEmpty();
  }

  @Test
  void wordsEachIndexedButNeverTogetherAsAConditionAreAbsent() throws IOException {
    assertThat(settle("cytokine release syndrome after CAR-T").abstention()).contains("cytokine release syndrome");
    assertThat(settle("cytokines dose for worm infection").abstention())
        .as("a dose asked for a condition is not one name").isEmpty();
  }

  @Test
  void wordsOfASourcesNameScatteredOverADescriptionAreNoName() throws IOException {
    Topic topic = settle("painful red lumps full of pus on my neck come back every month");
    assertThat(topic.analysis().primary().name()).as(String.join("; ", topic.reasons())).isEqualTo("Furuncles");
  }

  @Test
  void aConditionTheSourcesNameOtherwiseTakesTheirNames() throws IOException {
    Topic topic = settle("Starting treatment in sickle cell anaemia?");
    assertThat(topic.abstention()).isEmpty();
    assertThat(topic.analysis().primary().name()).isEqualTo("Anemia, Sickle Cell");
    assertThat(topic.analysis().primary().names()).contains("Sickle Cell Disease");
  }

  @Test
  void aHeadingTheSourcesOnlyListAmongTheirNamesTakesTheirNameToBeSearchedBy() throws IOException {
    Topic topic = settle("What medicines are used for Hollis degeneration?");
    assertThat(topic.reasons()).anyMatch(reason -> reason.startsWith("the sources call"));
    assertThat(topic.analysis().primary().name()).as(topic.reasons().toString()).isEqualTo("Brannock disease");
    assertThat(topic.analysis().primary().names()).contains("Hollis Degeneration");
  }

  @Test
  void thePagesAboutTheSubjectLendTheirNamesWhetherOrNotRetrievalRankedThem() throws IOException {
    QuestionAnalysis asked = corpus.analyzer.analyze("omeprazole before a long flight?");
    // Passages that name the drug in passing (a drug none of them names would be a circumstance of
    // the question, not its subject), none of them its page.
    List<PassageHit> elsewhere = corpus.retriever.retrieve("gastritis burning feeling after meals omeprazole",
        5).stream()
        .filter(hit -> !hit.passage().docId().equals("medquad:omeprazole-1")).toList();
    assertThat(elsewhere).as("the best-ranked passages name the drug")
        .anyMatch(hit -> hit.passage().text().toLowerCase(java.util.Locale.ROOT).contains("omeprazole"));
    assertThat(corpus.settler.settle(asked, elsewhere).analysis().primary().names()).contains("Losec");
  }

  @Test
  void guidelineTitlesThatOnlyQualifyOrCoverTheSubjectAreAboutIt() throws IOException {
    SubjectMatcher asthma = SubjectMatcher.of(settle("an acute asthma attack in casualty").analysis(),
        corpus.analyzer.terminology());
    assertThat(asthma.isTitleAbout("Bronchial Asthma", true)).isTrue();
    assertThat(asthma.isTitleAbout("Bronchial Asthma", false)).as("a reference page is held to its exact subject")
        .isFalse();
    assertThat(asthma.isTitleAbout("Asthma-dystonia syndrome", true)).as("another condition").isFalse();
    assertThat(asthma.isTitleAbout("Do you have information about Asthma", false))
        .as("MedlinePlus's summary page, titled as a question asking for information").isTrue();

    SubjectMatcher status = SubjectMatcher.of(settle("treatment of status epilepticus").analysis(),
        corpus.analyzer.terminology());
    assertThat(status.isTitleAbout("Seizures/Epilepsies", true)).as("the broader condition's guideline").isTrue();
    assertThat(status.isTitleAbout("Seizures/Epilepsies", true, false))
        .as("a report's title must name the subject itself").isFalse();
    assertThat(status.isTitleAbout("Guidelines for Rectal Diazepam in Status Epilepticus", true, false))
        .as("a report's other words qualify it").isTrue();
    assertThat(status.isTitleAboutAnotherCondition("Chest Pain")).isFalse();
    assertThat(status.isTitleAboutAnotherCondition("Dystonia")).isTrue();
  }
}
