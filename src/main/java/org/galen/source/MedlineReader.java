package org.galen.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * MEDLINE/PubMed XML: the 2016 {@code MedlineCitationSet} and current {@code PubmedArticleSet}
 * DTDs, plain or gzipped. Streams citation by citation; {@code DeleteCitation} retracts PMIDs.
 */
public final class MedlineReader implements DocumentReader {
  static final String ATTRIBUTION = "Courtesy of the U.S. National Library of Medicine (MEDLINE/PubMed)";

  @Override
  public String format() {
    return "medline";
  }

  @Override
  public boolean canRead(FileHead head) {
    return head.hasExtension("xml")
        && (head.text().contains("<MedlineCitationSet") || head.text().contains("<PubmedArticleSet"));
  }

  @Override
  public void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException {
    XmlSources.stream(file, reader -> readAll(reader, sink));
  }

  private void readAll(XMLStreamReader reader, DocumentSink sink)
      throws XMLStreamException, IOException, MalformedSourceException {
    int depth = 0;
    int records = 0;
    String stranger = null;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamReader.END_ELEMENT) {
        depth--;
        continue;
      }
      if (event != XMLStreamReader.START_ELEMENT) {
        continue;
      }
      depth++;
      String name = reader.getLocalName();
      switch (name) {
        case "MedlineCitation" -> emit(XmlElement.read(reader), Optional.empty(), sink);
        case "PubmedArticle" -> {
          XmlElement article = XmlElement.read(reader);
          Optional<XmlElement> citation = article.child("MedlineCitation");
          if (citation.isPresent()) {
            emit(citation.get(), article.child("PubmedData"), sink);
          }
        }
        case "DeleteCitation" -> {
          for (XmlElement pmid : XmlElement.read(reader).children("PMID").toList()) {
            sink.delete("pmid:" + pmid.text());
          }
        }
        default -> {
          // Only the set's own children are records; the first that is none is remembered.
          if (depth == 2 && stranger == null) {
            stranger = name;
          }
          continue;
        }
      }
      // XmlElement.read consumed the record through its end tag.
      depth--;
      records++;
    }
    if (records == 0 && stranger != null) {
      // A set that holds something else where its records belong is not what its root claims; a
      // valid empty set (or one that only deletes) still reads.
      throw new MalformedSourceException("no MedlineCitation, PubmedArticle or DeleteCitation in the set: found <"
          + stranger + "> where a record belongs");
    }
  }

  private void emit(XmlElement citation, Optional<XmlElement> pubmedData, DocumentSink sink) throws IOException {
    String pmid = citation.textAt("PMID");
    if (pmid.isEmpty()) {
      return;
    }
    XmlElement article = citation.child("Article").orElse(new XmlElement("Article", java.util.Map.of(), List.of()));
    List<String> publicationTypes = article.path("PublicationTypeList")
        .map(list -> list.children("PublicationType").map(XmlElement::text).toList())
        .orElse(List.of());
    List<XmlElement> headings = citation.path("MeshHeadingList")
        .map(list -> list.children("MeshHeading").toList()).orElse(List.of());
    List<String> mesh = headings.stream().map(h -> h.textAt("DescriptorName")).toList();
    // What the citation is about: the headings NLM's indexers marked major, on the descriptor or on
    // one of its qualifiers.
    List<String> major = headings.stream()
        .filter(h -> h.elements().anyMatch(part -> "Y".equals(part.attribute("MajorTopicYN"))))
        .map(h -> h.textAt("DescriptorName")).toList();
    String title = article.textAt("ArticleTitle");
    DocumentBuilder builder = new DocumentBuilder("pmid:" + pmid, "medline")
        .sourceId(pmid)
        .title(title)
        .kind(SourceKind.RESEARCH, EvidenceLevel.fromPublicationTypes(publicationTypes))
        .publicationTypes(publicationTypes)
        .meshTerms(mesh)
        .focus(major)
        .journal(article.textAt("Journal", "Title"))
        .year(year(article))
        .doi(doi(article, pubmedData))
        .url("https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/")
        .attribution(ATTRIBUTION);
    article.path("Abstract").ifPresent(abstractElement -> abstractElement.children("AbstractText")
        .forEach(part -> builder.section(label(part), part.text())));
    if (!builder.hasText()) {
      builder.section("Title", title);
    }
    sink.accept(builder.build());
  }

  private static String label(XmlElement abstractText) {
    String label = abstractText.attribute("Label");
    return label.isEmpty() ? "Abstract" : label;
  }

  private static Optional<Integer> year(XmlElement article) {
    Optional<XmlElement> pubDate = article.path("Journal", "JournalIssue", "PubDate");
    String year = pubDate.map(d -> d.textAt("Year")).orElse("");
    if (year.isEmpty()) {
      year = pubDate.map(d -> d.textAt("MedlineDate")).orElse("");
    }
    return XmlSources.year(year);
  }

  private static String doi(XmlElement article, Optional<XmlElement> pubmedData) {
    Optional<String> fromArticle = article.children("ELocationID")
        .filter(e -> e.attribute("EIdType").equals("doi"))
        .map(XmlElement::text)
        .findFirst();
    // Only the article's own id list: the ReferenceList below it holds the cited papers' DOIs.
    return fromArticle.or(() -> pubmedData.flatMap(d -> d.child("ArticleIdList"))
            .flatMap(ids -> ids.children("ArticleId").filter(e -> e.attribute("IdType").equals("doi"))
                .map(XmlElement::text).findFirst()))
        .orElse("");
  }
}
