package org.galen.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.galen.answer.Audience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an answer set: every field, and every malformed line named by file and line. */
class AnswerItemsTest {
  @TempDir
  Path directory;

  @Test
  void readsEveryFieldOfAnItem() throws Exception {
    Path file = write("{\"id\": \"g1\", \"q\": \"first-line for malaria?\", \"audience\": \"pharmacist\", \"kind\": "
        + "\"treatment\", \"lead\": [\"nstg:malaria\"], \"bottom_any\": [\"artesunate\"], \"none\": [], \"abstain\": false}",
        "", "{\"id\": \"g2\", \"q\": \"and in pregnancy?\", \"kind\": \"follow-up\", \"follows\": \"g1\"}");
    List<AnswerItem> items = AnswerItems.read(file);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).audience()).isEqualTo(Audience.PHARMACIST);
    assertThat(items.get(0).lead()).containsExactly("nstg:malaria");
    assertThat(items.get(0).bottomAny()).containsExactly("artesunate");
    assertThat(items.get(0).abstain()).contains(false);
    assertThat(items.get(1).audience()).isEqualTo(Audience.PHYSICIAN);
    assertThat(items.get(1).follows()).contains("g1");
  }

  @Test
  void aFollowUpOfNoEarlierItemIsMalformed() throws Exception {
    Path file = write("{\"id\": \"g2\", \"q\": \"and in pregnancy?\", \"follows\": \"g1\"}",
        "{\"id\": \"g1\", \"q\": \"first-line for malaria?\"}");
    assertThatThrownBy(() -> AnswerItems.read(file)).isInstanceOf(MalformedItemsException.class)
        .hasMessage(file + ":1: item g2 follows 'g1', which is not an earlier item");
  }

  @Test
  void badLinesAreNamedWithTheirProblem() throws Exception {
    assertMalformed(":2: not JSON", "{\"id\": \"g1\", \"q\": \"x\"}", "{\"id\": ");
    assertMalformed(":1: 'q' must be a non-empty string", "{\"id\": \"g1\"}");
    assertMalformed(":1: unknown audience 'surgeon'", "{\"id\": \"g1\", \"q\": \"x\", \"audience\": \"surgeon\"}");
    assertMalformed(":1: 'lead' must be a list of strings", "{\"id\": \"g1\", \"q\": \"x\", \"lead\": \"nstg:a\"}");
    assertMalformed(":1: 'abstain' must be true or false", "{\"id\": \"g1\", \"q\": \"x\", \"abstain\": \"yes\"}");
    assertMalformed(":2: item id g1 appears twice", "{\"id\": \"g1\", \"q\": \"x\"}", "{\"id\": \"g1\", \"q\": \"y\"}");
    assertMalformed(":1: no items", "");
  }

  private void assertMalformed(String expected, String... lines) throws Exception {
    Path file = write(lines);
    assertThatThrownBy(() -> AnswerItems.read(file)).isInstanceOf(MalformedItemsException.class)
        .hasMessageContaining(file + expected);
  }

  private Path write(String... lines) throws Exception {
    Path file = Files.createTempFile(directory, "items", ".jsonl");
    Files.write(file, List.of(lines));
    return file;
  }
}
