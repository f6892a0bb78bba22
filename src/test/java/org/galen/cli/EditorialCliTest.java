package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.galen.SharedData;
import org.galen.editorial.Database;
import org.galen.editorial.Editorial;
import org.galen.editorial.ReviewStatus;
import org.galen.editorial.Role;
import org.galen.editorial.StoredArticle;
import org.galen.editorial.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** users, audit, staleness after remove, and backup → restore, through the real CLI. */
class EditorialCliTest {
  @TempDir
  Path temp;

  @Test
  void usersGetATokenOnTheLastLineOnceAndTheAuditLogListsIt() throws Exception {
    Galen galen = new Galen(temp.resolve("data"));
    Files.createDirectories(temp.resolve("data"));
    Galen.Result added = galen.run("user", "add", "dr-ada", "--role", "reviewer", "--expires", "30");
    assertThat(added.exit()).as(added.err()).isZero();
    String[] lines = added.out().strip().split("\n");
    String token = lines[lines.length - 1];
    assertThat(token).startsWith("galen_").doesNotContain(" ");
    assertThat(new Editorial(Database.open(temp.resolve("data")), Clock.systemUTC()).users().authenticate(token))
        .hasValueSatisfying(user -> assertThat(user.role()).isEqualTo(Role.REVIEWER));

    assertThat(galen.run("user", "add", "x y", "--role", "editor").exit()).isEqualTo(2);
    assertThat(galen.run("user", "add", "bob", "--role", "surgeon").exit()).isEqualTo(2);
    assertThat(galen.run("user", "list").out()).contains("dr-ada").contains("reviewer").contains("active until");
    assertThat(galen.run("user", "revoke", "dr-ada").exit()).isZero();
    assertThat(galen.run("user", "revoke", "dr-ada").exit()).isEqualTo(2);
    assertThat(galen.run("audit").out()).contains("user.add").contains("user.revoke").contains("dr-ada");
  }

  @Test
  void aCorruptArticleDatabaseIsAClearErrorAndNothingElseIsTouched() throws Exception {
    Path data = temp.resolve("data");
    Galen galen = new Galen(data);
    Path corpus = temp.resolve("one");
    Files.createDirectories(corpus);
    Files.copy(SharedData.require("corpus/nstg/processed_json").resolve("TONSILLITIS.json"), corpus.resolve("t.json"));
    assertThat(galen.run("ingest", "--no-vectors", corpus.toString()).exit()).isZero();
    Files.writeString(data.resolve(Database.FILE_NAME), "this is not a database, it is a note someone saved here");

    Galen.Result asked = galen.run("ask", "How is tonsillitis treated?");
    assertThat(asked.exit()).isEqualTo(1);
    assertThat(asked.err()).contains("cannot open the article database").contains(Database.FILE_NAME);
    assertThat(Files.readString(data.resolve(Database.FILE_NAME))).startsWith("this is not a database");
    assertThat(galen.run("search", "tonsillitis").exit()).isZero();

    // Removing a document sends the articles citing it back to review: with a store that cannot be
    // read, the index must not change either.
    Galen.Result removed = galen.run("remove", "nstg:t");
    assertThat(removed.exit()).isEqualTo(1);
    assertThat(removed.err()).contains(Database.FILE_NAME);
    assertThat(galen.run("show", "nstg:t").exit()).as("still in the index").isZero();
    Files.write(data.resolve(Database.FILE_NAME), new byte[0]);
    assertThat(galen.run("remove", "nstg:t").exit()).as("an emptied store").isEqualTo(1);
    assertThat(galen.run("show", "nstg:t").exit()).as("still in the index").isZero();
  }

