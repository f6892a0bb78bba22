package org.galen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.galen.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SciFactCorpusReaderTest {
  private final SciFactCorpusReader reader = new SciFactCorpusReader();

  @Test
  void readsEverySentenceOfTheNumpyPrintoutIncludingItemsSharingALine() throws Exception {
    Path file = SharedData.require("eval/scifact/corpus_train.csv");
    Collected collected = Collected.read(reader, file);

    assertThat(collected.documents).hasSize(5183);
    Document first = collected.byId("scifact:4983");
    assertThat(first.sourceId()).isEqualTo("4983");
    assertThat(first.text()).startsWith("Alterations of the architecture of cerebral white matter");
    // Two items printed on one line: "... 24.0 +/-' '4.44 versus 33.1 +/-'"
    assertThat(first.text()).contains("internal capsule, 24.0 +/- 4.44 versus 33.1 +/-");
    assertThat(first.text()).endsWith("microstructural development in cerebral white matter in living infants.");
  }

  @Test
  void parsesPythonLiteralsInBothQuoteStylesWithEscapes() {
    assertThat(PythonStringList.parse("['It\\'s one.'\n \"Don't two.\" 'caf\\xe9 three.']"))
        .isEqualTo(List.of("It's one.", "Don't two.", "café three."));
  }

  @Test
  void abstractThatIsNotAListIsMalformedNamingTheRecord(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("corpus.csv");
    Files.writeString(file, "doc_id,title,abstract,structured\n7,Title,\"not a list\",False\n");
    assertThatThrownBy(() -> reader.read(file, new Collected()))
        .isInstanceOf(MalformedSourceException.class).hasMessageContaining("record 1").hasMessageContaining("doc 7");
  }
}
