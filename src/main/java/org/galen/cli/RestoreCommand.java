package org.galen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.galen.editorial.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Restores a 'galen backup' snapshot into the data directory, which must be new or empty."})
final class RestoreCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR")
  Path backup;

  @Override
  public Integer call() throws Exception {
    Backup.Copied copied;
    try {
      copied = Backup.restore(backup.toAbsolutePath(), galen.dataDirectory().root());
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
    spec.commandLine().getOut().printf("restored %d index files, %s, %d vocabulary files into %s%n",
        copied.indexFiles(), copied.database() ? "the article database" : "no article database",
        copied.vocabularyFiles(), galen.dataDirectory().root());
    copied.operatorStep().ifPresent(step -> spec.commandLine().getOut().println("to do: " + step));
    return 0;
  }
}
