package org.galen.answer.question;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The frame of a file the data directory's cache keeps a vocabulary in ({@link KeptConcepts},
 * {@link KeptTerminology}): what it is and its layout, the key it was written under, what it holds,
 * and a CRC-32C of all that; nothing after. A file under another key, damaged, cut short, longer or
 * unreadable reads as nothing, and its vocabulary is built again. Strings are their UTF-8 bytes after
 * their length: unlike {@link DataOutputStream#writeUTF}, no limit of 65,535 bytes that a long synonym
 * could pass. Thread-safe: no state.
 */
final class KeptFile {
  /** No name or word is this long; a longer length read is damage, not a reason to allocate it. */
  private static final int MAX_TEXT_BYTES = 1 << 20;
  /** A kept vocabulary is megabytes; a file larger than this is not one, and is not read into memory. */
  private static final long MAX_FILE_BYTES = 1L << 26;

  /** What a kept file holds, read after its frame's head. */
  interface Body<T> {
    T read(Input data) throws IOException;
  }

  /**
   * A kept file's bytes read in order, as {@link DataOutputStream} wrote them (big-endian). The
   * whole file is read at once and its checksum taken over it in one pass: read through a checked
   * stream a byte at a time, the question reader's vocabulary took twice as long.
   */
  static final class Input {
    private final java.nio.ByteBuffer bytes;

    private Input(byte[] bytes, int length) {
      this.bytes = java.nio.ByteBuffer.wrap(bytes, 0, length);
    }

    int readInt() {
      return bytes.getInt();
    }

    int readUnsignedByte() {
      return Byte.toUnsignedInt(bytes.get());
    }

    /** A string {@link DataOutputStream#writeUTF} wrote, in plain ASCII (the frame's head). */
    String readAscii() throws IOException {
      int length = Short.toUnsignedInt(bytes.getShort());
      if (length > bytes.remaining()) {
        throw new IOException("cut short");
      }
      String read = new String(bytes.array(), bytes.position(), length, StandardCharsets.US_ASCII);
      bytes.position(bytes.position() + length);
      return read;
    }

    boolean atEnd() {
      return !bytes.hasRemaining();
    }
  }

  private KeptFile() {}

  /** The key a vocabulary built from {@code sources} is kept under, in a file of this kind and layout. */
  static String key(String magic, int format, String sources) {
    String made = magic + " " + format + "\n" + sources;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(made.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** What {@code file} holds, if it is there, whole, of this kind and layout and under {@code key}. */
  static <T> Optional<T> read(Path file, String magic, int format, String key, Body<T> body) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        return Optional.empty();
      }
      byte[] whole = Files.readAllBytes(file);
      int length = whole.length - Long.BYTES;
      if (length < 0) {
        return Optional.empty();
      }
      CRC32C checksum = new CRC32C();
      checksum.update(whole, 0, length);
      if (java.nio.ByteBuffer.wrap(whole, length, Long.BYTES).getLong() != checksum.getValue()) {
        return Optional.empty();
      }
      Input data = new Input(whole, length);
      if (!magic.equals(data.readAscii()) || data.readInt() != format || !key.equals(data.readAscii())) {
        return Optional.empty();
      }
      T read = body.read(data);
      return data.atEnd() ? Optional.of(read) : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // Damaged or cut short: built again, and written whole.
      return Optional.empty();
    }
  }

  /** Writes {@code contents} in the frame; whether it was written ({@link CacheFiles}). */
  static boolean write(Path file, String temporaryPrefix, String magic, int format, String key,
      CacheFiles.Contents contents) {
    return CacheFiles.write(file, temporaryPrefix, out -> {
      CRC32C checksum = new CRC32C();
      DataOutputStream data = new DataOutputStream(new CheckedOutputStream(out, checksum));
      data.writeUTF(magic);
      data.writeInt(format);
      data.writeUTF(key);
      contents.writeTo(data);
      data.flush();
      out.writeLong(checksum.getValue());
    });
  }

  static int count(Input data) throws IOException {
    int count = data.readInt();
    if (count < 0) {
      throw new IOException("negative count " + count);
    }
    return count;
  }

  static String text(Input data) throws IOException {
    int length = count(data);
    if (length > MAX_TEXT_BYTES || length > data.bytes.remaining()) {
      throw new IOException("a string of " + length + " bytes: damaged");
    }
    java.nio.ByteBuffer bytes = data.bytes;
    String text = new String(bytes.array(), bytes.position(), length, StandardCharsets.UTF_8);
    bytes.position(bytes.position() + length);
    return text;
  }

  static void writeText(DataOutputStream data, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_TEXT_BYTES) {
      throw new IOException("a name of " + bytes.length + " bytes: not kept");
    }
    data.writeInt(bytes.length);
    data.write(bytes);
  }

  /** Strings as an immutable list: a restored vocabulary hands out what a built one does. */
  static List<String> strings(Input data) throws IOException {
    int count = count(data);
    List<String> strings = new ArrayList<>(Math.min(count, 1 << 16));
    for (int i = 0; i < count; i++) {
      strings.add(text(data));
    }
    return List.copyOf(strings);
  }

  static void writeStrings(DataOutputStream data, List<String> strings) throws IOException {
    data.writeInt(strings.size());
    for (String string : strings) {
      writeText(data, string);
    }
  }
}
