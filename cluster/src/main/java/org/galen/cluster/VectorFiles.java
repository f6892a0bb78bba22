package org.galen.cluster;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

/**
 * Bytes of a shard's vector files by Lucene extension ({@code vec} floats, {@code veq} scalar-
 * quantized, {@code vex} HNSW graph), inside compound files too, for {@code bin/bench-scale}: what
 * k-NN search keeps in memory under each encoding. Run on the cluster's classpath (the shard's
 * codec is the k-NN plugin's). Usage: {@code VectorFiles SHARD_INDEX_DIR...}; prints {@code ext bytes}.
 */
public final class VectorFiles {
  private VectorFiles() {}

  public static void main(String[] args) throws Exception {
    Map<String, Long> bytes = new TreeMap<>();
    for (String shard : args) {
      try (Directory directory = FSDirectory.open(Path.of(shard))) {
        for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
          Directory files = segment.info.getUseCompoundFile()
              ? segment.info.getCodec().compoundFormat().getCompoundReader(directory, segment.info, IOContext.DEFAULT)
              : directory;
          for (String file : files.listAll()) {
            String extension = file.substring(file.lastIndexOf('.') + 1);
            if (file.startsWith(segment.info.name + "_") && extension.matches("vec|veq|vex")) {
              bytes.merge(extension, files.fileLength(file), Long::sum);
            }
          }
          if (files != directory) {
            files.close();
          }
        }
      }
    }
    bytes.forEach((extension, size) -> System.out.println(extension + " " + size));
  }
}
