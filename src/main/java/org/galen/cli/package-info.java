/**
 * Stage 7, command line: {@code bin/galen} and its subcommands (picocli), beside the web stage.
 *
 * <p>Takes in the user's arguments and the data directory; calls the earlier stages and prints
 * their results as JSON, Markdown or text. Commands stay thin: each parses, calls one stage,
 * prints. An article's Markdown and text come from {@code templates/article.md.peb} and
 * {@code article.txt.peb}, over the same {@link org.galen.view.ArticleView} model as the web page. A new command is one {@code @Command} class registered in {@link
 * org.galen.cli.GalenCommand}.
 */
package org.galen.cli;
