package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.galen.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplReaderTest {
  private static final String SET_ID = "5b9ac0ef-2b59-4a0c-9b1f-2c7d1f0e4a11";
  private static final String ALEVE = """
      <component><section><code code="48780-1" displayName="SPL product data elements section"/>
        <subject><manufacturedProduct><manufacturedProduct>
          <name>Aleve</name><formCode code="C42998" displayName="TABLET"/>
          <asEntityWithGeneric><genericMedicine><name>NAPROXEN SODIUM</name></genericMedicine></asEntityWithGeneric>
        </manufacturedProduct></manufacturedProduct></subject>
      </section></component>
      """;
  private static final String SECTIONS = """
      <component><section><code code="34066-1" displayName="BOXED WARNING SECTION"/>
        <title>WARNING: RISK OF SERIOUS CARDIOVASCULAR EVENTS</title>
        <text><paragraph>NSAIDs cause an increased risk of serious cardiovascular
          thrombotic events.</paragraph></text>
        <excerpt><highlight><text><paragraph>See full prescribing information for complete boxed
          warning.</paragraph></text></highlight></excerpt>
      </section></component>
      <component><section><code code="34068-7" displayName="DOSAGE &amp; ADMINISTRATION SECTION"/>
        <title>2 DOSAGE &amp; ADMINISTRATION</title>
        <text><paragraph>Use the lowest effective dose.</paragraph></text>
        <component><section><code code="42229-5" displayName="SPL UNCLASSIFIED SECTION"/>
          <title>2.2 Adult Dosage</title>
          <text>
            <paragraph>Take 1 tablet every 8 to 12 hours.</paragraph>
            <list listType="unordered">
              <item><caption>•</caption>Do not exceed 3 tablets in 24 hours.</item>
              <item>Take with a full glass of water.</item>
            </list>
          </text>
        </section></component>
      </section></component>
      <component><section><code code="34084-4" displayName="ADVERSE REACTIONS SECTION"/>
        <title>6 ADVERSE REACTIONS</title>
        <text>
          <paragraph>In controlled trials:</paragraph>
          <table>
            <caption>Table 1: Adverse reactions (%)</caption>
            <thead><tr><th>Reaction</th><th>Naproxen</th><th>Placebo</th></tr></thead>
            <tbody>
              <tr><td>Nausea<br/>(all grades)</td><td>5<sup>a</sup></td><td>2</td></tr>
              <tr><td>Headache</td><td/><td>1</td></tr>
              <tr><td/><td><br/></td><td/></tr>
            </tbody>
          </table>
        </text>
      </section></component>
      <component><section><code code="51945-4" displayName="PACKAGE LABEL.PRINCIPAL DISPLAY PANEL"/>
        <text><paragraph>NDC 0280-6000 Aleve 100 caplets</paragraph></text>
      </section></component>
      """;

  @TempDir
  Path folder;

  @Test
  void titlesTheLabelByGenericNameFormAndBrand() throws Exception {
    Document label = read(spl("34390-5", "HUMAN OTC DRUG LABEL", "", ALEVE + SECTIONS));

    assertThat(label.title()).isEqualTo("Naproxen Sodium tablets (Aleve)");
    assertThat(label.focus()).containsExactly("NAPROXEN SODIUM", "Aleve");
    assertThat(label.properties()).containsEntry(SplReader.GENERIC, "NAPROXEN SODIUM")
        .containsEntry(SplReader.BRAND, "Aleve");
  }

  @Test
  void aKitIsNamedForItsOwnGenericNamesNotItsParts() throws Exception {
    String kit = """
        <component><section><code code="48780-1"/>
          <subject><manufacturedProduct><manufacturedProduct>
            <name>Dyural 40 Kit</name><formCode displayName="KIT"/>
            <asEntityWithGeneric><genericMedicine>
              <name>Methylprednisolone Acetate</name>
            </genericMedicine></asEntityWithGeneric>
            <part><partProduct><name>Sterile Water</name>
              <asEntityWithGeneric><genericMedicine><name>Water</name></genericMedicine></asEntityWithGeneric>
            </partProduct></part>
          </manufacturedProduct></manufacturedProduct></subject>
        </section></component>
        """;
    Document label = read(spl("34391-3", "HUMAN PRESCRIPTION DRUG LABEL", "", kit + SECTIONS));

    assertThat(label.title()).isEqualTo("Methylprednisolone Acetate kit (Dyural 40 Kit)");
    assertThat(label.focus()).containsExactly("Methylprednisolone Acetate", "Dyural 40 Kit");
    assertThat(label.properties().get(SplReader.GENERIC)).doesNotContain("Water");
  }

  @Test
  void withoutProductsTheTitleIsTheLabelsOwnTitleThenItsSetId() throws Exception {
    String longTitle = "These highlights do not include all the information needed to use IBUPROFEN tablets safely"
        + "<br/>and effectively. See full prescribing information for IBUPROFEN tablets. Initial U.S. Approval: 1974";
    Document titled = read(spl("34391-3", "HUMAN PRESCRIPTION DRUG LABEL", "<title>" + longTitle + "</title>",
        SECTIONS));
    Document untitled = read(spl("34391-3", "HUMAN PRESCRIPTION DRUG LABEL", "<title/>", SECTIONS));

    assertThat(titled.title()).startsWith("These highlights do not include all the information needed to use IBUPROFEN")
        .contains("safely and effectively").doesNotContain("\n").endsWith(" …").hasSizeLessThanOrEqualTo(162);
    assertThat(untitled.title()).isEqualTo("Drug label " + SET_ID);
    assertThat(untitled.focus()).isEmpty();
  }

  @Test
  void leavesOutHighlightsProductDataAndThePackageLabel() throws Exception {
    Document label = read(spl("34390-5", "HUMAN OTC DRUG LABEL", "", ALEVE + SECTIONS));

    assertThat(label.text()).doesNotContain("complete boxed warning").doesNotContain("NDC 0280-6000")
        .doesNotContain("caplets");
    assertThat(label.sections()).extracting(Section::title).containsExactly(
        "Boxed warning: WARNING: RISK OF SERIOUS CARDIOVASCULAR EVENTS",
        "Dosage and administration",
        "Dosage and administration: 2.2 Adult Dosage",
        "Adverse reactions");
  }

  @Test
  void anUnclassifiedSubsectionTakesItsCodedParentsPart() throws Exception {
    Document label = read(spl("34391-3", "HUMAN PRESCRIPTION DRUG LABEL", "", ALEVE + SECTIONS));

    Section adult = label.sections().get(2);
    assertThat(adult.title()).isEqualTo("Dosage and administration: 2.2 Adult Dosage");
    assertThat(label.sectionText(adult)).isEqualTo("Take 1 tablet every 8 to 12 hours.\n"
        + "Do not exceed 3 tablets in 24 hours.\nTake with a full glass of water.");
  }

  @Test
  void aTableBecomesItsCaptionAndOneLinePerRowAtTheSectionsExactSpan() throws Exception {
    Document label = read(spl("34391-3", "HUMAN PRESCRIPTION DRUG LABEL", "", ALEVE + SECTIONS));

    Section reactions = label.sections().get(3);
    assertThat(label.text().substring(reactions.start(), reactions.end())).isEqualTo("""
        In controlled trials:
        Table 1: Adverse reactions (%)
        Reaction | Naproxen | Placebo
        Nausea (all grades) | 5a | 2
        Headache | | 1""");
    assertThat(label.text()).startsWith("NSAIDs cause an increased risk of serious cardiovascular thrombotic events.")
        .endsWith("Headache | | 1");
    for (int i = 1; i < label.sections().size(); i++) {
      assertThat(label.text().substring(label.sections().get(i - 1).end(), label.sections().get(i).start()))
          .as("sections follow one another, a blank line apart").isEqualTo("\n\n");
    }
  }

  @Test
  void keepsTheLabelsFactsAsProperties() throws Exception {
    Document prescription = read(spl("34391-3", "HUMAN PRESCRIPTION DRUG LABEL", "", ALEVE + SECTIONS));
    Document otc = read(spl("34390-5", "HUMAN OTC DRUG LABEL", "", ALEVE + SECTIONS));

    assertThat(prescription.docId()).isEqualTo("spl:" + SET_ID);
    assertThat(prescription.sourceId()).isEqualTo(SET_ID);
    assertThat(prescription.collection()).isEqualTo("dailymed");
    assertThat(prescription.sourceKind()).isEqualTo(SourceKind.LABEL);
    assertThat(prescription.evidenceLevel()).isEqualTo(EvidenceLevel.LABEL);
    assertThat(prescription.properties()).containsEntry(SplReader.SET_ID, SET_ID)
        .containsEntry(SplReader.VERSION, "12")
        .containsEntry(SplReader.EFFECTIVE_DATE, "2011-04-28")
        .containsEntry(SplReader.LABEL_TYPE, "prescription")
        .containsEntry(SplReader.LABELER, "Bayer HealthCare LLC.");
    assertThat(otc.properties()).containsEntry(SplReader.LABEL_TYPE, "otc");
    assertThat(prescription.journal()).isEqualTo("Bayer HealthCare LLC.");
    assertThat(prescription.year()).contains(2011);
    assertThat(prescription.url()).isEqualTo("https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=" + SET_ID);
    assertThat(prescription.attribution()).contains("DailyMed");
  }

  @Test
  void aStoreBrandsCartonGivesTheBrandItComparesToAsANameOfItsOneIngredient() throws Exception {
    String store = ALEVE.replace("<name>Aleve</name>", "<name>All Day Relief</name>") + """
        <component><section><code code="51945-4" displayName="PACKAGE LABEL.PRINCIPAL DISPLAY PANEL"/>
          <text><paragraph>Compare to the active ingredient in Zorvex® Caplets*</paragraph></text>
        </section></component>
        """;
    Document label = read(spl("34390-5", "HUMAN OTC DRUG LABEL", "", store + SECTIONS));
    assertThat(label.properties()).containsEntry(SplReader.COMPARED_BRAND, "Zorvex");
    assertThat(LabelDrugs.of(label)).hasValueSatisfying(names -> assertThat(names.brands())
        .containsExactly("All Day Relief", "Zorvex"));

    // A combination's carton compares it to another combination: no name of one ingredient.
    String combination = store.replace("</genericMedicine></asEntityWithGeneric>",
        "</genericMedicine></asEntityWithGeneric><asEntityWithGeneric><genericMedicine><name>DIPHENHYDRAMINE</name>"
            + "</genericMedicine></asEntityWithGeneric>");
    assertThat(read(spl("34390-5", "HUMAN OTC DRUG LABEL", "", combination + SECTIONS)).properties())
        .doesNotContainKey(SplReader.COMPARED_BRAND);
  }

  @Test
  void refusesAnotherRootAndALabelWithoutASetId() throws Exception {
    Path article = write("article.xml", "<article xmlns=\"urn:hl7-org:v3\"><setId root=\"x\"/></article>");
    Path noSetId = write("no-set-id.xml", spl("34391-3", "HUMAN PRESCRIPTION DRUG LABEL", "", SECTIONS)
        .replaceFirst("<setId root=\"[^\"]*\"/>", ""));

    assertThatThrownBy(() -> Collected.read(new SplReader(), article))
        .isInstanceOf(MalformedSourceException.class).hasMessageContaining("found <article>");
    assertThatThrownBy(() -> Collected.read(new SplReader(), noSetId))
        .isInstanceOf(MalformedSourceException.class).hasMessageContaining("setId");
  }

  @Test
  void recognisesSplByItsNamespaceAndDocumentRoot() {
    SplReader reader = new SplReader();
    String splHead = spl("34391-3", "HUMAN PRESCRIPTION DRUG LABEL", "", "");
    String pmcHead = "<?xml version=\"1.0\"?><!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving"
        + " and Interchange DTD v1.2 20190208//EN\" \"JATS-archivearticle1.dtd\">"
        + "<article article-type=\"research-article\">";
    String medlineHead = "<?xml version=\"1.0\"?><PubmedArticleSet><PubmedArticle><MedlineCitation Status=\"MEDLINE\">";
    String medquadHead = "<?xml version=\"1.0\"?><Document id=\"0000001\" source=\"CancerGov\">";

    assertThat(reader.canRead(head("label.xml", splHead))).isTrue();
    assertThat(reader.canRead(head("article.xml", pmcHead))).isFalse();
    assertThat(reader.canRead(head("pubmed.xml", medlineHead))).isFalse();
    assertThat(reader.canRead(head("qa.xml", medquadHead))).isFalse();
    assertThat(SourceFormats.standard().readerFor(head("label.xml", splHead))).containsInstanceOf(SplReader.class);
  }

  @Test
  void readsEveryDailyMedLabel() throws Exception {
    Path labels = SharedData.require("labels/dailymed");
    SplReader reader = new SplReader();
    SourceFormats formats = SourceFormats.standard();
    Collected collected = new Collected();
    List<String> failures = new ArrayList<>();
    try (Stream<Path> files = Files.list(labels)) {
      for (Path file : files.sorted().toList()) {
        if (!(formats.readerFor(FileHead.of(file)).orElse(null) instanceof SplReader)) {
          failures.add(file.getFileName() + ": not recognised as SPL");
        }
        try {
          reader.read(file, collected);
        } catch (MalformedSourceException e) {
          failures.add(file.getFileName() + ": " + e.getMessage());
        }
      }
    }

    // Assertions on ids and short messages only: a failure message holding 261 labels' text would not fit in memory.
    for (Document label : collected.documents) {
      if (label.title().isBlank() || label.focus().isEmpty()) {
        failures.add(label.docId() + ": no title or no drug names (" + label.title() + ")");
      }
      label.sections().stream().filter(s -> label.sectionText(s).isBlank() || label.sectionText(s).contains("\n\n"))
          .forEach(s -> failures.add(label.docId() + ": section " + s.title() + " is blank or holds a blank line"));
    }
    assertThat(failures).as("labels not read, or read wrong").isEmpty();
    assertThat(collected.documents.size()).isEqualTo(261);
    assertThat(collected.documents.stream().map(Document::docId).distinct().count()).isEqualTo(261);
    assertThat(collected.documents.stream().filter(d -> d.sections().stream()
        .anyMatch(s -> s.title().startsWith("Dosage and administration") && !d.sectionText(s).isBlank())).count())
        .isGreaterThanOrEqualTo(250);
    // The highlights repeat this sentence from every boxed warning; one labeler also wrote it into
    // the full boxed warning itself (file a85e5c26-…), so that label alone keeps it.
    assertThat(collected.documents.stream()
        .filter(d -> d.text().contains("See full prescribing information for complete boxed warning"))
        .map(Document::docId)).containsExactly("spl:5e1f20e0-4743-fc3c-e053-2991aa0aa7ad");
  }

  @Test
  void claimsNoOtherFormatsFile() throws Exception {
    Path corpus = SharedData.require("corpus");
    SplReader reader = new SplReader();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(reader.canRead(FileHead.of(file))).as(file.toString()).isFalse();
      }
    }
  }

  private Document read(String xml) throws Exception {
    Collected collected = Collected.read(new SplReader(), write("label.xml", xml));
    assertThat(collected.documents).hasSize(1);
    return collected.documents.get(0);
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  private FileHead head(String name, String text) {
    return new FileHead(folder.resolve(name), name, text, false);
  }

  /** A label as DailyMed writes one, with the document code, optional title and body components given. */
  private static String spl(String code, String displayName, String title, String components) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <document xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <id root="0a1b2c3d-0000-4000-8000-000000000001"/>
          <code code="%s" codeSystem="2.16.840.1.113883.6.1" displayName="%s"/>
          %s
          <effectiveTime value="20110428"/>
          <setId root="%s"/>
          <versionNumber value="12"/>
          <author><time/><assignedEntity><representedOrganization>
            <name>Bayer HealthCare LLC.</name>
          </representedOrganization></assignedEntity></author>
          <component><structuredBody>
        %s
          </structuredBody></component>
        </document>
        """.formatted(code, displayName, title, SET_ID, components);
  }
}
