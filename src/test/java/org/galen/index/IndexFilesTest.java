package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;

/** Which failures mean damaged index files, and which an index held by another writer. */
class IndexFilesTest {
  @Test
  void aReadOutOfBoundsInsideLuceneOrAChecksumFailureIsDamageAndOursIsNot() {
    Exception raw = new ArrayIndexOutOfBoundsException("Index 70000 out of bounds for length 512");
    raw.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsReader",
            "document", "Lucene90CompressingStoredFieldsReader.java", 1)});
    assertThat(IndexFiles.damaged(new RuntimeException("wrapped", raw))).isTrue();
    assertThat(IndexFiles.damaged(new CorruptIndexException("checksum failed", "_0.cfs"))).isTrue();
    assertThat(IndexFiles.damaged(new ArrayIndexOutOfBoundsException("ours"))).as("not from Lucene").isFalse();
  }

  @Test
  void onlyTheWriteLockRefusedIsAnotherWriter() {
    assertThat(IndexFiles.heldByAnotherWriter(new LockObtainFailedException("Lock held by this virtual machine")))
        .isTrue();
    assertThat(IndexFiles.heldByAnotherWriter(new java.io.IOException("disk full"))).isFalse();
  }
}
