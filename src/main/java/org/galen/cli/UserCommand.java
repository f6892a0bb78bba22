package org.galen.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.galen.editorial.Editorial;
import org.galen.editorial.Role;
import org.galen.editorial.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "user", mixinStandardHelpOptions = true,
    description = "Manages the people who review and edit articles, and their API tokens.",
    subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Revoke.class})
final class UserCommand implements Runnable {
  /** Who the audit log names for changes made at the command line. */
  static final String CLI_ACTOR = "cli:" + System.getProperty("user.name", "operator");

  @ParentCommand
  GalenCommand galen;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  Editorial editorial() throws java.io.IOException {
    return new Editorial(galen.openDatabase(), Clock.systemUTC());
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Adds a user and prints their new API token alone on the last line, once: only its hash is kept."})
  static final class Add implements Callable<Integer> {
    @ParentCommand
    UserCommand users;

    @Parameters(paramLabel = "NAME", description = "Letters, digits, '.', '_', '@', '-'.")
    String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "reviewer, editor or admin.")
    String role;

    @Option(names = "--expires", paramLabel = "DAYS", description = "Days until the token expires (default: ${DEFAULT-VALUE}).")
    int expires = org.galen.editorial.UserStore.DEFAULT_EXPIRY_DAYS;

    @Override
    public Integer call() throws Exception {
      String token;
      try {
        token = users.editorial().users().add(name, Role.parse(role), expires, CLI_ACTOR);
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage(), e);
      }
      PrintWriter out = users.spec.commandLine().getOut();
      out.printf("added %s (%s), token expires in %d days; it is shown once, keep it safe:%n", name, role, expires);
      out.println(token);
      out.flush();
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists users, roles and token state.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand
    UserCommand users;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = users.spec.commandLine().getOut();
      java.time.Instant now = java.time.Instant.now();
      for (User user : users.editorial().users().list()) {
        String state = user.revokedAt().isPresent() ? "revoked " + user.revokedAt().get()
            : user.activeAt(now) ? "active until " + user.expiresAt() : "expired " + user.expiresAt();
        out.printf("%-24s %-9s %s%n", user.name(), user.role().id(), state);
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a user's token at once.")
  static final class Revoke implements Callable<Integer> {
    @ParentCommand
    UserCommand users;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() throws Exception {
      if (!users.editorial().users().revoke(name, CLI_ACTOR)) {
        throw new UserError("no active user '" + name + "'");
      }
      users.spec.commandLine().getOut().println("revoked " + name);
      return 0;
    }
  }
}
