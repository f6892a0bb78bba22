package org.galen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.galen.index.EvidenceReader;
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
    try (EvidenceReader index = galen.openIndex()) {
      document = index.document(docId).orElseThrow(() -> new UserError("no document with id '" + docId
          + "' in the index; 'galen search' finds ids"));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(format == OutputFormat.json ? JsonOutput.of(org.galen.view.JsonViews.document(document)) : text(document));
    out.flush();
    return 0;
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
