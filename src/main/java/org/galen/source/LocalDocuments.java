package org.galen.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the Markdown and HTML readers share: documents a user wrote, identified by their path. */
final class LocalDocuments {
  static final String ATTRIBUTION = "Local document";

  private LocalDocuments() {}

  /** Reads UTF-8 text, refusing binary junk rather than indexing it. */
  static String readText(Path file) throws IOException, MalformedSourceException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length == 0) {
      throw new MalformedSourceException("empty file");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      if (text.indexOf('\0') >= 0) {
        throw new MalformedSourceException("binary content (NUL bytes) in a text file");
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new MalformedSourceException("not UTF-8 text", e);
    }
  }

  /** Collects headings and body text into sections; the first heading doubles as the title. */
  static final class Builder {
    private final Path file;
    private final DocumentBuilder builder;
    private final StringBuilder body = new StringBuilder();
    private String title = "";
    private String heading = "";

    Builder(Path file, String format) {
      this.file = file;
      String path = file.toAbsolutePath().normalize().toString();
      this.builder = new DocumentBuilder("local:" + DocIds.slug(path), "local")
          .sourceId(path)
          .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE)
          .url(file.toAbsolutePath().normalize().toUri().toString())
          .attribution(ATTRIBUTION)
          .property("format", format);
    }

    void title(String value) {
      title = value;
    }

    void heading(String text) {
      flush();
      heading = TextNormalizer.oneLine(text);
      if (title.isEmpty()) {
        title = heading;
      }
    }

    void body(String text) {
      body.append(text).append('\n');
    }

    Document build() throws MalformedSourceException {
      flush();
      if (!builder.hasText()) {
        throw new MalformedSourceException("no text in document");
      }
      String fallback = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      return builder.title(title.isEmpty() ? fallback : title).focus(List.of()).build();
    }

    private void flush() {
      builder.section(heading.isEmpty() ? "Text" : heading, body.toString());
      body.setLength(0);
    }
  }
}
