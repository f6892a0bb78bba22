package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.answer.Article;
import org.galen.answer.Audience;
import org.galen.answer.Dose;
import org.galen.answer.Gloss;
import org.galen.answer.Note;
import org.galen.answer.Reference;
import org.galen.answer.Section;
import org.galen.answer.SourceSpan;
import org.galen.answer.Statement;
import org.galen.editorial.ReviewStatus;
import org.galen.editorial.StoredArticle;
import org.galen.source.EvidenceLevel;
import org.junit.jupiter.api.Test;

/**
 * The exact text and Markdown {@code galen ask} prints, byte for byte, for two articles that
 * between them use every part: notes, sections with and without citations, doses after the
 * Medications section (full, ceiling only, a range with its units), references with and without a
 * source, year, link or credit, glosses cited and from MeSH, follow-ups, the review status (pending
 * and approved), the audience and the disclaimer.
 */
class ArticleRendererTest {
  private static final SourceSpan SPAN = new SourceSpan("nice:ng91", 0, 10);

  @Test
  void textOfAPendingArticleWithDosesReferencesNotesAndFollowUps() {
    assertThat(ArticleRenderer.text(pendingPhysicianArticle())).isEqualTo("""
        What is the treatment for acute otitis media?
        (Submitted · educational purpose only · pending human review · for physician · last updated 2024-05-02)

        Note: The sources found do not cover infants under 3 months.

        Note: Sources [1] and [2] differ on how long to treat.

        From the Guidelines
        • Amoxicillin is the first-line antibiotic for acute otitis media. [1]

        Medications
        • Give amoxicillin 500 mg orally every 8 hours for 5 to 7 days. [1][2]
        • Paracetamol or ibuprofen relieve ear pain. [3]
          Doses:
          - Amoxicillin (Adult): 500 mg, orally, every 8 hours, for 5 to 7 days — maximum 4 g daily [1]
            as written: “Give amoxicillin 500 mg orally every 8 hours for 5 to 7 days.”
          - Paracetamol: — up to 4 g daily [3]
            as written: “Paracetamol, up to 4 g daily.”
          - Amoxicillin (Child): 500 mg - 1 g, three times daily [2]
            as written: “Children: amoxicillin 500 mg - 1 g three times daily.”

        Management
        • Most cases resolve within 3 days without antibiotics. [2]

        References
        [1] Guideline. Otitis media (acute): antimicrobial prescribing. NICE, 2018. Evidence: GUIDELINE. \
        nice:ng91. © NICE 2018. All rights reserved.
            https://www.nice.org.uk/guidance/ng91
        [2] Research. Antibiotics for acute otitis media in children. Cochrane Database Syst Rev, 2015. \
        Evidence: SYSTEMATIC_REVIEW. pmid:26099233
            https://pubmed.ncbi.nlm.nih.gov/26099233/
        [3] Reference. Ear infections. Evidence: REFERENCE. medquad:0001

        Follow-up questions
        • What about in penicillin allergy?
        • What is the dose for children?

        For healthcare professionals. Galen quotes indexed sources verbatim and has not been reviewed by a \
        clinician; it is not a substitute for clinical judgement.
        article 3f0c2a9e-0000-4000-8000-000000000001 · continue with --conversation \
        7d1e5b2c-0000-4000-8000-000000000002
        """);
  }

  @Test
  void markdownOfAPendingArticleWithDosesReferencesNotesAndFollowUps() {
    assertThat(ArticleRenderer.markdown(pendingPhysicianArticle())).isEqualTo("""
        # What is the treatment for acute otitis media?

        _Submitted · educational purpose only · pending human review · for physician · last updated 2024-05-02_

        > **Note:** The sources found do not cover infants under 3 months.

        > **Note:** Sources [1] and [2] differ on how long to treat.

        ## From the Guidelines

        - Amoxicillin is the first-line antibiotic for acute otitis media. [1]

        ## Medications

        - Give amoxicillin 500 mg orally every 8 hours for 5 to 7 days. [1][2]
        - Paracetamol or ibuprofen relieve ear pain. [3]

        **Doses**

        - Amoxicillin (Adult): 500 mg, orally, every 8 hours, for 5 to 7 days — maximum 4 g daily [1]\s\s
          as written: “Give amoxicillin 500 mg orally every 8 hours for 5 to 7 days.”
        - Paracetamol: — up to 4 g daily [3]\s\s
          as written: “Paracetamol, up to 4 g daily.”
        - Amoxicillin (Child): 500 mg - 1 g, three times daily [2]\s\s
          as written: “Children: amoxicillin 500 mg - 1 g three times daily.”

        ## Management

        - Most cases resolve within 3 days without antibiotics. [2]

        ## References

        1. Guideline. Otitis media (acute): antimicrobial prescribing. NICE, 2018. Evidence: GUIDELINE. \
        nice:ng91. © NICE 2018. All rights reserved. <https://www.nice.org.uk/guidance/ng91>
        2. Research. Antibiotics for acute otitis media in children. Cochrane Database Syst Rev, 2015. \
        Evidence: SYSTEMATIC_REVIEW. pmid:26099233 <https://pubmed.ncbi.nlm.nih.gov/26099233/>
        3. Reference. Ear infections. Evidence: REFERENCE. medquad:0001

        ## Follow-up questions

        - What about in penicillin allergy?
        - What is the dose for children?

        > For healthcare professionals. Galen quotes indexed sources verbatim and has not been reviewed by a \
        clinician; it is not a substitute for clinical judgement.

        Article 3f0c2a9e-0000-4000-8000-000000000001 · conversation 7d1e5b2c-0000-4000-8000-000000000002
        """);
  }

