package org.galen.cli;

/** How a read command prints its result. */
public enum OutputFormat {
  json, text, markdown
}
