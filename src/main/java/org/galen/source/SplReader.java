package org.galen.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * FDA Structured Product Labeling (HL7 v3, {@code urn:hl7-org:v3}) as DailyMed distributes it: one
 * drug label per file, read into one LABEL document whose sections are the label's sections in
 * order, each titled by the part of the label it belongs to ({@code spl-sections.tsv}).
 *
 * <p>Paragraphs, list items and table rows each become one line (a row's cells joined by " | "),
 * so that every item and row is its own citable line. Stateless and thread-safe: the section
 * table is read once and never changed.
 */
public final class SplReader implements DocumentReader {
  /** What joins a table row's cells in the document text: a row is one line, one citable statement. */
  public static final String TABLE_CELL_SEPARATOR = " | ";
  public static final String SET_ID = "setId";
  public static final String VERSION = DocumentVersion.NUMBER;
  public static final String EFFECTIVE_DATE = DocumentVersion.EFFECTIVE;
  public static final String LABEL_TYPE = "labelType";
  public static final String LABELER = "labeler";
  public static final String GENERIC = LabelDrugs.GENERIC;
  public static final String BRAND = LabelDrugs.BRAND;
  public static final String COMPARED_BRAND = LabelDrugs.COMPARED_BRAND;

  static final String COLLECTION = "dailymed";
  static final String ATTRIBUTION = "DailyMed (U.S. National Library of Medicine): FDA drug labeling";
  static final String URL = "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=";
  private static final String PRESCRIPTION_LABEL = "34391-3";
  private static final String OTC_LABEL = "34390-5";
  private static final String UNCLASSIFIED = "42229-5";
  private static final String PACKAGE_LABEL = "51945-4";
  /** A section with neither a part nor a title of its own (old labels' "Rx only" lines, for instance). */
  private static final String NO_PART = "Label text";
  /**
   * Sections that are not label text to cite: product data (names, codes and ingredients, read
   * for the title instead), the package label (carton text that repeats name and strength), and
   * the medication guide and patient package insert, which restate the label for patients in
   * other words, so a question would find each fact twice.
   */
  private static final Set<String> SKIPPED = Set.of("48780-1", PACKAGE_LABEL, "42231-1", "42230-3");
  private static final Map<String, String> PARTS = parts("spl-sections.tsv");
  private static final Pattern DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})");
  /** What TextNormalizer counts as space, line breaks included. */
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2009\\u202F]+");
  private static final Pattern MARKER = Pattern.compile("[\\p{L}\\p{N}]");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
  private static final Pattern DOCUMENT_ROOT = Pattern.compile("<document[\\s>]");
  private static final Set<String> MINOR_WORDS = Set.of("and", "or", "with", "of", "in", "for", "the");
  /** Labels name countable forms in the plural: "naproxen tablets", "celecoxib capsules". */
  private static final Pattern COUNTABLE_FORM = Pattern.compile("^(tablet|capsule)\\b");
  private static final int MAX_TITLE = 160;
  /**
   * A store brand's carton names the brand it is sold as the equivalent of: "Compare to Aleve®
   * active ingredient", "Compare to the active ingredients in Advil® PM". The name runs to its
   * registered mark.
   */
  private static final Pattern COMPARED_TO = Pattern.compile("(?i)\\bcompare\\s+to\\s+(?:the\\s+active\\s+"
      + "ingredients?\\s+(?:in|of)\\s*)?(\\p{L}[\\p{L}\\p{N} .&'-]{0,40}?)\\s*(?:®|\\(R\\))");

  /** One product the label covers, as its product data section lists it. */
  private record Product(String name, String form, List<String> generics) {}

  @Override
  public String format() {
    return "spl";
  }

  @Override
  public boolean canRead(FileHead head) {
    return head.text().contains("urn:hl7-org:v3") && DOCUMENT_ROOT.matcher(head.text()).find();
  }

  @Override
  public void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException {
    XmlElement root = XmlSources.readRoot(file);
    if (!root.name().equals("document")) {
      throw new MalformedSourceException("expected an SPL <document> root element, found <" + root.name() + ">");
    }
    String setId = root.path("setId").map(s -> s.attribute("root").strip()).orElse("");
    if (setId.isEmpty()) {
      throw new MalformedSourceException("SPL document without <setId root=\"…\">: no stable id for the label");
    }
    DocumentBuilder builder = new DocumentBuilder(DocIds.of("spl", setId), COLLECTION).sourceId(setId);
    List<Product> products = new ArrayList<>();
    List<XmlElement> sections = subsections(root.path("component", "structuredBody").orElse(root));
    sections.forEach(section -> addSections(builder, section, "", products));
    if (!builder.hasText()) {
      // A label whose text is all images: its carton's words are then the only text it has. With
      // none either, the label still stands for its products (names, labeler, link to DailyMed).
      sections.stream().filter(s -> code(s).equals(PACKAGE_LABEL))
          .forEach(s -> builder.section("Package label", s.child("text").map(SplReader::text).orElse("")));
    }
    describe(builder, root, setId, products);
    comparedBrands(sections, products).ifPresent(brands -> builder.property(COMPARED_BRAND, brands));
    sink.accept(builder.build());
  }

  /**
   * The brands a single-ingredient label's carton says it compares to ("Compare to Aleve®"): names
   * of its generic. A combination's ("Compare to Advil® PM") names no one ingredient.
   */
  private static Optional<String> comparedBrands(List<XmlElement> sections, List<Product> products) {
    Set<String> generics = new java.util.HashSet<>();
    products.forEach(product -> product.generics().forEach(g -> generics.add(g.toLowerCase(Locale.ROOT))));
    if (generics.size() != 1) {
      return Optional.empty();
    }
    List<String> brands = new ArrayList<>();
    sections.stream().filter(s -> code(s).equals(PACKAGE_LABEL)).forEach(section -> {
      Matcher compared = COMPARED_TO.matcher(section.child("text").map(SplReader::text).orElse(""));
      while (compared.find()) {
        brands.add(compared.group(1).strip());
      }
    });
    List<String> distinct = distinct(brands);
    return distinct.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", distinct));
  }

  /** The label's facts: title and names from its products, dates, labeler and type from its header. */
  private static DocumentBuilder describe(DocumentBuilder builder, XmlElement root, String setId,
      List<Product> products) {
    Optional<String> date = root.path("effectiveTime").map(e -> e.attribute("value")).map(DATE::matcher)
        .filter(Matcher::find).map(m -> m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    List<String> generics = distinct(products.stream().flatMap(p -> p.generics().stream()).toList());
    List<String> brands = distinct(products.stream().filter(SplReader::hasBrand).map(Product::name).toList());
    String labeler = TextNormalizer.oneLine(root.textAt("author", "assignedEntity", "representedOrganization", "name"));
    String labelTitle = root.child("title").map(t -> TextNormalizer.oneLine(text(t))).orElse("");
    return builder.title(title(products, labelTitle, setId))
        .kind(SourceKind.LABEL, EvidenceLevel.LABEL)
        .journal(labeler)
        .year(date.map(d -> Integer.parseInt(d.substring(0, 4))))
        .url(URL + setId)
        .attribution(ATTRIBUTION)
        .focus(distinct(Stream.concat(generics.stream(), brands.stream()).toList()))
        .property(SET_ID, setId)
        .property(VERSION, root.path("versionNumber").map(v -> v.attribute("value")).orElse(""))
        .property(EFFECTIVE_DATE, date.orElse(""))
        .property(LABEL_TYPE, labelType(root))
        .property(LABELER, labeler)
        .property(GENERIC, String.join("; ", generics))
        .property(BRAND, String.join("; ", brands));
  }

  /**
   * One document section for the SPL section's own text, then its subsections in order. An
   * unclassified or uncoded section belongs to the part its nearest coded ancestor names. The
   * {@code excerpt} (the Highlights of prescribing information) is never read: it repeats the
   * full text, and indexing it would find each fact twice.
   */
  private static void addSections(DocumentBuilder builder, XmlElement section, String inheritedPart,
      List<Product> products) {
    String code = code(section);
    List<XmlElement> listed = section.children("subject").flatMap(s -> s.children("manufacturedProduct"))
        .flatMap(XmlElement::elements)
        .filter(p -> p.name().equals("manufacturedProduct") || p.name().equals("manufacturedMedicine")).toList();
    // Old labels (SPL release 2) list products as manufacturedMedicine in an uncoded section.
    if (!listed.isEmpty() || SKIPPED.contains(code)) {
      listed.forEach(p -> products.add(product(p)));
      return;
    }
    String part = code.isEmpty() || code.equals(UNCLASSIFIED) ? inheritedPart : part(code, section);
    builder.section(sectionTitle(part, TextNormalizer.oneLine(section.textAt("title"))),
        section.child("text").map(SplReader::text).orElse(""));
    for (XmlElement subsection : subsections(section)) {
      addSections(builder, subsection, part, products);
    }
  }

  private static String code(XmlElement element) {
    return element.path("code").map(c -> c.attribute("code").strip()).orElse("");
  }

  private static List<XmlElement> subsections(XmlElement parent) {
    return parent.children("component").flatMap(c -> c.children("section")).toList();
  }

  private static String part(String code, XmlElement section) {
    String known = PARTS.get(code);
    if (known != null) {
      return known;
    }
    String name = TextNormalizer.oneLine(section.path("code").map(c -> c.attribute("displayName")).orElse(""))
        .replaceFirst("(?i)\\s*(sub)?section$", "").toLowerCase(Locale.ROOT);
    return name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** "Part: own title", leaving out an own title that only repeats the part ("2 DOSAGE & ADMINISTRATION"). */
  private static String sectionTitle(String part, String ownTitle) {
    if (part.isEmpty()) {
      return ownTitle.isEmpty() ? NO_PART : ownTitle;
    }
    return ownTitle.isEmpty() || letters(ownTitle).equals(letters(part)) ? part : part + ": " + ownTitle;
  }

  private static String letters(String title) {
    return NOT_LETTERS.matcher(title.toLowerCase(Locale.ROOT).replace("&", "and")).replaceAll("");
  }

  /** A section's {@code <text>}: one line per paragraph, list item, caption and table row; footnotes last. */
  private static String text(XmlElement text) {
    StringBuilder out = new StringBuilder();
    List<String> footnotes = new ArrayList<>();
    append(text, out, footnotes);
    footnotes.forEach(note -> lineBreak(out).append(note));
    return out.toString();
  }

  private static void append(XmlElement element, StringBuilder out, List<String> footnotes) {
    for (Object part : element.content()) {
      if (part instanceof String raw) {
        // Line breaks in the XML are layout, not text: only elements break lines.
        out.append(WHITESPACE.matcher(raw).replaceAll(" "));
        continue;
      }
      XmlElement child = (XmlElement) part;
      switch (child.name()) {
        case "br" -> lineBreak(out);
        case "table" -> table(child, lineBreak(out));
        case "footnote" -> footnotes.add(cell(child, footnotes));
        case "caption" -> caption(element, child, out, footnotes);
        case "paragraph", "item", "list", "renderMultiMedia" -> {
          append(child, lineBreak(out), footnotes);
          lineBreak(out);
        }
        default -> append(child, out, footnotes);
      }
    }
  }

  /**
   * A list item's caption is its marker ("a.", or a bullet written as text): a lettered or
   * numbered one starts the item's line, a bare bullet is left out. Other captions are lines.
   */
  private static void caption(XmlElement parent, XmlElement caption, StringBuilder out, List<String> footnotes) {
    String text = cell(caption, footnotes);
    if (!parent.name().equals("item")) {
      lineBreak(out).append(text);
      lineBreak(out);
    } else if (MARKER.matcher(text).find()) {
      out.append(text).append(' ');
    }
  }

  /**
   * Caption, then one line per row (header, body, then footer rows) with its cells joined by
   * " | "; empty cells stay so the columns line up, rows with no text at all are left out. The
   * table's footnotes follow its rows.
   */
  private static void table(XmlElement table, StringBuilder out) {
    List<String> footnotes = new ArrayList<>();
    table.children("caption").forEach(caption -> lineBreak(out).append(cell(caption, footnotes)));
    List<XmlElement> rows = new ArrayList<>(table.children("thead").flatMap(g -> g.children("tr")).toList());
    table.elements().filter(e -> e.name().equals("tbody") || e.name().equals("tr"))
        .flatMap(e -> e.name().equals("tr") ? Stream.of(e) : e.children("tr")).forEach(rows::add);
    table.children("tfoot").flatMap(g -> g.children("tr")).forEach(rows::add);
    for (XmlElement row : rows) {
      List<String> cells = row.elements().filter(c -> c.name().equals("td") || c.name().equals("th"))
          .map(c -> cell(c, footnotes)).toList();
      if (cells.stream().anyMatch(c -> !c.isEmpty())) {
        lineBreak(out).append(String.join(TABLE_CELL_SEPARATOR, cells));
      }
    }
    footnotes.forEach(note -> lineBreak(out).append(note));
    lineBreak(out);
  }

  /** An element's text on one line: a cell's paragraphs and breaks become spaces. */
  private static String cell(XmlElement element, List<String> footnotes) {
    StringBuilder out = new StringBuilder();
    append(element, out, footnotes);
    return TextNormalizer.oneLine(out.toString());
  }

  /** Ends the line being written, unless none is: one break between lines, never a blank line. */
  private static StringBuilder lineBreak(StringBuilder out) {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    if (end > 0 && out.charAt(end - 1) != '\n') {
      out.append('\n');
    }
    return out;
  }

  private static Product product(XmlElement product) {
    // Only the product's own generic names: a kit's parts (partProduct) hold swabs and water too.
    List<String> generics = product.children("asEntityWithGeneric")
        .map(g -> TextNormalizer.oneLine(g.textAt("genericMedicine", "name"))).toList();
    return new Product(product.child("name").map(SplReader::spaced).orElse(""),
        product.path("formCode").map(f -> TextNormalizer.oneLine(f.attribute("displayName"))).orElse(""),
        distinct(generics));
  }

  /** A name's text with its parts apart: "Headache Relief" and its {@code <suffix>} "Extra Strength". */
  private static String spaced(XmlElement name) {
    return TextNormalizer.oneLine(String.join(" ", name.content().stream()
        .map(part -> part instanceof XmlElement element ? element.text() : (String) part).toList()));
  }

  /**
   * A proprietary name that only says the generic name again, whole or in part ("meloxicam",
   * "Naproxen Sodium 220mg", "Bromfenac" for bromfenac sodium), is no brand.
   */
  private static boolean hasBrand(Product product) {
    String name = product.name().toLowerCase(Locale.ROOT);
    return !name.isEmpty() && product.generics().stream().map(g -> g.toLowerCase(Locale.ROOT))
        .noneMatch(g -> g.contains(name) || name.contains(g));
  }

  /** "Naproxen Sodium tablets (Aleve)" per product; else the label's own title; else "Drug label" and the set id. */
  private static String title(List<Product> products, String labelTitle, String setId) {
    List<String> titles = new ArrayList<>();
    for (Product product : products) {
      String generic = titleCase(String.join(" and ", product.generics()));
      String named = generic.isEmpty() ? product.name() : generic;
      if (named.isEmpty()) {
        continue;
      }
      String form = COUNTABLE_FORM.matcher(product.form().toLowerCase(Locale.ROOT).replace("/ ", "/"))
          .replaceFirst("$1s");
      // A form of separators only ("," as a displayName) splits into nothing: no noun to look for.
      String[] words = form.split("[ ,]");
      String noun = words.length == 0 ? "" : words[0].replaceFirst("s$", "");
      String lower = named.toLowerCase(Locale.ROOT);
      boolean namesItsForm = noun.isEmpty()
          || Pattern.compile("\\b" + Pattern.quote(noun) + "s?\\b").matcher(lower).find();
      titles.add(named + (form.isEmpty() || namesItsForm ? "" : " " + form)
          + (generic.isEmpty() || !hasBrand(product) ? "" : " (" + product.name() + ")"));
    }
    if (!titles.isEmpty() || labelTitle.isEmpty()) {
      return titles.isEmpty() ? "Drug label " + setId : String.join("; ", distinct(titles));
    }
    int cut = labelTitle.lastIndexOf(' ', MAX_TITLE);
    return labelTitle.length() <= MAX_TITLE ? labelTitle : labelTitle.substring(0, cut > 0 ? cut : MAX_TITLE) + " …";
  }

  /** Names written all in capitals or all in lower case get capitals; mixed case ("Metformin HCl") stays as written. */
  private static String titleCase(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    Matcher word = WORD.matcher(name.toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder();
    while (word.find()) {
      String w = word.group();
      boolean minor = word.start() > 0 && MINOR_WORDS.contains(w);
      word.appendReplacement(out, minor ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return word.appendTail(out).toString();
  }

  private static String labelType(XmlElement root) {
    return switch (code(root)) {
      case PRESCRIPTION_LABEL -> "prescription";
      case OTC_LABEL -> "otc";
      default -> TextNormalizer.oneLine(root.path("code").map(c -> c.attribute("displayName")).orElse(""))
          .toLowerCase(Locale.ROOT);
    };
  }

  /** Non-empty names in first-seen order, one per spelling regardless of case. */
  private static List<String> distinct(List<String> names) {
    Map<String, String> byKey = new LinkedHashMap<>();
    names.stream().filter(n -> !n.isEmpty()).forEach(n -> byKey.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
    return List.copyOf(byKey.values());
  }

  /** The section table: {@code code<TAB>part} lines after a header; "#" lines are comments. */
  private static Map<String, String> parts(String resource) {
    try (InputStream stream = SplReader.class.getResourceAsStream(resource)) {
      if (stream == null) {
        throw new IOException("the SPL section table is missing from the class path: " + resource);
      }
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
          .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
          .peek(fields -> {
            if (fields.length != 2) {
              throw new IllegalStateException(resource + ": expected code<TAB>part, found " + String.join(" ", fields));
            }
          })
          .collect(Collectors.toUnmodifiableMap(fields -> fields[0].strip(), fields -> fields[1].strip()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
