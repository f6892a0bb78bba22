package org.galen.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CDC MMWR Supplement articles: a zip holding one JSON object {@code {url: full text}}. The text
 * is a scrape of the web page, so the reader drops the page furniture before the report (508
 * notice, navigation), joins hard-wrapped lines, and cuts sections at the report's own headings.
 */
public final class MmwrReader implements DocumentReader {
  static final String PUBLISHER = "Centers for Disease Control and Prevention, MMWR";
  static final String ATTRIBUTION = "CDC Morbidity and Mortality Weekly Report, public domain (CC0)";

  /**
   * Where the site's navigation and accessibility notice end and the report begins: after the
   * notice's "…subject line of e-mail.", or, on pages without it, after "MMWR ShareCompartir".
   * Before it, lines such as "Skip directly to site content" are no title.
   */
  private static final Pattern NOTICE_END = Pattern.compile(
      "(?:subject line of e-mail\\.|MMWR ShareCompartir(?! Persons using))\\s*");
  /** The newer layout: the title after the navigation (its social links on lines of their own), then the issue date. */
  private static final Pattern MODERN_HEADER = Pattern.compile(
      "Morbidity and Mortality Weekly Report \\(MMWR\\)(?: Section Navigation)?(?: CDC Home)?"
      + "(?:\\s+Facebook\\s+Twitter\\s+LinkedIn\\s+Syndicate)? (.{3,400}?) Supplements / ([A-Z][a-z]+ \\d{1,2}, (\\d{4}))");
  private static final Pattern ABSTRACT_START = Pattern.compile("PDFAbstract\\n|Abstract\\n");
  private static final Pattern SUPPLEMENT_VOLUME = Pattern.compile("/su(\\d\\d)\\d\\d");
  /**
   * A line break inside a sentence: before a word in lower case or a bracket; before a comparison
   * sign ("aged\n>15 years": no sentence starts with one) that ends a line of prose (40 characters
   * or more, no sentence-final mark: a table's cells, one to a line, stay apart); before a square
   * bracket a sentence-final mark does not precede ("seven\n[44%]"); or after a comma or a word no
   * sentence ends with (an article, a preposition, a conjunction: "the treatment of" broken before
   * an abbreviation or a number). A list of terms, one to a line, stays a list.
   */
  private static final Pattern WRAPPED_LINE = Pattern.compile("\\n(?=[a-z(])"
      + "|(?<=[^\\n]{40})(?<![.:;?!)\"\u201d])\\n(?=[<>\u2264\u2265])"
      + "|(?<![.:?!\"\u201d ]) *\\n(?=\\[)"
      + "|(?<=,|\\b(?:a|an|the|of|to|in|on|for|with|by|from|at|as|and|or|than|that|if|is|are|was|were|be)) *\\n(?=[A-Z0-9])");
  private static final List<String> HEADINGS = List.of("Abstract", "Introduction", "Background", "Methods",
      "Results", "Discussion", "Limitations", "Conclusion", "Conclusions", "Summary", "Recommendations",
      "Future Directions", "Acknowledgments", "References");
  private static final int MAX_TITLE = 160;
  /**
   * A report of recommendations, as strong as a guideline: its title says it is guidelines or
   * recommendations ("Guidelines for Prophylaxis Against…", "Measles Prevention: Recommendations of
   * the Immunization Practices Advisory Committee", "Sexually Transmitted Diseases Treatment
   * Guidelines"), or its opening says what follows is ("the following recommendations address…",
   * "These revised recommendations…", "The resulting guidelines are detailed below").
   */
  private static final Pattern TITLE_RECOMMENDS = Pattern.compile("(?i)\\b(?:guidelines|recommendations)\\b");
  private static final Pattern OPENING_RECOMMENDS = Pattern.compile("(?i)\\b(?:these|the following|the resulting)"
      + "\\s+(?:revised\\s+|updated\\s+|new\\s+)?(?:recommendations|guidelines)\\b");
  /** An appendix (of the terms "used in these guidelines", defining them) recommends nothing. */
  private static final Pattern NOT_RECOMMENDING = Pattern.compile("(?i)^appendix\\b");
  /** How much of a report's opening may say that recommendations follow: its first paragraph or so. */
  private static final int OPENING_CHARS = 1500;

