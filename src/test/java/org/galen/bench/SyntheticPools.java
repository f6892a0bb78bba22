package org.galen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.galen.passage.SentenceSplitter;
import org.galen.source.Document;
import org.galen.source.DocumentReader;
import org.galen.source.DocumentSink;
import org.galen.source.FileHead;
import org.galen.source.MalformedSourceException;
import org.galen.source.Section;
import org.galen.source.SourceFormats;

/**
 * The real material {@link SyntheticMedline} recombines, read with Galen's own readers from the
 * shared data: MEDLINE citations ({@code corpus/medline}), PubMedQA abstracts ({@code
 * corpus/pubmedqa}) and SciFact's corpus ({@code eval/scifact/corpus_train.csv}). The shapes
 * (sections and their lengths, publication types) are the MEDLINE citations'; sentences are
 * pooled from all three by abstract section category (BACKGROUND, METHODS, RESULTS, …), so a
 * synthetic RESULTS section reads like results.
 */
final class SyntheticPools {
  /** One abstract section of a real citation: its label, NLM category and length in sentences. */
  record Part(String label, String category, int sentences) {}

  /** The shape of one real citation: its sections (none: no abstract), types and MeSH headings. */
  record Template(List<Part> parts, List<String> publicationTypes, List<String> mesh) {}

  record Author(String lastName, String foreName, String initials) {}

  private final List<Template> templates = new ArrayList<>();
  private final Map<String, List<String>> sentencesByCategory = new HashMap<>();
  private final List<String> titles = new ArrayList<>();
  private final List<String> journals = new ArrayList<>();
  private final List<Integer> years = new ArrayList<>();
  private final List<String> mesh = new ArrayList<>();
  private final List<Author> authors = new ArrayList<>();

  private SyntheticPools() {}

  static SyntheticPools read(Path shared) throws IOException {
    SyntheticPools pools = new SyntheticPools();
    SentenceSplitter splitter = new SentenceSplitter();
    SourceFormats formats = SourceFormats.standard();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> medline = Files.list(shared.resolve("corpus/medline"))) {
      medline.filter(f -> f.getFileName().toString().contains(".xml")).sorted().forEach(files::add);
    }
    files.add(shared.resolve("corpus/pubmedqa/ori_pqal.json"));
    files.add(shared.resolve("eval/scifact/corpus_train.csv"));
    for (Path file : files) {
      DocumentReader reader = formats.readerFor(FileHead.of(file))
          .orElseThrow(() -> new IOException("no reader for " + file));
      try {
        reader.read(file, new DocumentSink() {
          @Override
          public void accept(Document document) {
            pools.add(document, splitter);
          }

          @Override
          public void delete(String docId) {}
        });
      } catch (MalformedSourceException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
      if (file.toString().contains("medline")) {
        SyntheticMedline.authorsIn(file).stream().filter(a -> !(a.lastName() + a.foreName()).contains("&"))
            .forEach(pools.authors::add);
      }
    }
    if (pools.templates.isEmpty() || pools.authors.isEmpty() || pools.journals.isEmpty()) {
      throw new IOException("no MEDLINE citations with authors and journals under " + shared);
    }
    return pools;
  }

  private void add(Document document, SentenceSplitter splitter) {
    if (!document.title().isBlank()) {
      titles.add(document.title());
    }
    if (!document.journal().isBlank()) {
      journals.add(document.journal());
    }
    document.year().ifPresent(years::add);
    mesh.addAll(document.meshTerms());
    List<Part> parts = new ArrayList<>();
    for (Section section : document.sections()) {
      if (section.title().equals("Title")) {
        continue;
      }
      List<String> sentences = splitter.split(document.text(), section.start(), section.end()).stream()
          .map(span -> span.of(document.text())).filter(s -> !s.isBlank()).toList();
      if (sentences.isEmpty()) {
        continue;
      }
      String category = category(section.title());
      sentencesByCategory.computeIfAbsent(category, c -> new ArrayList<>()).addAll(sentences);
      String label = section.title().equalsIgnoreCase("Abstract") ? "" : section.title().toUpperCase(Locale.ROOT);
      parts.add(new Part(label, category, sentences.size()));
    }
    // Shapes from MEDLINE citations only: they give real publication types, section labels and
    // the share without an abstract; the other sources lend sentences, titles and headings.
    if (document.collection().equals("medline")) {
      templates.add(new Template(parts, document.publicationTypes(), document.meshTerms()));
    }
  }

  /** NLM's category for an abstract label, as the baseline's {@code NlmCategory} attribute. */
  static String category(String label) {
    String l = label.toUpperCase(Locale.ROOT);
    if (l.startsWith("BACKGROUND") || l.startsWith("INTRODUCTION") || l.startsWith("CONTEXT")) {
      return "BACKGROUND";
    }
    if (l.startsWith("OBJECTIVE") || l.startsWith("AIM") || l.startsWith("PURPOSE")) {
      return "OBJECTIVE";
    }
    if (l.startsWith("METHOD") || l.startsWith("DESIGN") || l.startsWith("SETTING") || l.startsWith("PATIENT")
        || l.startsWith("PARTICIPANT") || l.startsWith("MATERIAL") || l.startsWith("SUBJECT")) {
      return "METHODS";
    }
    if (l.startsWith("RESULT") || l.startsWith("FINDING") || l.startsWith("MEASUREMENT")) {
      return "RESULTS";
    }
    if (l.startsWith("CONCLUSION") || l.startsWith("INTERPRETATION") || l.startsWith("DISCUSSION")) {
      return "CONCLUSIONS";
    }
    return "UNASSIGNED";
  }

  Template template(SplittableRandom random) {
    return pick(templates, random);
  }

  /** {@code part.sentences()} sentences of the part's category, each from any real abstract. */
  String sentences(Part part, SplittableRandom random) {
    List<String> pool = sentencesByCategory.getOrDefault(part.category(), sentencesByCategory.get("UNASSIGNED"));
    if (pool == null) {
      pool = sentencesByCategory.values().iterator().next();
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < part.sentences(); i++) {
      text.append(i == 0 ? "" : " ").append(pick(pool, random));
    }
    return text.toString();
  }

  /** About half of the template's own headings and as many drawn from all citations. */
  List<String> mesh(Template template, SplittableRandom random) {
    Set<String> headings = new LinkedHashSet<>();
    for (String heading : template.mesh()) {
      if (random.nextBoolean()) {
        headings.add(heading);
      }
    }
    int more = template.mesh().isEmpty() ? 0 : 1 + random.nextInt(Math.max(1, template.mesh().size() / 2));
    for (int i = 0; i < more; i++) {
      headings.add(pick(mesh, random));
    }
    return List.copyOf(headings);
  }

  String title(SplittableRandom random) {
    return pick(titles, random);
  }

  String journal(SplittableRandom random) {
    return pick(journals, random);
  }

  int year(SplittableRandom random) {
    return years.isEmpty() ? 2000 + random.nextInt(26) : pick(years, random);
  }

  Author author(SplittableRandom random) {
    return pick(authors, random);
  }

  private static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }
}
