package org.galen.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a <b>synthetic</b> MEDLINE corpus for scale benchmarks: real {@code PubmedArticleSet}
 * XML in {@code .xml.gz} files of 30,000 citations, named and numbered like the PubMed baseline
 * ({@code synthetic-pubmed26n0001.xml.gz}), and optionally an update file with revised and new
 * citations and {@code DeleteCitation}s ({@code synthetic-pubmed26n9001.xml.gz}).
 *
 * <p>Nothing in it is a real citation. Each one recombines real material from {@code
 * ../shared/data} ({@link SyntheticPools}): the abstract structure, publication types and part of
 * the MeSH headings of one real citation, sentences of the same abstract section drawn from
 * others, a title, journal, year and authors drawn independently. So the vocabulary, lengths and
 * section shapes the indexer and BM25 see are those of real abstracts, at any size. It is
 * labelled synthetic wherever it can be seen: file names, a comment heading every file, every
 * title ("[Synthetic] …"), the journal ("Synthetic MEDLINE …") and PMIDs from 900,000,000, far
 * above any real PMID.
 *
 * <p>Citation {@code i} depends only on the seed and {@code i}, so the 100 k corpus is the first
 * 100 k citations of the 300 k one.
 *
 * <p>Usage: {@code SyntheticMedline SHARED_DATA OUT_DIR CITATIONS [--update REVISED,NEW,DELETED]
 * [--per-file N] [--seed S]}. With {@code --update}, also writes {@code update-manifest.tsv}
 * ({@code revised|new|deleted<TAB>PMID}) so a benchmark can check the update was applied.
 */
public final class SyntheticMedline {
  static final long FIRST_PMID = 900_000_000L;
  static final int PER_FILE = 30_000;
  static final String FILE_PREFIX = "synthetic-pubmed26n";
  private static final String NOTICE = " SYNTHETIC MEDLINE, written by Galen's SyntheticMedline for scale benchmarks."
      + " Not real citations: each recombines real sentences and metadata from Galen's shared data"
      + " (MEDLINE/PubMed courtesy of the U.S. National Library of Medicine; PubMedQA; SciFact). ";

  private final SyntheticPools pools;
  private final long seed;

  SyntheticMedline(SyntheticPools pools, long seed) {
    this.pools = pools;
    this.seed = seed;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: SyntheticMedline SHARED_DATA OUT_DIR CITATIONS [--update R,N,D] [--per-file N] [--seed S]");
      System.exit(2);
    }
    Path shared = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int citations = Integer.parseInt(args[2]);
    int perFile = PER_FILE;
    long seed = 26;
    int[] update = null;
    for (int i = 3; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--per-file" -> perFile = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--update" -> update = Stream.of(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long start = System.nanoTime();
    SyntheticMedline generator = new SyntheticMedline(SyntheticPools.read(shared), seed);
    int files = generator.writeBaseline(out, citations, perFile);
    String updateNote = "";
    if (update != null) {
      generator.writeUpdate(out, citations, update[0], update[1], update[2]);
      updateNote = String.format(" + update file (%d revised, %d new, %d deleted)", update[0], update[1], update[2]);
    }
    System.out.printf("synthetic MEDLINE: %d citations in %d files%s under %s in %.1f s%n", citations, files,
        updateNote, out, (System.nanoTime() - start) / 1e9);
  }

  /** Files {@code 0001…} of {@code perFile} citations each, the last one shorter; returns how many. */
  int writeBaseline(Path out, int citations, int perFile) throws IOException, XMLStreamException {
    Files.createDirectories(out);
    int files = 0;
    for (int first = 0; first < citations; first += perFile) {
      files++;
      int last = Math.min(citations, first + perFile);
      try (Output file = Output.open(out.resolve(String.format("%s%04d.xml.gz", FILE_PREFIX, files)))) {
        for (int i = first; i < last; i++) {
          writeCitation(file.xml, FIRST_PMID + i, new SplittableRandom(seed * 1_000_003L + i));
        }
      }
    }
    return files;
  }

  /**
   * An update file as PubMed's daily ones are: citations revised (same PMID, new content), new
   * citations after the baseline's last PMID, and {@code DeleteCitation} for others.
   */
  void writeUpdate(Path out, int baseline, int revised, int added, int deleted) throws IOException, XMLStreamException {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_0DA7EL);
    Set<Long> chosen = new LinkedHashSet<>();
    while (chosen.size() < Math.min(baseline, revised + deleted)) {
      chosen.add(FIRST_PMID + random.nextInt(baseline));
    }
    List<Long> existing = new ArrayList<>(chosen);
    List<Long> revisedPmids = existing.subList(0, Math.min(revised, existing.size()));
    List<Long> deletedPmids = existing.subList(revisedPmids.size(), existing.size());
    try (Output file = Output.open(out.resolve(FILE_PREFIX + "9001.xml.gz"));
         PrintWriter manifest = new PrintWriter(Files.newBufferedWriter(out.resolve("update-manifest.tsv")))) {
      for (long pmid : revisedPmids) {
        writeCitation(file.xml, pmid, new SplittableRandom(seed * 7_000_003L + pmid));
        manifest.println("revised\t" + pmid);
      }
      for (int i = 0; i < added; i++) {
        long pmid = FIRST_PMID + baseline + i;
        writeCitation(file.xml, pmid, new SplittableRandom(seed * 1_000_003L + baseline + i));
        manifest.println("new\t" + pmid);
      }
      file.xml.writeStartElement("DeleteCitation");
      for (long pmid : deletedPmids) {
        element(file.xml, "PMID", Long.toString(pmid), "Version", "1");
        manifest.println("deleted\t" + pmid);
      }
      file.xml.writeEndElement();
      file.xml.writeCharacters("\n");
    }
  }

