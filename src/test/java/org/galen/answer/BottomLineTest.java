package org.galen.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.galen.answer.question.Concept;
import org.galen.answer.question.QuestionAnalysis;
import org.galen.answer.question.QuestionAnalyzer;
import org.galen.answer.question.ConceptVocabulary;
import org.galen.answer.question.Stems;
import org.galen.index.StoredPassage;
import org.galen.passage.Span;
import org.galen.source.ClinicalVocabulary;
import org.galen.source.DrugBankVocabulary;
import org.galen.source.EvidenceLevel;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * The first section answers the question's intent, from one guideline laid out as NSTG lays them
 * out: goals, non-drug measures, a drug list, cautions, investigations.
 */
class BottomLineTest {
  private static final ClinicalVocabulary VOCABULARY = new ClinicalVocabulary(List.of(
      drug("DB00787", "Aciclovir", "Acyclovir"), drug("DB00316", "Paracetamol", "Acetaminophen"),
      drug("DB00321", "Amitriptyline", "Amitriptyline")),
      List.of(new ClinicalVocabulary.MeshHeading("D006562", "Herpes Zoster", List.of("C01.925.256.466.930.750")),
          new ClinicalVocabulary.MeshHeading("D011247", "Pregnancy", List.of("G08.686.785.760.769")),
          new ClinicalVocabulary.MeshHeading("D005901", "Glaucoma", List.of("C11.525.381")),
          new ClinicalVocabulary.MeshHeading("D058873", "Post-Exposure Prophylaxis", List.of("N02.421.726.407.680")),
          new ClinicalVocabulary.MeshHeading("D010146", "Pain", List.of("C23.888.592.612"))),
      java.util.Map.of("IV", List.of("intravenous")));
  private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer(ConceptVocabulary.of(VOCABULARY));
  private static final BottomLine BOTTOM_LINE = new BottomLine(DrugDictionary.of(VOCABULARY));

  private final List<Candidate> guideline = new Guideline()
      .part("Introduction", SectionKind.OVERVIEW, "A second infection with varicella-zoster virus, limited to a dermatome",
          "Herpes zoster is also known as shingles, from the Latin for belt")
      .part("Treatment goals", SectionKind.MANAGEMENT, "Treat any identified predisposing factor in herpes zoster")
      .part("Non-drug treatment", SectionKind.MANAGEMENT, "Keep the herpes zoster rash clean and dry at all times")
      .part("Drug treatment", SectionKind.MEDICATIONS,
          "Drying agents e.g. calamine lotion - Apply twice daily",
          "Aciclovir - Adult: 800 mg orally five times daily for 5 - 7 days",
          "Can be given with food in children over 2 years",
          "Or: Amitriptyline 10 - 25 mg orally at night for pain",
          "In pregnancy: Paracetamol 1 g every 6 hours for pain",
          "Amitriptyline for post-herpetic neuralgia at night",
          "Elderly: initially half adult dose",
          "Doses above 75 mg daily (25 mg in elderly) only with care")
      .part("Adverse reactions and cautions", SectionKind.CAUTIONS, "Aciclovir - May cause nausea, vomiting, dizziness",
          "Amitriptyline - Avoid in pregnancy because of the risk to the baby")
      .part("Investigations", SectionKind.DIAGNOSIS, "HIV screening for all patients with herpes zoster")
      .candidates();