  @Test
  void anEmptiedDatabaseIsRefusedNotRecreatedAndACorruptOneStopsIngestBeforeTheIndexChanges() throws Exception {
    Path data = temp.resolve("emptied");
    Galen galen = new Galen(data);
    Path corpus = temp.resolve("two");
    Files.createDirectories(corpus);
    Path nstg = SharedData.require("corpus/nstg/processed_json");
    Files.copy(nstg.resolve("TONSILLITIS.json"), corpus.resolve("t.json"));
    assertThat(galen.run("ingest", "--no-vectors", corpus.toString()).exit()).isZero();
    assertThat(galen.run("ask", "How is tonsillitis treated?").exit()).isZero();
    Files.write(data.resolve(Database.FILE_NAME), new byte[0]);

    Galen.Result asked = galen.run("ask", "How is tonsillitis treated?");
    assertThat(asked.exit()).isEqualTo(1);
    assertThat(asked.err()).contains("is empty (0 bytes)").contains("galen restore");
    assertThat(Files.size(data.resolve(Database.FILE_NAME))).isZero();

    Files.writeString(data.resolve(Database.FILE_NAME), "this is not a database either");
    Path more = temp.resolve("three");
    Files.createDirectories(more);
    Files.copy(nstg.resolve("SCABIES.json"), more.resolve("m.json"));
    Galen.Result ingested = galen.run("ingest", "--no-vectors", more.toString());
    assertThat(ingested.exit()).isEqualTo(1);
    assertThat(ingested.err()).contains("cannot open the article database");
    assertThat(galen.run("show", "nstg:m").exit()).as("the index did not change").isNotZero();
  }

  @Test
  void removingCitedEvidenceSendsAnApprovedArticleBackToReviewAndBackupRestoreRoundTrips() throws Exception {
    Path data = temp.resolve("data");
    Galen galen = new Galen(data);
    Path nstg = SharedData.require("corpus/nstg/processed_json");
    Path vocabulary = SharedData.require("vocab");
    Path corpus = temp.resolve("corpus");
    Files.createDirectories(corpus);
    for (String name : new String[] {"ACUTE OTITIS MEDIA.json", "CHRONIC OTITIS MEDIA.json", "TONSILLITIS.json"}) {
      Files.copy(nstg.resolve(name), corpus.resolve(name));
    }
    assertThat(galen.run("ingest", "--no-vectors", corpus.toString(), vocabulary.toString()).exit()).isZero();
    JsonNode asked = galen.run("ask", "What is the treatment for acute otitis media?", "--format", "json").json();
    String id = asked.get("id").asText();

    Editorial editorial = new Editorial(Database.open(data), Clock.systemUTC());
    User reviewer = new User("dr-ada", Role.REVIEWER, Instant.EPOCH, Instant.MAX, Optional.empty());
    editorial.reviews().transition(id, ReviewStatus.UNDER_REVIEW, "", reviewer);
    editorial.reviews().transition(id, ReviewStatus.APPROVED, "checked", reviewer);

    Path backup = temp.resolve("backup");
    Galen.Result backedUp = galen.run("backup", backup.toString());
    assertThat(backedUp.exit()).as(backedUp.err()).isZero();
    assertThat(galen.run("backup", backup.toString()).exit()).as("a backup never overwrites").isEqualTo(2);

    Galen.Result removed = galen.run("remove", "nstg:acute-otitis-media");
    assertThat(removed.out()).contains("1 sent back to review");
    StoredArticle stale = editorial.articles().find(id).orElseThrow();
    assertThat(stale.status()).isEqualTo(ReviewStatus.UNDER_REVIEW);
    assertThat(stale.staleReason()).contains("nstg:acute-otitis-media");
    assertThat(editorial.reviews().history(id).get(2).actor()).isEqualTo("system");

    Path restoredData = temp.resolve("restored");
    Galen restored = new Galen(restoredData);
    Galen.Result restoring = restored.run("restore", backup.toString());
    assertThat(restoring.exit()).as(restoring.err()).isZero();
    assertThat(restored.run("show", "nstg:acute-otitis-media").exit()).isZero();
    assertThat(new Editorial(Database.open(restoredData), Clock.systemUTC()).articles().find(id).orElseThrow().status())
        .isEqualTo(ReviewStatus.APPROVED);
    assertThat(restored.run("restore", backup.toString()).exit()).as("restore only into an empty directory").isEqualTo(2);
  }
}
