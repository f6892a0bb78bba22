package org.galen.source;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one source format. One implementation per format, registered in {@link SourceFormats}.
 *
 * <p>Implementations stream: they hand each document to the sink as soon as it is complete and
 * keep at most one record of the file in memory. They are stateless and thread-safe.
 */
public interface DocumentReader {
  /** Short format name shown to users, e.g. {@code medline}. */
  String format();

  /** Whether this reader recognises the file, from its name and first bytes. */
  boolean canRead(FileHead head);

  /**
   * Reads every document in the file into the sink.
   *
   * @throws MalformedSourceException when the content is not valid for this format; documents
   *     already handed to the sink stay valid (each was read completely)
   */
  void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException;
}