  @Test
  void aDrugListsTerseLineIsAnItemNotAHeading() {
    List<Candidate> lines = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Aciclovir - Adult: 800 mg orally five times daily for 5 - 7 days",
            "Soothing lotion for itch",
            "Paracetamol - Adult: 1 g orally every 6 hours for pain")
        .candidates();
    assertThat(texts(lines, "herpes zoster rash - what helps the itch?"))
        .as("a class of drug named tersely on its own line, with what it is for").contains("Soothing lotion for itch");
    List<Candidate> headed = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Herpes zoster in children",
            "Aciclovir - Child: 20 mg/kg orally four times daily for 5 days",
            "Treatment for severe herpes zoster",
            "Aciclovir - Adult: 10 mg/kg intravenously every 8 hours")
        .candidates();
    assertThat(texts(headed, "herpes zoster in children - what is the treatment?"))
        .as("a drug list's sub-heading is no item").doesNotContain("Herpes zoster in children");
    assertThat(texts(headed, "severe herpes zoster - what is the treatment?"))
        .as("what a sub-heading says is for is the treatment").doesNotContain("Treatment for severe herpes zoster");
  }

  @Test
  void aDoseLeadsOnlyFromWhereItsSourceDosesDrugs() {
    List<Candidate> lines = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS, "Aciclovir - Adult: 800 mg orally five times daily")
        .part("Investigations", SectionKind.DIAGNOSIS, "Measure the level two hours after 800 mg of aciclovir")
        .candidates();
    assertThat(BottomLine.dosedThere(lines.get(0))).as("the drug list").isTrue();
    assertThat(BottomLine.dosedThere(lines.get(1))).as("an amount an investigation tells of").isFalse();
  }

  @Test
  void aDoseLedIsTheAskedDrugsAndForThePatientDescribed() {
    List<Candidate> noDoseOfTheAskedDrug = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Aciclovir is started as early as possible once the herpes zoster rash appears",
            "Aciclovir shortens the herpes zoster rash when it is started early",
            "Aciclovir by mouth suits most patients with herpes zoster",
            "Paracetamol - Adult: 1 g orally every 6 hours for pain")
        .candidates();
    assertThat(texts(noDoseOfTheAskedDrug, "aciclovir dose for herpes zoster?")).as("another drug's dose is no answer")
        .noneMatch(t -> t.startsWith("Paracetamol"));
    List<Candidate> forAnotherPatient = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Aciclovir is started as early as possible once the herpes zoster rash appears",
            "Aciclovir shortens the herpes zoster rash when it is started early",
            "Aciclovir by mouth suits most patients with herpes zoster",
            "Aciclovir - Child under 12 years: 20 mg/kg orally every 6 hours")
        .candidates();
    assertThat(texts(forAnotherPatient, "aciclovir dose for herpes zoster in a 70 year old?"))
        .as("a band the patient is outside of is no answer").noneMatch(t -> t.contains("Child under 12"));
  }

  @Test
  void aRecommendationForSomePatientsOnlyLeadsNoQuestionAboutTheRest() {
    List<Candidate> lines = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Aciclovir - Adult: 800 mg orally five times daily for 5 - 7 days",
            "Paracetamol - Adult: 1 g orally every 6 hours",
            "Amitriptyline - 10 mg at night (recommended in patients with cardiac pathology)")
        .candidates();
    assertThat(texts(lines, "How is herpes zoster treated?").get(0)).startsWith("Aciclovir");
    List<Candidate> forAll = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Paracetamol - Adult: 1 g orally every 6 hours",
            "Aciclovir is recommended for all patients with herpes zoster over 50 years")
        .candidates();
    assertThat(texts(forAll, "How is herpes zoster treated?").get(0)).as("recommended for all of them")
        .startsWith("Aciclovir is recommended");
  }

  @Test
  void aTreatmentQuestionIsAnsweredWithTheFirstDrugLineNeverAGoal() {
    assertThat(texts("How is herpes zoster treated?")).anyMatch(t -> t.startsWith("Aciclovir - Adult: 800 mg"))
        .noneMatch(t -> t.startsWith("Treat any identified"))
        .noneMatch(t -> t.startsWith("Can be given")).noneMatch(t -> t.startsWith("Or:"));
  }

  @Test
  void aGuidelineOnABroaderConditionAnswersWithItsLinesOnTheSubject() {
    String[] lines = {"Amitriptyline - Adult: 10 mg orally at night for the itch of impetigo",
        "Paracetamol - Adult: 1 g orally every 6 hours for the pain of cellulitis",
        "Aciclovir - Adult: 400 mg orally three times daily for cold sores of the lip",
        "Paracetamol - Child: 15 mg/kg orally every 6 hours for the pain of an abscess",
        "Herpes zoster: calamine lotion twice daily on the rash until it crusts"};
    List<Candidate> broader = new Guideline("nstg:herpes-zoster", "Skin Infections")
        .part("Drug treatment", SectionKind.MEDICATIONS, lines).candidates();
    assertThat(texts(broader, "How is herpes zoster treated?")).as("the source's line on the subject")
        .anyMatch(t -> t.startsWith("Herpes zoster: calamine"));
    List<Candidate> own = new Guideline("nstg:herpes-zoster", "Herpes Zoster")
        .part("Drug treatment", SectionKind.MEDICATIONS, lines).candidates();
    assertThat(texts(own, "How is herpes zoster treated?")).as("the same lines in a source on the subject: its drug "
        + "lines first").noneMatch(t -> t.startsWith("Herpes zoster: calamine"));
  }

  @Test
  void askedHowToConfirmItTheFindingsTheQuestionGaveAreNoAnswer() {
    List<Candidate> pancreatitis = new Guideline()
        .part("Clinical features", SectionKind.SYMPTOMS, "Severe upper abdominal pain going through to the back in herpes zoster",
            "Nausea and vomiting with abdominal tenderness in herpes zoster")
        .part("Investigations", SectionKind.DIAGNOSIS, "Serum lipase is raised to three times the upper limit of normal")
        .candidates();
    assertThat(texts(pancreatitis, "severe upper abdominal pain going through to the back - which tests confirm herpes zoster?"))
        .as("the tests, not the question's own picture").first().asString().startsWith("Serum lipase");
  }

  @Test
  void askedHowItIsDiagnosedTheLineNamingATestAnswersBeforeThoseSayingADiagnosisIsMade() {
    List<Candidate> page = new Guideline()
        .part("How is herpes zoster diagnosed?", SectionKind.DIAGNOSIS,
            "Your doctor will diagnose herpes zoster from your history, an examination and test results",
            "Your doctor may ask about other illnesses and medicines you take",
            "Your doctor may want to know whether you had chickenpox as a child",
            "A swab test of fluid from a blister confirms the virus that causes it")
        .asReferencePage().candidates();
    assertThat(texts(page, "How is herpes zoster diagnosed?")).as("the test, not the lines before it")
        .first().asString().startsWith("A swab test");
    assertThat(texts(page, "How is herpes zoster treated?")).as("asked no diagnosis, the source's order")
        .noneMatch(t -> t.startsWith("A swab test"));
    List<Candidate> investigations = new Guideline()
        .part("Investigations", SectionKind.DIAGNOSIS, "Full blood count", "Bone marrow examination",
            "Chest radiograph", "Swab of a blister for the virus")
        .candidates();
    assertThat(texts(investigations, "How is herpes zoster diagnosed?")).as("a guideline's list, in its order")
        .first().isEqualTo("Full blood count");
  }

  @Test
  void aTreatmentAskedBesideACautionIsAnsweredWithADrugLineToo() {
    List<Candidate> lines = new Guideline()
        .part("Introduction", SectionKind.OVERVIEW, "A long-standing herpes zoster rash with weeping blisters over years")
        .part("Clinical features", SectionKind.SYMPTOMS, "Weeping blisters along one nerve, foul and crusted")
        .part("Drug treatment", SectionKind.MEDICATIONS, "Aciclovir 800 mg orally five times daily for 7 days")
        .part("Adverse reactions and cautions", SectionKind.CAUTIONS, "Do not use steroid creams on open blisters")
        .candidates();
    assertThat(texts(lines, "long-standing weeping herpes zoster blisters - which medicine, and are steroid creams safe?"))
        .as("the caution asked, and a drug for the treatment asked").anyMatch(t -> t.startsWith("Do not use steroid"))
        .anyMatch(t -> t.startsWith("Aciclovir 800 mg"));
  }

  @Test
  void askedHowAConditionIsTreatedAPageLineListingTheTreatmentsAnswers() {
    List<Candidate> page = new Guideline()
        .prose("What are the treatments for herpes zoster?", SectionKind.MANAGEMENT,
            "Treatment of herpes zoster depends on how severe it is and how long the rash has been there.",
            "People with a mild rash often need little treatment at all.",
            "Medicines that can make the rash worse are steroid creams, some ointments and plasters.",
            "The usual treatments are antiviral tablets, cool compresses, pain relief and rest.",
            "The tablets work best when they are started within three days of the rash.")
        .asReferencePage().candidates();
    assertThat(texts(page, "How is herpes zoster treated?"))
        .as("the line naming what is done, not those saying that it depends or what harms").first().asString()
        .startsWith("The usual treatments are");
  }

  @Test
  void aComplaintTheQuestionAsksAboutIsWhatTheAnsweringLineTreats() {
    List<Candidate> page = new Guideline()
        .prose("What are the treatments for herpes zoster?", SectionKind.MANAGEMENT,
            "There is no cure for herpes zoster, but it usually clears by itself.",
            "Some people need to stay in hospital when the rash spreads to the eye.",
            "Antiviral tablets shorten the illness when they are started early.",
            "Keeping the rash covered stops it spreading to other people.",
            "Simple painkillers or amitriptyline may be used to relieve the pain.")
        .asReferencePage().candidates();
    assertThat(texts(page, "My grandfather has herpes zoster across his back and it is very sore. "
        + "What can he take for the pain? Does the rash need anything?"))
        .as("the line on the complaint a question asks about").contains(
            "Simple painkillers or amitriptyline may be used to relieve the pain.");
    assertThat(texts(page, "My grandfather has herpes zoster with pain across his back. How is it treated?"))
        .as("a complaint told in the scene only is no word of what is asked").doesNotContain(
            "Simple painkillers or amitriptyline may be used to relieve the pain.");
  }

  @Test
  void askedForATreatmentsHarmsAPageLineListingItsSideEffectsAnswers() {
    List<Candidate> page = new Guideline()
        .prose("What are the treatments for herpes zoster?", SectionKind.MANAGEMENT,
            "Antiviral medicine shortens the illness when it is started early.",
            "During treatment you may have no side effects or just a few.",
            "The common side effects are nausea, headache, tiredness and an upset stomach.",
            "Most side effects go away when the treatment ends.")
        .asReferencePage().candidates();
    assertThat(texts(page, "What side effects should I expect from herpes zoster treatment?"))
        .as("the line listing them, not those saying there are some").first().asString()
        .startsWith("The common side effects are");
    List<Candidate> guidelineLines = new Guideline()
        .prose("Drug treatment", SectionKind.MANAGEMENT,
            "Antiviral medicine shortens the illness when it is started early.",
            "The common side effects are nausea, headache, tiredness and an upset stomach.")
        .part("Adverse reactions and cautions", SectionKind.CAUTIONS, "Aciclovir - May cause nausea and dizziness")
        .candidates();
    assertThat(texts(guidelineLines, "What side effects should I expect from herpes zoster treatment?"))
        .as("a guideline says them under its own heading").first().asString().startsWith("Aciclovir - May cause");
    assertThat(texts(page, "How is herpes zoster treated?")).as("asked no harms, the page's order").first()
        .asString().startsWith("Antiviral medicine");
    List<Candidate> twoDrugs = new Guideline()
        .prose("What are the treatments for herpes zoster?", SectionKind.MANAGEMENT,
            "Amitriptyline side effects are a dry mouth, drowsiness, constipation and weight gain.",
            "Aciclovir is usually well tolerated by most people.")
        .asReferencePage().candidates();
    assertThat(texts(twoDrugs, "What side effects does aciclovir have?")).as("the asked drug's line, not another's")
        .first().asString().startsWith("Aciclovir is usually");
  }

  @Test
  void statementsSharingAsManyWordsAreToldApartByWhatTheyMean() {
    List<Candidate> prevention = new Guideline()
        .part("Prevention", SectionKind.PREVENTION,
            "Herpes zoster lesions are graded from mild to severe by how far the rash has spread",
            "Herpes zoster lesions crust over and heal within two to four weeks",
            "A single dose of the recombinant herpes zoster vaccine protects most people for many years")
        .candidates();
    String question = "Is there a jab that stops you getting herpes zoster?";
    QuestionAnalysis analysis = ANALYZER.analyze(question);
    SubjectMatcher subject = new SubjectMatcher(analysis, words -> false, words -> false);
    try (org.galen.embed.Embedder model = new org.galen.embed.BgeSmallEmbedder()) {
      BottomLine byMeaning = new BottomLine(DrugDictionary.of(VOCABULARY), MeaningOrder.of(() -> Optional.of(model)));
      assertThat(byMeaning.choose(prevention, "nstg:herpes-zoster", analysis, subject)).first()
          .extracting(Candidate::text).asString().as("the measure that prevents it, by its meaning")
          .startsWith("A single dose");
    }
    assertThat(BOTTOM_LINE.choose(prevention, "nstg:herpes-zoster", analysis, subject)).first()
        .extracting(Candidate::text).asString().as("without the model, the source's order decides the tie")
        .startsWith("Herpes zoster lesions");
  }

  @Test
  void theMeaningNeverPutsADrugAGuidelineListsLaterBeforeTheOneItListsFirst() {
    List<Candidate> lines = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Aciclovir - Adult: 800 mg orally five times daily for 5 - 7 days",
            "Amitriptyline 10 - 25 mg orally at night for months after the rash")
        .part("Non-drug treatment", SectionKind.MANAGEMENT, "Keep the herpes zoster rash clean and dry")
        .candidates();
    assertThat(MeaningOrder.reorderable(lines, line -> 1.0)).extracting(Candidate::text)
        .as("the list's first line and the other section's, not the drug listed later")
        .containsExactly("Aciclovir - Adult: 800 mg orally five times daily for 5 - 7 days",
            "Keep the herpes zoster rash clean and dry");
  }

  @Test
  void aLineForACaseTheQuestionDoesNotTellOfIsNoAnswer() {
    List<Candidate> lines = new Guideline()
        .part("Non-drug treatment", SectionKind.MANAGEMENT, "Firm pressure on the herpes zoster blisters with a clean pad")
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Antibiotics if the blisters become infected - Amoxicillin (Child: 250 mg orally 8 hourly for 5 days)",
            "Sleep if needed: Amitriptyline 10 mg orally at night for 1 - 2 days")
        .candidates();
    assertThat(texts(lines, "my 6 year old has herpes zoster, how is it treated?"))
        .as("each drug line is for a case not told of").first().asString().startsWith("Firm pressure");
    assertThat(texts(lines, "my 6 year old has herpes zoster and the blisters are infected, how is it treated?"))
        .as("the case told of").first().asString().startsWith("Antibiotics if");
    List<Candidate> pregnancy = new Guideline()
        .part("Non-drug treatment", SectionKind.MANAGEMENT, "Keep the rash clean and dry while it heals over the weeks")
        .part("Drug treatment", SectionKind.MEDICATIONS, "If pregnant - Paracetamol 1 g orally every 6 hours for the pain")
        .candidates();
    assertThat(texts(pregnancy, "herpes zoster in a pregnant woman, how is it treated?"))
        .as("the people asked about").contains("If pregnant - Paracetamol 1 g orally every 6 hours for the pain");
  }

  @Test
  void eitherOfTwoWordsAskedIsAnsweredByWhatTheSourcesSayOfEach() {
    List<Candidate> lines = new ArrayList<>(new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS, "Rest and fluids help while the herpes zoster rash heals",
            "Aciclovir - Adult: 800 mg oral five times daily for 5 - 7 days")
        .candidates());
    lines.addAll(new Guideline("nstg:herpes-zoster-2")
        .part("Cautions", SectionKind.CAUTIONS, "Give intravenous aciclovir only with fluids to protect the kidneys")
        .candidates());
    assertThat(texts(lines, "Herpes zoster: oral or intravenous aciclovir?"))
        .as("the leading source's line on one, another guideline's on the other")
        .anyMatch(t -> t.startsWith("Aciclovir - Adult")).anyMatch(t -> t.startsWith("Give intravenous"));
    assertThat(texts(lines, "Herpes zoster: aciclovir IV or oral?")).as("an abbreviation stands for its long form")
        .anyMatch(t -> t.startsWith("Aciclovir - Adult")).anyMatch(t -> t.startsWith("Give intravenous"));
    assertThat(Asked.of(ANALYZER.analyze("Herpes zoster on aciclovir: stop it or carry on?"), false).comparing())
        .as("actions on what a pronoun stands for are no options").isFalse();
    assertThat(Asked.of(ANALYZER.analyze("Herpes zoster: aciclovir IV or oral?"), false).comparing()).isTrue();
    assertThat(Asked.of(ANALYZER.analyze("a rash on my arm or leg, is it herpes zoster?"), false).comparing())
        .as("\"or\" outside the clause that asks").isFalse();
  }

  @Test
  void aShortItemEndingInAFullStopIsAStatementABareHeadingIsNot() {
    List<Candidate> causes = new Guideline()
        .part("Causes", SectionKind.CAUSES, "Viral causes", "Reactivation.",
            "Varicella-zoster virus lying dormant in a dorsal root ganglion since chickenpox")
        .candidates();
    assertThat(texts(causes, "what causes herpes zoster?")).contains("Reactivation.").doesNotContain("Viral causes");
    List<Candidate> prose = new Guideline()
        .prose("Overview", SectionKind.MANAGEMENT, "Herpes zoster is a painful rash along one nerve of the body.",
            "Cool packs often help.", "Most people get better within a few weeks without any lasting harm.")
        .candidates();
    assertThat(texts(prose, "how is herpes zoster managed?")).as("a short sentence of prose says something")
        .contains("Cool packs often help.");
  }

  @Test
  void aLineForThePatientsAgeAnswersOnlyInASectionThatAnswers() {
    List<Candidate> lines = new Guideline()
        .part("Introduction", SectionKind.OVERVIEW, "Herpes zoster is uncommon in children under 12 years of age")
        .part("Prevention", SectionKind.PREVENTION, "Varicella vaccination lowers the later rate of herpes zoster")
        .candidates();
    assertThat(texts(lines, "how do we prevent herpes zoster in our 8 year old?")).first().asString()
        .startsWith("Varicella vaccination");
  }

  @Test
  void aGuidelinesTestsAndMeasuresAreItemsHoweverTerselyListed() {
    List<Candidate> tests = new Guideline()
        .part("Clinical features", SectionKind.SYMPTOMS, "Pain along one dermatome before the rash appears in herpes zoster",
            "History of chickenpox in childhood and of recent illness or stress")
        .part("Investigations", SectionKind.DIAGNOSIS, "Viral PCR of vesicle fluid", "Tzanck smear")
        .candidates();
    assertThat(texts(tests, "which tests confirm herpes zoster?")).as("the tests, however short their lines")
        .startsWith("Viral PCR of vesicle fluid", "Tzanck smear");
    List<Candidate> measures = new Guideline()
        .part("Clinical features", SectionKind.SYMPTOMS, "Pain along one dermatome before the rash appears in herpes zoster")
        .part("Non-drug treatment", SectionKind.MANAGEMENT, "Cool compresses", "Loose cotton clothing")
        .candidates();
    assertThat(texts(measures, "how is herpes zoster managed?")).as("so are its measures")
        .contains("Cool compresses", "Loose cotton clothing");
  }

  @Test
  void askedWhenOrHowLongTheLineStatingATimeAnswers() {
    List<Candidate> timed = new Guideline()
        .part("Introduction", SectionKind.PREVENTION, "Herpes zoster in older people can be prevented by early "
            + "treatment and by vaccination of those at risk")
        .part("Principles", SectionKind.MANAGEMENT, "Aciclovir works best when started within 72 hours of the rash")
        .candidates();
    assertThat(texts(timed, "When should aciclovir be started to prevent herpes zoster pain?"))
        .first().asString().startsWith("Aciclovir works best");
    assertThat(texts(timed, "How is herpes zoster in older people prevented?")).first().asString()
        .as("no time asked").startsWith("Herpes zoster in older people");
    List<Candidate> courses = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS, "Paracetamol 1 g orally every 6 hours after meals for pain",
            "Aciclovir 800 mg orally five times daily for 7 days")
        .candidates();
    assertThat(texts(courses, "herpes zoster: for how long should aciclovir be given?")).first().asString()
        .as("the asked drug's time").startsWith("Aciclovir 800 mg");
  }

  @Test
  void whatAGuidelineAimsForIsNoAnswer() {
    assertThat(texts("herpes zoster")).noneMatch(t -> t.startsWith("Treat any identified"));
  }

  @Test
  void aConditionDescribedWithoutItsNameIsNamedAndWhatHelpsIsSaid() {
    List<String> texts = describedZosterLines(guideline);
    assertThat(texts).as("what it is, though its guideline's opening never names it")
        .anyMatch(t -> t.startsWith("Herpes zoster is also known as shingles"))
        .anyMatch(t -> t.startsWith("Aciclovir"));
  }

  @Test
  void aDescriptionAskingNothingIsToldWhatHelpsNotItsOwnSignsBack() {
    List<Candidate> echoing = new Guideline()
        .part("Introduction", SectionKind.OVERVIEW, "Herpes zoster is also known as shingles, from the Latin for belt")
        .part("Clinical features", SectionKind.SYMPTOMS, "A painful band of blisters on the left or right side of the chest",
            "The blisters of the band across the chest crust over in a week", "Pain on one side of the chest before the rash")
        .part("Non-drug treatment", SectionKind.MANAGEMENT, "Keep the rash clean and dry at all times until it crusts over")
        .part("Drug treatment", SectionKind.MEDICATIONS, "Aciclovir - Adult: 800 mg orally five times daily for 5 - 7 days")
        .candidates();
    List<String> texts = describedZosterLines(echoing);
    assertThat(texts).as("what helps, and what it is").anyMatch(t -> t.startsWith("Aciclovir"))
        .anyMatch(t -> t.startsWith("Keep the rash")).anyMatch(t -> t.startsWith("Herpes zoster is also known"))
        .noneMatch(t -> t.contains("band"));
  }

  @Test
  void aDescribedConditionNoSentenceNamesIsSaidByItsGuidelinesOpeningSentence() {
    List<Candidate> unnamed = new Guideline()
        .part("Introduction", SectionKind.OVERVIEW, "A second infection with varicella-zoster virus, limited to a dermatome")
        .part("Non-drug treatment", SectionKind.MANAGEMENT, "Keep the rash clean and dry at all times until it crusts over")
        .part("Drug treatment", SectionKind.MEDICATIONS, "Aciclovir - Adult: 800 mg orally five times daily for 5 - 7 days",
            "Drying agents e.g. calamine lotion - Apply twice daily")
        .candidates();
    QuestionAnalysis described = ANALYZER.analyze(
        "painful band of blisters across the left side of my chest - what helps?");
    described = described.about(new Concept("Herpes Zoster", Concept.Origin.MEDQUAD, "", List.of("Herpes Zoster"),
        List.of(), Concept.Kind.CONDITION), "Herpes Zoster", List.of(), java.util.Set.of());
    SubjectMatcher subject = new SubjectMatcher(described, words -> false, words -> false);
    assertThat(BOTTOM_LINE.choose(unnamed, "nstg:herpes-zoster", described, subject)).extracting(Candidate::text)
        .as("what it is, in the guideline's words").contains("A second infection with varicella-zoster virus, limited "
            + "to a dermatome");
  }

  @Test
  void aDescriptionSharingAWordOfTheConditionsNameStillGetsItsName() {
    QuestionAnalysis described = ANALYZER.analyze(
        "a painful rash in a band across the left side of my chest - what helps?");
    described = described.about(new Concept("Herpes Zoster", Concept.Origin.MEDQUAD, "",
        List.of("Herpes Zoster", "Zoster rash"), List.of(), Concept.Kind.CONDITION), "Herpes Zoster", List.of(),
        java.util.Set.of());
    SubjectMatcher subject = new SubjectMatcher(described, words -> false, words -> false);
    assertThat(BOTTOM_LINE.choose(guideline, "nstg:herpes-zoster", described, subject)).extracting(Candidate::text)
        .as("\"rash\" is one word of a name, not the name").anyMatch(t -> t.startsWith("Herpes zoster is also known"));
  }

  @Test
  void aDoseQuestionIsAnsweredWithTheDoseLineOfTheDrugAsked() {
    assertThat(texts("Amitriptyline dose for herpes zoster pain?").get(0)).startsWith("Or: Amitriptyline 10 - 25 mg");
  }

  @Test
  void theAskedPopulationsLineComesFirst() {
    assertThat(texts("Treatment of herpes zoster in pregnancy")).anyMatch(t -> t.startsWith("In pregnancy: Paracetamol"))
        .as("what to avoid in pregnancy answers too").anyMatch(t -> t.startsWith("Amitriptyline - Avoid in pregnancy"));
  }

  @Test
  void aLineGoingOnFromTheOneAboveComesWithItsDrugLine() {
    assertThat(texts("First amitriptyline dose for an elderly man with herpes zoster?"))
        .as("the elderly line of the drug asked, with the line it goes on from, not another drug's elderly line")
        .containsSubsequence("Amitriptyline for post-herpetic neuralgia at night", "Elderly: initially half adult dose")
        .noneMatch(t -> t.startsWith("Doses above"));
  }

  @Test
  void theClauseThatAsksDecidesWhatIsAnsweredAndANamedDrugAsksHowToUseIt() {
    assertThat(texts("Rash diagnosed as herpes zoster. What's the treatment?"))
        .anyMatch(t -> t.startsWith("Aciclovir - Adult")).noneMatch(t -> t.startsWith("HIV screening"));
    assertThat(texts("Pregnant woman with herpes zoster - can I use paracetamol?"))
        .anyMatch(t -> t.startsWith("In pregnancy: Paracetamol"));
  }

  @Test
  void theLineForTheAskedPopulationOutweighsTheDrugAsked() {
    assertThat(texts("Pregnant woman with herpes zoster - can I use aciclovir?").get(0))
        .as("\"pregnant\" finds the line for pregnancy").startsWith("In pregnancy: Paracetamol");
  }

  @Test
  void aComparisonQuotesWhatTheSourceSaysOfEachOption() {
    List<String> texts = texts("Aciclovir or amitriptyline for post-herpetic neuralgia at night in herpes zoster?");
    assertThat(texts).anyMatch(t -> t.contains("Aciclovir")).anyMatch(t -> t.contains("Amitriptyline"));
  }

  @Test
  void theDoseOfWhatPreventsIsAnsweredFromThePreventionSectionToo() {
    List<Candidate> withVaccine = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Aciclovir - Adult: 800 mg orally five times daily for 5 - 7 days",
            "Amitriptyline 10 - 25 mg orally at night for pain",
            "Paracetamol 1 g every 6 hours for pain")
        .part("Prevention", SectionKind.PREVENTION, "Zoster vaccine: Adult over 50 years: 0.5 mL, two doses")
        .candidates();
    assertThat(texts(withVaccine, "which vaccine protects adults against herpes zoster, and what's the dose?"))
        .anyMatch(t -> t.startsWith("Zoster vaccine"));
  }

  @Test
  void cautionsAndTestsAnswerTheirOwnQuestions() {
    assertThat(texts("Side effects of aciclovir in herpes zoster")).anyMatch(t -> t.startsWith("Aciclovir - May cause"));
    assertThat(texts("Which tests for herpes zoster?")).anyMatch(t -> t.startsWith("HIV screening"));
  }

  @Test
  void howLongTheAskedDrugIsGivenIsNotAnotherDrugsCourseNamedOrGoingOnFromItsLine() {
    List<Candidate> drugs = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Amitriptyline 10 - 25 mg orally at night",
            "Child: 5 mg orally at night for 14 days",
            "Aciclovir 800 mg orally five times daily",
            "Paracetamol 1 g every 6 hours for 3 days")
        .candidates();
    assertThat(texts(drugs, "aciclovir dose at night for a child with herpes zoster, for how many days?")).first()
        .as("the asked drug's line, not another drug's course").asString().startsWith("Aciclovir");
  }

  @Test
  void aClearanceAdjustmentStaysBesideThePatientsAgeBandAndAnotherAgeBandDoesNot() {
    List<Candidate> banded = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Aciclovir - Child: 2 - 5 years: 200 mg orally five times daily",
            "Child: 6 - 12 years: 400 mg orally five times daily",
            "Creatinine clearance under 10 mL/minute: 200 mg twice daily")
        .candidates();
    assertThat(texts(banded, "aciclovir dose for herpes zoster in a 4 yo"))
        .as("the patient's band and the adjustment a clearance makes, not another age's row")
        .contains("Aciclovir - Child: 2 - 5 years: 200 mg orally five times daily",
            "Creatinine clearance under 10 mL/minute: 200 mg twice daily")
        .noneMatch(t -> t.startsWith("Child: 6 - 12 years"));
  }

  @Test
  void theBandHoldingThePatientsAgeOrWeightIsTheAnswerWithItsDrugLine() {
    List<Candidate> banded = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS,
            "Aciclovir - Adult: 800 mg orally five times daily for 7 days",
            "Child: under 2 years: 100 mg orally five times daily",
            "2 - 5 years: 200 mg orally five times daily",
            "over 5 years (body weight 20 - 40 kg): 400 mg orally five times daily")
        .candidates();
    assertThat(texts(banded, "aciclovir dose for herpes zoster in a 4 yo"))
        .as("a four-year-old's band, said with the drug line it goes on from")
        .containsExactly("Aciclovir - Adult: 800 mg orally five times daily for 7 days",
            "2 - 5 years: 200 mg orally five times daily");
    assertThat(texts(banded, "herpes zoster in a child of 25 kg - aciclovir dose?"))
        .as("the weight band, over the line naming the child")
        .contains("over 5 years (body weight 20 - 40 kg): 400 mg orally five times daily")
        .noneMatch(t -> t.startsWith("Child: under 2 years"));
  }

  @Test
  void aComorbidityNamedBesideTheSubjectFindsTheCautionNamingIt() {
    List<Candidate> cautions = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS, "Amitriptyline 10 - 25 mg orally at night for pain")
        .part("Adverse reactions and cautions", SectionKind.CAUTIONS,
            "Amitriptyline - May cause drowsiness and a dry mouth in the first weeks",
            "Amitriptyline - Avoid in glaucoma and in urinary retention")
        .candidates();
    assertThat(texts(cautions, "herpes zoster pain in a patient with glaucoma - is amitriptyline ok?").get(0))
        .isEqualTo("Amitriptyline - Avoid in glaucoma and in urinary retention");
  }

  @Test
  void aLimitAskedIsAnsweredByTheLineSettingTheCeiling() {
    List<Candidate> doses = new Guideline()
        .part("Drug treatment", SectionKind.MEDICATIONS, "Amitriptyline 10 - 25 mg orally at night for pain",
            "Increase by 10 mg every week as tolerated",
            "Amitriptyline - Do not exceed 75 mg daily in the elderly or 150 mg daily in others")
        .candidates();
    assertThat(texts(doses, "max daily dose of amitriptyline for herpes zoster pain?").get(0))
        .startsWith("Amitriptyline - Do not exceed");
    assertThat(texts(doses, "dose of amitriptyline for herpes zoster pain?").get(0))
        .as("a dose asked, not a limit").startsWith("Amitriptyline 10 - 25 mg");
  }

  @Test
  void aWithheldDoseEndsTheStatementBeforeItsAmount() {
    Candidate dose = guideline.stream().filter(c -> c.text().startsWith("Aciclovir - Adult")).findFirst().orElseThrow();
    Candidate named = WithheldDoses.withoutDoses(dose).orElseThrow();
    assertThat(named.text()).isEqualTo("Aciclovir");
    assertThat(named.sentence()).isEqualTo(new Span(dose.sentence().start(), dose.sentence().start() + 9));
    Candidate measure = guideline.stream().filter(c -> c.text().startsWith("Keep")).findFirst().orElseThrow();
    assertThat(WithheldDoses.withoutDoses(measure)).contains(measure);
    Candidate bare = guideline.get(0);
    Candidate onlyAmount = new Candidate(bare.passage(), bare.sentence(), "Adult: 800 mg daily", Stems.of("adult"),
        SectionKind.MEDICATIONS, 1, true, false);
    assertThat(WithheldDoses.withoutDoses(onlyAmount)).as("nothing but the dose is left out whole").isEmpty();
    assertThat(withheld(bare, "Paracetamol - 3 months - 1 year: 125 - 250 mg")).as("a band whose ends have two units")
        .isEqualTo("Paracetamol");
    assertThat(withheld(bare, "Paracetamol - Child over 6 - 12 years: 250 mg"))
        .as("who a withheld dose was for goes with it").isEqualTo("Paracetamol");
    assertThat(withheld(bare, "Children 6 to 12 years: paracetamol 250 mg"))
        .as("a band saying whom a named drug is for stays").isEqualTo("Children 6 to 12 years: paracetamol");
    assertThat(withheld(bare, "Vitamin B12 vaccine on days 0 and 7: 1 mL")).as("a schedule and a name's digits stay")
        .isEqualTo("Vitamin B12 vaccine on days 0 and 7");
  }

  @Test
  void aConceptAskedIsOneTermALineSharesUnderAnyOfItsNamesAndAnAdverbSharesItsAdjective() {
    Asked asked = Asked.of(ANALYZER.analyze("herpes zoster after a needle stick: which post-exposure prophylaxis is "
        + "most common?"), false);
    List<Candidate> lines = new Guideline()
        .part("Prevention", SectionKind.PREVENTION, "Post-exposure prophylaxis is given within 72 hours",
            "Prophylaxis before exposure, or after it, is rarely needed", "Aciclovir is most commonly used")
        .candidates();
    assertThat(asked.words()).as("a procedure asked of the condition is one term")
        .anyMatch(term -> term.sharedBy(lines.get(0)));
    assertThat(lines.stream().map(line -> asked.words().stream().filter(term -> term.sharedBy(line)).count()))
        .as("the procedure's words scattered are not the procedure; \"commonly\" is \"common\"")
        .containsExactly(1L, 0L, 1L);
  }

  @Test
  void aDrugTakenBesideIsAnsweredByTheAskedDrugsLineOnTheTwoNeverByItsOwn() {
    List<Candidate> lines = new Guideline()
        .part("Adverse reactions and cautions", SectionKind.CAUTIONS,
            "Aciclovir - Take each dose at night with plenty of water",
            "Amitriptyline - No interaction with aciclovir is known",
            "Amitriptyline - Avoid in pregnancy because of the risk to the baby")
        .candidates();
    assertThat(texts(lines, "can he take amitriptyline at night while on aciclovir?")).first().asString()
        .startsWith("Amitriptyline - No interaction with aciclovir");
  }

  /** What a medication line of this text says once its dose is withheld. */
  private static String withheld(Candidate like, String text) {
    Candidate line = new Candidate(like.passage(), like.sentence(), text, Stems.of(text), SectionKind.MEDICATIONS, 1,
        true, false);
    return WithheldDoses.withoutDoses(line).orElseThrow().text();
  }

  private List<String> texts(String question) {
    return texts(guideline, question);
  }

  private static List<String> texts(List<Candidate> candidates, String question) {
    QuestionAnalysis analysis = ANALYZER.analyze(question);
    SubjectMatcher subject = new SubjectMatcher(analysis, words -> false, words -> false);
    return BOTTOM_LINE.choose(candidates, "nstg:herpes-zoster", analysis, subject).stream().map(Candidate::text)
        .toList();
  }

  private static DrugBankVocabulary.Entry drug(String id, String name, String synonym) {
    return new DrugBankVocabulary.Entry(id, name, List.of(synonym));
  }

  /** The bottom line for a painful band of blisters, described without a name, settled on herpes zoster. */
  private static List<String> describedZosterLines(List<Candidate> candidates) {
    QuestionAnalysis described = ANALYZER.analyze("painful band of blisters across the left side of my chest");
    described = described.about(new Concept("Herpes Zoster", Concept.Origin.MEDQUAD, "", List.of("Herpes Zoster"),
        List.of(), Concept.Kind.CONDITION), "Herpes Zoster", List.of(), java.util.Set.of());
    SubjectMatcher subject = new SubjectMatcher(described, words -> false, words -> false);
    return BOTTOM_LINE.choose(candidates, "nstg:herpes-zoster", described, subject).stream().map(Candidate::text)
        .toList();
  }
}