  @Test
  void textOfAnApprovedPatientArticleWithGlossesKeepsEveryCharacterAsWritten() {
    assertThat(ArticleRenderer.text(approvedPatientArticle())).isEqualTo("""
        Is *ibuprofen* safe with <warfarin> & aspirin?
        (Approved · for patient or caregiver · last updated 2024-06-10)

        Cautions and contraindications
        • Ibuprofen can raise the risk of bleeding in people taking warfarin. [1]
        • Ask your pharmacist before taking _any_ pain reliever.\s

        Plain-language notes
        • anticoagulant: An anticoagulant is a medicine that stops blood from clotting. [1]
        • NSAID: Anti-Inflammatory Agents, Non-Steroidal (MeSH)

        References
        [1] Reference. Warfarin & you. MedlinePlus, 2021. Evidence: REFERENCE. medquad:0002. Courtesy of MedlinePlus

        General information quoted from medical sources, not medical advice, and not yet reviewed by a \
        clinician. Talk to a doctor, nurse or pharmacist about your own situation; in an emergency, call your \
        local emergency number.
        article 3f0c2a9e-0000-4000-8000-000000000003 · continue with --conversation \
        7d1e5b2c-0000-4000-8000-000000000004
        """);
  }

  @Test
  void markdownOfAnApprovedPatientArticleWithGlossesKeepsEveryCharacterAsWritten() {
    assertThat(ArticleRenderer.markdown(approvedPatientArticle())).isEqualTo("""
        # Is *ibuprofen* safe with <warfarin> & aspirin?

        _Approved · for patient or caregiver · last updated 2024-06-10_

        ## Cautions and contraindications

        - Ibuprofen can raise the risk of bleeding in people taking warfarin. [1]
        - Ask your pharmacist before taking _any_ pain reliever.\s

        ## Plain-language notes

        - **anticoagulant**: An anticoagulant is a medicine that stops blood from clotting. [1]
        - **NSAID**: Anti-Inflammatory Agents, Non-Steroidal (MeSH)

        ## References

        1. Reference. Warfarin & you. MedlinePlus, 2021. Evidence: REFERENCE. medquad:0002. Courtesy of MedlinePlus

        > General information quoted from medical sources, not medical advice, and not yet reviewed by a \
        clinician. Talk to a doctor, nurse or pharmacist about your own situation; in an emergency, call your \
        local emergency number.

        Article 3f0c2a9e-0000-4000-8000-000000000003 · conversation 7d1e5b2c-0000-4000-8000-000000000004
        """);
  }

  @Test
  void anAbstentionUnderReviewIsStillMarkedPendingAndEndsWithTheDisclaimer() {
    StoredArticle abstained = abstainedStudentArticle();
    assertThat(ArticleRenderer.text(abstained)).isEqualTo("""
        What is the treatment for zygomycosis of the xylophone?
        (Under Review · educational purpose only · pending human review · for student · last updated 2024-07-01)

        Note: The indexed evidence does not address this question.

        For healthcare professionals. Galen quotes indexed sources verbatim and has not been reviewed by a \
        clinician; it is not a substitute for clinical judgement.
        article 3f0c2a9e-0000-4000-8000-000000000005 · continue with --conversation \
        7d1e5b2c-0000-4000-8000-000000000006
        """);
    assertThat(ArticleRenderer.markdown(abstained)).isEqualTo("""
        # What is the treatment for zygomycosis of the xylophone?

        _Under Review · educational purpose only · pending human review · for student · last updated 2024-07-01_

        > **Note:** The indexed evidence does not address this question.

        > For healthcare professionals. Galen quotes indexed sources verbatim and has not been reviewed by a \
        clinician; it is not a substitute for clinical judgement.

        Article 3f0c2a9e-0000-4000-8000-000000000005 · conversation 7d1e5b2c-0000-4000-8000-000000000006
        """);
  }

