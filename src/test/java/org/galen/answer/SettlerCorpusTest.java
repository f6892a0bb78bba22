package org.galen.answer;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Tests that settle topics on the {@link SettlerCorpus}, built once per test class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SettlerCorpusTest {
  SettlerCorpus corpus;

  @BeforeAll
  void corpus(@TempDir Path directory) throws Exception {
    corpus = new SettlerCorpus(directory);
  }

  @AfterAll
  void close() throws Exception {
    corpus.close();
  }

  Topic settle(String question) throws IOException {
    return corpus.settle(question);
  }
}
