package org.galen.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.galen.index.EvidenceIndex;
import org.galen.source.Document;
import org.galen.source.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Prints one document: metadata, sections with offsets, and the text every offset indexes into.")
final class ShowCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DOC_ID", description = "e.g. pmid:29768149, nstg:acute-otitis-media, medquad:GARD-0004375-1")
  String docId;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json or text (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    Document document;
    try (EvidenceIndex index = galen.openIndex()) {
      document = index.document(docId).orElseThrow(() -> new UserError("no document with id '" + docId
          + "' in the index; 'galen search' finds ids"));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(format == OutputFormat.json ? JsonOutput.of(json(document)) : text(document));
    out.flush();
    return 0;
  }

  static Map<String, Object> json(Document document) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("docId", document.docId());
    json.put("sourceId", document.sourceId());
    json.put("collection", document.collection());
    json.put("title", document.title());
    json.put("sourceKind", document.sourceKind());
    json.put("evidenceLevel", document.evidenceLevel());
    json.put("publicationTypes", document.publicationTypes());
    json.put("meshTerms", document.meshTerms());
    json.put("journal", document.journal());
    json.put("year", document.year().orElse(null));
    json.put("doi", document.doi());
    json.put("url", document.url());
    json.put("attribution", document.attribution());
    json.put("focus", document.focus());
    json.put("properties", document.properties());
    json.put("sections", document.sections());
    json.put("text", document.text());
    return json;
  }

  private static String text(Document document) {
    StringBuilder out = new StringBuilder();
    out.append(document.title()).append('\n');
    out.append(document.docId()).append(" · ").append(document.sourceKind()).append(" · ")
        .append(document.evidenceLevel());
    if (!document.journal().isEmpty()) {
      out.append(" · ").append(document.journal());
    }
    document.year().ifPresent(year -> out.append(" · ").append(year));
    out.append('\n');
    if (!document.url().isEmpty()) {
      out.append(document.url()).append('\n');
    }
    if (!document.attribution().isEmpty()) {
      out.append(document.attribution()).append('\n');
    }
    for (Section section : document.sections()) {
      out.append("\n## ").append(section.title()).append("  (").append(section.start()).append('–')
          .append(section.end()).append(")\n").append(document.sectionText(section)).append('\n');
    }
    return out.toString();
  }
}
