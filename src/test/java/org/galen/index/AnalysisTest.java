package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.galen.answer.question.Stems;
import org.galen.passage.PassageSplitter;
import org.galen.source.Document;
import org.galen.source.EvidenceLevel;
import org.galen.source.Section;
import org.galen.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One analysis for the index and the questions: British and American spellings meet; older indexes are refused. */
class AnalysisTest {

  @Test
  void britishAndAmericanSpellingsAndIrregularFormsShareOneTerm() {
    for (List<String> same : List.of(List.of("anaemia", "anemia"), List.of("oedema", "edema"),
        List.of("diarrhoea", "diarrhea"), List.of("tumours", "tumors"), List.of("immunisation", "immunization"),
        List.of("haemorrhoids", "hemorrhoids"), List.of("paediatric", "pediatric"), List.of("sulphate", "sulfate"),
        List.of("children", "child"), List.of("behaviour", "behavior"), List.of("chlamydial", "chlamydia"),
        List.of("anaemic", "anemia"), List.of("asthmatic", "asthma"), List.of("vulvo-vaginal", "vulvovaginal"),
        List.of("co-trimoxazole", "cotrimoxazole"), List.of("anti-venom", "antivenom"),
        List.of("dyspnoea", "dyspnea"), List.of("tachypnoea", "tachypnea"), List.of("dyspnoeic", "dyspneic"), List.of("amoebic", "amebic"),
        List.of("amoebiasis", "amebiasis"))) {
      assertThat(Stems.of(same.get(0))).as(same.toString()).isEqualTo(Stems.of(same.get(1)));
    }
    // What the folding must leave alone.
    assertThat(Stems.of("hour")).containsExactly("hour");
    assertThat(Stems.of("four")).containsExactly("four");
    assertThat(Stems.of("aerosol")).containsExactly("aerosol");
    assertThat(Stems.of("opioid-induced")).containsExactly("opioid", "induc");
    assertThat(Stems.of("diagnosis")).isNotEqualTo(Stems.of("diagnoze"));
  }

  @Test
  void stemsComeInTextOrderWithTheirWordsOffsetsAndWithoutStopWords() {
    List<String> stems = new java.util.ArrayList<>();
    String text = "I treated my swollen ankle";
    Analysis.stems(text, (stem, start, end) -> stems.add(stem + "=" + text.substring(start, end)));
    assertThat(stems).containsExactly("treat=treated", "swell=swollen", "ankl=ankle");
  }

  @Test
  void everydaySymptomWordsShareATermWithTheirNounOrVerb() {
    for (List<String> same : List.of(List.of("itchy", "itching"), List.of("itchiness", "itch"),
        List.of("swollen", "swelling"), List.of("bumpy", "bumps"), List.of("lumpy", "lump"), List.of("painful", "pain"),
        List.of("sneezy", "sneezing"), List.of("wheezy", "wheezing"), List.of("runny", "running"),
        List.of("spotty", "spots"), List.of("scaly", "scales"), List.of("flaky", "flakes"), List.of("crusty", "crust"),
        List.of("sweaty", "sweating"), List.of("blotchy", "blotches"), List.of("bloody", "blood"),
        List.of("tummy", "tummies"), List.of("bitten", "bite"))) {
      assertThat(Stems.of(same.get(0))).as(same.toString()).isEqualTo(Stems.of(same.get(1)));
    }
    // Nouns in -y keep their plural's term and their derivations' Porter stems; adverbs are left alone.
    for (List<String> same : List.of(List.of("therapy", "therapies"), List.of("artery", "arteries"),
        List.of("hierarchy", "hierarchies"), List.of("activity", "active"), List.of("severely", "severe"),
        List.of("angioplasty", "angioplasties"))) {
      assertThat(Stems.of(same.get(0))).as(same.toString()).isEqualTo(Stems.of(same.get(1)));
    }
    assertThat(Stems.of("carry")).isNotEqualTo(Stems.of("car"));
    assertThat(Stems.of("fully")).isNotEqualTo(Stems.of("full"));
  }

  @Test
  void theIndexHoldsTheTermsQuestionsAreAnalysedInto(@TempDir Path directory) throws Exception {
    Path indexDirectory = indexed(directory, "Anaemia in children: ferrous sulphate.");
    try (EvidenceIndex index = EvidenceIndex.open(indexDirectory)) {
      for (String word : List.of("anemia", "child", "sulfate")) {
        assertThat(index.hasTerm(Stems.of(word).iterator().next())).as(word).isTrue();
      }
    }
  }

