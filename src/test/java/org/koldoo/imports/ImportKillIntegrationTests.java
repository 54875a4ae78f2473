package org.koldoo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.koldoo.platform.security.Role;
import org.koldoo.support.ApiClient;
import org.koldoo.support.ApplicationProcess;
import org.koldoo.support.IntegrationTest;
import org.koldoo.support.TestAccounts;
import org.koldoo.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import killed with {@code kill -9} half-way: another server process commits a sheet of calls
 * into this test's database and is killed once some batches are in. What it wrote is whole rows
 * with their keys; committing the import again finishes it, and no call is there twice.
 */
class ImportKillIntegrationTests extends IntegrationTest {

  private static final UUID OSH_CITY = UUID.fromString("00000000-0000-0000-0000-000000000010");
  private static final int ROWS = 12_000;
  private static final int BATCH = 1000; // the rows a commit writes in one transaction

  @Autowired TestAccounts accounts;
  @Autowired ApiClient api;
  @Autowired JdbcClient jdbc;

  @Test
  void a_process_killed_mid_import_leaves_whole_rows_and_a_rerun_finishes_it(@TempDir Path dir)
      throws Exception {
    String operator = accounts.create("kill-hot", OSH_CITY, Role.HOTLINE_OPERATOR);
    String marker =
        "kill-"
            + Long.toString(
                System.nanoTime(), 36); // letters between the digits: a note holds no long number
    StringBuilder csv =
        new StringBuilder(
            "ID in the sheet;Received (local time);Channel;Caller;Language;Topics;Outcome;Note (no names)\n");
    for (int i = 0; i < ROWS; i++) {
      csv.append("K")
          .append(i)
          .append(';')
          .append("%02d.%02d.2015 %02d:%02d".formatted(1 + i % 28, 1 + i % 12, 8 + i % 10, i % 60))
          .append(";Phone;Other;Russian;Other;Information given;")
          .append(marker)
          .append('\n');
    }
    Path sheet = dir.resolve("calls.csv");
    Files.writeString(sheet, csv, StandardCharsets.UTF_8);

    Process server =
        ApplicationProcess.of(
                TestDatabase.jdbcUrl(),
                TestDatabase.dataDir(),
                "import",
                "--kind",
                "hotline-calls",
                "--file",
                sheet.toString(),
                "--user",
                operator,
                "--commit")
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    UUID id = null;
    int writtenAtKill = 0;
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline) && server.isAlive()) {
      var run =
          jdbc.sql(
                  """
                  select r.id, r.rows_written from import_run r
                  where r.created_by = :u and r.status = 'COMMITTING'
                  """)
              .param("u", operator)
              .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2)})
              .optional();
      if (run.isPresent() && (int) run.get()[1] >= 2 * BATCH) {
        id = (UUID) run.get()[0];
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the application
        server.waitFor();
        writtenAtKill = (int) run.get()[1];
        break;
      }
      Thread.sleep(20);
    }
    assertThat(id)
        .as("the import was killed mid-way: " + Files.readString(dir.resolve("server.log")))
        .isNotNull();
    assertThat(writtenAtKill).isLessThan(ROWS);

    long calls = calls(marker);
    long keys =
        jdbc.sql("select count(*) from import_key where import_id = :id")
            .param("id", id)
            .query(Long.class)
            .single();
    assertThat(calls).as("whole rows: a call for every key, a key for every call").isEqualTo(keys);
    assertThat(calls % BATCH).as("whole batches").isZero();
    assertThat(calls).isLessThan(ROWS);

    var finished =
        api.call(api.signedIn(operator), "POST", "/api/v1/imports/" + id + "/commit", null);
    assertThat(finished.getStatus()).as(finished.getContentAsString()).isEqualTo(200);
    assertThat(ApiClient.read(finished, "$.status")).isEqualTo("COMMITTED");
    assertThat(calls(marker)).as("every call once").isEqualTo(ROWS);
  }

  private long calls(String marker) {
    return jdbc.sql("select count(*) from hotline_call where note = :m")
        .param("m", marker)
        .query(Long.class)
        .single();
  }
}
