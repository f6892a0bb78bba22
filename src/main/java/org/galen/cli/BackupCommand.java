package org.galen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.galen.editorial.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Writes a consistent snapshot of the data directory (index, article database, vocabulary) "
        + "into DIR, which must be new or empty. 'galen restore DIR' brings it back."})
final class BackupCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR")
  Path target;

  @Override
  public Integer call() throws Exception {
    BackendChoice backend = galen.backendChoice(false);
    if (backend.cluster()) {
      throw new UserError("the evidence of this data directory is on the OpenSearch cluster "
          + String.join(",", backend.urls()) + " (index " + backend.index() + "): back it up with the cluster's own "
          + "snapshots (PUT _snapshot/REPOSITORY/NAME); galen backup copies an embedded index only");
    }
    Backup.Copied copied;
    try {
      copied = Backup.create(galen.dataDirectory().forReading().root(), galen.databaseLocation(), target.toAbsolutePath());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UserError(e.getMessage(), e);
    }
    spec.commandLine().getOut().printf("backed up %d index files (%d bytes), %s, %d vocabulary files to %s%n",
        copied.indexFiles(), copied.indexBytes(), copied.database() ? "the article database" : "no article database",
        copied.vocabularyFiles(), target.toAbsolutePath());
    return 0;
  }
}
