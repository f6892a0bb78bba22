package org.galen.answer.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.galen.source.ClinicalVocabulary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminology's drugs and abbreviations kept in a file: read back whole, and only under their key. */
class KeptTerminologyTest {
  @TempDir
  Path temp;
  private Path vocabularyDirectory;
  private String key;
  private ClinicalVocabulary read;

  @BeforeEach
  void readFixtureFiles() throws Exception {
    vocabularyDirectory = Files.createDirectories(temp.resolve("vocabulary"));
    Files.writeString(vocabularyDirectory.resolve("drugbank-vocabulary.csv"), String.join("\n",
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key",
        "DB90001,,Quenzatide,,,Quenzatide | Quenza | QZT | Quénzatidum,X",
        "DB90002,,Brolamine,,,,X"));
    Files.writeString(vocabularyDirectory.resolve("label-drugs.tsv"),
        "label_id\tgeneric_names\tbrand_names\nspl:fixture\tQuenzatide\tQuenzex\n");
    Files.writeString(vocabularyDirectory.resolve("abbreviations-wikipedia.csv"), String.join("\n",
        "\"abr\",\"long_form\"", "\"QF\",\"quenzal fever\"", "\"QF\",\"quick flow\"", "\"BRX\",\"brolamine rash\""));
    read = ClinicalVocabulary.loadDrugsAndAbbreviations(vocabularyDirectory);
    Path jar = Files.writeString(temp.resolve("galen.jar"), "a build");
    key = KeptTerminology.key(KeptConcepts.sources(vocabularyDirectory, Optional.of(jar)).orElseThrow());
  }

  @Test
  void keptDrugsAndAbbreviationsAreTheOnesRead() {
    Path file = temp.resolve("cache/terminology.bin");
    assertThat(KeptTerminology.save(read, file, key)).isTrue();
    ClinicalVocabulary kept = KeptTerminology.read(file, key).orElseThrow();
    assertThat(kept.drugs()).isEqualTo(read.drugs());
    assertThat(kept.drugs().get(0).synonyms()).as("accents and a label's brand name").contains("Quénzatidum", "Quenzex");
    assertThat(kept.abbreviations()).isEqualTo(read.abbreviations());
    assertThat(kept.abbreviations().keySet()).as("in the file's order").containsExactly("QF", "BRX");
    assertThat(kept.meshHeadings()).isEmpty();
  }

  @Test
  void keptUnderAnotherKeyDamagedOrCutShortIsNotRead() throws Exception {
    Path file = temp.resolve("terminology.bin");
    KeptTerminology.save(read, file, key);
    assertThat(KeptTerminology.read(file, KeptTerminology.key("other files"))).as("another key").isEmpty();
    assertThat(KeptTerminology.read(file, KeptConcepts.key("same files"))).isEmpty();
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 3));
    assertThat(KeptTerminology.read(file, key)).as("cut short").isEmpty();
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length + 1));
    assertThat(KeptTerminology.read(file, key)).as("a byte after the end").isEmpty();
    byte[] flipped = whole.clone();
    flipped[new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Brolamine")] = 'X';
    Files.write(file, flipped);
    assertThat(KeptTerminology.read(file, key)).as("a byte changed inside a name").isEmpty();
    Files.write(file, whole);
    assertThat(KeptTerminology.read(file, key)).as("whole again").isPresent();
  }

  /** A checksum right over more than the layout holds: written by another layout, not read as this one. */
  @Test
  void bytesTheLayoutDoesNotHoldAreNotRead() throws Exception {
    Path file = temp.resolve("terminology.bin");
    KeptFile.write(file, ".test", "galen-terminology", 1, key, data -> {
      data.writeInt(0);
      data.writeInt(0);
      data.writeByte(7);
    });
    assertThat(KeptTerminology.read(file, key)).isEmpty();
    KeptFile.write(file, ".test", "galen-terminology", 1, key, data -> {
      data.writeInt(0);
      data.writeInt(0);
    });
    assertThat(KeptTerminology.read(file, key)).as("the same, without the byte").isPresent();
  }

  /** Counts and lengths a checksum vouches for but the bytes cannot hold: refused, never allocated. */
  @Test
  void aCountOrLengthLongerThanTheFileIsRefused() throws Exception {
    Path file = temp.resolve("terminology.bin");
    KeptFile.write(file, ".test", "galen-terminology", 1, key, data -> data.writeInt(Integer.MAX_VALUE));
    assertThat(KeptTerminology.read(file, key)).as("a count of drugs").isEmpty();
    KeptFile.write(file, ".test", "galen-terminology", 1, key, data -> {
      data.writeInt(1);
      data.writeInt(Integer.MAX_VALUE - 8);
    });
    assertThat(KeptTerminology.read(file, key)).as("a name's length").isEmpty();
    KeptFile.write(file, ".test", "galen-terminology", 1, key, data -> {
      data.writeInt(1);
      data.writeInt(-3);
    });
    assertThat(KeptTerminology.read(file, key)).as("a negative length").isEmpty();
  }
}