  @Override
  public String format() {
    return "mmwr";
  }

  @Override
  public boolean canRead(FileHead head) {
    return head.hasExtension("zip", "json") && head.text().stripLeading().startsWith("{")
        && head.text().contains("\"https://www.cdc.gov/mmwr/");
  }

  @Override
  public void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException {
    try (InputStream in = SourceFiles.open(file)) {
      Json.streamObject(in, (url, text) -> sink.accept(document(url, text.asText())));
    }
  }

  private static Document document(String url, String page) throws MalformedSourceException {
    String path;
    try {
      path = URI.create(url).getPath();
    } catch (IllegalArgumentException e) {
      throw new MalformedSourceException("MMWR key is not a URL: " + url, e);
    }
    if (path == null || path.isEmpty()) {
      throw new MalformedSourceException("MMWR key is not a URL: " + url);
    }
    String title;
    String body;
    Optional<Integer> year = volumeYear(path);
    Matcher modern = MODERN_HEADER.matcher(page);
    if (modern.find()) {
      title = modern.group(1);
      year = Optional.of(Integer.parseInt(modern.group(3)));
      body = page.substring(modern.end());
      Matcher abstractStart = ABSTRACT_START.matcher(body);
      if (abstractStart.find()) {
        body = "Abstract\n" + body.substring(abstractStart.end());
      }
    } else {
      Matcher notice = NOTICE_END.matcher(page);
      body = notice.find() ? page.substring(notice.end()) : page;
      title = firstLine(body);
    }
    DocumentBuilder builder = new DocumentBuilder(DocIds.of("mmwr", DocIds.slug(path)), "mmwr")
        .sourceId(path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.html?$", ""))
        .title(title)
        .kind(SourceKind.REPORT,
            recommends(title, body) ? EvidenceLevel.GUIDELINE : EvidenceLevel.REPORT)
        .journal(PUBLISHER)
        .year(year)
        .url(url)
        .attribution(ATTRIBUTION);
    addSections(builder, WRAPPED_LINE.matcher(body).replaceAll(" "));
    return builder.build();
  }

  /** Whether a report is one of recommendations ({@link #TITLE_RECOMMENDS}, {@link #OPENING_RECOMMENDS}). */
  static boolean recommends(String title, String body) {
    if (NOT_RECOMMENDING.matcher(title).find()) {
      return false;
    }
    return TITLE_RECOMMENDS.matcher(title).find()
        || OPENING_RECOMMENDS.matcher(body.substring(0, Math.min(body.length(), OPENING_CHARS))).find();
  }

  /** MMWR supplements number volumes by year: volume 1 was 1952, so su72.. is 2023. */
  private static Optional<Integer> volumeYear(String path) {
    Matcher matcher = SUPPLEMENT_VOLUME.matcher(path);
    return matcher.find() ? Optional.of(1951 + Integer.parseInt(matcher.group(1))) : Optional.empty();
  }

  private static void addSections(DocumentBuilder builder, String body) {
    String heading = "Report";
    StringBuilder current = new StringBuilder();
    for (String line : body.split("\n")) {
      String candidate = line.strip();
      if (HEADINGS.contains(candidate)) {
        builder.section(heading, current.toString());
        heading = candidate;
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    builder.section(heading, current.toString());
  }

  private static String firstLine(String body) {
    String line = body.strip().lines().findFirst().orElse("");
    if (line.length() <= MAX_TITLE) {
      return line;
    }
    int cut = line.lastIndexOf(' ', MAX_TITLE);
    return line.substring(0, cut > 0 ? cut : MAX_TITLE) + " …";
  }
}
