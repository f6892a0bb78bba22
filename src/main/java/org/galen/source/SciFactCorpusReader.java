package org.galen.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The SciFact corpus CSV ({@code doc_id,title,abstract,structured}). Its abstract column is a
 * NumPy-array printout of the sentences, parsed by {@link PythonStringList}.
 */
public final class SciFactCorpusReader implements DocumentReader {
  static final String ATTRIBUTION = "SciFact (Wadden et al., 2020), abstracts ODC-By";

  @Override
  public String format() {
    return "scifact";
  }

  @Override
  public boolean canRead(FileHead head) {
    return head.hasExtension("csv") && head.text().startsWith("doc_id,title,abstract");
  }

  @Override
  public void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader in = new InputStreamReader(SourceFiles.open(file), StandardCharsets.UTF_8);
         CSVParser parser = CSVParser.parse(in, format)) {
      for (CSVRecord record : parser) {
        sink.accept(document(record));
      }
    } catch (UncheckedIOException e) {
      throw new MalformedSourceException("invalid CSV: " + e.getCause().getMessage(), e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new MalformedSourceException("invalid CSV: " + e.getMessage(), e);
    }
  }

  private static Document document(CSVRecord record) throws MalformedSourceException {
    if (!record.isConsistent()) {
      throw new MalformedSourceException("record " + record.getRecordNumber() + " has " + record.size() + " fields, expected 4");
    }
    String docId = record.get("doc_id").strip();
    if (!docId.matches("\\d+")) {
      throw new MalformedSourceException("record " + record.getRecordNumber() + ": doc_id '" + docId + "' is not a number");
    }
    String sentences;
    try {
      sentences = String.join(" ", PythonStringList.parse(record.get("abstract")));
    } catch (IllegalArgumentException e) {
      throw new MalformedSourceException("record " + record.getRecordNumber() + " (doc " + docId + "): " + e.getMessage(), e);
    }
    return new DocumentBuilder("scifact:" + docId, "scifact")
        .sourceId(docId)
        .title(record.get("title"))
        .kind(SourceKind.RESEARCH, EvidenceLevel.UNKNOWN)
        .section("Abstract", sentences)
        .attribution(ATTRIBUTION)
        .build();
  }
}
