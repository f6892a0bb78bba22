package org.galen.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PubMed Central JATS full text ({@code .nxml}): front matter, abstract and body sections. */
public final class PmcReader implements DocumentReader {
  /** Figures, tables and formulas are not prose: their text would make poor cited statements. */
  private static final List<String> NON_PROSE = List.of("fig", "table-wrap", "disp-formula", "table",
      "supplementary-material", "ref-list", "sec", "title");
  private static final String BODY = "Body";
  private static final Map<String, EvidenceLevel> BY_ARTICLE_TYPE = Map.of(
      "case-report", EvidenceLevel.CASE_REPORT,
      "review-article", EvidenceLevel.REVIEW_OR_OPINION,
      "editorial", EvidenceLevel.REVIEW_OR_OPINION,
      "letter", EvidenceLevel.REVIEW_OR_OPINION,
      "systematic-review", EvidenceLevel.SYSTEMATIC_REVIEW,
      "meta-analysis", EvidenceLevel.SYSTEMATIC_REVIEW);

  @Override
  public String format() {
    return "pmc";
  }

  @Override
  public boolean canRead(FileHead head) {
    return head.hasExtension("nxml") || (head.hasExtension("xml") && head.text().contains("JATS")
        && head.text().contains("<article"));
  }

  @Override
  public void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException {
    XmlElement article = XmlSources.readRoot(file);
    if (!article.name().equals("article")) {
      throw new MalformedSourceException("expected a JATS <article> root element, found <" + article.name() + ">");
    }
    XmlElement meta = article.path("front", "article-meta")
        .orElseThrow(() -> new MalformedSourceException("JATS article without <front><article-meta>"));
    String pmcid = articleId(meta, "pmc");
    String pmid = articleId(meta, "pmid");
    String localId = !pmcid.isEmpty() ? pmcid : !pmid.isEmpty() ? "pmid-" + pmid : DocIds.slug(file.getFileName().toString());
    String articleType = article.attribute("article-type");
    DocumentBuilder builder = new DocumentBuilder(DocIds.of("pmc", localId), "pmc")
        .sourceId(pmcid.isEmpty() ? pmid : "PMC" + pmcid)
        .title(meta.textAt("title-group", "article-title"))
        .kind(SourceKind.RESEARCH, BY_ARTICLE_TYPE.getOrDefault(articleType, EvidenceLevel.UNKNOWN))
        .publicationTypes(articleType.isEmpty() ? List.of() : List.of(articleType))
        .meshTerms(List.of())
        .journal(article.path("front", "journal-meta").flatMap(j -> j.descendants("journal-title").findFirst())
            .map(XmlElement::text).orElse(""))
        .year(year(meta))
        .doi(articleId(meta, "doi"))
        .url(pmcid.isEmpty() ? "" : "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC" + pmcid + "/")
        .attribution(meta.descendants("license").findFirst().map(XmlElement::text).orElse("PubMed Central open access"));
    meta.children("abstract").filter(a -> a.attribute("abstract-type").isEmpty()).findFirst()
        .ifPresent(abstractElement -> addSections(builder, "Abstract", abstractElement));
    article.child("body").ifPresent(body -> addSections(builder, BODY, body));
    sink.accept(builder.build());
  }

  /** Prose directly in the element becomes one section; each nested {@code sec} its own, titled by its path. */
  private static void addSections(DocumentBuilder builder, String title, XmlElement element) {
    String prose = String.join("\n\n", element.elements()
        .filter(child -> !NON_PROSE.contains(child.name()))
        .map(child -> child.textWithout(NON_PROSE))
        .filter(text -> !text.isEmpty())
        .toList());
    builder.section(title, prose);
    for (XmlElement sec : element.children("sec").toList()) {
      String secTitle = sec.textAt("title");
      String path = secTitle.isEmpty() ? title : title.equals(BODY) ? secTitle : title + " / " + secTitle;
      addSections(builder, path, sec);
    }
  }

  private static String articleId(XmlElement meta, String type) {
    return meta.children("article-id").filter(id -> id.attribute("pub-id-type").equals(type))
        .map(XmlElement::text).findFirst().orElse("");
  }

  private static Optional<Integer> year(XmlElement meta) {
    return meta.children("pub-date").map(d -> d.textAt("year")).filter(y -> !y.isEmpty())
        .findFirst().flatMap(XmlSources::year);
  }
}
