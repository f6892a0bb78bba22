package org.galen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.galen.SharedData;
import org.galen.editorial.Database;
import org.galen.editorial.DatabaseLocation;
import org.galen.editorial.Editorial;
import org.galen.editorial.ReviewStatus;
import org.galen.editorial.Role;
import org.galen.editorial.StoredArticle;
import org.galen.editorial.TestStores;
import org.galen.editorial.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI with its editorial state on PostgreSQL: the URL's record, credentials, staleness and pg_dump backups. */
class PostgresCliTest {
  @TempDir
  Path temp;

  @Test
  void aPasswordInTheUrlOrInAFileOthersCanReadIsRefusedAndNothingIsRecorded() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Galen galen = new Galen(data);
    Galen.Result inUrl = galen.run("--database", "jdbc:postgresql://127.0.0.1:5432/galen?user=galen&password=secret",
        "user", "list");
    assertThat(inUrl.exit()).isEqualTo(2);
    assertThat(inUrl.err()).contains("holds a password").contains("GALEN_DATABASE_PASSWORD").doesNotContain("secret");
    Galen.Result notPostgres = galen.run("--database", "jdbc:mysql://127.0.0.1/galen", "user", "list");
    assertThat(notPostgres.exit()).isEqualTo(2);
    assertThat(notPostgres.err()).contains("PostgreSQL");

    Path open = temp.resolve("password");
    Files.writeString(open, "secret\n");
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
    Galen.Result readable = galen.run("--database", "jdbc:postgresql://127.0.0.1:5432/galen",
        "--database-password-file", open.toString(), "user", "list");
    assertThat(readable.exit()).isEqualTo(2);
    assertThat(readable.err()).contains("chmod 600");
    assertThat(data.resolve(DatabaseChoice.RECORD)).doesNotExist();
    assertThat(data.resolve(Database.FILE_NAME)).doesNotExist();
  }

  @Test
  void removingCitedEvidenceSendsBackAnApprovedArticleAndTheBackupIsAPgDumpThatRestores() throws Exception {
    DatabaseLocation.Server database = TestStores.newServerDatabase();
    Path passwordFile = temp.resolve("db-password");
    Files.writeString(passwordFile, database.password().orElse(""));
    Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
    Path data = temp.resolve("data");
    Galen galen = new Galen(data);
    Path nstg = SharedData.require("corpus/nstg/processed_json");
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    for (String name : new String[] {"ACUTE OTITIS MEDIA.json", "TONSILLITIS.json"}) {
      Files.copy(nstg.resolve(name), corpus.resolve(name));
    }
    Galen.Result ingested = galen.run("--database", database.url(), "--database-password-file", passwordFile.toString(),
        "ingest", "--no-vectors", corpus.toString());
    assertThat(ingested.exit()).as(ingested.err()).isZero();
    assertThat(Files.readString(data.resolve(DatabaseChoice.RECORD)).strip()).isEqualTo(database.url());
    String password = "--database-password-file=" + passwordFile;
    JsonNode asked = galen.run(password, "ask", "What is the treatment for acute otitis media?", "--format", "json")
        .json();
    String id = asked.get("id").asText();
    try (Database opened = Database.open(database)) {
      Editorial editorial = new Editorial(opened, Clock.systemUTC());
      User reviewer = new User("dr-ada", Role.REVIEWER, Instant.EPOCH, Instant.MAX, Optional.empty());
      editorial.reviews().transition(id, ReviewStatus.UNDER_REVIEW, "", reviewer);
      editorial.reviews().transition(id, ReviewStatus.APPROVED, "checked", reviewer);

      Path backup = temp.resolve("backup");
      Galen.Result backedUp = galen.run(password, "backup", backup.toString());
      assertThat(backedUp.exit()).as(backedUp.err()).isZero();
      Path dump = backup.resolve("galen.pgdump");
      assertThat(new String(Files.readAllBytes(dump), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .as("pg_dump's custom format").isEqualTo("PGDMP");

      Galen.Result removed = galen.run(password, "remove", "nstg:acute-otitis-media");
      assertThat(removed.out()).as(removed.err()).contains("1 sent back to review");
      StoredArticle stale = editorial.articles().find(id).orElseThrow();
      assertThat(stale.status()).isEqualTo(ReviewStatus.UNDER_REVIEW);
      assertThat(stale.staleReason()).contains("nstg:acute-otitis-media");

      Galen.Result restoring = new Galen(temp.resolve("restored")).run("restore", backup.toString());
      assertThat(restoring.exit()).as(restoring.err()).isZero();
      assertThat(restoring.out()).contains("pg_restore").contains(dump.toString());
      // The operator's step, as printed, brings the approved article back in a new database.
      DatabaseLocation.Server target = TestStores.newServerDatabase();
      ProcessBuilder pgRestore = new ProcessBuilder("pg_restore", "--no-owner", "--dbname",
          target.url().replace("jdbc:", ""), dump.toString()).redirectErrorStream(true);
      target.password().ifPresent(p -> pgRestore.environment().put("PGPASSWORD", p));
      Process process = pgRestore.start();
      String output = new String(process.getInputStream().readAllBytes());
      assertThat(process.waitFor()).as(output).isZero();
      try (Database restored = Database.open(target)) {
        assertThat(new Editorial(restored, Clock.systemUTC()).articles().find(id).orElseThrow().status())
            .isEqualTo(ReviewStatus.APPROVED);
      }
    }
    assertThat(data.resolve(Database.FILE_NAME)).doesNotExist();
  }
}
