package org.galen.index;

import java.io.IOException;
import java.util.zip.CRC32;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with the stored fields kept as written, in small chunks: an answer reads
 * some six hundred passages, each a random read, and Lucene's default (LZ4 with a preset
 * dictionary, 80 KB chunks) decompressed a dictionary and a block at every one of them — a quarter
 * of a warm answer's time. Stored plain, a read copies its chunk and checks its CRC. The index
 * grows by what the compression saved (the passages' text, not their postings).
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

  /**
   * Bytes as they are, each chunk followed by its CRC-32, checked at every read: compression used to
   * be what caught a damaged chunk (its decoder failed), and garbage read plain would instead decode
   * as fields that do not exist. A damaged chunk is a {@link CorruptIndexException}, which the
   * commands report as a damaged index.
   */
  static final CompressionMode PLAIN = new CompressionMode() {
    @Override
    public Compressor newCompressor() {
      return new Compressor() {
        private byte[] buffer = new byte[0];

        @Override
        public void compress(ByteBuffersDataInput buffersInput, DataOutput out) throws IOException {
          int length = Math.toIntExact(buffersInput.length());
          buffer = ArrayUtil.growNoCopy(buffer, length);
          buffersInput.readBytes(buffer, 0, length);
          out.writeBytes(buffer, 0, length);
          out.writeInt(checksum(buffer, length));
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
          bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, originalLength);
          in.readBytes(bytes.bytes, 0, originalLength);
          if (in.readInt() != checksum(bytes.bytes, originalLength)) {
            throw new CorruptIndexException("a stored-fields chunk does not match its checksum", in);
          }
          bytes.offset = offset;
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

  private static int checksum(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }
}
