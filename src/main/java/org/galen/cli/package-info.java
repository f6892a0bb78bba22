/**
 * Stage 7, command line: {@code bin/galen} and its subcommands (picocli), beside the web stage.
 *
 * <p>Takes in the user's arguments and the data directory; calls the earlier stages and prints
 * their results as JSON, Markdown or text. Commands stay thin: each parses, calls one stage,
 * prints. A new command is one {@code @Command} class registered in {@link
 * org.galen.cli.GalenCommand}.
 */
package org.galen.cli;
