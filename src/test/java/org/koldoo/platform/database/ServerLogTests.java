package org.koldoo.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed start of the embedded PostgreSQL is told with the reason PostgreSQL logged for it. */
class ServerLogTests {

  @Test
  void a_failed_start_names_what_postgresql_logged_for_it_and_not_what_came_before(
      @TempDir Path dir) throws IOException {
    Path log = dir.resolve("server.log");
    Files.writeString(
        log,
        """
        2026-12-01 10:00:00.000 UTC [11] FATAL:  the database system is shutting down
        2026-12-01 10:00:01.000 UTC [11] LOG:  database system is shut down
        """);
    long before = ServerLog.end(log);
    Files.writeString(
        log,
        """
        2026-12-03 11:30:08.875 GMT [18613] LOG:  could not bind IPv4 address "127.0.0.1": \
        Address already in use
        2026-12-03 11:30:08.875 GMT [18613] HINT:  Is another postmaster already running on port \
        15432? If not, wait a few seconds and retry.
        2026-12-03 11:30:08.876 GMT [18613] WARNING:  could not create listen socket for "localhost"
        2026-12-03 11:30:08.876 GMT [18613] FATAL:  could not create any TCP/IP sockets
        """,
        java.nio.file.StandardOpenOption.APPEND);

    IOException failed = new IOException("PostgreSQL command failed: pg_ctl … start");
    IOException explained = ServerLog.explained(failed, log, before);

    assertThat(explained.getMessage())
        .startsWith(
            "PostgreSQL did not start: could not bind IPv4 address \"127.0.0.1\": Address already"
                + " in use; Is another postmaster already running on port 15432?")
        .contains("; could not create any TCP/IP sockets (see " + log + ")")
        .doesNotContain("shutting down")
        .doesNotContain("[18613]");
    assertThat(explained.getCause()).isSameAs(failed);
  }

  @Test
  void without_a_reason_in_the_log_the_failure_is_told_as_it_was(@TempDir Path dir) {
    IOException failed = new IOException("PostgreSQL command failed");
    assertThat(ServerLog.explained(failed, dir.resolve("server.log"), 0)).isSameAs(failed);
    assertThat(ServerLog.end(dir.resolve("server.log"))).isZero();
  }
}
