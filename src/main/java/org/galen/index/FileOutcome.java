package org.galen.index;

import java.nio.file.Path;

/**
 * What ingest did with one file.
 *
 * @param format the reader that read it, or "" when none did
 * @param documents documents stored from it (for a failed file: those read before the error, kept)
 * @param deleted documents the file retracted (MEDLINE {@code DeleteCitation})
 * @param reason why it was skipped or failed; for an ingested file, which version of a document
 *     won where the file held another version of it ("" when nothing needs saying)
 */
public record FileOutcome(Path file, Status status, String format, int documents, int deleted, String reason) {

  public enum Status { INGESTED, SKIPPED, FAILED }

  /**
   * The line {@code galen ingest} prints for this file: what happened, the file, and why — so a
   * refusal always names the file it refuses and the reader's reason. Empty for a file ingested with
   * nothing to say.
   */
  public java.util.Optional<String> report() {
    if (status == Status.INGESTED && reason.isEmpty()) {
      return java.util.Optional.empty();
    }
    String what = switch (status) {
      case SKIPPED -> "skipped ";
      case FAILED -> "FAILED  ";
      case INGESTED -> "version ";
    };
    return java.util.Optional.of(what + file + ": " + reason);
  }

  static FileOutcome skipped(Path file, String reason) {
    return new FileOutcome(file, Status.SKIPPED, "", 0, 0, reason);
  }

  static FileOutcome failed(Path file, String format, int documents, String reason) {
    return new FileOutcome(file, Status.FAILED, format, documents, 0, reason);
  }
}
