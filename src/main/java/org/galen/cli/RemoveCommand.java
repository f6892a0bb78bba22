package org.galen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.galen.index.EvidenceReader;
import org.galen.index.EvidenceWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Deletes documents (and their passages) from the index. Exits 1 if an id was not there.")
final class RemoveCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DOC_ID", description = "Ids as 'galen search' or 'galen show' print them.")
  List<String> docIds;

  @Override
  public Integer call() throws Exception {
    List<String> present = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    try (EvidenceReader index = galen.openIndex()) {
      for (String docId : docIds) {
        (index.document(docId).isPresent() ? present : missing).add(docId);
      }
    }
    if (!present.isEmpty()) {
      if (galen.databaseLocation().exists()) {
        // The articles citing a removed document go back to review afterwards: a store that cannot
        // be read (emptied, corrupt) refuses here, before the index is touched, and nothing changes.
        galen.openDatabase().close();
      }
      try (EvidenceWriter indexer = galen.openWriter()) {
        for (String docId : present) {
          indexer.delete(docId);
        }
        indexer.commit();
      }
      Engine.checkStaleness(galen, spec.commandLine().getOut());
    }
    PrintWriter out = spec.commandLine().getOut();
    present.forEach(docId -> out.println("removed " + docId));
    missing.forEach(docId -> spec.commandLine().getErr().println("not in the index: " + docId));
    out.flush();
    spec.commandLine().getErr().flush();
    return missing.isEmpty() ? 0 : Main.EXIT_FAILED;
  }
}