  private void writeCitation(XMLStreamWriter xml, long pmid, SplittableRandom random) throws XMLStreamException {
    SyntheticPools.Template template = pools.template(random);
    int year = pools.year(random);
    xml.writeStartElement("PubmedArticle");
    xml.writeStartElement("MedlineCitation");
    xml.writeAttribute("Status", "MEDLINE");
    xml.writeAttribute("Owner", "NLM");
    element(xml, "PMID", Long.toString(pmid), "Version", "1");
    xml.writeStartElement("Article");
    xml.writeAttribute("PubModel", "Print");
    xml.writeStartElement("Journal");
    xml.writeStartElement("JournalIssue");
    xml.writeAttribute("CitedMedium", "Print");
    element(xml, "Volume", Integer.toString(1 + random.nextInt(80)));
    xml.writeStartElement("PubDate");
    element(xml, "Year", Integer.toString(year));
    xml.writeEndElement();
    xml.writeEndElement();
    element(xml, "Title", "Synthetic MEDLINE: " + pools.journal(random));
    xml.writeEndElement();
    element(xml, "ArticleTitle", "[Synthetic] " + pools.title(random));
    if (!template.parts().isEmpty()) {
      xml.writeStartElement("Abstract");
      for (SyntheticPools.Part part : template.parts()) {
        xml.writeStartElement("AbstractText");
        if (!part.label().isEmpty()) {
          xml.writeAttribute("Label", part.label());
          xml.writeAttribute("NlmCategory", part.category());
        }
        xml.writeCharacters(pools.sentences(part, random));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeStartElement("AuthorList");
    xml.writeAttribute("CompleteYN", "Y");
    for (int a = 1 + random.nextInt(6); a > 0; a--) {
      SyntheticPools.Author author = pools.author(random);
      xml.writeStartElement("Author");
      xml.writeAttribute("ValidYN", "Y");
      element(xml, "LastName", author.lastName());
      element(xml, "ForeName", author.foreName());
      element(xml, "Initials", author.initials());
      xml.writeEndElement();
    }
    xml.writeEndElement();
    element(xml, "Language", "eng");
    xml.writeStartElement("PublicationTypeList");
    for (String type : template.publicationTypes()) {
      element(xml, "PublicationType", type);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    List<String> mesh = pools.mesh(template, random);
    if (!mesh.isEmpty()) {
      xml.writeStartElement("MeshHeadingList");
      for (String heading : mesh) {
        xml.writeStartElement("MeshHeading");
        element(xml, "DescriptorName", heading, "MajorTopicYN", "N");
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement("PubmedData");
    xml.writeStartElement("ArticleIdList");
    element(xml, "ArticleId", Long.toString(pmid), "IdType", "pubmed");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void element(XMLStreamWriter xml, String name, String text, String... attributes)
      throws XMLStreamException {
    xml.writeStartElement(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      xml.writeAttribute(attributes[i], attributes[i + 1]);
    }
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** One gzipped {@code PubmedArticleSet} file, its header written on open and its end on close. */
  private static final class Output implements AutoCloseable {
    final XMLStreamWriter xml;
    private final OutputStream stream;

    private Output(OutputStream stream, XMLStreamWriter xml) {
      this.stream = stream;
      this.xml = xml;
    }

    static Output open(Path file) throws IOException, XMLStreamException {
      OutputStream stream = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeComment(NOTICE);
      xml.writeCharacters("\n");
      xml.writeStartElement("PubmedArticleSet");
      xml.writeCharacters("\n");
      return new Output(stream, xml);
    }

    @Override
    public void close() throws IOException {
      try {
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
      } catch (XMLStreamException e) {
        throw new IOException(e);
      } finally {
        stream.close();
      }
    }
  }

  /** Author names as {@code (last, fore, initials)} found in raw MEDLINE XML, plain or gzipped. */
  static List<SyntheticPools.Author> authorsIn(Path xmlFile) throws IOException {
    String text;
    try (InputStream in = xmlFile.toString().endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(xmlFile)) : Files.newInputStream(xmlFile)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = AUTHOR.matcher(text);
    List<SyntheticPools.Author> authors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (m.find()) {
      if (seen.add(m.group(1) + "|" + m.group(2))) {
        authors.add(new SyntheticPools.Author(m.group(1), m.group(2), m.group(3)));
      }
    }
    return authors;
  }

  private static final Pattern AUTHOR = Pattern.compile(
      "<LastName>([^<]+)</LastName>\\s*<ForeName>([^<]*)</ForeName>\\s*<Initials>([^<]*)</Initials>");
}