  @Test
  void aMisspellingAsNearToTwoWordsIsCorrectedOnlyWhenTheyAreIndexedAlike(@TempDir Path directory) throws Exception {
    // "diabetes" and "diabetic" are one edit from "diabetis", as common as each other, and one stem;
    // "crane" and "crate" are one edit from "crame" and two words.
    Path indexDirectory = indexed(directory, "Diabetes and diabetic feet. Diabetes care, diabetic diet. A crane "
        + "lifts a crate; the crate holds a crane.");
    try (EvidenceIndex index = EvidenceIndex.open(indexDirectory)) {
      assertThat(index.spellingCorrection("diabetis")).hasValueSatisfying(word -> assertThat(word).startsWith("diabet"));
      assertThat(index.spellingCorrection("crame")).as("two words as near and as common: no guess").isEmpty();
      assertThat(index.misspelt("crame")).as("yet an edit from words the passages have").isTrue();
      assertThat(index.misspelt("crane")).as("a word the passages have").isFalse();
      assertThat(index.misspelt("glorbic")).as("no word is near").isFalse();
      assertThat(index.clipped("diab")).as("the start of words the passages have").isTrue();
      assertThat(index.clipped("crane")).as("a word the passages have").isFalse();
      assertThat(index.clipped("glorb")).as("the start of none").isFalse();
      assertThat(index.clipped("dia")).as("too short to say which word").isFalse();
    }
    assertThat(Analysis.stemAlike("diabetes", "diabetic")).isTrue();
    assertThat(Analysis.stemAlike("crane", "crate")).isFalse();
  }

  @Test
  void anIndexMadeWithAnotherAnalysisIsRefusedByReadersAndWriters(@TempDir Path directory) throws Exception {
    Path indexDirectory = directory.resolve("index");
    // An index as Galen wrote it before the analysis was versioned: no stamp in its commit.
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDirectory), new IndexWriterConfig())) {
      org.apache.lucene.document.Document record = new org.apache.lucene.document.Document();
      record.add(new StringField(IndexSchema.DOC_ID, "x", Field.Store.YES));
      writer.addDocument(record);
      writer.commit();
    }
    assertThatThrownBy(() -> EvidenceIndex.open(indexDirectory)).isInstanceOf(IndexVersionException.class)
        .hasMessageContaining("text analysis version 1").hasMessageContaining("reads version " + Analysis.VERSION)
        .hasMessageContaining("galen ingest");
    assertThatThrownBy(() -> new Indexer(indexDirectory)).isInstanceOf(IndexVersionException.class);
  }

  @Test
  void aNameTheSourceWritesOnlyInItsTitleCorrectsAMisspellingOfIt(@TempDir Path directory) throws Exception {
    Path indexDirectory = indexed(directory, "Hyperemesis Gravidarum",
        "Severe vomiting in pregnancy; the hyperemia of the gums is seen too.");
    try (EvidenceIndex index = EvidenceIndex.open(indexDirectory)) {
      assertThat(index.spellingCorrection("hyperemsis")).as("one edit from the title's word, two from the body's")
          .contains("hyperemesis");
    }
  }

  @Test
  void aWordCutShortIsNoMisspellingOfAShorterWord(@TempDir Path directory) throws Exception {
    // "morph" is one edit from "morp" and begins "morphine": a clipped word, not a typo.
    Path indexDirectory = indexed(directory, "Morphine for severe pain. The morp stain was negative.");
    try (EvidenceIndex index = EvidenceIndex.open(indexDirectory)) {
      assertThat(index.spellingCorrection("morph")).as("a word an indexed word begins with").isEmpty();
      assertThat(index.spellingCorrection("morpe")).as("a misspelling one edit away").contains("morp");
      assertThat(index.spellingCorrection("morphin")).as("a word short of its last letter").contains("morphine");
    }
  }

  /** An index of one guideline holding {@code text}, under {@code directory}. */
  private static Path indexed(Path directory, String text) throws Exception {
    return indexed(directory, "X", text);
  }

  private static Path indexed(Path directory, String title, String text) throws Exception {
    Path indexDirectory = directory.resolve("index");
    Document document = new Document("nstg:x", "x", "nstg", title, text,
        List.of(new Section("Drug treatment", 0, text.length())), SourceKind.GUIDELINE, EvidenceLevel.GUIDELINE,
        List.of(), List.of(), "", Optional.empty(), "", "", "", List.of(), java.util.Map.of());
    try (Indexer indexer = new Indexer(indexDirectory)) {
      indexer.put(document, new PassageSplitter().split(document), "test");
      indexer.commit();
    }
    return indexDirectory;
  }
}