  /**
   * Markdown viewers turn {@code <address>} into a link, so only an http or https address is
   * written so, as the web page links only those; text, which links nothing, prints the address.
   */
  @Test
  void aTableRowsDoseShowsItsBandWithItsColumnAndTheColumnsItWasReadUnder() {
    StoredArticle stored = pendingPhysicianArticle();
    Article article = stored.content();
    Map<String, String> columns = new java.util.LinkedHashMap<>();
    columns.put("unit", "Dose (mg)");
    columns.put("population", "Body Weight Range (kg)");
    Dose row = new Dose("Oxaprozin", "DB00991", "600", "mg", "", "", "", "22 to 31", "", Map.of(), "22 to 31 | 600",
        SPAN, 1, columns);
    StoredArticle withRow = new StoredArticle(stored.id(), stored.conversationId(), stored.status(),
        stored.version(), stored.lastUpdated(), stored.generatedAt(), stored.engineVersion(), stored.staleReason(),
        stored.approvedBy(), stored.approvedAt(), new Article(article.question(), article.resolvedQuestion(),
            article.audience(), article.abstained(), article.sections(), List.of(row), article.references(),
            article.notes(), article.glosses(), article.followUps(), article.disclaimer()));

    for (String rendered : List.of(ArticleRenderer.text(withRow), ArticleRenderer.markdown(withRow))) {
      assertThat(rendered).contains("Oxaprozin (Body Weight Range (kg) 22 to 31): 600 mg [1]")
          .contains("as written: \u201c22 to 31 | 600\u201d under the table's columns \u201cDose (mg), "
              + "Body Weight Range (kg)\u201d");
    }
  }

  @Test
  void markdownLinksOnlyHttpAddressesAndTextPrintsAnyAddress() {
    StoredArticle stored = approvedPatientArticle();
    Article article = stored.content();
    Reference scripted = new Reference(1, "medquad:0002", "0002", "Reference", EvidenceLevel.REFERENCE,
        "Warfarin & you", "MedlinePlus", Optional.of(2021), "javascript:alert(document.domain)", "");
    StoredArticle withScript = new StoredArticle(stored.id(), stored.conversationId(), stored.status(),
        stored.version(), stored.lastUpdated(), stored.generatedAt(), stored.engineVersion(), stored.staleReason(),
        stored.approvedBy(), stored.approvedAt(), new Article(article.question(), article.resolvedQuestion(),
            article.audience(), article.abstained(), article.sections(), article.doses(), List.of(scripted),
            article.notes(), article.glosses(), article.followUps(), article.disclaimer()));

    assertThat(ArticleRenderer.markdown(withScript))
        .contains("\n1. Reference. Warfarin & you. MedlinePlus, 2021. Evidence: REFERENCE. medquad:0002\n")
        .doesNotContain("javascript:");
    assertThat(ArticleRenderer.text(withScript))
        .contains("[1] Reference. Warfarin & you. MedlinePlus, 2021. Evidence: REFERENCE. medquad:0002\n"
            + "    javascript:alert(document.domain)\n");
  }

