package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StemKeysTest {
  private static final List<String> NAMES = List.of("Pulmonary Disease, Chronic Obstructive", "Amoxicillin",
      "Children's swollen ankles", "Haemorrhage", "Otitis Media with Effusion");

  @TempDir
  Path directory;

  @Test
  void keysKeptFromAnEarlierRunAreReadNotStemmedAndEqualTheStems() {
    Path file = directory.resolve("cache").resolve("stem-keys.bin");
    StemKeys first = StemKeys.keptIn(file);
    NAMES.forEach(first::key);
    assertThat(first.stemmed()).isEqualTo(NAMES.size());
    first.save();

    StemKeys second = StemKeys.keptIn(file);
    for (String name : NAMES) {
      assertThat(second.key(name)).isEqualTo(Stems.key(name));
    }
    assertThat(second.stemmed()).isZero();
    assertThat(second.key("Malaria")).isEqualTo(Stems.key("Malaria"));
    assertThat(second.stemmed()).isEqualTo(1);
  }

  @Test
  void aDamagedFileIsStemmedAgainAndWrittenWhole() throws IOException {
    Path file = directory.resolve("stem-keys.bin");
    StemKeys first = StemKeys.keptIn(file);
    NAMES.forEach(first::key);
    first.save();
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

    StemKeys cut = StemKeys.keptIn(file);
    NAMES.forEach(name -> assertThat(cut.key(name)).isEqualTo(Stems.key(name)));
    assertThat(cut.stemmed()).isEqualTo(NAMES.size());
    cut.save();
    assertThat(Files.readAllBytes(file)).isEqualTo(whole);
  }

  @Test
  void aFileMadeByAnotherAnalysisIsNotTrusted() throws IOException {
    Path file = directory.resolve("stem-keys.bin");
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(Files.newOutputStream(file))) {
      out.writeUTF("galen-stem-keys");
      out.writeInt(1);
      out.writeUTF("a fingerprint of some other analysis");
      out.writeInt(1);
      out.writeUTF("Amoxicillin");
      out.writeUTF("a stale key");
    }
    StemKeys keys = StemKeys.keptIn(file);
    assertThat(keys.key("Amoxicillin")).isEqualTo(Stems.key("Amoxicillin"));
    assertThat(keys.stemmed()).isEqualTo(1);
  }

  @Test
  void aVocabularyBuiltFromKeptKeysNamesWhatOneBuiltByStemmingNames() {
    org.galen.source.ClinicalVocabulary vocabulary = new org.galen.source.ClinicalVocabulary(List.of(),
        List.of(new org.galen.source.ClinicalVocabulary.MeshHeading("D029424", "Pulmonary Disease, Chronic Obstructive",
            List.of("C08.381.495.389"))), java.util.Map.of("COPD", List.of("chronic obstructive pulmonary disease")));
    Path file = directory.resolve("stem-keys.bin");
    StemKeys first = StemKeys.keptIn(file);
    ConceptVocabulary.of(vocabulary, first);
    first.save();
    StemKeys kept = StemKeys.keptIn(file);
    ConceptVocabulary fromKept = ConceptVocabulary.of(vocabulary, kept);

    assertThat(kept.stemmed()).isZero();
    String question = "inhaler for chronic obstructive pulmonary disease";
    assertThat(fromKept.mentionsIn(question)).isEqualTo(ConceptVocabulary.of(vocabulary).mentionsIn(question))
        .extracting(mention -> mention.concept().name()).contains("Pulmonary Disease, Chronic Obstructive");
  }
}
