package org.galen.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.editorial.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "conversations", mixinStandardHelpOptions = true,
    description = "Manages stored conversations (questions can hold patient details).",
    subcommands = ConversationsCommand.Purge.class)
final class ConversationsCommand implements Runnable {
  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "purge", mixinStandardHelpOptions = true,
      description = {"Deletes stored conversations (all, or those idle longer than --older-than), with the "
          + "questions they asked and their articles no reviewer has taken up. Articles under review are kept."})
  static final class Purge implements Callable<Integer> {
    private static final Pattern AGE = Pattern.compile("(\\d+)([dh]?)");

    @ParentCommand
    ConversationsCommand conversations;

    @Option(names = "--older-than", paramLabel = "AGE",
        description = "Only conversations idle for longer than this: 30d (days), 12h (hours); a bare number is days.")
    String olderThan;

    @Override
    public Integer call() throws Exception {
      Optional<Instant> before = Optional.ofNullable(olderThan).map(age -> Instant.now().minus(parse(age)));
      ArticleStore store = new ArticleStore(conversations.galen.openDatabase(), Clock.systemUTC());
      ArticleStore.Purged purged = store.purge(before);
      conversations.spec.commandLine().getOut().printf("purged %d conversations and %d unreviewed articles%n",
          purged.conversations(), purged.articles());
      return 0;
    }

    private static Duration parse(String age) {
      Matcher matcher = AGE.matcher(age.strip());
      if (!matcher.matches()) {
        throw new UserError("--older-than '" + age + "': use a number of days (30, 30d) or hours (12h)");
      }
      long amount = Long.parseLong(matcher.group(1));
      return matcher.group(2).equals("h") ? Duration.ofHours(amount) : Duration.ofDays(amount);
    }
  }
}
