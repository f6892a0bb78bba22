package org.galen.cli;

import java.nio.file.Path;
import org.galen.index.EvidenceReader;
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

  @Option(names = "--database", paramLabel = "URL", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "A PostgreSQL database for articles, reviews, users and conversations, shared by several servers "
          + "(jdbc:postgresql://HOST:PORT/DATABASE?user=NAME; default: $" + DatabaseChoice.URL_VARIABLE + ", else the "
          + "URL an earlier command recorded in the data directory, else the embedded SQLite file). The password "
          + "comes from $" + DatabaseChoice.PASSWORD_VARIABLE + " or --database-password-file, never the URL.")
  String database;

  @Option(names = "--database-password-file", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "A file readable by its owner only holding the database password.")
  Path databasePasswordFile;

  @Option(names = "--backend", paramLabel = "KIND", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Where the evidence is: embedded (the index in the data directory; default) or opensearch (a "
          + "cluster, --opensearch); recorded in the data directory once given.")
  String backend;

  @Option(names = "--opensearch", paramLabel = "URL[,URL...]", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "The OpenSearch cluster's nodes (default: $" + BackendChoice.URL_VARIABLE + ", else the data "
          + "directory's record). Credentials only from $GALEN_OPENSEARCH_USER and $GALEN_OPENSEARCH_PASSWORD.")
  String opensearch;

  @Option(names = "--index-prefix", paramLabel = "PREFIX", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Names this deployment's index on a shared cluster (PREFIX-evidence; default: galen).")
  String indexPrefix;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  DataDirectory dataDirectory() {
    return DataDirectory.resolve(dataDir, System.getenv());
  }

  /** Where the evidence is, as the options, the environment or the data directory say. */
  BackendChoice backendChoice(boolean record) {
    return BackendChoice.resolve(java.util.Optional.ofNullable(backend), java.util.Optional.ofNullable(opensearch),
        java.util.Optional.ofNullable(indexPrefix), System.getenv(), dataDirectory().root(), record);
  }

  /** The committed evidence, for read commands; the caller closes it. */
  EvidenceReader openIndex() throws java.io.IOException {
    return backendChoice(false).openReader(dataDirectory());
  }

  /** The evidence for writing (the embedded index waits for another writer); the caller closes it. */
  org.galen.index.EvidenceWriter openWriter() throws java.io.IOException {
    return openWriter(org.galen.index.opensearch.OpenSearchSchema.Layout.DEFAULT);
  }

  /** The evidence for writing; {@code layout} applies to a cluster's index this call creates. */
  org.galen.index.EvidenceWriter openWriter(org.galen.index.opensearch.OpenSearchSchema.Layout layout)
      throws java.io.IOException {
    return backendChoice(true).openWriter(dataDirectory(), layout, spec.commandLine().getErr());
  }

  /** Where the article database is, as the options, the environment or the data directory say. */
  org.galen.editorial.DatabaseLocation databaseLocation() {
    return DatabaseChoice.resolve(java.util.Optional.ofNullable(database), java.util.Optional.ofNullable(databasePasswordFile),
        System.getenv(), dataDirectory().root(), false);
  }

  /** The article database (created and migrated if needed); a URL given is recorded in the data directory. */
  org.galen.editorial.Database openDatabase() throws java.io.IOException {
    DataDirectory data = dataDirectory().forWriting();
    return org.galen.editorial.Database.open(DatabaseChoice.resolve(java.util.Optional.ofNullable(database),
        java.util.Optional.ofNullable(databasePasswordFile), System.getenv(), data.root(), true));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
