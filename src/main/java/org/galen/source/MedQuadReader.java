package org.galen.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * MedQuAD XML in its three layouts: {@code <Document>} (most files), the older NINDS
 * {@code <doc>} and the CDC {@code <DiseaseFile>}. Each answered question–answer pair becomes one
 * REFERENCE document; pairs with an empty answer are skipped.
 */
public final class MedQuadReader implements DocumentReader {
  static final String ATTRIBUTION = "MedQuAD (Ben Abacha & Demner-Fushman, 2019), CC BY 4.0";
  /**
   * MedQuAD flattened the pages' lists: items survive only as runs of spaces before "- ", and a
   * run of three or more spaces where a list ended. Restoring them as line breaks makes each item
   * its own citable sentence instead of one run-on "sentence" of headings.
   */
  private static final Pattern FLATTENED_ITEM = Pattern.compile(" {2,}(?=- )");
  private static final Pattern FLATTENED_BREAK = Pattern.compile(" {3,}");

  /** The element and attribute names that differ between layouts. */
  private record Layout(String idAttribute, String sourceAttribute, String focus, String pairs, String pair,
      String question, String answer) {}

  private static final Layout DOCUMENT = new Layout("id", "source", "Focus", "QAPairs", "QAPair", "Question", "Answer");
  private static final Layout DISEASE_FILE = new Layout("fid", "source", "Focus", "QAPairs", "QAPair", "Question", "Answer");
  private static final Layout NINDS_DOC = new Layout("docid", "corpus", "doctitle-focus", "qaPairs", "pair", "question", "answer");

  /** A nickname in quotation marks inside a name: 'Pubic "Crab" Lice'. */
  private static final Pattern NICKNAME = Pattern.compile("\\s*\"[^\"]+\"\\s*");
  /** "Trichuriasis (also known as Whipworm Infection)": the other name a page gives its topic. */
  private static final Pattern ALSO_KNOWN_AS = Pattern.compile("^(.+?)\\s*\\(also known as ([^)]+)\\)$");

  /**
   * A page's names for its topic, from its focus. The CDC files its pages under the site's
   * sections and writes the path: "Parasites - Lice - Head Lice" at cdc.gov/parasites/lice/head/.
   * The section the page's address starts with is no name of the topic; the last step is its name,
   * the steps between the broader topics it is filed under, also names of it ("Lice"). A name
   * "(also known as …)" gives the other. Any other focus is one name, as written.
   */
  static List<String> topicNames(String focus, String url) {
    String[] steps = focus.split("\\s+-(?:\\s+-)*\\s+");
    String section = url.replaceFirst("^https?://[^/]+/", "").replaceFirst("/.*", "");
    if (steps.length < 2 || section.isEmpty() || !steps[0].strip().equalsIgnoreCase(section)) {
      return List.of(focus);
    }
    List<String> names = new ArrayList<>();
    for (int i = steps.length - 1; i >= 1; i--) {
      String step = steps[i].strip();
      java.util.regex.Matcher known = ALSO_KNOWN_AS.matcher(step);
      if (known.matches()) {
        names.add(known.group(1));
        names.add(known.group(2).strip());
      } else if (!step.isEmpty()) {
        names.add(step);
        // 'Pubic "Crab" Lice': the name without its nickname, and the nickname's.
        java.util.regex.Matcher nickname = NICKNAME.matcher(step);
        if (nickname.find()) {
          names.add(nickname.replaceFirst(" ").replaceAll("\\s+", " ").strip());
          names.add(step.replaceAll("\\S*\\s*\"(\\S+)\"", "$1").strip());
        }
      }
    }
    return List.copyOf(names);
  }

  private static String answerText(XmlElement answer) {
    String raw = FLATTENED_ITEM.matcher(answer.rawText()).replaceAll("\n");
    return TextNormalizer.normalize(FLATTENED_BREAK.matcher(raw).replaceAll("\n"));
  }

  @Override
  public String format() {
    return "medquad";
  }

  @Override
  public boolean canRead(FileHead head) {
    String text = head.text();
    return head.hasExtension("xml")
        && (text.contains("<Document id=") || text.contains("<DiseaseFile") || text.contains("<doc docid="));
  }

  @Override
  public void read(Path file, DocumentSink sink) throws IOException, MalformedSourceException {
    XmlElement root = XmlSources.readRoot(file);
    Layout layout = switch (root.name()) {
      case "Document" -> DOCUMENT;
      case "DiseaseFile" -> DISEASE_FILE;
      case "doc" -> NINDS_DOC;
      default -> throw new MalformedSourceException("expected <Document>, <doc> or <DiseaseFile>, found <" + root.name() + ">");
    };
    String site = root.attribute(layout.sourceAttribute());
    String sourceDocId = root.attribute(layout.idAttribute());
    String fileStem = file.getFileName().toString().replaceFirst("\\.xml(\\.gz)?$", "");
    List<String> focus = new ArrayList<>(topicNames(root.textAt(layout.focus()), root.attribute("url")));
    root.descendants("Synonym").map(XmlElement::text).forEach(focus::add);
    XmlElement pairs = root.child(layout.pairs())
        .orElseThrow(() -> new MalformedSourceException("no <" + layout.pairs() + "> element"));
    for (XmlElement pair : pairs.children(layout.pair()).toList()) {
      String answer = pair.child(layout.answer()).map(MedQuadReader::answerText).orElse("");
      if (answer.isEmpty()) {
        continue;
      }
      String pid = pair.attribute("pid");
      XmlElement question = pair.child(layout.question()).orElseThrow(
          () -> new MalformedSourceException("pair " + pid + " has no <" + layout.question() + ">"));
      String questionType = question.attribute("qtype");
      sink.accept(new DocumentBuilder(DocIds.of("medquad", site + "-" + fileStem + "-" + pid), "medquad")
          .sourceId(site + "_" + sourceDocId + "_Sec" + pid)
          .title(question.text())
          .kind(SourceKind.REFERENCE, EvidenceLevel.REFERENCE)
          .section(questionType.isEmpty() ? "Answer" : questionType, answer)
          .journal(site)
          .url(root.attribute("url"))
          .attribution(ATTRIBUTION + "; source: " + site)
          .focus(focus)
          .property("questionType", questionType)
          .property("question", question.text())
          .build());
    }
  }
}
