package org.galen.index;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with the stored fields kept as written, in small chunks: an answer reads
 * some six hundred passages, each a random read, and Lucene's default (LZ4 with a preset
 * dictionary, 80 KB chunks) decompressed a dictionary and a block at every one of them — a quarter
 * of a warm answer's time. Stored plain, a read copies its passage. The index grows by what the
 * compression saved (the passages' text, not their postings).
 *
 * <p>Lucene finds the codec of each segment by its name through Java's service loader ({@code
 * META-INF/services/org.apache.lucene.codecs.Codec}): segments written before it came are read with
 * Lucene's codec, and rewritten with this one when a merge takes them in, so an index grows to its
 * plain size as it is merged. A build of Galen from before this codec cannot open an index holding
 * a segment written with it (restore a backup taken before to go back). Postings, vectors and
 * everything else are the default codec's.
 */
public final class GalenCodec extends FilterCodec {
  /** The name segments record; never change it, or segments written with it can no longer be read. */
  public static final String NAME = "GalenPlainStored912";
  /** A chunk: a few passages, so a read copies little besides the passage it wants. */
  private static final int CHUNK_BYTES = 8 * 1024;
  private static final int MAX_DOCS_PER_CHUNK = 32;
  /** Lucene's default: the chunk index's block of 1,024 chunks. */
  private static final int BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
      "GalenPlainStoredFields", PLAIN, CHUNK_BYTES, MAX_DOCS_PER_CHUNK, BLOCK_SHIFT);

  public GalenCodec() {
    super(NAME, new Lucene912Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }

  /** Bytes as they are: a chunk written whole, the wanted slice of it read. */
  static final CompressionMode PLAIN = new CompressionMode() {
    @Override
    public Compressor newCompressor() {
      return new Compressor() {
        @Override
        public void compress(ByteBuffersDataInput buffersInput, DataOutput out) throws IOException {
          out.copyBytes(buffersInput, buffersInput.length());
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public Decompressor newDecompressor() {
      return new Decompressor() {
        @Override
        public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
            throws IOException {
          // The wanted slice only; the stream is left at the chunk's end, where Lucene reads on.
          bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
          in.skipBytes(offset);
          in.readBytes(bytes.bytes, 0, length);
          in.skipBytes(originalLength - (long) offset - length);
          bytes.offset = 0;
          bytes.length = length;
        }

        @Override
        public Decompressor clone() {
          return this;
        }
      };
    }

    @Override
    public String toString() {
      return "PLAIN";
    }
  };
}
