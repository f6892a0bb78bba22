package org.galen.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Shared plumbing for the XML readers: safe opening, and errors that say where the file broke. */
final class XmlSources {
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

  /** What a reader does with the open stream. */
  interface XmlBody {
    void read(XMLStreamReader reader) throws XMLStreamException, IOException, MalformedSourceException;
  }

  private XmlSources() {}

  static void stream(Path file, XmlBody body) throws IOException, MalformedSourceException {
    try (InputStream in = SourceFiles.open(file)) {
      XMLStreamReader reader = SafeXml.open(in);
      try {
        body.read(reader);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      String reason = firstLine(e.getMessage());
      if (reason.contains("Premature end of file") || reason.contains("document ended inside")
          || reason.contains("must start and end within the same entity")) {
        throw new MalformedSourceException("truncated XML: the file ends" + where(e.getLocation())
            + " before its elements are closed", e);
      }
      throw new MalformedSourceException("invalid XML" + where(e.getLocation()) + ": " + reason, e);
    } catch (EOFException | ZipException e) {
      throw new MalformedSourceException("truncated or corrupt compressed file: " + e.getMessage(), e);
    }
  }

  /** Reads the whole file's root element: for formats with one small record per file. */
  static XmlElement readRoot(Path file) throws IOException, MalformedSourceException {
    XmlElement[] root = new XmlElement[1];
    stream(file, reader -> {
      if (!SafeXml.nextStart(reader)) {
        throw new MalformedSourceException("no XML element in file");
      }
      root[0] = XmlElement.read(reader);
    });
    return root[0];
  }

  /** The first plausible publication year in a free-text date such as "1998 Dec-1999 Jan". */
  static Optional<Integer> year(String text) {
    Matcher matcher = YEAR.matcher(text);
    return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
  }

  private static String where(Location location) {
    return location == null ? "" : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String trimmed = message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    int newline = trimmed.indexOf('\n');
    return (newline < 0 ? trimmed : trimmed.substring(0, newline)).strip();
  }
}
