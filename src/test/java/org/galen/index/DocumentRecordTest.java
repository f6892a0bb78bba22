package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.galen.passage.PassageSplitter;
import org.galen.source.Document;
import org.galen.source.DocumentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document is read back from its own record, in its newest version: never one of its passages'
 * records, which carry its id too, nor a document it was stored beside. (A replaced record still in
 * an older segment is skipped as deleted; Lucene merges segments this small at commit, so a test
 * this size holds none.)
 */
class DocumentRecordTest {
  @TempDir
  Path temp;

  private static Document guideline(String docId, String text) {
    return new DocumentBuilder(docId, "nstg").title("Scabies").section("Treatment", text).build();
  }

  private static void put(Indexer indexer, Document document) throws Exception {
    indexer.put(document, new PassageSplitter().split(document), "test");
  }

  @Test
  void aDocumentReplacedBesideAnotherIsReadInItsNewVersion() throws Exception {
    Path index = temp.resolve("index");
    try (Indexer indexer = new Indexer(index)) {
      put(indexer, guideline("nstg:first", "Apply permethrin cream to the whole body, the first wording."));
      put(indexer, guideline("nstg:second", "Wash all bedding in hot water on the same day."));
      indexer.commit();
      put(indexer, guideline("nstg:first", "Apply permethrin cream from the neck down, the second wording."));
      indexer.commit();
    }
    try (EvidenceIndex read = EvidenceIndex.open(index)) {
      assertThat(read.document("nstg:first").orElseThrow().text()).contains("the second wording");
      assertThat(read.document("nstg:second").orElseThrow().text()).contains("bedding");
      assertThat(read.document("nstg:third")).isEmpty();
      assertThat(read.passages("nstg:first")).as("the new version's passages only").isNotEmpty()
          .allMatch(passage -> passage.docId().equals("nstg:first"))
          .anyMatch(passage -> passage.text().contains("the second wording"))
          .noneMatch(passage -> passage.text().contains("the first wording"));
      assertThat(read.passages("nstg:third")).isEmpty();
    }
  }

  @Test
  void aDocumentsPassagesComeInTheirOrder() throws Exception {
    Path index = temp.resolve("index");
    StringBuilder text = new StringBuilder();
    for (int line = 1; line <= 40; line++) {
      text.append("Line ").append(line).append(" of the drug treatment says what to give and for how long.\n");
    }
    try (Indexer indexer = new Indexer(index)) {
      put(indexer, guideline("nstg:long", text.toString()));
      indexer.commit();
    }
    try (EvidenceIndex read = EvidenceIndex.open(index)) {
      java.util.List<StoredPassage> passages = read.passages("nstg:long");
      assertThat(passages).hasSizeGreaterThan(1);
      assertThat(passages).extracting(StoredPassage::ordinal).isSorted().doesNotHaveDuplicates();
    }
  }
}
