package org.galen.cli;

import java.nio.file.Path;
import org.galen.index.EvidenceIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: holds the options every subcommand shares. */
@Command(name = "galen", mixinStandardHelpOptions = true, version = "galen 0.1.0",
    description = "Clinical answers built only from indexed evidence, every statement cited verbatim.",
    subcommands = {IngestCommand.class, SearchCommand.class, ShowCommand.class, StatsCommand.class,
        AskCommand.class, ConversationsCommand.class, ServeCommand.class, UserCommand.class, AuditCommand.class, BackupCommand.class,
        RestoreCommand.class, RemoveCommand.class, EvalCommand.class, EmbedCommand.class, CheckCommand.class, picocli.CommandLine.HelpCommand.class})
public final class GalenCommand implements Runnable {
  @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Where Galen keeps its index and database (default: $" + DataDirectory.ENVIRONMENT_VARIABLE
          + ", else ~/.galen).")
  Path dataDir;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  DataDirectory dataDirectory() {
    return DataDirectory.resolve(dataDir, System.getenv());
  }

  /** The committed index of the data directory, for read commands; the caller closes it. */
  EvidenceIndex openIndex() throws java.io.IOException {
    return EvidenceIndex.open(dataDirectory().forReading().index());
  }

  /** The article database of the data directory (created and migrated if needed). */
  org.galen.editorial.Database openDatabase() throws java.io.IOException {
    return org.galen.editorial.Database.open(dataDirectory().forWriting().root());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
