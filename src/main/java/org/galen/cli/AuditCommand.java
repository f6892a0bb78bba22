package org.galen.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.galen.editorial.AuditLog;
import org.galen.editorial.Editorial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Lists the audit log (every write: who, when, what), newest first.")
final class AuditCommand implements Callable<Integer> {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  private static final int MAX_LIMIT = 100_000;

  @Option(names = "--limit", paramLabel = "N", description = "How many entries, 1 to 100,000 (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json or text (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new UserError("--limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    java.util.List<AuditLog.Entry> entries = new Editorial(galen.openDatabase(), Clock.systemUTC()).audit().recent(limit);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(JsonOutput.of(entries));
    } else {
      entries.forEach(e -> out.printf("%s  %-20s %-18s %s %s%n", e.at(), e.actor(), e.action(), e.target(), e.detail()));
    }
    out.flush();
    return 0;
  }
}