  /** A physician's article, pending review, with notes, doses, references and follow-ups. */
  static StoredArticle pendingPhysicianArticle() {
    Article article = new Article("What is the treatment for acute otitis media?",
        "What is the treatment for acute otitis media?", Audience.PHYSICIAN, false,
        List.of(
            new Section("From the Guidelines", "guidelines", List.of(
                new Statement("Amoxicillin is the first-line antibiotic for acute otitis media.", List.of(1),
                    List.of(SPAN)))),
            new Section("Medications", "medications", List.of(
                new Statement("Give amoxicillin 500 mg orally every 8 hours for 5 to 7 days.", List.of(1, 2),
                    List.of(SPAN)),
                new Statement("Paracetamol or ibuprofen relieve ear pain.", List.of(3), List.of(SPAN)))),
            new Section("Management", "management", List.of(
                new Statement("Most cases resolve within 3 days without antibiotics.", List.of(2),
                    List.of(SPAN))))),
        List.of(
            new Dose("Amoxicillin", "DB01060", "500", "mg", "orally", "every 8 hours", "for 5 to 7 days", "Adult",
                "maximum 4 g daily", Map.of(), "Give amoxicillin 500 mg orally every 8 hours for 5 to 7 days.",
                SPAN, 1),
            new Dose("Paracetamol", "DB00316", "", "", "", "", "", "", "up to 4 g daily", Map.of(),
                "Paracetamol, up to 4 g daily.", SPAN, 3),
            new Dose("Amoxicillin", "DB01060", "500 mg - 1 g", "", "", "three times daily", "", "Child", "",
                Map.of(), "Children: amoxicillin 500 mg - 1 g three times daily.", SPAN, 2)),
        List.of(
            new Reference(1, "nice:ng91", "NG91", "Guideline", EvidenceLevel.GUIDELINE,
                "Otitis media (acute): antimicrobial prescribing", "NICE", Optional.of(2018),
                "https://www.nice.org.uk/guidance/ng91", "© NICE 2018. All rights reserved."),
            new Reference(2, "pmid:26099233", "26099233", "Research", EvidenceLevel.SYSTEMATIC_REVIEW,
                "Antibiotics for acute otitis media in children", "Cochrane Database Syst Rev", Optional.of(2015),
                "https://pubmed.ncbi.nlm.nih.gov/26099233/", ""),
            new Reference(3, "medquad:0001", "0001", "Reference", EvidenceLevel.REFERENCE, "Ear infections", "",
                Optional.empty(), "", "")),
        List.of(
            new Note("scope", "The sources found do not cover infants under 3 months.", List.of(2)),
            new Note("conflict", "Sources [1] and [2] differ on how long to treat.", List.of(1, 2))),
        List.of(),
        List.of("What about in penicillin allergy?", "What is the dose for children?"),
        Audience.PHYSICIAN.disclaimer());
    return new StoredArticle("3f0c2a9e-0000-4000-8000-000000000001", "7d1e5b2c-0000-4000-8000-000000000002",
        ReviewStatus.SUBMITTED, 1, "2024-05-02T10:11:12Z", "2024-05-02T10:11:12Z", "0.9.0", "", List.of(),
        Optional.empty(), article);
  }

  /**
   * A patient's article, approved, with glosses and characters that mean something in Markdown and
   * HTML (kept as they are), a statement without citations, and no doses, notes or follow-ups.
   */
  static StoredArticle approvedPatientArticle() {
    Article article = new Article("Is *ibuprofen* safe with <warfarin> & aspirin?",
        "Is *ibuprofen* safe with <warfarin> & aspirin?", Audience.PATIENT, false,
        List.of(new Section("Cautions and contraindications", "cautions", List.of(
            new Statement("Ibuprofen can raise the risk of bleeding in people taking warfarin.", List.of(1),
                List.of(SPAN)),
            new Statement("Ask your pharmacist before taking _any_ pain reliever.", List.of(), List.of(SPAN))))),
        List.of(),
        List.of(new Reference(1, "medquad:0002", "0002", "Reference", EvidenceLevel.REFERENCE,
            "Warfarin & you", "MedlinePlus", Optional.of(2021), "", "Courtesy of MedlinePlus")),
        List.of(),
        List.of(
            new Gloss("anticoagulant", "An anticoagulant is a medicine that stops blood from clotting.",
                Optional.of(1), Optional.of(SPAN)),
            new Gloss("NSAID", "Anti-Inflammatory Agents, Non-Steroidal", Optional.empty(), Optional.empty())),
        List.of(),
        Audience.PATIENT.disclaimer());
    return new StoredArticle("3f0c2a9e-0000-4000-8000-000000000003", "7d1e5b2c-0000-4000-8000-000000000004",
        ReviewStatus.APPROVED, 2, "2024-06-10T08:00:00Z", "2024-05-02T10:11:12Z", "0.9.0", "",
        List.of("dr-ada"), Optional.of("2024-06-10T08:00:00Z"), article);
  }

  /** An abstention: a note, and no sections, doses, references or follow-ups. */
  static StoredArticle abstainedStudentArticle() {
    Article article = new Article("What is the treatment for zygomycosis of the xylophone?",
        "What is the treatment for zygomycosis of the xylophone?", Audience.STUDENT, true, List.of(), List.of(),
        List.of(), List.of(new Note("abstention", "The indexed evidence does not address this question.", List.of())),
        List.of(), List.of(), Audience.STUDENT.disclaimer());
    return new StoredArticle("3f0c2a9e-0000-4000-8000-000000000005", "7d1e5b2c-0000-4000-8000-000000000006",
        ReviewStatus.UNDER_REVIEW, 1, "2024-07-01T09:30:00Z", "2024-07-01T09:30:00Z", "0.9.0", "", List.of(),
        Optional.empty(), article);
  }
}
