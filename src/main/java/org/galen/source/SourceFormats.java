package org.galen.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry of {@link DocumentReader}s and the rules for files that are not documents.
 * Order matters only where two readers could claim a file; content checks keep them apart.
 */
public final class SourceFormats {
  /** LICENSE, README and readme files (any extension) describe a collection; they are not evidence. */
  private static final Pattern NOT_A_DOCUMENT = Pattern.compile("(?i)^(license|licence|readme|copying|notice)([._-].*)?$");

  private final List<DocumentReader> readers;

  public SourceFormats(List<DocumentReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** Every format Galen reads. */
  public static SourceFormats standard() {
    return new SourceFormats(List.of(new MedlineReader(), new PmcReader(), new MedQuadReader(), new NstgReader(),
        new PubMedQaReader(), new SciFactCorpusReader(), new MmwrReader(), new SplReader(), new MarkdownReader(),
        new HtmlReader()));
  }

  /** Whether a file is a collection's licence or readme, or a hidden file, rather than a document. */
  public static boolean isNotADocument(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") || NOT_A_DOCUMENT.matcher(name).matches();
  }

  public Optional<DocumentReader> readerFor(FileHead head) {
    return readers.stream().filter(reader -> reader.canRead(head)).findFirst();
  }

  public List<String> formatNames() {
    return readers.stream().map(DocumentReader::format).toList();
  }
}
